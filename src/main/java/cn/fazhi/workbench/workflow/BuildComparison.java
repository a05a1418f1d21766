package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.compare.Comparison;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.compare.ReportData;
import cn.fazhi.workbench.model.Selection;
import cn.fazhi.workbench.model.WorkspaceException;

import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Use case: compare jurisdictions for a selection. Reads the reports of the selected years (and the year
 * before, for changes) in two queries and hands them to the pure comparison engine. Also keeps the
 * settings a comparison depends on: the report deadline and saved groups of jurisdictions.
 */
public final class BuildComparison {
    static final String DEADLINE_KEY = "report.deadline";
    static final String GROUP_PREFIX = "group:";

    private final WorkspaceSession session;

    public BuildComparison(WorkspaceSession session) {
        this.session = session;
    }

    public ComparisonTable build(Selection selection) throws WorkspaceException {
        return build(read(yearsRead(selection)), selection);
    }

    /**
     * What a comparison reads from the workspace: the reports with their values for some years. A screen
     * that compares one selection after another for the same years keeps it and reads only once.
     */
    public record Data(Set<Integer> years, List<ReportData> reports) {
    }

    /** The years a comparison of {@code selection} needs: the selected ones and the year before each. */
    public static Set<Integer> yearsRead(Selection selection) {
        Set<Integer> years = new java.util.TreeSet<>(selection.years());
        for (int y : selection.years()) {
            years.add(y - 1);
        }
        return years;
    }

    public Data read(Set<Integer> years) throws WorkspaceException {
        List<ReportData> data = new ArrayList<>();
        session.store().reportsWithValues(years).forEach((r, values) -> data.add(new ReportData(r, values)));
        return new Data(Set.copyOf(years), List.copyOf(data));
    }

    /** Compares {@code selection} on data read before; it must hold {@link #yearsRead(Selection)}. */
    public ComparisonTable build(Data data, Selection selection) {
        if (!data.years().containsAll(yearsRead(selection))) {
            throw new IllegalArgumentException("the data read holds years " + data.years() + ", not " + yearsRead(selection));
        }
        return Comparison.build(data.reports(), session.catalogue(), selection);
    }

    /** The day (in the year after the reporting year) by which reports are due; 1 April unless set. */
    public MonthDay deadline() throws WorkspaceException {
        Optional<String> s = session.store().setting(DEADLINE_KEY);
        if (s.isEmpty()) {
            return Selection.DEFAULT_DEADLINE;
        }
        try {
            return MonthDay.parse("--" + s.get());
        } catch (DateTimeParseException e) {
            return Selection.DEFAULT_DEADLINE;
        }
    }

    /** Sets the deadline, e.g. "03-01". */
    public void setDeadline(MonthDay deadline) throws WorkspaceException {
        session.store().putSetting(DEADLINE_KEY, String.format("%02d-%02d", deadline.getMonthValue(), deadline.getDayOfMonth()));
    }

    /** Saves a named group of jurisdictions (full names or codes), e.g. "全省县区". */
    public void saveGroup(String name, List<String> jurisdictions) throws WorkspaceException {
        session.store().putSetting(GROUP_PREFIX + name, String.join("\n", jurisdictions));
    }

    /** Names of the saved groups. */
    public List<String> groupNames() throws WorkspaceException {
        return session.store().settingKeys(GROUP_PREFIX).stream().map(k -> k.substring(GROUP_PREFIX.length())).sorted().toList();
    }

    public Optional<List<String>> group(String name) throws WorkspaceException {
        return session.store().setting(GROUP_PREFIX + name)
                .map(s -> Arrays.stream(s.split("\n")).filter(x -> !x.isBlank()).toList());
    }
}

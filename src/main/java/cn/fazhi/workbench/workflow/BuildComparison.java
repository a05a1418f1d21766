package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.compare.Comparison;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.compare.ReportData;
import cn.fazhi.workbench.compare.Review;
import cn.fazhi.workbench.model.AuditEntry;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.Selection;
import cn.fazhi.workbench.model.WorkspaceException;

import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
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
        Set<Integer> years = new LinkedHashSet<>(selection.years());
        years.add(selection.year() - 1);
        for (int y : selection.years()) {
            years.add(y - 1);
        }
        List<ReportData> data = new ArrayList<>();
        for (var e : session.store().reportsWithValues(years).entrySet()) {
            ReportSummary r = e.getKey();
            // the audit trail only for reports a person reviewed: who, when, and the figure before a correction
            Map<Long, Review> reviews = r.reviewed() > 0 ? reviews(session.store().audit(r.id(), null)) : Map.of();
            data.add(new ReportData(r, e.getValue(), reviews));
        }
        return Comparison.build(data, session.catalogue(), selection);
    }

    /** Per value, its last review; the original figure is the one before the first correction. */
    static Map<Long, Review> reviews(List<AuditEntry> audit) {
        Map<Long, Review> out = new HashMap<>();
        Map<Long, String> original = new HashMap<>();
        for (AuditEntry a : audit) {
            if (a.valueId() == null) {
                continue;
            }
            if ("correct".equals(a.action()) || ("add".equals(a.action()) && a.oldValue() != null)) {
                original.putIfAbsent(a.valueId(), a.oldValue());
            }
            if (Set.of("confirm", "correct", "reject", "add", "carry_over").contains(a.action())) {
                out.put(a.valueId(), new Review(a.who(), a.at(), a.action(), original.get(a.valueId())));
            }
        }
        return out;
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

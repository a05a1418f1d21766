package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.compare.Comparison;
import cn.fazhi.workbench.compare.PerHead;
import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.compare.ReportData;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.compare.Review;
import cn.fazhi.workbench.model.AuditEntry;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.Selection;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.model.ValueCheck;
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
    private final List<LeftOut> leftOut = new ArrayList<>();

    /** A stored value the last {@link #read} left out because it is not a sane number. */
    public record LeftOut(long valueId, long reportId, String indicator, ValueCheck.Problem problem) {
    }

    public BuildComparison(WorkspaceSession session) {
        this.session = session;
    }

    /** The values the last {@link #read} left out, for the window to say which (the table's warnings say it in English). */
    public synchronized List<LeftOut> leftOut() {
        return List.copyOf(leftOut);
    }

    public ComparisonTable build(Selection selection) throws WorkspaceException {
        return build(read(selection), selection);
    }

    /**
     * What a comparison reads from the workspace: the reports with their values for some years, those of
     * {@code figuresOnly} without evidence. A screen that compares one selection after another keeps it and
     * reads again only when it does not {@link #covers cover} the next one.
     */
    public record Data(Set<Integer> years, Set<Integer> figuresOnly, List<ReportData> reports, List<String> warnings,
                       List<LeftOut> leftOut) {
        /** Every year the selection needs is here, and the years it shows with their evidence. */
        public boolean covers(Selection selection) {
            return years.containsAll(yearsRead(selection)) && java.util.Collections.disjoint(figuresOnly, selection.years());
        }
    }

    /** The years a comparison of {@code selection} needs: the selected ones and the year before each. */
    public static Set<Integer> yearsRead(Selection selection) {
        Set<Integer> years = new java.util.TreeSet<>(selection.years());
        for (int y : selection.years()) {
            years.add(y - 1);
        }
        return years;
    }

    /**
     * Reads what comparing {@code selection} needs. Of a year only read for the changes (the year before a
     * selected one, itself not selected) the table keeps no cell, so its values come without their evidence
     * sentences, which are most of what a national workspace's year would otherwise decode (issue 17).
     */
    public Data read(Selection selection) throws WorkspaceException {
        Set<Integer> years = yearsRead(selection);
        Set<Integer> figuresOnly = new java.util.TreeSet<>(years);
        figuresOnly.removeAll(selection.years());
        return read(years, figuresOnly);
    }

    private Data read(Set<Integer> years, Set<Integer> figuresOnly) throws WorkspaceException {
        List<ReportData> data = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<LeftOut> left = new ArrayList<>();
        // one lookup per value (46,000 for a national year and the year before): a map, not a walk of the catalogue
        Map<String, Indicator> indicators = new HashMap<>();
        session.catalogue().indicators().forEach(i -> indicators.putIfAbsent(i.code(), i));
        for (var e : session.store().reportsWithValues(years, figuresOnly).entrySet()) {
            ReportSummary r = e.getKey();
            // the audit trail only for reports a person reviewed: who, when, and the figure before a correction
            Map<Long, Review> reviews = r.reviewed() > 0 ? reviews(session.store().audit(r.id(), null)) : Map.of();
            List<StoredValue> values = saneOnly(r, e.getValue(), indicators, warnings, left);
            data.add(new ReportData(r, values, reviews));
        }
        synchronized (this) {
            leftOut.clear();
            leftOut.addAll(left);
        }
        // counts per 10,000 residents where the user gave a population (issue 12): values beside the counts
        Set<String> perHead = session.perHeadIndicators();
        List<ReportData> withPerHead = perHead.isEmpty() ? data
                : PerHead.addValues(data, perHead, session.store().population().forYears(years));
        return new Data(Set.copyOf(years), Set.copyOf(figuresOnly), List.copyOf(withPerHead), List.copyOf(warnings),
                List.copyOf(left));
    }

    /** Compares {@code selection} on data read before; it must hold {@link #yearsRead(Selection)}. */
    public ComparisonTable build(Data data, Selection selection) {
        if (!data.covers(selection)) {
            throw new IllegalArgumentException("the data read holds years " + data.years() + " (figures only: "
                    + data.figuresOnly() + "), not " + yearsRead(selection) + " for " + selection.years());
        }
        Catalogue catalogue = PerHead.withIndicators(session.catalogue(), data.reports());
        ComparisonTable t = Comparison.build(data.reports(), catalogue, PerHead.withPerHeadCodes(selection, catalogue));
        if (data.warnings().isEmpty()) {
            return t;
        }
        List<String> warnings = new ArrayList<>(t.warnings());
        warnings.addAll(data.warnings());
        return new ComparisonTable(t.selection(), t.indicators(), t.groupNames(), t.jurisdictions(), t.cells(), t.stats(),
                t.profiles(), t.byYear(), warnings, t.reports(), t.pages());
    }

    /**
     * A stored value that is not a sane number (it can only have been put there by hand, outside the
     * program or before values were checked at the door) is left out of the comparison, and the table's
     * warnings say which one, so one bad value never stops a comparison or an export.
     */
    private static List<StoredValue> saneOnly(ReportSummary r, List<StoredValue> values, Map<String, Indicator> indicators,
                                              List<String> leftOut, List<LeftOut> left) {
        List<StoredValue> out = null;
        for (int k = 0; k < values.size(); k++) {
            StoredValue v = values.get(k);
            Indicator ind = indicators.get(v.value().indicator());
            Optional<ValueCheck.Problem> p = v.value().flags().contains("unreadable_value")
                    ? Optional.of(ValueCheck.Problem.NOT_A_NUMBER)
                    : ValueCheck.check(v.value().value(), v.value().unit(), ind == null ? null : ind.kind(), false);
            if (p.isPresent() && v.status() != cn.fazhi.workbench.model.ReviewStatus.REJECTED) {
                if (out == null) {
                    out = new ArrayList<>(values.subList(0, k));
                }
                String what = "value " + v.id() + " of report " + r.id() + " (" + v.value().indicator()
                        + ") is left out: " + ValueCheck.describe(p.get()) + "; correct or reject it";
                leftOut.add(what);
                left.add(new LeftOut(v.id(), r.id(), v.value().indicator(), p.get()));
                ActivityLog.valueLeftOut(what);
            } else if (out != null) {
                out.add(v);
            }
        }
        return out == null ? values : out;
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
            if (Set.of("confirm", "correct", "reject", "add", "carry_over", "accept_suggestion").contains(a.action())) {
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

    /** Names of the saved groups, in pinyin order. */
    public List<String> groupNames() throws WorkspaceException {
        return session.store().settingKeys(GROUP_PREFIX).stream().map(k -> k.substring(GROUP_PREFIX.length()))
                .sorted(cn.fazhi.workbench.model.PinyinOrder.names()).toList();
    }

    public Optional<List<String>> group(String name) throws WorkspaceException {
        return session.store().setting(GROUP_PREFIX + name)
                .map(s -> Arrays.stream(s.split("\n")).filter(x -> !x.isBlank()).toList());
    }
}

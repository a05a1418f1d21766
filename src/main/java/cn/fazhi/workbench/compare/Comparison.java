package cn.fazhi.workbench.compare;

import cn.fazhi.workbench.model.Selection;
import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.Direction;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.model.StoredValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds a {@link ComparisonTable} from reports and their values. Pure: no I/O, no UI, same input, same
 * output. Values a person confirmed, corrected or added win over extracted ones; rejected values are
 * never used; a missing value stays missing ("未披露"), never zero.
 */
public final class Comparison {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Comparison() {
    }

    public static ComparisonTable build(List<ReportData> data, Catalogue catalogue, Selection selection) {
        List<String> warnings = new ArrayList<>();
        List<Indicator> indicators = selectIndicators(catalogue, selection, warnings);
        Set<Integer> years = new TreeSet<>(selection.years());
        int year = selection.year();
        years.add(year - 1); // for the year-on-year change of the year compared

        // jurisdiction key -> year -> reports in force
        Map<String, Jurisdiction> jurisdictionByKey = new LinkedHashMap<>();
        Map<String, Map<Integer, List<ReportData>>> reports = new HashMap<>();
        // A set, not the list: thousands of chosen jurisdictions against thousands of reports stay linear.
        Set<String> wanted = new HashSet<>();
        selection.jurisdictions().forEach(w -> wanted.add(w.strip()));
        for (ReportData d : data) {
            ReportSummary r = d.report();
            if (r.supersededBy() != null || r.jurisdiction() == null || r.year() == null || !years.contains(r.year())
                    || !matches(r.jurisdiction(), selection, wanted)) {
                continue;
            }
            String key = r.jurisdiction().fullName();
            reports.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(r.year(), y -> new ArrayList<>()).add(d);
            if (selection.years().contains(r.year())) {
                jurisdictionByKey.putIfAbsent(key, r.jurisdiction());
            }
        }
        List<Jurisdiction> jurisdictions = new ArrayList<>(jurisdictionByKey.values());
        jurisdictions.sort(Comparator.comparing((Jurisdiction j) -> nullToEmpty(j.province()))
                .thenComparing(j -> nullToEmpty(j.city())).thenComparing(j -> j.level().ordinal())
                .thenComparing(j -> nullToEmpty(j.code())).thenComparing(Jurisdiction::name));
        Set<String> found = new HashSet<>();
        for (Jurisdiction j : jurisdictions) {
            found.add(j.fullName());
            found.add(j.name());
            if (j.code() != null) {
                found.add(j.code());
            }
        }
        for (String w : selection.jurisdictions()) {
            if (!found.contains(w.strip())) {
                warnings.add("no report for " + w + " in " + selection.years());
            }
        }

        Map<Long, ReportSummary> reportsById = new HashMap<>();
        Map<Integer, Cell[][]> byYear = new LinkedHashMap<>();
        // most cells of a national table are missing: one shared (immutable) cell per unit and reason
        Cell[][] missing = new Cell[Absence.values().length][indicators.size()];
        // the year compared: its chosen values again for the profiles, not chosen twice
        List<Map<String, StoredValue>> chosenThisYear = new ArrayList<>(jurisdictions.size());
        for (int y : years) {
            Cell[][] cells = new Cell[jurisdictions.size()][indicators.size()];
            Integer boxedYear = y;
            for (int j = 0; j < jurisdictions.size(); j++) {
                List<ReportData> rs = reports.getOrDefault(jurisdictions.get(j).fullName(), Map.of())
                        .getOrDefault(boxedYear, List.of());
                rs.forEach(d -> reportsById.put(d.report().id(), d.report()));
                Map<String, StoredValue> chosen = chooseValues(rs);
                if (y == year) {
                    chosenThisYear.add(chosen);
                }
                Map<String, StoredValue> rejected = rs.isEmpty() ? Map.of() : rejectedValues(rs);
                Map<Long, Review> reviews = reviews(rs);
                for (int i = 0; i < indicators.size(); i++) {
                    String code = indicators.get(i).code();
                    cells[j][i] = rs.isEmpty() ? missing(missing, i, indicators.get(i), Absence.NO_REPORT)
                            : noPopulation(indicators.get(i), chosen, rejected)
                            ? missing(missing, i, indicators.get(i), Absence.NO_POPULATION)
                            : baseCell(chosen.get(code), rejected.get(code), reviews, i, indicators.get(i), missing);
                }
            }
            byYear.put(y, cells);
        }
        Cell[][] cells = byYear.get(year);
        Cell[][] previous = byYear.get(year - 1);
        List<IndicatorStats> stats = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            stats.add(rankColumn(cells, previous, i, indicators.get(i)));
            for (int y : selection.years()) {
                if (y != year && byYear.containsKey(y - 1)) {
                    rankColumn(byYear.get(y), byYear.get(y - 1), i, indicators.get(i));
                }
            }
        }
        if (!selection.years().contains(year - 1)) {
            byYear.remove(year - 1);
        }
        List<JurisdictionProfile> profiles = new ArrayList<>();
        for (int j = 0; j < jurisdictions.size(); j++) {
            Jurisdiction jd = jurisdictions.get(j);
            profiles.add(profile(jd, reports.getOrDefault(jd.fullName(), Map.of()).getOrDefault(year, List.of()),
                    j < chosenThisYear.size() ? chosenThisYear.get(j) : null, catalogue, year, selection));
        }
        return new ComparisonTable(selection, indicators, catalogue.groups(), jurisdictions, cells, stats, profiles,
                byYear, warnings, reportsById, Map.of());
    }

    /**
     * The indicators, in order, that a comparison of {@code selection} shows from {@code catalogue}: the window
     * makes a large table's columns from them while the comparison is still being read (issue 12).
     */
    public static List<Indicator> indicators(Catalogue catalogue, Selection selection) {
        return selectIndicators(catalogue, selection, new ArrayList<>());
    }

    private static List<Indicator> selectIndicators(Catalogue catalogue, Selection selection, List<String> warnings) {
        List<Indicator> out = new ArrayList<>();
        for (String code : selection.indicators()) {
            if (catalogue.find(code).isEmpty()) {
                warnings.add("unknown indicator " + code);
            }
        }
        for (String group : catalogue.groups().keySet()) {
            for (Indicator ind : catalogue.indicators()) {
                if (!ind.group().equals(group)) {
                    continue;
                }
                boolean byCode = selection.indicators().isEmpty() || selection.indicators().contains(ind.code());
                boolean byGroup = selection.groups().isEmpty() || selection.groups().contains(ind.group());
                if (byCode && byGroup) {
                    out.add(ind);
                }
            }
        }
        for (Indicator ind : catalogue.indicators()) { // indicators of groups the catalogue does not name
            if (!catalogue.groups().containsKey(ind.group()) && !out.contains(ind)
                    && (selection.indicators().isEmpty() || selection.indicators().contains(ind.code()))
                    && (selection.groups().isEmpty() || selection.groups().contains(ind.group()))) {
                out.add(ind);
            }
        }
        return out;
    }

    private static boolean matches(Jurisdiction j, Selection s, Set<String> wanted) {
        if (s.province() != null && !s.province().equals(j.province()) && !j.province().startsWith(s.province())) {
            return false;
        }
        if (s.city() != null && (j.city() == null || !(j.city().equals(s.city()) || j.city().startsWith(s.city())))) {
            return false;
        }
        return wanted.isEmpty() || wanted.contains(j.fullName()) || (j.code() != null && wanted.contains(j.code()))
                || wanted.contains(j.name());
    }

    /** Per indicator, the value to use: reviewed before extracted, newer report before older; never rejected. */
    private static Map<String, StoredValue> chooseValues(List<ReportData> reports) {
        Map<String, StoredValue> chosen = new HashMap<>();
        for (ReportData d : reports) {
            for (StoredValue v : d.values()) {
                if (v.status() == ReviewStatus.REJECTED) {
                    continue;
                }
                StoredValue current = chosen.get(v.value().indicator());
                if (current == null || better(v, current)) {
                    chosen.put(v.value().indicator(), v);
                }
            }
        }
        return chosen;
    }

    /** Per indicator, a rejected value (the newest report's) — used only when nothing else is there. */
    private static Map<String, StoredValue> rejectedValues(List<ReportData> reports) {
        Map<String, StoredValue> out = new HashMap<>();
        for (ReportData d : reports) {
            for (StoredValue v : d.values()) {
                StoredValue current = out.get(v.value().indicator());
                if (v.status() == ReviewStatus.REJECTED && (current == null || v.reportId() > current.reportId())) {
                    out.put(v.value().indicator(), v);
                }
            }
        }
        return out;
    }

    private static Map<Long, Review> reviews(List<ReportData> reports) {
        if (reports.size() == 1) {
            return reports.get(0).reviews();
        }
        Map<Long, Review> out = new HashMap<>();
        reports.forEach(d -> out.putAll(d.reviews()));
        return out;
    }

    private static boolean better(StoredValue a, StoredValue b) {
        if (a.status().byPerson() != b.status().byPerson()) {
            return a.status().byPerson();
        }
        return a.reportId() > b.reportId();
    }

    /** A per-head cell whose count is there: only the population is missing (not "未披露"). */
    private static boolean noPopulation(Indicator ind, Map<String, StoredValue> chosen, Map<String, StoredValue> rejected) {
        if (!PerHead.isPerHead(ind) || chosen.containsKey(ind.code()) || rejected.containsKey(ind.code())) {
            return false;
        }
        String base = PerHead.baseCode(ind.code());
        return chosen.containsKey(base) || rejected.containsKey(base);
    }

    /** The missing cell of indicator {@code i} for {@code why}, made once per table (cells are immutable). */
    private static Cell missing(Cell[][] shared, int i, Indicator ind, Absence why) {
        Cell c = shared[why.ordinal()][i];
        if (c == null) {
            c = Cell.missingCell(ind.unit(), why);
            shared[why.ordinal()][i] = c;
        }
        return c;
    }

    private static Cell baseCell(StoredValue v, StoredValue rejected, Map<Long, Review> reviews, int i, Indicator ind,
                                 Cell[][] missing) {
        if (v == null && rejected == null) {
            return missing(missing, i, ind, Absence.NOT_STATED);
        }
        if (v == null) {
            var rv = rejected.value();
            return new Cell(null, rv.unit(), rv.qualifier(), rv.derived(), rejected.status(), null, false, null, null,
                    Light.NONE, false, false, rejected.reportId(), rejected.id(), rv.evidence(), Absence.REJECTED,
                    rejected.note(), rejected.updatedAt(), reviews.get(rejected.id()), rv.value());
        }
        var iv = v.value();
        return new Cell(iv.value(), iv.unit(), iv.qualifier(), iv.derived(), v.status(), null, false, null, null,
                Light.NONE, false, false, v.reportId(), v.id(), iv.evidence(), null, v.note(), v.updatedAt(),
                reviews.get(v.id()), null);
    }

    /** Ranks, lights, distances and changes of one indicator's column; returns its statistics. */
    private static IndicatorStats rankColumn(Cell[][] cells, Cell[][] previous, int i, Indicator ind) {
        // Figures in reports have a few decimals at most, so doubles order them exactly; sorting primitives
        // keeps a comparison of thousands of jurisdictions well within the time a screen can wait.
        double[] sorted = new double[cells.length];
        int n = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (Cell[] column : cells) {
            if (!column[i].missing()) {
                sorted[n++] = column[i].value().doubleValue();
                sum = sum.add(column[i].value());
            }
        }
        if (n == 0) {
            return IndicatorStats.EMPTY;
        }
        sorted = Arrays.copyOf(sorted, n);
        Arrays.sort(sorted);
        double[] distinct = new double[n];
        int d = 0;
        for (double v : sorted) {
            if (d == 0 || distinct[d - 1] != v) {
                distinct[d++] = v;
            }
        }
        distinct = Arrays.copyOf(distinct, d);
        BigDecimal median = n % 2 == 1 ? BigDecimal.valueOf(sorted[n / 2])
                : BigDecimal.valueOf(sorted[n / 2 - 1]).add(BigDecimal.valueOf(sorted[n / 2]))
                .divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
        median = IndicatorValueNumbers.plain(median);
        BigDecimal mean = IndicatorValueNumbers.plain(sum.divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_UP));
        boolean ascending = ind.direction() == Direction.LOWER_BETTER;
        // Only what is fair across jurisdictions of different size is ranked: rates with a direction, not raw counts.
        boolean ranked = Judgement.judged(ind);
        boolean ranksMean = ranked && d > 1;
        double bestValue = ascending ? distinct[0] : distinct[d - 1];
        double worstValue = ascending ? distinct[d - 1] : distinct[0];
        String medianMarker = "";
        for (int j = 0; j < cells.length; j++) {
            Cell c = cells[j][i];
            if (c.missing()) {
                continue;
            }
            double v = c.value().doubleValue();
            // competition ranking: ties share a rank and the next one skips (1, 1, 3)
            Integer rank = !ranked ? null : ascending ? SortedNumbers.lowerBound(sorted, v) + 1 : n - SortedNumbers.upperBound(sorted, v) + 1;
            BigDecimal change = previous == null ? null : change(c, previous[j][i], ind);
            cells[j][i] = c.ranked(rank, ranked && !c.qualifier().isExact(), c.value().subtract(median), change,
                    light(c.value(), ind), ranksMean && v == bestValue, ranksMean && v == worstValue);
            if (medianMarker.isEmpty() && !c.qualifier().isExact()
                    && (v == sorted[n / 2] || (n % 2 == 0 && v == sorted[n / 2 - 1]))) {
                medianMarker = c.marker();
            }
        }
        return new IndicatorStats(n, mean, median, IndicatorValueNumbers.plain(BigDecimal.valueOf(sorted[0])),
                IndicatorValueNumbers.plain(BigDecimal.valueOf(sorted[n - 1])), medianMarker);
    }

    /** Percentage points for rates, percent for counts; unknown when either year is missing or the base is zero. */
    static BigDecimal change(Cell now, Cell before, Indicator ind) {
        if (before == null || before.missing() || now.missing()) {
            return null;
        }
        if (ind.kind() == IndicatorKind.RATE) {
            return now.value().subtract(before.value()).stripTrailingZeros();
        }
        if (before.value().signum() == 0) {
            return null;
        }
        return now.value().subtract(before.value()).multiply(HUNDRED)
                .divide(before.value(), 1, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static Light light(BigDecimal value, Indicator ind) {
        Indicator.Thresholds t = ind.thresholds();
        if (t == null || t.green() == null || t.red() == null || !Judgement.judged(ind)) {
            return Light.NONE;
        }
        double v = value.doubleValue();
        if (ind.direction() == Direction.HIGHER_BETTER) {
            return v >= t.green() ? Light.GREEN : v < t.red() ? Light.RED : Light.YELLOW;
        }
        return v <= t.green() ? Light.GREEN : v > t.red() ? Light.RED : Light.YELLOW;
    }

    private static JurisdictionProfile profile(Jurisdiction j, List<ReportData> reports, Map<String, StoredValue> chosen,
                                               Catalogue catalogue, int year, Selection selection) {
        LocalDate deadline = selection.deadline().atYear(year + 1);
        if (reports.isEmpty()) {
            return new JurisdictionProfile(j, null, null, null, null, null, deadline, null, 0,
                    (int) catalogue.indicators().stream().filter(Indicator::core).count(), 0, 0, false);
        }
        ReportData main = reports.stream().max(Comparator.comparingLong(d -> d.report().id())).orElseThrow();
        if (chosen == null) {
            chosen = chooseValues(reports);
        }
        Set<String> stated = new HashSet<>();
        int flagged = 0;
        for (StoredValue v : chosen.values()) {
            if (!v.value().derived()) {
                stated.add(v.value().indicator());
            }
            if (v.value().flags().contains("inconsistent") && v.status() != ReviewStatus.CORRECTED) {
                flagged++;
            }
        }
        int coreTotal = 0;
        int coreStated = 0;
        for (Indicator ind : catalogue.indicators()) {
            if (ind.core()) {
                coreTotal++;
                if (stated.contains(ind.code())) {
                    coreStated++;
                }
            }
        }
        ReportSummary r = main.report();
        Boolean onTime = r.publishDate() == null ? null : !r.publishDate().isAfter(deadline);
        return new JurisdictionProfile(j, r.id(), r.title(), r.issuer(), r.sourceName(), r.publishDate(), deadline, onTime,
                coreStated, coreTotal, coreTotal == 0 ? 0 : (double) coreStated / coreTotal, flagged, r.needsAttention(),
                r.publishDateByHand(), r.sourceUrl());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

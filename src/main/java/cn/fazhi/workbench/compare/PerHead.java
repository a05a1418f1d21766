package cn.fazhi.workbench.compare;

import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.Selection;
import cn.fazhi.workbench.model.StoredValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts per 10,000 residents. A raw count grows with the size of the place (decision 0019), but a count
 * the catalogue marks per-head comparable ({@code "perHead": true}: disputes, lawsuits, legal aid…) divided
 * by the jurisdiction's resident population of the same year can be set side by side and judged like a
 * rate. The population is the user's (entered or imported, never shipped): a per-head figure exists only
 * for a jurisdiction and year with a population, and a per-head row only when at least one such figure
 * exists. Pure: the workflow hands in the values and the population it read.
 *
 * <p>A per-head figure is a derived value beside its count: same report, same status (a rejected count
 * gives a rejected per-head figure, a corrected one its corrected quotient), same evidence and value id,
 * so the table's cell opens the count's sentence and review.</p>
 */
public final class PerHead {
    /** Code of the per-head indicator of count X: X + this. */
    public static final String SUFFIX = ".per10k";
    public static final String UNIT = "件/万人";
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    /** Decimals of a per-head figure: 0.01 per 10,000 residents is finer than any count in a report supports. */
    private static final int SCALE = 2;

    private PerHead() {
    }

    public static boolean isPerHead(Indicator ind) {
        return ind.code().endsWith(SUFFIX);
    }

    public static String baseCode(String code) {
        return code.endsWith(SUFFIX) ? code.substring(0, code.length() - SUFFIX.length()) : code;
    }

    /** The value per 10,000 residents, rounded to two decimals. */
    public static BigDecimal per10k(BigDecimal count, long residents) {
        return count.multiply(TEN_THOUSAND).divide(BigDecimal.valueOf(residents), SCALE, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /**
     * Adds a per-head value beside every value of a per-head comparable count whose jurisdiction has a
     * population for the report's year.
     *
     * @param perHeadCodes the counts the catalogue marks per-head comparable
     * @param population   residents per jurisdiction code, per year
     */
    public static List<ReportData> addValues(List<ReportData> data, Set<String> perHeadCodes,
                                             Map<String, Map<Integer, Long>> population) {
        if (perHeadCodes.isEmpty() || population.isEmpty()) {
            return data;
        }
        List<ReportData> out = new ArrayList<>(data.size());
        for (ReportData d : data) {
            Long residents = residents(d.report().jurisdiction(), d.report().year(), population);
            if (residents == null) {
                out.add(d);
                continue;
            }
            List<StoredValue> values = new ArrayList<>(d.values());
            for (StoredValue v : d.values()) {
                IndicatorValue iv = v.value();
                if (perHeadCodes.contains(iv.indicator()) && iv.value() != null) {
                    IndicatorValue head = new IndicatorValue(iv.indicator() + SUFFIX, per10k(iv.value(), residents), UNIT,
                            iv.qualifier(), true, iv.section(), iv.evidence(), iv.confidence(), iv.flags(),
                            List.of(iv.indicator(), "population:" + residents));
                    values.add(new StoredValue(v.id(), v.reportId(), head, v.status(), v.note(), v.updatedAt()));
                }
            }
            out.add(new ReportData(d.report(), values, d.reviews()));
        }
        return out;
    }

    private static Long residents(Jurisdiction j, Integer year, Map<String, Map<Integer, Long>> population) {
        if (j == null || j.code() == null || year == null) {
            return null;
        }
        Map<Integer, Long> byYear = population.get(j.code());
        return byYear == null ? null : byYear.get(year);
    }

    /**
     * The catalogue with a per-head indicator right after each count that has per-head values in {@code data}:
     * named 每万人 + the count's name, unit 件/万人, same group and direction, not core (completeness counts what
     * the report states, not what the workbench divides).
     */
    public static Catalogue withIndicators(Catalogue catalogue, List<ReportData> data) {
        Set<String> present = new HashSet<>();
        for (ReportData d : data) {
            for (StoredValue v : d.values()) {
                if (v.value().indicator().endsWith(SUFFIX)) {
                    present.add(baseCode(v.value().indicator()));
                }
            }
        }
        if (present.isEmpty()) {
            return catalogue;
        }
        List<Indicator> out = new ArrayList<>();
        for (Indicator ind : catalogue.indicators()) {
            out.add(ind);
            if (present.contains(ind.code())) {
                out.add(indicatorOf(ind));
            }
        }
        return catalogue.withIndicators(out);
    }

    static Indicator indicatorOf(Indicator count) {
        return new Indicator(count.code() + SUFFIX, "每万人" + count.nameZh(), count.nameEn() + " per 10,000 residents",
                count.kind(), UNIT, List.of(UNIT), count.direction(), count.group(), false, count.topic(), List.of(),
                List.of(), null, List.of(), null, false, List.of(), List.of());
    }

    /** A selection that names a count also names its per-head figure (a table of chosen indicators keeps both). */
    public static Selection withPerHeadCodes(Selection s, Catalogue catalogue) {
        if (s.indicators().isEmpty()) {
            return s;
        }
        Set<String> codes = new LinkedHashSet<>(s.indicators());
        for (String code : s.indicators()) {
            if (catalogue.find(code + SUFFIX).isPresent()) {
                codes.add(code + SUFFIX);
            }
        }
        if (codes.size() == s.indicators().size()) {
            return s;
        }
        return new Selection(s.years(), s.jurisdictions(), s.province(), s.city(), List.copyOf(codes), s.groups(),
                s.deadline(), s.groupName());
    }
}

package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;
import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.Qualifier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rates and their counts: a missing rate is computed from its two stated counts, a missing count
 * from a stated rate and the other count; when rate and counts are all stated they are checked
 * against each other and both are flagged "inconsistent" when they disagree beyond rounding. A part stated
 * larger than its whole (调解成功4180件 of 4120 mediated; a misprint, a misread scan or a figure of another
 * scope) flags both the same way, whether or not the rate is written.
 */
final class Derivations {
    static final String INCONSISTENT = "inconsistent";
    /** With {@link #INCONSISTENT}: the disagreement is a part stated larger than its whole. */
    static final String PART_ABOVE_WHOLE = "part_above_whole";

    private Derivations() {
    }

    static List<IndicatorValue> apply(Catalogue catalogue, List<IndicatorValue> stated, List<String> warnings) {
        Map<String, IndicatorValue> byCode = new LinkedHashMap<>();
        for (IndicatorValue v : stated) {
            byCode.put(v.indicator(), v);
        }
        for (Indicator rate : catalogue.indicators()) {
            if (rate.kind() != IndicatorKind.RATE || rate.numerator() == null) {
                continue;
            }
            IndicatorValue r = byCode.get(rate.code());
            IndicatorValue num = byCode.get(rate.numerator());
            IndicatorValue den = null;
            for (String d : rate.denominators()) {
                if (byCode.containsKey(d)) {
                    den = byCode.get(d);
                    break;
                }
            }
            if (num != null && den != null && partAboveWhole(num, den)) {
                byCode.put(num.indicator(), num.withFlag(INCONSISTENT).withFlag(PART_ABOVE_WHOLE));
                byCode.put(den.indicator(), den.withFlag(INCONSISTENT).withFlag(PART_ABOVE_WHOLE));
                warnings.add(String.format("%s: %s is more than %s %s", num.indicator(), num.value().toPlainString(),
                        den.indicator(), den.value().toPlainString()));
            } else if (r != null && num != null && den != null) {
                check(byCode, rate, r, num, den, warnings);
            } else if (r == null && num != null && den != null) {
                deriveRate(byCode, rate, num, den);
            } else if (r != null && num == null && den != null && !r.derived()
                    && den.indicator().equals(rate.denominators().get(0))) {
                // "案件64件，…负责人出庭应诉率100%": a rate measured over the cases heard in court, when only all the
                // cases are known, gives no count of appearances (cases withdrawn or not yet heard had no hearing)
                deriveNumerator(byCode, catalogue, rate, r, den);
            }
        }
        return new ArrayList<>(byCode.values());
    }

    private static void check(Map<String, IndicatorValue> byCode, Indicator rate, IndicatorValue r,
                              IndicatorValue num, IndicatorValue den, List<String> warnings) {
        if (r.derived() || num.derived() || den.derived() || !r.qualifier().isExact() || !num.qualifier().isExact()
                || !den.qualifier().isExact() || den.value().signum() == 0) {
            return;
        }
        BigDecimal computed = num.value().multiply(BigDecimal.valueOf(100)).divide(den.value(), 6, RoundingMode.HALF_UP);
        int decimals = Math.max(0, r.value().stripTrailingZeros().scale());
        // Reports round or truncate: allow one unit of the last stated digit.
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(decimals);
        if (computed.subtract(r.value()).abs().compareTo(tolerance) > 0) {
            byCode.put(r.indicator(), r.withFlag(INCONSISTENT));
            byCode.put(num.indicator(), num.withFlag(INCONSISTENT));
            byCode.put(den.indicator(), den.withFlag(INCONSISTENT));
            warnings.add(String.format("%s: stated %s%% but %s / %s = %s%%", rate.code(), r.value().toPlainString(),
                    num.value().toPlainString(), den.value().toPlainString(),
                    computed.setScale(2, RoundingMode.HALF_UP).toPlainString()));
        }
    }

    /**
     * Both counts stated, in the same kind of unit (appearances in 人次 may outnumber cases), and the part more than
     * the whole can hold: not when the whole is only a bound from below (4000余件) or the part one from above.
     */
    private static boolean partAboveWhole(IndicatorValue num, IndicatorValue den) {
        if (num.derived() || den.derived() || countsTimes(num) != countsTimes(den)
                || bounded(den.qualifier()) || den.qualifier() == Qualifier.APPROX || num.qualifier() == Qualifier.AT_MOST
                || num.flags().contains(INCONSISTENT) || den.flags().contains(INCONSISTENT)) {
            return false;
        }
        return num.value().compareTo(den.value()) > 0;
    }

    private static void deriveRate(Map<String, IndicatorValue> byCode, Indicator rate, IndicatorValue num,
                                   IndicatorValue den) {
        if (den.value().signum() <= 0 || num.value().compareTo(den.value()) > 0 || countsTimes(num) && !countsTimes(den)) {
            return;
        }
        BigDecimal value = num.value().multiply(BigDecimal.valueOf(100)).divide(den.value(), 1, RoundingMode.HALF_UP);
        Qualifier q = num.qualifier().isExact() && den.qualifier().isExact() ? Qualifier.EXACT : Qualifier.APPROX;
        byCode.put(rate.code(), new IndicatorValue(rate.code(), value.stripTrailingZeros(), "%", q, true, num.section(),
                num.evidence(), Math.min(num.confidence(), den.confidence()), List.of(),
                List.of(num.indicator(), den.indicator())));
    }

    /**
     * "负责人出庭应诉5次" counts appearances, not cases: several in one case, or a case heard twice. Divided by
     * the cases ("案件23件") it is no rate of cases, so none is derived.
     */
    private static boolean countsTimes(IndicatorValue v) {
        return "次".equals(v.unit()) || "人次".equals(v.unit());
    }

    private static void deriveNumerator(Map<String, IndicatorValue> byCode, Catalogue catalogue, Indicator rate,
                                        IndicatorValue r, IndicatorValue den) {
        Indicator numerator = catalogue.find(rate.numerator()).orElse(null);
        // "调解成功率达99%以上" bounds the rate, not states it: 99 % of the disputes would be shown as about the
        // count mediated successfully when it may be any figure up to all of them
        if (numerator == null || den.value().signum() <= 0 || bounded(r.qualifier()) || bounded(den.qualifier())) {
            return;
        }
        BigDecimal exact = r.value().multiply(den.value()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        BigDecimal rounded = exact.setScale(0, RoundingMode.HALF_UP);
        boolean whole = r.value().compareTo(BigDecimal.valueOf(100)) == 0 || exact.compareTo(rounded) == 0;
        Qualifier q = whole && r.qualifier().isExact() && den.qualifier().isExact() && !roundedToTenThousands(den)
                ? Qualifier.EXACT : Qualifier.APPROX;
        byCode.put(numerator.code(), new IndicatorValue(numerator.code(), rounded, numerator.unit(), q, true, r.section(),
                r.evidence(), Math.min(r.confidence(), den.confidence()), List.of(),
                List.of(r.indicator(), den.indicator())));
    }

    /**
     * "调解矛盾纠纷3.6万件": a count written in 万 or 亿 with decimals is rounded (anything from 35,500 to 36,499), so
     * 99.1 % of it is only about the count that succeeded, however whole the product looks.
     */
    private static boolean roundedToTenThousands(IndicatorValue v) {
        var e = v.evidence();
        if (e == null || e.sentence() == null) {
            return false;
        }
        int from = e.valueStart() - e.start();
        int to = e.valueEnd() - e.start();
        if (from < 0 || to > e.sentence().length() || from >= to) {
            return false;
        }
        return ROUNDED_MULTIPLE.matcher(e.sentence().substring(from, to)).find();
    }

    private static final java.util.regex.Pattern ROUNDED_MULTIPLE = java.util.regex.Pattern.compile("\\d[.．]\\d+\\s*[万亿]");

    private static boolean bounded(Qualifier q) {
        return q == Qualifier.AT_LEAST || q == Qualifier.AT_MOST || q == Qualifier.APPROX_OVER;
    }
}

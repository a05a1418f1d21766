package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "其中，涉及房屋征收补偿和土地管理的行政诉讼案件143件，审结131件，败诉9件，败诉率6.87%": a rate whose own counts stand
 * before it in the sentence as parts of a total (9 / 131 = 6.87 %) is the part's rate, not the jurisdiction's, however
 * bare its name, when it stands after 其中 as they do. It is a suggestion, as its counts are (round 67). So is a rate that
 * goes on with a part's own account without matching a ratio (round 69): right after the part's own count and numerator
 * ("其中…案件97件，败诉4件，败诉率4.5%"), or right after a part named with its own act ("其中试点镇调解1413件，调解成功率
 * 99.65%") — not after a bare kind ("其中家事纠纷320件，调解成功率99%") nor when it is the ratio to the whole's base.
 */
final class RateOfAPart {
    static final String FLAG = "part_of_total";

    private RateOfAPart() {
    }

    /** Moves each accepted rate that is its doubted part counts' ratio from {@code best} to {@code doubted}. */
    static void demote(String text, List<Indicator> catalogue, Map<String, Candidate> best,
                       Map<String, List<Candidate>> doubted) {
        for (Indicator rate : catalogue) {
            Candidate r = best.get(rate.code());
            // only after 其中: a rate over counts doubted for other reasons (a court's hearing) keeps its own account
            if (r == null || rate.numerator() == null || !r.mention().isPercent() || !r.flags().contains("after_qizhong")) {
                continue;
            }
            Candidate num = partBefore(doubted.get(rate.numerator()), r);
            if (num == null) {
                if (afterAPartsOwnCount(text, rate, best, doubted, r)) {
                    demote(rate, r, best, doubted);
                }
                continue;
            }
            // "其中，涉及房屋征收与补偿的行政诉讼案件97件，败诉4件，败诉率4.5%": the rate right after the part's own
            // numerator, a part itself after 其中, goes on with the part's account (round 63 b, read in round 69)
            if (num.flags().contains("after_qizhong")
                    && RATE_RIGHT_AFTER.matcher(text.substring(num.mention().end(), r.mention().start())).find()
                    && aPartsOwnCountBefore(text, rate, num, doubted) && !overTheWhole(rate, num, r, best)) {
                demote(rate, r, best, doubted);
                continue;
            }
            for (String d : rate.denominators()) {
                Candidate den = partBefore(doubted.get(d), r);
                if (den != null && den.mention().start() < num.mention().start() && ratioIs(num, den, r.mention().value())) {
                    demote(rate, r, best, doubted);
                    break;
                }
            }
        }
    }

    /**
     * After 其中 the part names a count of its own before the numerator ("其中，涉及…的行政诉讼案件97件，败诉4件"): the part
     * opens an account of its own. A numerator alone after 其中 ("其中县政府主要负责人出庭2次，出庭应诉率100%") leaves the
     * rate the whole's (round 54 w).
     */
    private static boolean aPartsOwnCountBefore(String text, Indicator rate, Candidate num, Map<String, List<Candidate>> doubted) {
        String topic = rate.topic();
        for (List<Candidate> list : doubted.values()) {
            for (Candidate c : list) {
                if (c != num && c.sentence() == num.sentence() && c.mention().end() <= num.mention().start()
                        && topic != null && topic.equals(c.indicator().topic()) && !c.mention().isPercent()
                        && c.flags().contains(FLAG)
                        && text.substring(c.sentence().start(), c.mention().start()).contains("其中")
                        && text.substring(c.mention().end(), num.mention().start()).matches("[^；;。]*")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The rate is the count's ratio to the whole accepted for the rate's base ("审结120件，其中…败诉8件，败诉率6.7%"). */
    private static boolean overTheWhole(Indicator rate, Candidate num, Candidate r, Map<String, Candidate> best) {
        for (String d : rate.denominators()) {
            Candidate whole = best.get(d);
            if (whole != null && whole.sentence() == r.sentence() && ratioIs(num, whole, r.mention().value())) {
                return true;
            }
        }
        return false;
    }

    private static void demote(Indicator rate, Candidate r, Map<String, Candidate> best, Map<String, List<Candidate>> doubted) {
        best.remove(rate.code());
        doubted.computeIfAbsent(rate.code(), k -> new java.util.ArrayList<>()).add(0, r.withFlag(FLAG));
    }

    /**
     * The part after 其中 names its own act ("其中试点镇调解1413件"): an account of its own the rate goes on with; a bare
     * kind ("其中家事纠纷320件，调解成功率99%") only breaks the whole down, and the rate goes back to the whole (round 19).
     */
    private static final String PARTS_OWN_VERB = "(?:调解|调处|化解|办理|受理|审结|办结|承办|收到|评查|审核|审查)";

    /** Words between a part's count and the rate that leave the rate the part's: a comma and the rate's name, no more. */
    private static final Pattern RATE_RIGHT_AFTER = Pattern.compile("^[件起个宗]?[，,、]?[^，,；;。\\d]{0,10}$");

    /** "，其中试点镇调解1413件，调解成功率99.65%": a 其中 clause of one count, right before the rate's clause. */
    private static final Pattern ONE_COUNT_AFTER_QIZHONG = Pattern.compile(
            "其中[^，,；;。\\d]{0,12}" + PARTS_OWN_VERB + "[^，,；;。\\d]{0,8}(\\d+(?:\\.\\d+)?)万?[件起个宗][，,、][^，,；;。\\d]{0,10}$");

    /**
     * "全市调解矛盾纠纷6842件，…，其中试点镇调解1413件，调解成功率99.65%": a rate in the clause right after a part's own
     * count after 其中 (rounds 69 a and b) is that part's rate, whether an indicator doubted the count as a part of the
     * rate's base or none counts it — unless that count is the rate's own numerator (其中调解成功6791件) or its base as
     * the whole's (其中审结115件, a stage by nature).
     */
    private static boolean afterAPartsOwnCount(String text, Indicator rate, Map<String, Candidate> best,
                                               Map<String, List<Candidate>> doubted, Candidate r) {
        int from = r.sentence().start();
        Matcher m = ONE_COUNT_AFTER_QIZHONG.matcher(text.substring(from, r.mention().start()));
        if (!m.find()) {
            return false;
        }
        int at = from + m.start(1);
        List<String> own = new java.util.ArrayList<>(rate.denominators());
        own.add(rate.numerator());
        for (String code : own) {
            Candidate chosen = best.get(code);
            if (chosen != null && chosen.mention().start() <= at && at < chosen.mention().end()) {
                return false;
            }
            for (Candidate c : doubted.getOrDefault(code, List.of())) {
                if (c.mention().start() <= at && at < c.mention().end() && (code.equals(rate.numerator())
                        || !c.flags().contains(FLAG))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A count doubted as a part of a total, in the rate's sentence, before it. */
    private static Candidate partBefore(List<Candidate> doubted, Candidate rate) {
        if (doubted == null) {
            return null;
        }
        for (Candidate c : doubted) {
            if (c.sentence() == rate.sentence() && c.mention().end() <= rate.mention().start()
                    && !c.mention().isPercent() && c.flags().contains(FLAG)) {
                return c;
            }
        }
        return null;
    }

    /** num / den, as a percentage, rounds to the rate as written (to its own decimals). */
    private static boolean ratioIs(Candidate num, Candidate den, BigDecimal rate) {
        if (den.mention().value().signum() <= 0) {
            return false;
        }
        BigDecimal ratio = num.mention().value().multiply(BigDecimal.valueOf(100))
                .divide(den.mention().value(), MathContext.DECIMAL64);
        BigDecimal half = BigDecimal.ONE.movePointLeft(Math.max(0, rate.scale())).divide(BigDecimal.valueOf(2));
        return ratio.subtract(rate).abs().compareTo(half) <= 0;
    }
}

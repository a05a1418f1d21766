package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

/**
 * "其中，涉及房屋征收补偿和土地管理的行政诉讼案件143件，审结131件，败诉9件，败诉率6.87%": a rate whose own counts stand
 * before it in the sentence as parts of a total (9 / 131 = 6.87 %) is the part's rate, not the jurisdiction's, however
 * bare its name, when it stands after 其中 as they do. It is a suggestion, as its counts are (round 67).
 */
final class RateOfAPart {
    static final String FLAG = "part_of_total";

    private RateOfAPart() {
    }

    /** Moves each accepted rate that is its doubted part counts' ratio from {@code best} to {@code doubted}. */
    static void demote(List<Indicator> catalogue, Map<String, Candidate> best, Map<String, List<Candidate>> doubted) {
        for (Indicator rate : catalogue) {
            Candidate r = best.get(rate.code());
            // only after 其中: a rate over counts doubted for other reasons (a court's hearing) keeps its own account
            if (r == null || rate.numerator() == null || !r.mention().isPercent() || !r.flags().contains("after_qizhong")) {
                continue;
            }
            Candidate num = partBefore(doubted.get(rate.numerator()), r);
            if (num == null) {
                continue;
            }
            for (String d : rate.denominators()) {
                Candidate den = partBefore(doubted.get(d), r);
                if (den != null && den.mention().start() < num.mention().start() && ratioIs(num, den, r.mention().value())) {
                    best.remove(rate.code());
                    doubted.computeIfAbsent(rate.code(), k -> new java.util.ArrayList<>()).add(0, r.withFlag(FLAG));
                    break;
                }
            }
        }
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

package cn.fazhi.workbench.compare;

import cn.fazhi.workbench.model.Direction;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;

/**
 * Whether jurisdictions may be judged against each other on an indicator (rank, best/worst, traffic
 * light). A rate (结案率, 出庭率…) means the same in a county of 100,000 people and a district of two
 * million, so it is judged. A raw count (disputes mediated, legal-aid cases, lawsuits) grows with the size
 * of the place: ranking it would call a small county "worst" for being small, so counts are shown and
 * summed up (median, lowest–highest) but never judged. A count the catalogue marks per-head comparable is
 * also shown per 10,000 residents where the user gave a population ({@link PerHead}): that figure is
 * judged like a rate. The UI and the documentation say so; the reason travels as a code ({@link #reason}),
 * never as English text.
 */
public final class Judgement {
    /** Why an indicator is or is not judged; the UI words each code. */
    public enum Reason {
        /** A rate with a direction: ranked, best/worst marked, lit when the catalogue gives thresholds. */
        JUDGED,
        /** The catalogue says neither higher nor lower is better. */
        NO_DIRECTION,
        /** A count: it grows with the size of the jurisdiction, and no population is known to divide by. */
        COUNT_DEPENDS_ON_SIZE
    }

    private Judgement() {
    }

    public static Reason reason(Indicator ind) {
        if (ind.direction() == Direction.NEUTRAL) {
            return Reason.NO_DIRECTION;
        }
        if (PerHead.isPerHead(ind)) {
            return Reason.JUDGED; // a count per 10,000 residents of the user's population: fair across sizes
        }
        if (ind.kind() == IndicatorKind.COUNT) {
            return Reason.COUNT_DEPENDS_ON_SIZE;
        }
        return Reason.JUDGED;
    }

    /** Ranks, best/worst marks and traffic lights are given on this indicator. */
    public static boolean judged(Indicator ind) {
        return reason(ind) == Reason.JUDGED;
    }
}

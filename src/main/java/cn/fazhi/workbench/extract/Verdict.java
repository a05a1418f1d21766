package cn.fazhi.workbench.extract;

import java.util.List;
import java.util.Set;

/**
 * What becomes of a matched figure. Precision first: a figure is a value only when every check accepts
 * it; a figure some check doubted is a suggestion a person decides on, with the doubts as reasons; a
 * figure that is certainly not the year's own result (a plan, a change, another period) is neither.
 */
enum Verdict {
    VALUE, SUGGESTION, NONE;

    /** The figure's matter is named only later in its sentence (IndicatorMatcher). */
    static final String TOPIC_AFTER = "topic_after";
    /** Flags that cast doubt without ruling a figure out: these make it a suggestion. */
    static final Set<String> DOUBTS = Set.of("other_body", "sub_unit", "part_of_total", "one_channel",
            "fractional_count", "period_unclear", Competition.NAME_INCOMPLETE, "other_topic", "subject_unclear", "partial_period_late", "competing", Competition.CONCLUDED_BESIDE_INTAKE, Competition.APPLICATIONS_BESIDE_GRANTED, KindsOfStatement.IN_PROBLEMS, "low_confidence",
            Authors.OTHER_AUTHOR, "subject_other_body",
            "topic_elsewhere", TOPIC_AFTER, Shares.UNNAMED, LookalikeRates.FLAG);
    /** Below this a figure is not even worth a person's look. */
    static final double SUGGESTION_FLOOR = 0.2;

    static Verdict of(Candidate c) {
        if (!c.eligible() || c.confidence() < SUGGESTION_FLOOR) {
            return NONE;
        }
        if (c.confidence() < IndicatorMatcher.MIN_CONFIDENCE || doubted(c.flags())) {
            return SUGGESTION;
        }
        return VALUE;
    }

    /**
     * Figures named only by a bare share or by words later in the sentence (see {@link Shares} and
     * IndicatorMatcher's topic fallbacks) are offered to a person and nothing more: they neither compete with a
     * figure the sentence names, nor make it a part or a breakdown, so they can never take a value away.
     */
    static boolean weaklyNamed(Candidate c) {
        return c.flags().contains(TOPIC_AFTER) || c.flags().contains(Shares.UNNAMED);
    }

    static boolean doubted(List<String> flags) {
        for (String f : flags) {
            if (DOUBTS.contains(f)) {
                return true;
            }
        }
        return false;
    }
}

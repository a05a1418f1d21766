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

    /** Flags that cast doubt without ruling a figure out: these make it a suggestion. */
    static final Set<String> DOUBTS = Set.of("other_body", "sub_unit", "part_of_total", "one_channel",
            "fractional_count", "period_unclear", "name_incomplete", "other_topic", "subject_unclear", "partial_period_late", "competing", "low_confidence",
            Authors.OTHER_AUTHOR, "subject_other_body",
            "topic_elsewhere", "topic_after", Shares.UNNAMED);
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

    static boolean doubted(List<String> flags) {
        for (String f : flags) {
            if (DOUBTS.contains(f)) {
                return true;
            }
        }
        return false;
    }
}

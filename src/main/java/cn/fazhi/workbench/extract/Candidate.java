package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Indicator;

import java.util.List;

/**
 * A number that the rules tie to an indicator, before the best one per indicator is chosen.
 *
 * @param indicator  the indicator
 * @param mention    the number
 * @param sentence   its sentence
 * @param confidence 0..1 after penalties
 * @param flags      why confidence was lowered, or why it cannot be a result (plan, other_year...)
 * @param eligible   false when the figure is not a result of the reporting year at all
 */
record Candidate(Indicator indicator, NumberMention mention, Sentence sentence, double confidence,
                 List<String> flags, boolean eligible) {
    Candidate withFlag(String flag) {
        if (flags.contains(flag)) {
            return this;
        }
        List<String> more = new java.util.ArrayList<>(flags);
        more.add(flag);
        return new Candidate(indicator, mention, sentence, confidence, List.copyOf(more), eligible);
    }
}

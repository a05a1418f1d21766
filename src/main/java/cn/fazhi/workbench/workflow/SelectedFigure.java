package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.extract.NumberMention;
import cn.fazhi.workbench.extract.NumberParser;
import cn.fazhi.workbench.ingest.NormalizedText;
import cn.fazhi.workbench.ingest.TextNormalizer;
import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.SentenceAround;
import cn.fazhi.workbench.model.ValueCheck;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a person selected in a report's text to add a value: the figure read by the extractor's own number
 * parser (1.2万件 is 12000 件, 百分之九十五 and 95% are 95 %, 3,458 is 3458, 约/余 become the qualifier), its
 * sentence as the evidence, with offsets into the text — the same evidence an extracted value has.
 *
 * @param value     the figure; null when the selection holds no number (the person types it)
 * @param unit      its unit as written (件, %, 人次…), null when none follows it
 * @param qualifier exact, about, more than…
 * @param evidence  the sentence around the selection; its value offsets are the figure's (or the selection's)
 */
public record SelectedFigure(BigDecimal value, String unit, Qualifier qualifier, Evidence evidence) {

    /** The figure in {@code [start, end)} of {@code text}; empty when the selection is not inside the text. */
    public static Optional<SelectedFigure> of(String text, int start, int end) {
        int[] sentence = SentenceAround.span(text, start, end);
        if (sentence == null) {
            return Optional.empty();
        }
        NormalizedText norm = TextNormalizer.normalize(text.substring(sentence[0], sentence[1]));
        NumberMention best = null;
        int bestOverlap = 0;
        for (NumberMention m : NumberParser.parse(norm.text())) {
            int from = sentence[0] + norm.originalStart(m.numStart());
            int to = sentence[0] + norm.originalEnd(m.end());
            int overlap = Math.min(to, end) - Math.max(from, start);
            if (m.isValue() && overlap > bestOverlap) {
                best = m;
                bestOverlap = overlap;
            }
        }
        String quote = text.substring(sentence[0], sentence[1]);
        if (best == null) {
            // not a figure the parser takes (a date, a code, a word): the selection as typed, if it is a number
            BigDecimal typed = ValueCheck.parse(text.substring(start, end)).orElse(null);
            return Optional.of(new SelectedFigure(typed, null, Qualifier.EXACT,
                    new Evidence(sentence[0], sentence[1], quote, start, end)));
        }
        int from = sentence[0] + norm.originalStart(best.start());
        int to = sentence[0] + norm.originalEnd(best.end());
        BigDecimal plain = best.value().stripTrailingZeros(); // 1.2万 is 12000, not 12000.0 or 1.2E+4
        return Optional.of(new SelectedFigure(plain.scale() < 0 ? plain.setScale(0) : plain, best.unit(), best.qualifier(),
                new Evidence(sentence[0], sentence[1], quote, from, to)));
    }

    /**
     * The figure at a position (a double-click): {@code {from, to}} of its digits and unit, so the person
     * gets the whole of 34,583件 with one gesture; null when no figure stands there.
     */
    public static int[] at(String text, int index) {
        if (text == null || index < 0 || index >= text.length()) {
            return null;
        }
        int[] sentence = SentenceAround.span(text, index, index + 1);
        if (sentence == null) {
            return null;
        }
        NormalizedText norm = TextNormalizer.normalize(text.substring(sentence[0], sentence[1]));
        for (NumberMention m : NumberParser.parse(norm.text())) {
            int from = sentence[0] + norm.originalStart(m.numStart());
            int to = sentence[0] + norm.originalEnd(m.end());
            if (m.isValue() && from <= index && index < to) {
                return new int[]{from, to};
            }
        }
        return null;
    }
}

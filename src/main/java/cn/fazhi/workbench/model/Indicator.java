package cn.fazhi.workbench.model;

import java.util.List;

/**
 * A catalogue entry: what an indicator is and the phrases that introduce it in reports.
 *
 * @param code         stable identifier, e.g. litigation.head_appearance_rate
 * @param nameZh       Chinese name
 * @param nameEn       English name
 * @param kind         count or rate
 * @param unit         canonical unit (件, %, 卷...)
 * @param units        units accepted after the number in the text
 * @param direction    for ranking
 * @param group        area of the 2021-2025 outline
 * @param core         whether completeness counts it
 * @param topic        the subject (a topic key of the catalogue) a sentence must be about
 * @param cues         patterns that introduce the figure, matched just before (or after) the number
 * @param excludes     patterns that, near the number, mean it is something else
 * @param numerator    for rates: the count on top
 * @param denominators for rates: counts underneath, in order of preference
 * @param thresholds   optional traffic-light thresholds
 * @param part         the indicator counts a part of another (may follow 其中)
 * @param requires     words one of which must stand in the sentence before the figure for it to be a value
 *                     (出庭率 is only the heads' appearance rate when 负责人 is named); without them the figure
 *                     is at most a suggestion. Empty: no such words needed
 * @param otherTopics  words that, anywhere in the sentence before the figure, say it is about another matter
 *                     (调解 inside 行政复议 is not the mediation of disputes): then at most a suggestion
 */
public record Indicator(String code, String nameZh, String nameEn, IndicatorKind kind, String unit,
                        List<String> units, Direction direction, String group, boolean core, String topic,
                        List<Cue> cues, List<String> excludes, String numerator, List<String> denominators,
                        Thresholds thresholds, boolean part, List<String> requires,
                        List<String> otherTopics) {
    public Indicator {
        otherTopics = otherTopics == null ? List.of() : List.copyOf(otherTopics);
        requires = requires == null ? List.of() : List.copyOf(requires);
        units = List.copyOf(units);
        cues = List.copyOf(cues);
        excludes = List.copyOf(excludes);
        denominators = denominators == null ? List.of() : List.copyOf(denominators);
    }

    /**
     * A phrase pattern (Java regular expression) with its weight.
     *
     * @param pattern regular expression over normalised simplified text
     * @param weight  0..1, how strongly it points at this indicator
     * @param after   true when the phrase follows the number ("60份案卷")
     */
    public record Cue(String pattern, double weight, boolean after) {
    }

    /**
     * Traffic-light thresholds: green when at least {@code green} (or at most, for lower-better), red
     * beyond {@code red}; between is yellow.
     */
    public record Thresholds(Double green, Double red) {
    }
}

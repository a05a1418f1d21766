package cn.fazhi.workbench.extract;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * "（二）化解行政争议和矛盾纠纷" over "全年共调解矛盾纠纷5320件", "（三）信访和12345热线" over "…来电来信…按期办结率99.0%":
 * a heading may name two matters, and another matter in it makes a figure under it doubtful only while the sentence
 * itself leaves open which one it counts. When the heading
 * names the figure's own matter too, words in the sentence that name it beyond doubt (矛盾纠纷 is never an
 * administrative dispute) settle it; the loose ones (纠纷, 化解) do not, nor does a heading naming the other alone.
 */
final class MattersOfAHeading {
    private static final Map<String, Pattern> UNMISTAKABLE = Map.of(
            "mediation", Pattern.compile("矛盾纠纷|人民调解|民间纠纷"),
            // "附表 公共法律服务及热线主要指标" over "12345热线办结率（%）\t99.10\t99.62" (108 c)
            "hotline", Pattern.compile("(?<![\\d.])12345(?![\\d.])"));
    /** How a heading names the matter where the sentence's unmistakable word is narrower: any 热线 for 12345. */
    private static final Map<String, Pattern> NAMED_IN_THE_HEADING = Map.of("hotline", NamedRates.HOTLINE_NAMED);

    private MattersOfAHeading() {
    }

    /** The heading names the figure's own matter beside the other one, and so does the sentence, beyond doubt. */
    static boolean bothNamedAndTheSentenceSaysWhich(String topic, String heading, String beforeInSentence) {
        Pattern own = topic == null ? null : UNMISTAKABLE.get(topic);
        return own != null && NAMED_IN_THE_HEADING.getOrDefault(topic, own).matcher(heading).find()
                && own.matcher(beforeInSentence).find();
    }

    /**
     * "（三）信访和12345热线" over "全年共受理群众来电来信6.2万件，按期办结率99.0%": a heading that names both petitions and
     * the hotline leaves the 来电来信 of a sentence that names neither to either; the rate is not certainly either's.
     */
    static boolean eitherRateOfAHeadingNamingBoth(String code, String heading, String beforeInSentence) {
        return (NamedRates.PETITIONS_RATE.equals(code) || NamedRates.HOTLINE_RATE.equals(code))
                && NamedRates.HOTLINE_NAMED.matcher(heading).find() && NamedRates.PETITIONS_NAMED.matcher(heading).find()
                && !NamedRates.HOTLINE_NAMED.matcher(beforeInSentence).find()
                && !NamedRates.PETITIONS_NAMED.matcher(beforeInSentence).find();
    }
}

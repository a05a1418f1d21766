package cn.fazhi.workbench.extract;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * "（二）化解行政争议和矛盾纠纷" over "全年共调解矛盾纠纷5320件": a heading may name two matters, and another matter in it
 * makes a figure under it doubtful only while the sentence itself leaves open which one it counts. When the heading
 * names the figure's own matter too, words in the sentence that name it beyond doubt (矛盾纠纷 is never an
 * administrative dispute) settle it; the loose ones (纠纷, 化解) do not, nor does a heading naming the other alone.
 */
final class MattersOfAHeading {
    private static final Map<String, Pattern> UNMISTAKABLE = Map.of(
            "mediation", Pattern.compile("矛盾纠纷|人民调解|民间纠纷"));

    private MattersOfAHeading() {
    }

    /** The heading names the figure's own matter beside the other one, and so does the sentence, beyond doubt. */
    static boolean bothNamedAndTheSentenceSaysWhich(String topic, String heading, String beforeInSentence) {
        Pattern own = topic == null ? null : UNMISTAKABLE.get(topic);
        return own != null && own.matcher(heading).find() && own.matcher(beforeInSentence).find();
    }
}

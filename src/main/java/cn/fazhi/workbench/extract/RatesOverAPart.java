package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.IndicatorValue;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * "承办行政诉讼案件88件，其中以县政府为被告的36件，行政机关负责人出庭应诉36件": after 其中 names a part of the total
 * (the government's own 36 cases), the next count may belong to that part, not to the total. Its rate worked out
 * over the total (36 / 88 = 40.9 %) may then be wrong — here it is 100 % of the part. The derived rate becomes a
 * suggestion, and so does a count worked out from a rate written there. A count straight after 其中 ("审结50件，其中纠错
 * 5件") is a part of the total itself, and its rate stands; so do outcomes listed after 其中 ("其中维持30件，纠错5件"):
 * a part of the cases themselves is written as a kind of them — a figure right after 的 or after their noun
 * (以县政府为被告的36件, 一审案件48件, 婚姻家庭纠纷300件).
 */
final class RatesOverAPart {
    static final String FLAG = "base_is_part";
    /** A figure right after 的 or after the cases' own noun: a kind of the cases, not an outcome of them. */
    private static final Pattern KIND_OF_THE_CASES = Pattern.compile("(?:的|案件|纠纷|申请)\\s*[0-9０-９]");

    private RatesOverAPart() {
    }

    /**
     * Whether the figure a derived value was worked out from (the numerator of a derived rate, the rate of a
     * derived count) follows, in the denominator's sentence, a part of the denominator named after 其中.
     */
    static boolean doubtful(IndicatorValue derived, Map<String, Candidate> accepted, String text) {
        if (!derived.derived() || derived.derivedFrom().size() != 2) {
            return false;
        }
        Candidate numerator = accepted.get(derived.derivedFrom().get(0));
        Candidate denominator = accepted.get(derived.derivedFrom().get(1));
        if (numerator == null || denominator == null || numerator.sentence() != denominator.sentence()) {
            return false;
        }
        int from = denominator.mention().end();
        int to = numerator.mention().start();
        if (from >= to) {
            return false;
        }
        if (!numerator.mention().isPercent() && CountsAfterAPart.continuesTheWholeBeforeItsParts(
                text.substring(Math.max(denominator.mention().start(), to - FigureJudge.MAX_JUDGED_WORDS), to),
                numerator.mention().value())) {
            return false; // "…6927件，其中…662件，调解成功6903件": larger than every part, so the whole's
        }
        String between = text.substring(from, to);
        int qiZhong = between.indexOf("其中");
        return qiZhong >= 0 && KIND_OF_THE_CASES.matcher(between).region(qiZhong, between.length()).find();
    }
}

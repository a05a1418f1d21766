package cn.fazhi.workbench.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "全省行政机关负责人出庭应诉率99.5%，一审行政案件行政机关败诉率7.2%，我市两项指标分别为98.83%和6.91%" (round 79 a, round 74 b):
 * after another level's rates, the jurisdiction's own figures of the same measures, in the same order, given by 分别.
 * Each own figure takes the name of the rate at its place in the list before, under the jurisdiction's own word, so
 * that it is judged as "我市…出庭应诉率98.83%" would be.
 */
final class OwnFiguresRespectively {
    private OwnFiguresRespectively() {
    }

    /** "我市两项指标分别为", "我区分别为", "其中我县分别达": the jurisdiction's own word, then 分别. */
    private static final Pattern OWN_RESPECTIVELY = Pattern.compile(
            "^(?:其中)?[，,]?(我[县区市旗]|本[县区市旗])[^，,；;。\\d]{0,6}?分别(?:为|是|达到?)?$");
    /** Between two figures of one list: "98.83%和", "92.37%、". */
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*[%％]?\\s*[、和及与]\\s*$");
    /** The other level's words a rate's name opens with ("全省", "2024年全市", "宜宾市"), left out of the name. */
    private static final Pattern OTHER_LEVEL = Pattern.compile("全省|全市|全国|全区|全自治区|[\\u4e00-\\u9fa5]{2,4}?[省市]");

    /**
     * The figure's clause read as its own rate's name when it is one of the jurisdiction's figures listed after 分别,
     * as many as the rates named right before them; null otherwise.
     */
    static ClauseContext words(String text, Sentence s, List<NumberMention> values, int k, ClauseContext ctx) {
        if (!values.get(k).isPercent()) {
            return null;
        }
        int first = k;
        while (first > 0 && listed(text, values.get(first - 1), values.get(first))) {
            first--;
        }
        int last = k;
        while (last + 1 < values.size() && listed(text, values.get(last), values.get(last + 1))) {
            last++;
        }
        int n = last - first + 1;
        if (n < 2 || first < n) {
            return null;
        }
        Matcher own = OWN_RESPECTIVELY.matcher(ClauseContext.of(text, s, values, first, false).before.strip());
        if (!own.matches()) {
            return null;
        }
        // the rates named before, nearest last; a bare number inside a name ("12345热线") is no figure of the list
        List<Integer> rates = new java.util.ArrayList<>();
        for (int j = first - 1; j >= 0 && rates.size() < n; j--) {
            if (values.get(j).isPercent()) {
                rates.add(0, j);
            } else if (values.get(j).unit() != null && !values.get(j).unit().isEmpty()) {
                return null;
            }
        }
        if (rates.size() < n) {
            return null;
        }
        String name = null;
        for (int i = 0; i < n; i++) {
            int j = rates.get(i);
            String words = ClauseContext.of(text, s, values, j, false).before.strip();
            if (values.get(j).start() < s.start() || !words.endsWith("率") && !words.matches(".*率(?:为|是|达到?)$")) {
                return null;
            }
            if (i == k - first) {
                name = afterTheOtherLevel(words);
            }
        }
        return name == null || name.isEmpty() ? null : ctx.withBefore(own.group(1) + name);
    }

    private static boolean listed(String text, NumberMention before, NumberMention after) {
        return LIST_MARK.matcher(text.substring(before.end(), after.start())).matches();
    }

    private static String afterTheOtherLevel(String words) {
        Matcher other = OTHER_LEVEL.matcher(words);
        int from = 0;
        while (other.find()) {
            from = other.end();
        }
        return words.substring(from);
    }
}

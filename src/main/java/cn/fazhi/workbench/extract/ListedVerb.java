package cn.fazhi.workbench.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One act over a list of matters: "审结行政复议案件72件、行政诉讼案件46件" concludes both, so the second item's
 * figure counts lawsuits concluded, not all lawsuits; "审结行政诉讼案件46件、行政复议案件72件" likewise the
 * reconsiderations concluded, not those received. The item after 、 names only its matter; the act of the first
 * item carries over to it.
 */
final class ListedVerb {
    /** The item after the previous figure: its unit, a list mark, then only a matter's name. */
    private static final Pattern ITEM = Pattern.compile("^[件起宗个卷份]?\\s*[、和及]\\s*([^，,；;：:。、\\d]{2,14})$");
    /** An act in the item itself: it says what it counts, nothing carries over. */
    private static final Pattern ACT = Pattern.compile(
            "审结|办结|结案|受理|收到|新收|收案|办理|化解|纠错|调解|调处|审查|审核|备案|报备|废止|清理|评查|指派|承办|"
                    + "提供|发生|新增|应诉|出庭|开庭|审理|败诉|胜诉|撤销|变更|维持|驳回|确认|接收|接听|修改|宣布|其中|含|包括");
    /** The acts that carry over to the items after them. */
    private static final Pattern CARRIED = Pattern.compile("审结|办结|结案|受理|收到|新收|收案|办理|纠错|发生|新增");

    private ListedVerb() {
    }

    /**
     * The words of figure {@code k} with the act of the list's first item put before its matter, or null when the
     * figure is not such an item.
     *
     * @param before the figure's own words (from the previous figure)
     * @param topics the matters' names
     */
    static String carried(String text, Sentence s, List<NumberMention> values, int k, String before, List<Pattern> topics) {
        if (k == 0) {
            return null;
        }
        Matcher item = ITEM.matcher(before.strip());
        if (!item.find()) {
            return null;
        }
        String name = item.group(1);
        if (ACT.matcher(name).find() || topics.stream().noneMatch(p -> p.matcher(name).find())) {
            return null;
        }
        String first = ClauseContext.of(text, s, values, k - 1, false).before;
        Matcher act = CARRIED.matcher(first);
        int end = -1;
        while (act.find()) {
            end = act.end();
        }
        if (end < 0 || ACT.matcher(first.substring(end)).find()) {
            return null;
        }
        return first.substring(0, end) + name;
    }
}

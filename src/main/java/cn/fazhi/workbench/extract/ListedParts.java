package cn.fazhi.workbench.extract;

import java.util.regex.Pattern;

/**
 * Words that list what a total includes: "审结67件（含上年结转12件，新收55件）", "共办理复议案件68件，包括受理前化解9件".
 * A figure written inside such a remark is one of its parts, whatever indicator its own words name: possibly a
 * part (a suggestion), never the jurisdiction's value on the rules' word alone. "包括…在内的各类纠纷" names
 * the whole, and a closed remark before the figure ("审结（含结转）67件") qualifies the figure, not a part of it.
 */
final class ListedParts {
    private static final Pattern OPENS_A_LIST = Pattern.compile("^\\s*(含|包括|包含|其中)");
    /**
     * "包括行政处罚案卷438卷、行政许可案卷104卷、行政强制及行政检查案卷78卷": the list goes on past its first item, each
     * earlier one closed by its figure and 、 (r261).
     */
    private static final Pattern LISTS_IN_CLAUSE = Pattern.compile(
            "(?<![不])(包括|包含|含)(?![金义量有])(?![^，,；;。、]*在内)"
                    + "(?:[^，,；;。、\\d]{1,16}\\d[\\d.]*万?[件卷宗起份个]、)*[^，,；;。、]{0,12}$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;：:]");

    /**
     * "县政务服务中心办件62.8万件，乡镇便民服务中心办件23.4万件，全县合计86.2万件", "…调解成功112件，共计3952件": a later clause
     * that opens with 合计/共计/总计 (after 全县, 两级, 以上 or the like) and a number is the total of the figures before it,
     * which are then its parts, whether or not the total's own words name the indicator. The total counts in a unit of
     * cases or files: "共计56条修改意见" after the documents reviewed is another measure.
     */
    private static final Pattern TOTAL_AFTER = Pattern.compile(
            "[，,；;]\\s*(全[县区市旗]|[县区市旗]级|两级|各级|以上|上述)?(共计|合计|总计)(为|达到?)?\\s*[\\d〇一二三四五六七八九十两][\\d.,，〇一二三四五六七八九十两百千万余多]*\\s*(件|宗|起|卷|份)");

    private ListedParts() {
    }

    /**
     * A total follows the figure in its sentence (see {@link #TOTAL_AFTER}); not when a 其中 stands between them, as
     * then the total sums the breakdown (…3260件，其中婚姻纠纷860件、邻里纠纷420件，合计1280件) and not the figure.
     */
    static boolean totalWrittenAfter(String restOfSentence) {
        var m = TOTAL_AFTER.matcher(restOfSentence);
        return m.find() && !restOfSentence.substring(0, m.start()).contains("其中");
    }

    /** The figure stands in a remark or clause that lists the parts of a total. */
    static boolean insideAList(String beforeInSentence) {
        int open = Math.max(beforeInSentence.lastIndexOf('('), beforeInSentence.lastIndexOf('（'));
        int close = Math.max(beforeInSentence.lastIndexOf(')'), beforeInSentence.lastIndexOf('）'));
        if (open > close && OPENS_A_LIST.matcher(beforeInSentence.substring(open + 1)).find()) {
            return true;
        }
        String clause = Remarks.withoutClosed(lastClause(beforeInSentence));
        return LISTS_IN_CLAUSE.matcher(clause).find();
    }

    private static String lastClause(String before) {
        var m = CLAUSE_BREAK.matcher(before);
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        return before.substring(start);
    }
}

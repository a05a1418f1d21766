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
    private static final Pattern LISTS_IN_CLAUSE = Pattern.compile(
            "(?<![不])(包括|包含|含)(?![金义量有])(?![^，,；;。、]*在内)[^，,；;。、]{0,12}$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;：:]");

    private ListedParts() {
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

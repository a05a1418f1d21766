package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rate stated for some units counted by number before it (全县有28个单位按时办结率均为100%), for units sampled or
 * checked in an earlier clause, or for a sample of items: theirs, not the jurisdiction's (split out of
 * {@link PartsOfTheWhole}).
 */
final class UnitsBeforeTheRate {
    private UnitsBeforeTheRate() {
    }

    /**
     * "全县有28个单位按时办结率、满意率均为100%", "县级21个部门信访事项按期办结率均达100%", "32个乡镇和部门12345热线按时
     * 办结率": units counted by number right before a rate in its own clause — the rate of those units (each of them, 均),
     * not the jurisdiction's; the catalogue's words for them are not reached when the rate's words start after the count.
     */
    private static final Pattern UNITS_BEFORE_RATE = Pattern.compile(
            "(?<![各全\\d.])\\d+\\s*个(?:[^，,；;。\\d]|12345){0,16}?(单位|部门|乡镇|街道|窗口|站所)"
                    + "(?:[^，,；;。\\d]|12345){0,16}?率[^，,；;。\\d]{0,8}$");

    /**
     * "对全县18个乡镇（街道）开展抽查，12345热线按时办结率均为100%", "经抽查21家单位，政务服务网办率达100%": units counted
     * in an earlier clause, sampled, called back or checked, or a rate that each of them reached (均): theirs.
     */
    private static final Pattern UNITS_COUNTED_EARLIER = Pattern.compile(
            "(?<![各全\\d.])\\d+\\s*[个家](?:[^，,；;。\\d]|12345){0,10}?(单位|部门|乡镇|街道|窗口|站所)[^。；;]*[，,]"
                    + "[^，,；;。]*率[^，,；;。\\d]{0,8}$");

    /** "随机抽查300件12345工单，按时办结率100%": the rate of a sample of items counted before it. */
    private static final Pattern SAMPLE_OF_ITEMS = Pattern.compile(
            "(抽查|抽取|抽检|抽样|回访)[^，,；;。\\d]{0,6}\\d+\\s*(件|条|个|份|单|宗)[^。；;]*率[^，,；;。\\d]{0,8}$");

    private static final Pattern SAMPLED = Pattern.compile("抽查|抽检|回访|检查|考核|测评|暗访");

    private static final Pattern EACH = Pattern.compile("均[^，,；;。\\d]{0,4}$");

    /** Units counted by number open the rate's own clause (see {@link #UNITS_BEFORE_RATE}), or an earlier one. */
    static boolean unitsCountedBeforeTheRate(String beforeInSentence) {
        if (UNITS_BEFORE_RATE.matcher(beforeInSentence.replace('家', '个')).find()
                || SAMPLE_OF_ITEMS.matcher(beforeInSentence).find()) {
            return true;
        }
        Matcher m = UNITS_COUNTED_EARLIER.matcher(beforeInSentence);
        return m.find() && (EACH.matcher(beforeInSentence).find()
                || SAMPLED.matcher(beforeInSentence.substring(0, Math.max(0, PartsOfTheWhole.lastClauseBreak(beforeInSentence)))).find());
    }
}

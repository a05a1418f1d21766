package cn.fazhi.workbench.extract;

import java.util.regex.Pattern;

/**
 * A figure framed as one of a higher level's totals: "在全市收到的行政复议申请3326件中，我县收到286件" — the city's figure,
 * with the county's own after it. 在全市 is otherwise read as a rank or a scope ("在全市率先…", "在全市开展…"), so only a
 * verb's 的 right after it in the figure's own clause makes the level the owner of what is counted.
 */
final class HigherLevelFrames {
    /** A clause opening with 在 and a whole level: "在全市", "，在全省". */
    private static final String IN_A_WHOLE_LEVEL = "(?:^|[，,；;：:])\\s*在(全国|全省|全市|全州|全盟)";
    private static final Pattern AMONG_THE_LEVELS = Pattern.compile(
            IN_A_WHOLE_LEVEL + "[^，,；;。\\d]{0,6}?(收到|受理|办理|发生|新收|审结|审查|调解|指派)的[^，,；;。\\d]{0,16}$"
                    // "在全市12345热线全年受理诉求312万件、办结率99.3%的情况下，我县…": the level's own act counted in the
                    // figure's clause, a frame for the county's figure after it (round 104 c); "在全市率先…" is a rank
                    + "|" + IN_A_WHOLE_LEVEL + Subjects.NOT_A_RANK
                    + "(?!范围)[^，,；;。]{0,10}?(?:全年|共|累计)?(?:收到|受理|办理|新收|审结|办结)[^，,；;。]{0,24}$");

    /**
     * The endings of {@link Subjects#HIGHER_BODY} for the levels above as organs or as a level that acts: "市级行政复议机关…",
     * "省、市两级复议机关…", "市级层面审查涉我县…"; "市、县两级行政机关…" is the city's and the county's together, not the
     * county's own.
     */
    static final String ORGANS_ABOVE = "(?<=[省市两]级(行政)?(复议)?)(机关|机构)|(?<=[省市]级)层面";

    private HigherLevelFrames() {
    }

    /** The figure's clause opens with 在全市…的 (the city's own in a city's or a county-level city's report). */
    static boolean amongTheHigherLevels(String beforeInSentence, Scope scope) {
        var m = AMONG_THE_LEVELS.matcher(beforeInSentence);
        if (!m.find()) {
            return anotherCitysReportSpeaks(beforeInSentence, scope);
        }
        String level = m.group(1) != null ? m.group(1) : m.group(3);
        return !(scope.cityIsOwn() && !level.equals("全省") && !level.equals("全国"))
                || anotherCitysReportSpeaks(beforeInSentence, scope);
    }

    /**
     * "温州市信访联席会议通报，全市信访事项按期办结率为98.6%，我市达99.8%" in 乐清市's report: after another city's report or
     * statistics named as the source, 全市 is that city, not the county-level city itself (round 52); 我市 after it is.
     */
    private static final Pattern ANOTHER_CITYS_SOURCE = Pattern.compile(
            "^\\s*([\\u4e00-\\u9fa5]{2,3}市)[^，,；;。]{0,12}(通报|统计|数据显示|显示|公布|发布)[^，,；;。]{0,4}[，,：:]\\s*全市");
    private static final Pattern OWN_CITY_AFTER = Pattern.compile("[，,；;]\\s*(我市|本市)");

    private static boolean anotherCitysReportSpeaks(String beforeInSentence, Scope scope) {
        var m = ANOTHER_CITYS_SOURCE.matcher(beforeInSentence);
        if (!scope.countyLevel() || !scope.cityIsOwn() || scope.ownName() == null || !m.find()) {
            return false;
        }
        String named = m.group(1);
        boolean own = named.startsWith(scope.ownName()) || scope.ownName().startsWith(named.substring(0, named.length() - 1));
        return !own && !OWN_CITY_AFTER.matcher(beforeInSentence.substring(m.end())).find();
    }
}

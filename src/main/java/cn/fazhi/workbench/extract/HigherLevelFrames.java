package cn.fazhi.workbench.extract;

import java.util.regex.Pattern;

/**
 * A figure framed as one of a higher level's totals: "在全市收到的行政复议申请3326件中，我县收到286件" — the city's figure,
 * with the county's own after it. 在全市 is otherwise read as a rank or a scope ("在全市率先…", "在全市开展…"), so only a
 * verb's 的 right after it in the figure's own clause makes the level the owner of what is counted.
 */
final class HigherLevelFrames {
    private static final Pattern AMONG_THE_LEVELS = Pattern.compile(
            "(?:^|[，,；;：:])\\s*在(全国|全省|全市|全州|全盟)[^，,；;。\\d]{0,6}?(收到|受理|办理|发生|新收|审结|审查|调解|指派)的[^，,；;。\\d]{0,16}$");

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
        return m.find() && !(scope.cityIsOwn() && !m.group(1).equals("全省") && !m.group(1).equals("全国"));
    }
}

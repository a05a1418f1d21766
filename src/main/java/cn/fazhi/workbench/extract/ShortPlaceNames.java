package cn.fazhi.workbench.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A town or street named by its short name alone, without 镇, 乡 or 街道 ("西塘全年调解矛盾纠纷620件", "孝丰今年以来
 * 共调处…"): reports write a town's short name where the text has named it before or where every reader knows it. The
 * name opens a clause and is followed at once by the time of the year and the verb of the figure's matter. Two or three
 * characters that are not the jurisdiction's own short name, not a body (…局, …院, …中心), not a word of many or of
 * the whole (全县, 各地, 我们) and not an adverb, a verb or a common noun that opens clauses the same way (同时, 推动,
 * 部门, 窗口)
 * are then most likely a place inside the jurisdiction: the figure is doubted, never accepted.
 */
final class ShortPlaceNames {
    private ShortPlaceNames() {
    }

    private static final Pattern SHORT_NAME_OPENS = Pattern.compile(
            "(?:^|[，,；;。：:])\\s*" + Subjects.ENUMERATOR + "([\\u4e00-\\u9fa5]{2,3}?)(?:全年|年内|今年以来|今年)"
                    + "(?:共|累计|共计|总计)?(?:调解|调处|化解|排查|受理|办理|收到|办结|审结|评查|审核|审查|接收|共)");
    /** A body, a level or a place already named by its suffix: other rules judge those. */
    private static final Pattern NOT_A_SHORT_NAME = Pattern.compile(
            "[县市区旗盟局委办院会站所队心庭处科厅部组镇乡村司厂校馆台线口级域们府]$|[各全本我该每其此另]"
                    // three characters that start with a level (县政府, 市本级) are a body or a level, not a name
                    + "|^[县市区省镇乡].{2}$");
    private static final Set<String> COMMON_OPENERS = Set.of(
            "同时", "此外", "另外", "目前", "当年", "本年", "今年", "去年", "上年", "年度", "全年", "累计", "合计",
            "总计", "共计", "部门", "单位", "机关", "系统", "基层", "平台", "组织", "机构", "行业", "企业", "律师",
            "公证", "人民", "政府", "党委", "干部", "群众", "社会", "农村", "城乡", "城市", "网格", "法援", "复议",
            "调解", "诉讼", "案件", "工作", "服务", "政务", "综合", "执法", "司法", "法治", "依法", "整体", "总体",
            "首次", "主动", "持续", "不断", "一年", "年来", "合力", "共同", "累积", "已经", "先后", "相继",
            // verbs of what the work brought about ("…，推动全年调解矛盾纠纷6852件", round 67 b)
            "推动", "推进", "带动", "助推", "促进", "促使", "实现", "完成", "确保", "有效", "全面", "依托", "通过");

    /** A short name opens a clause before the figure, and the jurisdiction is not named after it. */
    static boolean opensAClause(String beforeInSentence, Scope scope) {
        String own = shortOwnName(scope.ownName());
        Matcher m = SHORT_NAME_OPENS.matcher(beforeInSentence);
        int end = -1;
        while (m.find()) {
            String name = m.group(1);
            if (NOT_A_SHORT_NAME.matcher(name).find() || COMMON_OPENERS.contains(name)
                    || own != null && own.startsWith(name)) {
                continue;
            }
            end = m.end(1);
        }
        return end >= 0 && !OwnMentions.ownSpeaksAfter(end, beforeInSentence, scope);
    }

    /** The higher places before the jurisdiction's own name (湖州市 of 湖州市安吉县). */
    private static final java.util.regex.Pattern HIGHER_PLACES =
            java.util.regex.Pattern.compile("^.*?(?:省|自治区|市|自治州|州|盟|地区)(?=.{3,}$)");

    /** "湖州市安吉县" → "安吉县": the jurisdiction's own name is the last one (the city's is another place). */
    static String lastPlace(String ownName) {
        return HIGHER_PLACES.matcher(ownName).replaceFirst("");
    }

    /** 安吉县 → 安吉, 景宁畲族自治县 → 景宁; null when the name is unknown. */
    private static String shortOwnName(String ownName) {
        if (ownName == null || ownName.length() < 3) {
            return null;
        }
        ownName = lastPlace(ownName);
        String s = ownName.replaceAll("(?:[\\u4e00-\\u9fa5]{1,4}族)*自治[县旗州]$", "");
        if (s.length() < ownName.length()) {
            return s.length() >= 2 ? s : null;
        }
        return s.substring(0, s.length() - 1);
    }
}

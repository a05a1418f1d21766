package cn.fazhi.workbench.extract;

import java.util.regex.Pattern;

/**
 * Figures a report states as something other than what happened, in words no plan word names: a condition
 * ("如负责人出庭应诉率低于90%，则予以通报"), a question ("全年调解纠纷能否突破6000件？") and what was due rather than
 * done ("应出庭应诉案件52件": the cases where the head should appear, the appearance rate's denominator, not the
 * head's appearances), cases still pending ("待审结12件"), and a place in a ranking given as a share ("位居全省前10%").
 */
final class ConditionsAndQuestions {
    private ConditionsAndQuestions() {
    }

    /** The clause opens with a condition's word: 如果, 假如, 倘若, 假若, 一旦, 若 (not 若干), 凡 (not 平凡, 非凡). */
    private static final Pattern CONDITION = Pattern.compile("^[^，,；;。\\d]{0,4}?(如果|假如|倘若|假若|一旦|若(?!干)|(?<![平非超大])凡)");
    /**
     * "对出庭应诉率低于90%的单位进行约谈": a bound the units are picked by, not the county's figure — a bound's word
     * before the figure and 的 and the units, cases or people after it.
     */
    private static final Pattern BOUND_BEFORE = Pattern.compile("(低于|高于|超过|不足|不到|未达到?|达不到|大于|小于)$");
    private static final Pattern UNITS_PICKED = Pattern.compile(
            // "低于95%或行政诉讼败诉率高于10%的单位": a second bound may stand before 的 (round 53)
            "^(以上|以下|以内)?(?:[或和及、][^，,；;。]{0,20}?)?的(单位|部门|乡镇|街道|地区|地方|县|区|市|村|社区|调委会|委员会|组织|企业|案件|事项|情况|人员|领导|负责人|窗口|机关)");
    /** "待审结12件", "尚未办结3件", "正在办理的政务服务事项1.2万件": pending, not done (接待, 期待 are words of their own). */
    private static final Pattern PENDING = Pattern.compile(
            "(?<![接招款期等])(待|尚未|未|正在)(审结|办结|结案|审理|办理|受理|处理|调解|化解)[^，,；;。\\d]{0,12}$");
    /**
     * 如 alone opens a condition only with 则 after the figure: it is as often "such as" (成效明显，如全年办理…), and
     * 如期, 如实, 如下, 如此, 如今, 如何, 如同 are words of their own.
     */
    private static final Pattern IF_ALONE = Pattern.compile("^[^，,；;。\\d]{0,4}?(?<![例比譬诸])如(?![期实下此今何同是上意愿数常])");
    private static final Pattern THEN = Pattern.compile("^[^。；;？?]*则");

    /** A question about the figure: 能否, 是否, 可否, 会否, 能不能 before it, or a question mark ending its sentence. */
    private static final Pattern QUESTION_WORDS = Pattern.compile("能否|是否|可否|会否|能不能|可不可以|有没有");

    /**
     * 应出庭, 需出庭, 应当出庭, 需要出庭, 须出庭 (with the head or the organ between): the appearances due, not done
     * — unless 实际/实到 comes after them ("应出庭52件，实际出庭50件" in one clause); not 应诉 (行政应诉案件中负责人出庭…)
     * nor 应出尽出, which say the heads went.
     */
    private static final Pattern DUE = Pattern.compile(
            "(?<![响适对相反供答回呼因])(应(?!诉|出尽出)当?|需要?|须)[^，,；;。、\\d]{0,10}?出庭(?![^，,；;。\\d]*(实际|实到))[^，,；;。\\d]*$");

    /** "位居全省前10%", "排名后5%": a share of the ranked, not a rate of the county's own. */
    private static final Pattern RANKING = Pattern.compile("(位居|位列|位于|排名|排在|居|列)[^，,；;。\\d]{0,6}(前|后)$");

    /** The figure is a condition's threshold ({@code clauseBefore}: the clause's words up to the figure). */
    static boolean condition(String clauseBefore, String restOfSentence) {
        return CONDITION.matcher(clauseBefore).find()
                || IF_ALONE.matcher(clauseBefore).find() && (THEN.matcher(restOfSentence).find()
                        // "如热线工单办结率连续两个月低于95%，将…": a bound after 如 is the condition's (round 53)
                        || BOUND_BEFORE.matcher(clauseBefore).find())
                || BOUND_BEFORE.matcher(clauseBefore).find() && UNITS_PICKED.matcher(restOfSentence).find();
    }

    /** The figure counts cases still pending ("待审结12件", "尚未办结3件"). */
    static boolean pending(String clauseBefore) {
        return PENDING.matcher(clauseBefore).find();
    }

    /**
     * The figure is asked about, not stated: a question word before it in its clause, or its own clause ends the
     * sentence with ？ ("能否突破6000件？"; not "调解纠纷5630件，成效从何而来？", where the question is another clause's).
     */
    static boolean question(String clauseBefore, String restOfSentence) {
        String rest = restOfSentence.strip();
        return QUESTION_WORDS.matcher(clauseBefore).find()
                || (rest.endsWith("？") || rest.endsWith("?")) && !rest.matches("(?s).*[，,；;：:].*");
    }

    /** The figure is a place in a ranking given as a share ("位居全省前10%"). */
    static boolean ranking(String clauseBefore) {
        return RANKING.matcher(clauseBefore).find();
    }

    /** The figure counts appearances in court that were due, not those that took place. */
    static boolean due(String clauseBefore) {
        return DUE.matcher(clauseBefore).find();
    }
}

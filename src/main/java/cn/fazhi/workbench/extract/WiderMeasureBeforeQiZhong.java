package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole before 其中 that counts a wider measure than the indicator, whose part after 其中 is the indicator's own whole
 * (round 67): "全年排查矛盾纠纷隐患6398件，其中纳入人民调解程序调处6142件，调解成功6087件" — what was screened, then what
 * was mediated; "县法律援助中心全年共办理法律援助事项2,940件，其中办理法律援助案件612件、接待解答法律咨询2,328件" — the legal
 * aid matters with the consultations, then the cases; "全年全市共受理各类矛盾纠纷9716件，…矛盾纠纷化解率98.1%；其中人民调解
 * 组织调解纠纷6382件，调解成功率98.98%" — disputes settled every way, then the people's mediation.
 */
final class WiderMeasureBeforeQiZhong {
    /** The clause before 其中 counts disputes screened and names no settling ("排查化解" is mediation's own whole). */
    private static final Pattern SCREENED_WHOLE = Pattern.compile(
            "排查(?:出|发现)?(?:各类)?(?:矛盾纠纷|纠纷)(?:隐患|风险点?)?(?:线索)?(?:共|共计)?\\d[\\d.,，]*(?:万|余)?(?:件|起|条|个)[^，,；;。]{0,6}[，,]?\\s*$");
    /** The words after 其中 take the screened into mediation ("纳入人民调解程序调处", "通过调解化解"). */
    private static final Pattern MEDIATED_PART = Pattern.compile("^其中[，,]?[^，,；;。\\d]{0,12}(?:调处|调解|化解)");
    /**
     * The words before 其中 count disputes taken in and settled every way, with their 化解率 ("全年全市共受理各类矛盾纠纷
     * 9716件，化解9532件，矛盾纠纷化解率98.1%；其中…"): the wider measure of docs/labelling.md rule 5 (round 65 d, read in round 69).
     */
    private static final Pattern SETTLED_EVERY_WAY = Pattern.compile(
            "(?:受理|接收|登记|排查)[^，,；;。\\d]{0,8}(?:矛盾纠纷|纠纷)\\d[^。]*?(?<!调解)化解率"
                    // "通过人民调解、行政调解、司法调解…等渠道化解各类矛盾纠纷1.27万件，矛盾纠纷综合化解率99.35%" (round 72 b)
                    + "|等(?:渠道|方式|途径)化解[^，,；;。\\d]{0,6}(?:矛盾纠纷|纠纷)\\d[^。]*?(?<!调解)化解率");
    /** The words after 其中 name the people's mediation organisations' own work. */
    private static final Pattern MEDIATION_ORGANISATIONS_PART = Pattern.compile(
            "^其中[，,]?[^，,；;。\\d]{0,4}人民调解(?:组织|委员会)?[^，,；;。\\d]{0,6}(?:调解|调处)");
    /**
     * The clause before 其中 counts legal aid matters or services, which hold the consultations too, or the applications
     * with the legal help of duty lawyers ("各类法律援助申请及法律帮助事项3480件", round 73 a).
     */
    private static final Pattern LEGAL_AID_MATTERS = Pattern.compile(
            "法律援助(?:事项|服务|[^，,；;。\\d]{0,6}法律帮助(?:事项)?)(?:共|共计)?\\d[\\d.,，]*(?:万|余)?(?:件|项|人次)[^，,；;。]{0,6}[，,]?\\s*$");
    /** The words after 其中 name the cases themselves. */
    private static final Pattern CASES_PART = Pattern.compile("^其中[，,]?[^，,；;。\\d]{0,6}法律援助案件[^，,；;。\\d]{0,2}$");

    private WiderMeasureBeforeQiZhong() {
    }

    private static final Pattern WIDER_RATE = Pattern.compile("(?<!调解|调处)化解率");
    private static final Pattern PEOPLES_MEDIATION_LATER = Pattern.compile(
            "[；;][^。]*?人民调解(?:组织|委员会)?[^，,；;。\\d]{0,6}(?:调解|调处)[^，,；;。\\d]{0,8}\\d");

    /**
     * A count of disputes in a semicolon part whose own account gives the 化解率 of disputes settled every way, with the
     * people's mediation organisations' own work in a later part ("县矛盾纠纷调处化解中心统筹受理各类矛盾纠纷9634件，化解
     * 9518件，矛盾纠纷化解率98.80%；全县人民调解组织调解矛盾纠纷6852件…"): the wider measure, another matter than the
     * indicator's (docs/labelling.md rule 5; round 67 b, read in round 69).
     */
    static boolean settledEveryWayBesidePeoplesMediation(String topic, String beforeInSentence, String restOfSentence) {
        if (!"mediation".equals(topic)) {
            return false;
        }
        int from = Math.max(beforeInSentence.lastIndexOf('；'), beforeInSentence.lastIndexOf(';')) + 1;
        Matcher end = PART_END.matcher(restOfSentence);
        int to = end.find() ? end.start() : restOfSentence.length();
        String part = beforeInSentence.substring(from) + restOfSentence.substring(0, to);
        return WIDER_RATE.matcher(part).find() && !part.contains("人民调解")
                && PEOPLES_MEDIATION_LATER.matcher(restOfSentence.substring(to)).find();
    }

    private static final Pattern PART_END = Pattern.compile("[；;]");

    /** Whether a figure after the last 其中 of {@code beforeInSentence} is its indicator's whole, not a part. */
    static boolean indicatorsWholeAfter(String topic, String beforeInSentence) {
        int qiZhong = beforeInSentence.lastIndexOf("其中");
        if (qiZhong <= 0) {
            return false;
        }
        String whole = beforeInSentence.substring(0, qiZhong);
        String part = beforeInSentence.substring(qiZhong);
        return "mediation".equals(topic) && SCREENED_WHOLE.matcher(whole).find() && MEDIATED_PART.matcher(part).find()
                || "mediation".equals(topic) && SETTLED_EVERY_WAY.matcher(whole).find()
                && MEDIATION_ORGANISATIONS_PART.matcher(part).find()
                || "legal_aid".equals(topic) && LEGAL_AID_MATTERS.matcher(whole).find() && CASES_PART.matcher(part).find();
    }
}

package cn.fazhi.workbench.extract;

import java.util.regex.Pattern;

/**
 * A whole before 其中 that counts a wider measure than the indicator, whose part after 其中 is the indicator's own whole
 * (round 67): "全年排查矛盾纠纷隐患6398件，其中纳入人民调解程序调处6142件，调解成功6087件" — what was screened, then what
 * was mediated; "县法律援助中心全年共办理法律援助事项2,940件，其中办理法律援助案件612件、接待解答法律咨询2,328件" — the legal
 * aid matters with the consultations, then the cases.
 */
final class WiderMeasureBeforeQiZhong {
    /** The clause before 其中 counts disputes screened and names no settling ("排查化解" is mediation's own whole). */
    private static final Pattern SCREENED_WHOLE = Pattern.compile(
            "排查(?:出|发现)?(?:各类)?(?:矛盾纠纷|纠纷)(?:隐患|风险点?)?(?:线索)?(?:共|共计)?\\d[\\d.,，]*(?:万|余)?(?:件|起|条|个)[^，,；;。]{0,6}[，,]?\\s*$");
    /** The words after 其中 take the screened into mediation ("纳入人民调解程序调处", "通过调解化解"). */
    private static final Pattern MEDIATED_PART = Pattern.compile("^其中[，,]?[^，,；;。\\d]{0,12}(?:调处|调解|化解)");
    /** The clause before 其中 counts legal aid matters or services, which hold the consultations too. */
    private static final Pattern LEGAL_AID_MATTERS = Pattern.compile(
            "法律援助(?:事项|服务)(?:共|共计)?\\d[\\d.,，]*(?:万|余)?(?:件|项|人次)[^，,；;。]{0,6}[，,]?\\s*$");
    /** The words after 其中 name the cases themselves. */
    private static final Pattern CASES_PART = Pattern.compile("^其中[，,]?[^，,；;。\\d]{0,6}法律援助案件[^，,；;。\\d]{0,2}$");

    private WiderMeasureBeforeQiZhong() {
    }

    /** Whether a figure after the last 其中 of {@code beforeInSentence} is its indicator's whole, not a part. */
    static boolean indicatorsWholeAfter(String topic, String beforeInSentence) {
        int qiZhong = beforeInSentence.lastIndexOf("其中");
        if (qiZhong <= 0) {
            return false;
        }
        String whole = beforeInSentence.substring(0, qiZhong);
        String part = beforeInSentence.substring(qiZhong);
        return "mediation".equals(topic) && SCREENED_WHOLE.matcher(whole).find() && MEDIATED_PART.matcher(part).find()
                || "legal_aid".equals(topic) && LEGAL_AID_MATTERS.matcher(whole).find() && CASES_PART.matcher(part).find();
    }
}

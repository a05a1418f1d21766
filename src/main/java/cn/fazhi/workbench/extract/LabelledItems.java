package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table copied into text as "label：name figure，name figure；label：…" — each part of the line a row whose label names
 * the measure and whose items name the column (a year or a place): "行政复议收到申请：2023年296件，2024年412件；…",
 * "人民调解成功率：宁乡市99.05%，长沙市98.85%；…" (round 75 a). The item's name with the row's label are the figure's
 * words, so the item's year dates it and the item's place is its subject, as a table's column would.
 */
final class LabelledItems {
    private LabelledItems() {
    }

    private static final String FIGURE = "[\\d.,]+\\s*万?\\s*(?:件|卷|份|宗|起|人次|%)";
    /** An item's name: a year (with the verb that gives its figure, "2024年为") or a short name without digits. */
    private static final String NAME = "(?:\\d{4}年度?(?:为|是|达到?)?|[^，,；;。：:、\\d]{1,12})";
    /** A row's label: words without a clause break or digits, but the hotline's number may stand in it ("12345热线办结率"). */
    private static final String LABEL = "(?:[^，,；;。：:\\d]|12345)";
    /** The label, its colon, the items before the figure's, and the figure's own item name. */
    private static final Pattern ROW = Pattern.compile(
            "^\\s*(?:\\d{4}年度?)?(" + LABEL + "{2,20})[：:]\\s*(?:" + NAME + "\\s*" + FIGURE + "\\s*[，,、]\\s*)*(" + NAME + ")\\s*$");
    /** The verb that gives a year's figure ("为", "达到") or the level a trend reached ("提高到", "降至"). */
    private static final String GIVES = "为|是|达到?|(?:下降|降低|上升|提升|提高|增长|增加|减少)?(?:至|到)|降至|升至|增至|减至";
    /** A year with the verb that gives its figure: "2024年为", "2023年达", the level reached "2024年提高到". */
    private static final String YEAR_IS = "(\\d{4}年度?)(?:" + GIVES + ")?";
    /** A year with the verb that gives its figure as the level a trend reached: "2024年降至", "2023年提升到". */
    private static final String YEAR_REACHED = "(\\d{4}年度?)(?:" + GIVES + ")";
    /**
     * "政务服务事项网办率2023年为91.4%，2024年为96.8%" (round 77 a): the label stands before the first year without a colon,
     * each later year names its own item — the last may name the level it reached ("2024年提高到99.36%", round 96 c).
     */
    private static final Pattern YEAR_ROW = Pattern.compile(
            "^\\s*(" + LABEL + "{2,20}?)\\s*\\d{4}年度?(?:为|是|达到?)?\\s*" + FIGURE + "\\s*[，,、]\\s*(?:\\d{4}年度?(?:为|是|达到?)?\\s*"
                    + FIGURE + "\\s*[，,、]\\s*)*" + YEAR_IS + "\\s*$");
    /**
     * "近三年，我市行政诉讼败诉率逐年下降：2022年为15.2%，2023年为11.6%，2024年降至8.70%" (round 78 a): the label names the
     * measure and its trend, a colon or comma opens the years, each naming its own item. The span before the label
     * (近三年) is the trend's; each year's figure is that year's, as in a table of years.
     */
    private static final Pattern TREND_ROW = Pattern.compile(
            "^\\s*(?:近[二两三四五]年(?:来|以来)?|\\d{4}年(?:以来|来)|\\d{4}\\s*[—－-]+\\s*\\d{4}年)?[，,]?\\s*"
                    + "([^，,；;。：:\\d]{2,20}?)(?:逐年|连年|持续|稳步|不断|连续[二两三四五]年)(?:下降|降低|上升|提升|提高|增长|增加|减少|攀升)[：:，,]\\s*"
                    + "(?:" + YEAR_REACHED + "\\s*" + FIGURE + "\\s*[，,、]\\s*)+" + YEAR_REACHED + "\\s*$");
    /** A place an item of a row may name: the whole's words or a name ending in its level. */
    private static final String PLACE = "(?:全国|全省|全市|全县|全区|我省|我市|我县|我区|本市|本县|本区|[\\u4e00-\\u9fa5]{1,6}?[省市县区州旗])"
            // "全市（菏泽市）…网上办理率为94.2%，我县为92.6%": a bracket that names the place is the place's (round 107 c)
            + "(?:[（(][\\u4e00-\\u9fa5]{2,10}[)）])?";
    private static final String IS = "(?:为|是|达到?|达)";
    /** "据江苏省人力资源和社会保障厅通报，": the source of the row's figures, which names no item (round 84 a). */
    private static final String SOURCE = "(?:据[^，,；;。\\d]{2,30}(?:通报|统计|数据|显示)[，,]\\s*)?";
    /**
     * "2024年全省行政机关负责人出庭应诉率为96.2%，枣庄市为97.5%，我市达到98.68%" (round 80 a): the first place's clause names
     * the measure, each later place gives its own figure of it; a source may open the row ("据…通报，").
     */
    private static final Pattern PLACE_ROW = Pattern.compile(
            "^\\s*" + SOURCE + "(?:\\d{4}年度?[，,]?)?\\s*" + PLACE + "([^，,；;。：:\\d]{2,20}?率)" + IS + "\\s*" + FIGURE + "\\s*[，,、]\\s*(?:"
                    + PLACE + IS + "\\s*" + FIGURE + "\\s*[，,、]\\s*)*(" + PLACE + ")" + IS + "\\s*$");
    private static final int MAX_PART = 200;
    /** "2024年为" as an item's name: the year names the item, the verb gives its figure. */
    private static final Pattern VERB_AFTER_A_YEAR = Pattern.compile("(?<=\\d{4}年度?)(?:为|是|达到?)$");

    /**
     * A row of years of one measure, from the part's start or from a later clause's ("行政机关负责人出庭应诉率连续三年保持100%，
     * 行政诉讼败诉率2023年为6.2%，2024年为4.58%": the row opens after the first clause, round 89 b); null when none.
     */
    private static String rowOfYears(String part) {
        for (int from = 0; from >= 0; from = nextClause(part, from)) {
            Matcher years = YEAR_ROW.matcher(part.substring(from));
            if (years.matches()) {
                return years.group(2) + years.group(1).strip();
            }
        }
        return null;
    }

    /** Where the clause after the one at {@code from} starts, or -1. */
    private static int nextClause(String part, int from) {
        for (int i = from; i < part.length(); i++) {
            if (part.charAt(i) == '，' || part.charAt(i) == ',') {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The words that name the figure at {@code at} as the item of a labelled row ("2023年行政复议收到申请", "长沙市人民调解
     * 成功率"), or null when the figure is no such item.
     */
    static String wordsOf(String text, Sentence s, int at) {
        int from = Math.max(s.start(), at - MAX_PART);
        String before = text.substring(from, at);
        int part = Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1;
        if (part == 0 && from > s.start()) {
            return null;
        }
        Matcher row = ROW.matcher(before.substring(part));
        if (row.matches()) {
            return VERB_AFTER_A_YEAR.matcher(row.group(2).strip()).replaceFirst("") + row.group(1).strip();
        }
        String yearsRow = rowOfYears(before.substring(part));
        if (yearsRow != null) {
            return yearsRow;
        }
        Matcher trend = TREND_ROW.matcher(before.substring(part));
        if (trend.matches()) {
            return trend.group(trend.groupCount()) + trend.group(1).strip();
        }
        Matcher places = PLACE_ROW.matcher(before.substring(part));
        return places.matches() ? places.group(2) + places.group(1).strip() : null;
    }
}

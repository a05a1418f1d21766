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
    /** An item's name: a year or a short name without digits. */
    private static final String NAME = "(?:\\d{4}年度?|[^，,；;。：:、\\d]{1,12})";
    /** The label, its colon, the items before the figure's, and the figure's own item name. */
    private static final Pattern ROW = Pattern.compile(
            "^\\s*([^，,；;。：:\\d]{2,20})[：:]\\s*(?:" + NAME + "\\s*" + FIGURE + "\\s*[，,、]\\s*)*(" + NAME + ")\\s*$");
    /** A year with the verb that gives its figure: "2024年为", "2023年达". */
    private static final String YEAR_IS = "(\\d{4}年度?)(?:为|是|达到?)";
    /**
     * "政务服务事项网办率2023年为91.4%，2024年为96.8%" (round 77 a): the label stands before the first year without a colon,
     * each later year names its own item.
     */
    private static final Pattern YEAR_ROW = Pattern.compile(
            "^\\s*([^，,；;。：:\\d]{2,20}?)\\s*\\d{4}年度?(?:为|是|达到?)\\s*" + FIGURE + "\\s*[，,、]\\s*(?:\\d{4}年度?(?:为|是|达到?)\\s*"
                    + FIGURE + "\\s*[，,、]\\s*)*" + YEAR_IS + "\\s*$");
    private static final int MAX_PART = 200;

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
            return row.group(2).strip() + row.group(1).strip();
        }
        Matcher years = YEAR_ROW.matcher(before.substring(part));
        return years.matches() ? years.group(2) + years.group(1).strip() : null;
    }
}

package cn.fazhi.workbench.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables as the readers give them: rows flattened to a line of a label and figures set apart by spaces (whose
 * columns are years, 指标 2022年 2023年, or a change), and tables given a cell per line under a label that names the
 * unit. Every read is bounded by {@link #MAX_ROW}, so a text without line breaks stays linear (split out of
 * {@link WordsAroundTheFigure}).
 */
final class FlattenedTables {
    private FlattenedTables() {
    }

    /**
     * "行政复议纠错率 12.5% 10.9%", "1 行政复议申请 件 98 126 28.6%": a line without sentence punctuation that ends in two
     * or more figures set apart by spaces (the text's normalising drops the space after the label) is a row of a flattened table, whose columns are years (指标 2022年 2023年)
     * or a change; which column is the reporting year's the row itself does not say.
     */
    private static final Pattern TABLE_ROW_TAIL = Pattern.compile(
            "(?<![\\d.,])[-+]?\\d[\\d.,]*+%?(?:\\s++[-+]?\\d[\\d.,]*+%?)++"
                    // a last cell of words may follow, the change or a remark: "10.26% 7.43% 下降2.83个百分点", "100% 100%
                    // 持平", "… -2.83个百分点", "… ↓2.83", "… —" (r258)
                    + "(?:[^\\s，,；;。：:\\d][^\\s，,；;。：:]{0,11}+|\\s++[^\\s，,；;。：:]{1,12}+)?"
                    + "\\s*+$"); // possessive: no stack per figure
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[，,；;。：:]");
    private static final String SENTENCE_STOPS = "，,；;。：:";

    static boolean oneColumnOfATableRow(String text, int at) {
        // read out from the figure and stop at the first comma or full stop: in a line of sentences (a text without
        // line breaks) that is a few characters away, so the work per figure does not grow with the line
        int start = at;
        while (start > 0 && text.charAt(start - 1) != '\n') {
            if (SENTENCE_STOPS.indexOf(text.charAt(--start)) >= 0) {
                return false;
            }
        }
        int end = at;
        while (end < text.length() && text.charAt(end) != '\n') {
            if (SENTENCE_STOPS.indexOf(text.charAt(end++)) >= 0) {
                return false;
            }
        }
        return TABLE_ROW_TAIL.matcher(text.substring(start, end)).find();
    }

    private static boolean tableRow(String line) {
        return !SENTENCE_PUNCTUATION.matcher(line).find() && TABLE_ROW_TAIL.matcher(line).find();
    }

    /**
     * A header line whose last cells are years, one per column ("指标 2022年 2023年", "项目 2022年度 2023年度"; the
     * text's normalising drops the spaces between Chinese and digits: "指标2022年2023年").
     */
    private static final Pattern YEAR_COLUMNS = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*(?:年度?|(?=\\s|$))");
    private static final Pattern YEARS_TAIL = Pattern.compile(
            "(?<!\\d)(?:(?:19|20)\\d{2}\\s*+(?:年度?|(?=\\s|$))\\s*+){2,}+$");
    /** A row of an indicator table is a label and a few figures; a longer line is read as text. */
    private static final int MAX_ROW = 200;
    private static final Pattern ROW_FIGURE = Pattern.compile("(?<![\\d.,])[-+]?\\d[\\d.,]*%?");

    /**
     * The start of the line ending at {@code lineEnd}, or -1 when it starts before {@code floor} (0 stays 0): a read
     * back that stops at a bound, so a text without line breaks is not searched to its start once per figure.
     */
    static int lineStartWithin(String text, int lineEnd, int floor) {
        for (int i = lineEnd - 1; i >= floor; i--) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return floor == 0 ? 0 : -1;
    }

    /** The start of the line holding {@code at}, or -1 when it starts more than {@link #MAX_ROW} characters back. */
    static int shortLineStart(String text, int at) {
        for (int i = at - 1; i >= Math.max(0, at - MAX_ROW - 1); i--) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return at <= MAX_ROW ? 0 : -1;
    }

    /** The end of the line from {@code start} through {@code at}, or -1 when the line is longer than {@link #MAX_ROW}. */
    static int shortLineEnd(String text, int at, int start) {
        int limit = Math.min(text.length(), start + MAX_ROW + 1);
        for (int i = at; i < limit; i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return text.length() - start <= MAX_ROW ? text.length() : -1;
    }

    /** A row's label that gives the unit of its figures: "行政诉讼案件（件）", "法律援助案件数(件)". */
    private static final Pattern UNIT_OF_THE_LABEL = Pattern.compile(
            "[（(]\\s*(万)?(件|宗|起|个|份|部|卷|次|人次|件次|%)\\s*[）)]\\s*$");
    /** A label cell that gives its figure's unit: "调解矛盾纠纷（件）", "调解成功率（%）" (brackets normalised or not). */
    private static final Pattern LABEL_LINE = Pattern.compile(
            "[^\\s\\d][（(]\\s*(万)?(件|宗|起|份|卷|人次|件次|%)\\s*[）)][ \\t]*$");

    /**
     * The figure stands alone on its line under a label cell that gives its unit ("调解矛盾纠纷（件）" over "5630"): a
     * table given a cell per line. The figure then takes that unit; else it is returned as it is.
     */
    static NumberMention withTheUnitOfTheLabelAbove(String text, NumberMention m) {
        if (m.unit() != null) {
            return m;
        }
        // bounded reads: this runs for every figure, and a text without line breaks must stay linear
        int lineStart = shortLineStart(text, m.start());
        int lineEnd = lineStart <= 0 ? -1 : shortLineEnd(text, m.end(), lineStart);
        if (lineEnd < 0 || !text.substring(lineStart, m.start()).isBlank() || !text.substring(m.end(), lineEnd).isBlank()) {
            return m;
        }
        int aboveStart = Math.max(shortLineStart(text, lineStart - 1), lineStart - 1 - MAX_ROW);
        Matcher unit = LABEL_LINE.matcher(text.substring(aboveStart, lineStart - 1));
        if (!unit.find()) {
            return m;
        }
        return inTheLabelsUnit(m, unit);
    }

    /** A bare figure of a table row takes the unit its row's label gives, and keeps its own otherwise. */
    static NumberMention withTheLabelsUnit(NumberMention m, String label) {
        Matcher unit = UNIT_OF_THE_LABEL.matcher(label);
        if (m.unit() != null || !unit.find()) {
            return m;
        }
        return inTheLabelsUnit(m, unit);
    }

    /**
     * The figure in the unit its label gives: "政务服务办件量（万件）\t118.2\t131.5" counts 1,315,000 items (round 59);
     * 万% is no unit, so a rate's label never multiplies.
     */
    private static NumberMention inTheLabelsUnit(NumberMention m, Matcher unit) {
        boolean tenThousands = unit.group(1) != null && !"%".equals(unit.group(2));
        java.math.BigDecimal value = tenThousands ? m.value().multiply(java.math.BigDecimal.valueOf(10_000)) : m.value();
        return new NumberMention(m.start(), m.end(), m.numStart(), value, unit.group(2), m.qualifier(), m.kind());
    }

    /**
     * The year of the column a figure of a flattened table row stands in: "行政复议纠错率 12.5% 10.9%" under
     * "指标 2022年 2023年" gives 2022 for 12.5 and 2023 for 10.9. The header is the nearest line above, past other
     * rows of the table, whose last cells are as many years as the row has figures at its end; 0 when there is
     * none (a column of changes, a header of places, text between), and then which year's it is stays unknown.
     */
    static int yearOfTheColumn(String text, int at) {
        // called for every figure: the row's ends are looked for no further than a row may be long, so a text of
        // long lines (or none) costs a bounded step per figure
        int rowStart = shortLineStart(text, at);
        int rowEnd = rowStart < 0 ? -1 : shortLineEnd(text, at, rowStart);
        if (rowEnd < 0) {
            return 0;
        }
        String row = text.substring(rowStart, rowEnd);
        if (SENTENCE_PUNCTUATION.matcher(row).find()) {
            return 0;
        }
        Matcher tail = TABLE_ROW_TAIL.matcher(row);
        if (!tail.find()) {
            return 0;
        }
        List<Integer> figureStarts = new java.util.ArrayList<>();
        Matcher f = ROW_FIGURE.matcher(row);
        f.region(tail.start(), row.length());
        while (f.find()) {
            figureStarts.add(rowStart + f.start());
        }
        int column = figureStarts.indexOf(at);
        if (column < 0) {
            return 0;
        }
        int end = rowStart - 1;
        for (int lines = 0; end > 0 && lines < 12; lines++) {
            int start = shortLineStart(text, end);
            if (start < 0) {
                return 0;
            }
            String line = text.substring(start, end);
            end = start - 1;
            if (line.isBlank() || tableRow(line)) {
                continue;
            }
            Matcher years = YEARS_TAIL.matcher(line);
            if (SENTENCE_PUNCTUATION.matcher(line).find() || !years.find()) {
                return 0;
            }
            List<Integer> columns = new java.util.ArrayList<>();
            Matcher y = YEAR_COLUMNS.matcher(line);
            y.region(years.start(), line.length());
            while (y.find()) {
                columns.add(Integer.parseInt(y.group(1)));
            }
            return columns.size() == figureStarts.size() ? columns.get(column) : 0;
        }
        return 0;
    }
}

package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Section;
import java.util.regex.Pattern;

/**
 * A table that Word or a web page gives as a header row of names and one row of figures under it, cells apart by
 * tabs ("收案数（件）\t审结数（件）\t败诉率" over "96\t91\t4.4%"): each figure is named by the header cell of its column,
 * as if written "收案数（件）96". Only a single row of figures right under a header with as many cells, none of them
 * a figure or a year: rows with labels of their own (towns, years) are read by their labels, and a second row of
 * bare figures (which of them is the year's is not said) leaves the table unread.
 */
final class NamedColumns {
    /** A row is a few cells; a longer line is text. */
    private static final int MAX_ROW = 200;
    private static final Pattern FIGURE_CELL = Pattern.compile("[-+]?\\d[\\d,.]*\\s*(?:%|件|卷|宗|起|份|人次|件次)?");
    private static final Pattern NAME_CELL = Pattern.compile("[^\\d\\s。；;，,：:]{2,20}");

    private NamedColumns() {
    }

    /** The header cell naming the column of the figure at {@code at}, or null. */
    static String nameOf(String text, int at) {
        // bounded reads (WordsAroundTheFigure's short lines): this runs for every figure, also in a text without
        // line breaks
        int rowStart = FlattenedTables.shortLineStart(text, at);
        if (rowStart <= 0) {
            return null;
        }
        int rowEnd = lineEnd(text, rowStart);
        if (rowEnd < 0) {
            return null;
        }
        String row = text.substring(rowStart, rowEnd);
        if (row.indexOf('\t') < 0) {
            return null;
        }
        if (namedAsAWhole(row)) {
            int header = headerAboveTheWholeRow(text, at, rowStart, row);
            return header < 0 ? null : caption(text, header) + cellOf(text, header, columnOf(text, rowStart, at));
        }
        String[] figures = row.strip().split("\\s*\\t\\s*");
        if (figures.length < 2) {
            return null;
        }
        for (String f : figures) {
            if (!FIGURE_CELL.matcher(f).matches()) {
                return null;
            }
        }
        int headerEnd = rowStart - 1;
        int headerStart = FlattenedTables.shortLineStart(text, headerEnd);
        if (headerStart < 0) {
            return null;
        }
        String[] names = text.substring(headerStart, headerEnd).strip().split("\\s*\\t\\s*");
        if (names.length != figures.length) {
            return null;
        }
        for (String n : names) {
            if (!NAME_CELL.matcher(n).matches()) {
                return null;
            }
        }
        if (nextRowOfFigures(text, rowEnd)) {
            return null;
        }
        // which cell: count the tabs before the figure on its row
        int column = 0;
        for (int i = rowStart; i < at; i++) {
            if (text.charAt(i) == '\t') {
                column++;
            }
        }
        return column < names.length ? caption(text, headerStart) + names[column] : null;
    }

    /**
     * A row whose label says it is the whole: 合计, 总计, 全县合计, 全年 (under rows of towns, departments, kinds or
     * quarters). 全市 is left out: in a county's report it is the city above. 小计 sums only some rows.
     */
    private static final Pattern WHOLE_ROW = Pattern.compile(
            "\\s*(?:(?:全[县区旗]|本[县区旗])?(?:合计|总计|共计|总数)|全[县区旗]|全年(?:合计|累计)?)\\s*\\t");
    /**
     * A row labelled by a year ("2024年\t117\t112\t4\t3.57%" under "年度\t新收案件（件）\t审结（件）…"): its figures are
     * named by the header as a whole row's are; the row's own year dates them (the rows of other years are other years',
     * as a sentence that opens with its year is), round 55.
     */
    private static final Pattern YEAR_ROW = Pattern.compile("\\s*(?:19|20)\\d{2}年度?(?:全年)?\\s*\\t");
    /** The row's label makes it one the header names: the whole, or a year. */
    private static boolean namedAsAWhole(String row) {
        return WHOLE_ROW.matcher(row).lookingAt() || YEAR_ROW.matcher(row).lookingAt();
    }

    /** How many rows of towns, departments or months a table may hold above its whole. */
    private static final int MAX_ROWS_ABOVE = 40;

    /**
     * The lines a whole row's figure is named by, the caption and the header ("2024年全县人民调解工作统计" over "单位\t调处
     * 纠纷（起）…"), as a sentence: the matter they name ("调解") is the figure's, as the sentence before a lone row's
     * names it. Null when the figure is in no whole row of such a table.
     */
    static Sentence headerOfTheWholeRow(String text, int at, Section section) {
        int rowStart = FlattenedTables.shortLineStart(text, at);
        int rowEnd = rowStart <= 0 ? -1 : lineEnd(text, rowStart);
        if (rowEnd < 0 || !namedAsAWhole(text.substring(rowStart, rowEnd))) {
            return null;
        }
        int header = headerAboveTheWholeRow(text, at, rowStart, text.substring(rowStart, rowEnd));
        if (header < 0) {
            return null;
        }
        int captionStart = header >= 2 ? FlattenedTables.shortLineStart(text, header - 1) : -1;
        return new Sentence(captionStart < 0 ? header : captionStart, lineEnd(text, header), section);
    }

    /**
     * "单位\t调处纠纷（起）\t调解成功（起）" over rows of towns and "全县合计\t10432\t10287": the start of the header whose
     * cell names the whole row's figure, as a lone row of figures is named, or -1. The rows above must have as many
     * cells, and the header as many names, none of them a figure (round 54).
     */
    private static int headerAboveTheWholeRow(String text, int at, int rowStart, String row) {
        String[] cells = row.strip().split("\\s*\\t\\s*");
        for (int i = 1; i < cells.length; i++) {
            if (!FIGURE_CELL.matcher(cells[i]).matches()) {
                return -1;
            }
        }
        int column = columnOf(text, rowStart, at);
        if (column == 0) {
            return -1;
        }
        int end = rowStart - 1;
        for (int rows = 0; end > 0 && rows < MAX_ROWS_ABOVE; rows++) {
            int start = FlattenedTables.shortLineStart(text, end);
            if (start < 0) {
                return -1;
            }
            String[] above = text.substring(start, end).strip().split("\\s*\\t\\s*");
            if (above.length == 1 && ROWS_LEFT_OUT.matcher(above[0]).matches()) {
                end = start - 1; // "……": rows left out
                continue;
            }
            if (above.length != cells.length) {
                return -1;
            }
            boolean names = true;
            for (String a : above) {
                names &= NAME_CELL.matcher(a).matches();
            }
            if (names) {
                return start;
            }
            end = start - 1;
        }
        return -1;
    }

    private static final Pattern ROWS_LEFT_OUT = Pattern.compile("[…\\.。]*");

    /** Which cell of its row the figure at {@code at} stands in: the tabs before it. */
    private static int columnOf(String text, int rowStart, int at) {
        int column = 0;
        for (int i = rowStart; i < at; i++) {
            column += text.charAt(i) == '\t' ? 1 : 0;
        }
        return column;
    }

    private static String cellOf(String text, int lineStart, int column) {
        String[] cells = text.substring(lineStart, lineEnd(text, lineStart)).strip().split("\\s*\\t\\s*");
        return cells[column];
    }

    private static final Pattern TABLE_NUMBER = Pattern.compile("^(?:表|附表)\\s*[\\d一二三四五六七八九十]{0,2}\\s*[:：]?\\s*");

    /**
     * The caption or heading right above the header ("表1  2024年全县行政诉讼案件情况", "（一）行政复议"): it says what
     * the columns count, whose they are and of which year, so the header's short names ("收案数", "审结数") are read
     * after it. "" when the line above is not short or ends a sentence.
     */
    private static String caption(String text, int headerStart) {
        if (headerStart < 2) {
            return "";
        }
        int start = FlattenedTables.shortLineStart(text, headerStart - 1);
        if (start < 0) {
            return ""; // a line of some hundred characters is no caption
        }
        String line = text.substring(start, headerStart - 1).strip();
        if (line.isEmpty() || line.length() > 40 || line.indexOf('\t') >= 0 || "。；;，,".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return "";
        }
        return TABLE_NUMBER.matcher(line).replaceFirst("");
    }

    /**
     * The sentence at {@code start} is the header row or the row of figures of such a table: neither is a heading
     * (the caption or the heading above them stays the figures' heading, with its year, its body and its topic).
     */
    static boolean headerOrFigures(String text, int start) {
        int end = lineEnd(text, start);
        if (end < 0) {
            return false;
        }
        if (text.substring(start, end).indexOf('\t') < 0) {
            return false; // only within the row: a search on to the next tab crossed the whole text at every heading
        }
        int firstFigure = firstFigureOfTheRow(text, start, end);
        if (firstFigure >= 0 && nameOf(text, firstFigure) != null) {
            return true;
        }
        if (end >= text.length()) {
            return false;
        }
        int nextEnd = lineEnd(text, end + 1);
        int next = nextEnd < 0 ? -1 : firstFigureOfTheRow(text, end + 1, nextEnd);
        return next >= 0 && nameOf(text, next) != null || headerOfAWholeRowBelow(text, start, end);
    }

    /**
     * The line at {@code start} is the header a whole row below names ("评查批次\t评查案卷（卷）" over rows of batches and
     * "合计\t463"): no heading, so the caption above stays the heading of the rows and of the whole, with the period or
     * body it names ("全县行政执法案卷评查情况（截至2024年11月底）", round 55).
     */
    private static boolean headerOfAWholeRowBelow(String text, int start, int end) {
        int rowStart = end + 1;
        for (int rows = 0; rowStart < text.length() && rows <= MAX_ROWS_ABOVE; rows++) {
            int rowEnd = lineEnd(text, rowStart);
            if (rowEnd < 0) {
                return false;
            }
            String row = text.substring(rowStart, rowEnd);
            int tab = row.indexOf('\t');
            if (tab < 0) {
                return false;
            }
            if (WHOLE_ROW.matcher(row).lookingAt()) {
                int at = rowStart + tab + 1;
                while (at < rowEnd && !Character.isDigit(text.charAt(at))) {
                    at++;
                }
                return at < rowEnd && headerAboveTheWholeRow(text, at, rowStart, row) == start;
            }
            rowStart = rowEnd + 1;
        }
        return false;
    }

    private static int firstFigureOfTheRow(String text, int start, int end) {
        int i = start;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < end && Character.isDigit(text.charAt(i)) ? i : -1;
    }

    private static int lineEnd(String text, int start) {
        int limit = Math.min(text.length(), start + MAX_ROW + 1);
        for (int i = start; i < limit; i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return text.length() - start <= MAX_ROW ? text.length() : -1;
    }

    /** The line after the row is another row of bare figures. */
    private static boolean nextRowOfFigures(String text, int rowEnd) {
        if (rowEnd >= text.length()) {
            return false;
        }
        int end = lineEnd(text, rowEnd + 1);
        if (end < 0) {
            return false;
        }
        String[] cells = text.substring(rowEnd + 1, end).strip().split("\\s*\\t\\s*");
        if (cells.length < 2) {
            return false;
        }
        for (String c : cells) {
            if (!FIGURE_CELL.matcher(c).matches()) {
                return false;
            }
        }
        return true;
    }
}

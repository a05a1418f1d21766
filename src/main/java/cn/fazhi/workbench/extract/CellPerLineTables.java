package cn.fazhi.workbench.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables that a PDF's or a web page's text gives one cell per line: "项目" "2023年" "2024年" then "法律援助案件（件）"
 * "1487" "1632" each on a line of its own, or "受理信访件（件）" "按期办结率" "满意率" over "2968" "99.8%" "97.4%". Their
 * rows are set back on one line each, cells apart by tabs, as a Word table is given, so the rules for tables read
 * them (round 61). Only a line break becomes a tab: the text keeps its length and every offset (the evidence is cut
 * from the original text, with its line breaks).
 */
final class CellPerLineTables {
    private CellPerLineTables() {
    }

    /** A row of a table has a few cells; more lines of names or figures in a run are no such row. */
    private static final int MAX_CELLS = 12;
    /** A cell is short; a longer line is text. */
    private static final int MAX_CELL = 30;
    /** A heading's numbering: "（一）", "一、", "1." opens no cell. */
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\\d{1,2}[.、．])");
    /** A name's cell: words, perhaps a unit in brackets; no sentence punctuation, no figure. */
    private static final Pattern NAME_CELL = Pattern.compile("[^\\d\\s。；;，,：:、！？!?]{2,20}");
    /** A row's label may hold digits ("12345热线") but no sentence punctuation. */
    private static final Pattern LABEL_CELL = Pattern.compile("[^\\s。；;，,：:！？!?\\t]{2," + MAX_CELL + "}");

    /** The text with each cell-per-line table's rows set on one line (same length, same offsets). */
    static String rejoin(String text) {
        if (text.indexOf('\n') < 0) {
            return text;
        }
        List<int[]> lines = lines(text);
        char[] out = null;
        int i = 0;
        while (i < lines.size()) {
            List<Integer> rows = byLabelColumn(text, lines, i);
            if (rows.isEmpty()) {
                rows = loneRow(text, lines, i);
            }
            if (rows.isEmpty()) {
                i++;
                continue;
            }
            if (out == null) {
                out = text.toCharArray();
            }
            for (int size : rows) {
                for (int c = 0; c < size - 1; c++) {
                    out[lines.get(i + c)[1]] = '\t'; // the line break inside a row
                }
                i += size;
            }
        }
        return out == null ? text : new String(out);
    }

    /**
     * "项目" over column names ("2023年", "2024年", "同比"; a "单位" column too) each on its line, then rows of a label and
     * a cell per column: the number of lines of each row (the header's first), or none. One column of figures takes two
     * rows at least.
     */
    private static List<Integer> byLabelColumn(String text, List<int[]> lines, int i) {
        if (!TableColumns.labelColumnName(line(text, lines, i))) {
            return List.of();
        }
        List<Boolean> unitColumns = new ArrayList<>();
        while (i + 1 + unitColumns.size() < lines.size() && unitColumns.size() <= MAX_CELLS) {
            String cell = line(text, lines, i + 1 + unitColumns.size()).strip();
            if (UNIT_COLUMN.matcher(cell).matches()) {
                unitColumns.add(true);
            } else if (TableColumns.columnName(cell)) {
                unitColumns.add(false);
            } else {
                break;
            }
        }
        int columns = unitColumns.size();
        long figureColumns = unitColumns.stream().filter(u -> !u).count();
        if (figureColumns == 0 || columns > MAX_CELLS) {
            return List.of();
        }
        List<Integer> rows = new ArrayList<>();
        rows.add(columns + 1);
        int at = i + 1 + columns;
        while (at + columns < lines.size() && rowOfFigures(text, lines, at, unitColumns)) {
            rows.add(columns + 1);
            at += columns + 1;
        }
        return rows.size() > (figureColumns == 1 ? 2 : 1) ? rows : List.of();
    }

    private static final Pattern UNIT_COLUMN = Pattern.compile("(?:计量)?单位");
    private static final Pattern UNIT_CELL = Pattern.compile("万?(?:件|宗|起|卷|份|个|人次|件次|人|项|次)|%");

    /** A label's line, then a line per column: a figure, or the unit's word under a 单位 column. */
    private static boolean rowOfFigures(String text, List<int[]> lines, int at, List<Boolean> unitColumns) {
        String label = line(text, lines, at).strip();
        if (!LABEL_CELL.matcher(label).matches() || TableColumns.figureCell(label) || NUMBERED.matcher(label).find()
                || UNIT_CELL.matcher(label).matches()) {
            return false;
        }
        for (int c = 0; c < unitColumns.size(); c++) {
            String cell = line(text, lines, at + 1 + c).strip();
            if (unitColumns.get(c) ? !UNIT_CELL.matcher(cell).matches() : !TableColumns.figureCell(cell)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Names each on its line ("受理信访件（件）", "按期办结率", "满意率") right over as many figures each on its line: the
     * lines of the two rows, or none. The figures run no further (a longer run is no such row).
     */
    private static List<Integer> loneRow(String text, List<int[]> lines, int i) {
        // bounded counts: a long run of short lines (a list of headings) costs a few steps per line, not the run's length
        int names = 0;
        while (i + names < lines.size() && names <= MAX_CELLS && nameCell(line(text, lines, i + names))) {
            names++;
        }
        if (names < 2 || names > MAX_CELLS) {
            return List.of();
        }
        int figures = 0;
        while (i + names + figures < lines.size() && figures <= MAX_CELLS
                && TableColumns.figureCell(line(text, lines, i + names + figures))) {
            figures++;
        }
        // the names nearest the figures; any before them are the caption's lines (read from the next line on)
        return names == figures ? List.of(figures, figures) : List.of();
    }

    private static boolean nameCell(String line) {
        String l = line.strip();
        return NAME_CELL.matcher(l).matches() && !NUMBERED.matcher(l).find() && !TableColumns.columnName(l);
    }

    private static String line(String text, List<int[]> lines, int i) {
        int[] l = lines.get(i);
        return l[1] - l[0] > MAX_CELL + 10 ? "" : text.substring(l[0], l[1]);
    }

    /** Each line's start and end (the end is its line break's offset, or the text's length). */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                lines.add(new int[]{start, i});
                start = i + 1;
            }
        }
        return lines;
    }
}

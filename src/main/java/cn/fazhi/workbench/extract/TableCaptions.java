package cn.fazhi.workbench.extract;

import java.util.regex.Pattern;

/**
 * The caption over a table whose cells are apart by tabs: the first line above its rows that is no row. A caption that
 * opens with a town's or a zone's name ("（附）三墩镇2024年法治建设主要数据") makes the whole table that place's, however
 * neutral its rows' labels (round 60).
 */
final class TableCaptions {
    /** How many rows a table may hold above the figure's. */
    private static final int MAX_ROWS_ABOVE = 40;
    /** A caption is a short line without a sentence's stops. */
    private static final int MAX_CAPTION = 60;
    /** A row is read no further than a row may be long: this runs for every figure. */
    private static final int MAX_ROW = 200;
    private static final Pattern SENTENCE_STOPS = Pattern.compile("[。；;，,]");
    /** The caption's numbering: "（附）", "附表2", "表3", "附件1：". */
    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:[（(][^（()）]{1,4}[）)]|附表\\s*\\d*|表\\s*\\d+|附件\\s*\\d*)\\s*[:：.、]?\\s*");

    private TableCaptions() {
    }

    /** The caption above the table row holding {@code at}, without its numbering; null when the figure is in no such row. */
    static String captionAbove(String text, int at) {
        java.util.List<String> lines = linesAboveTheRows(text, at, 1);
        if (lines.isEmpty()) {
            return null;
        }
        String line = lines.get(0);
        return line.length() > MAX_CAPTION || SENTENCE_STOPS.matcher(line).find() ? null : NUMBERING.matcher(line).replaceFirst("");
    }

    /** A line that gives the unit of a whole table: "单位：件", "（单位：万件）". */
    private static final Pattern UNIT_LINE = Pattern.compile(
            "^\\s*[（(]?\\s*单位\\s*[:：]\\s*(万?(?:件|宗|起|卷|份|人次|件次))\\s*[）)]?\\s*$");

    /** The line only gives the table's unit ("单位：件"): no caption, the caption is above it. */
    static boolean unitLine(String line) {
        return UNIT_LINE.matcher(line).find();
    }

    /**
     * The start of the caption line right above a table's header at {@code headerStart}, past a line of the unit
     * ("表1 …" or "（二）规范性文件管理" over "单位：件" over the header), or -1 (round 61).
     */
    static int captionStartAbove(String text, int headerStart) {
        int start = headerStart >= 2 ? FlattenedTables.shortLineStart(text, headerStart - 1) : -1;
        if (start >= 2 && unitLine(text.substring(start, headerStart - 1))) {
            return FlattenedTables.shortLineStart(text, start - 1);
        }
        return start;
    }

    /**
     * The unit a line above the table gives for all its cells ("单位：万件" over "指标\t2023年\t2024年"), or null: the first
     * line above the rows that is no row, or the one above it when that is the caption (round 60).
     */
    static String unitOfTheTable(String text, int at) {
        for (String line : linesAboveTheRows(text, at, 2)) {
            java.util.regex.Matcher unit = UNIT_LINE.matcher(line);
            if (unit.find()) {
                return unit.group(1);
            }
        }
        return null;
    }

    /**
     * Up to {@code wanted} lines right above the table whose row holds {@code at} that are no rows (no tab), nearest
     * first; none when the figure is in no row, or a blank line comes first. Bounded: this runs for every figure.
     */
    private static java.util.List<String> linesAboveTheRows(String text, int at, int wanted) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        int start = FlattenedTables.shortLineStart(text, at);
        if (start < 0 || !rowAt(text, start)) {
            return lines;
        }
        for (int rows = 0; start > 0 && rows < MAX_ROWS_ABOVE && lines.size() < wanted; rows++) {
            int above = FlattenedTables.shortLineStart(text, start - 1);
            if (above < 0) {
                break;
            }
            String line = text.substring(above, start - 1);
            if (line.isBlank()) {
                break;
            }
            if (line.indexOf('\t') < 0) {
                lines.add(line);
            }
            start = above;
        }
        return lines;
    }

    private static boolean rowAt(String text, int start) {
        int limit = Math.min(text.length(), start + MAX_ROW);
        for (int i = start; i < limit && text.charAt(i) != '\n'; i++) {
            if (text.charAt(i) == '\t') {
                return true;
            }
        }
        return false;
    }

    /** The table the figure stands in is captioned as a town's or a zone's, and the jurisdiction is not named after it. */
    static boolean anotherPlacesTable(String text, int at, Scope scope) {
        String caption = captionAbove(text, at);
        // "2024年各片区人民调解情况": a table of each place, whose rows say whose each figure is
        return caption != null && !caption.contains("各") && OtherBodies.placeOpensAClause(caption, scope);
    }
}

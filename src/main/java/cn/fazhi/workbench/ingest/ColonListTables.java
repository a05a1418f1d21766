package cn.fazhi.workbench.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "指标：桂平市、贵港市；人民调解成功率：98.80%、98.4%；行政诉讼败诉率：7.93%、8.9%" (round 76 a), "指标、2023年、2024年；
 * 办件量（万件）、87.9、96.3；…" (round 74 b): a table a copy ran into one line as label-colon lists — a header of the
 * label column's name and the columns' names apart by 、, then rows of a name and as many figures. It becomes the tabbed table it was (same length, in place), so that its columns are read
 * as a table's: the own column's figures the jurisdiction's, another place's column another body's.
 */
final class ColonListTables {
    private ColonListTables() {
    }

    /** A one-line table is longer than a row, but not a page. */
    private static final int MAX_LINE = 600;
    private static final int MIN_LINE = 12;
    /** A column's name: a place or a year ("2024年"), no figure. */
    private static final Pattern NAME = Pattern.compile("\\s*[^,，。:;、%]{1,16}\\s*");
    private static final Pattern ROW_NAME = Pattern.compile("\\s*[^,，。:;、]{2,24}\\s*");

    /** Unfolds every line of {@code s} that reads whole as such a table (text already mapped to half-width). */
    static void unfold(char[] s) {
        for (int[] whole : SpacedTables.lines(s)) {
            int end = whole[1] > whole[0] && s[whole[1] - 1] == '。' ? whole[1] - 1 : whole[1];
            if (end - whole[0] > MAX_LINE || end - whole[0] < MIN_LINE || !hasASemicolon(s, whole[0], end)) {
                continue; // most lines: one look at their characters, no string
            }
            String line = new String(s, whole[0], end - whole[0]);
            if (line.indexOf('\t') >= 0) {
                if (!unfoldTabbedRows(s, whole[0], end)) {
                    continue;
                }
            } else if (line.indexOf(';') >= 0 && line.indexOf('、') >= 0 && isTable(line)) {
                for (int i = whole[0]; i < end; i++) {
                    s[i] = switch (s[i]) {
                        case ';' -> '\n';
                        case ':', '、' -> '\t';
                        default -> s[i];
                    };
                }
            } else {
                continue;
            }
            if (end < whole[1]) {
                s[end] = ' '; // the last row ends in its figure, as every row does
            }
        }
    }

    /**
     * "年份｜收到申请｜受理｜审结｜直接纠错率：2023年｜198件｜…；2024年｜312件｜…" (round 78 a): a table typed with bars (already
     * tabs) whose header ends in a colon and whose rows run on apart by semicolons; the colon and the semicolons become line
     * breaks. At least three columns, every row a name and as many figures as the header names beside the label's.
     */
    private static boolean unfoldTabbedRows(char[] s, int from, int end) {
        String line = new String(s, from, end - from);
        int colon = headerEnd(line);
        if (colon < 0 || line.indexOf('\t') < 0 || line.indexOf('\t') > colon) {
            return false;
        }
        String[] header = line.substring(0, colon).split("\t", -1);
        if (header.length < 3 || !Arrays.stream(header).allMatch(c -> NAME.matcher(c).matches()
                && !SpacedTables.FIGURE.matcher(c.strip()).matches())) {
            return false;
        }
        for (String row : line.substring(colon + 1).split(";", -1)) {
            String[] cells = row.split("\t", -1);
            if (cells.length != header.length || !ROW_NAME.matcher(cells[0]).matches() || Arrays.stream(cells, 1,
                    cells.length).anyMatch(c -> !SpacedTables.FIGURE.matcher(c.strip()).matches())) {
                return false;
            }
        }
        s[from + colon] = '\n';
        for (int i = from + colon; i < end; i++) {
            if (s[i] == ';') {
                s[i] = '\n';
            }
        }
        return true;
    }

    /**
     * Where a tabbed header ends: at its colon, or — "指标｜2024年｜2023年；一审行政诉讼收案（件）｜146｜152；…" (round 87 c) —
     * at the first semicolon when no colon comes before it; -1 when neither.
     */
    private static int headerEnd(String line) {
        int colon = line.indexOf(':');
        int semicolon = line.indexOf(';');
        return colon >= 0 && (semicolon < 0 || colon < semicolon) ? colon : semicolon;
    }

    /** Both shapes run their rows on after semicolons. */
    private static boolean hasASemicolon(char[] s, int from, int end) {
        for (int i = from; i < end; i++) {
            if (s[i] == ';') {
                return true;
            }
        }
        return false;
    }

    /** A header of the label column's name and k ≥ 2 names, then at least two rows of a name and k figures. */
    private static boolean isTable(String line) {
        String[] parts = line.split(";", -1);
        if (parts.length < 3) {
            return false;
        }
        int columns = -1;
        for (int p = 0; p < parts.length; p++) {
            // "指标、2023年、2024年；办件量（万件）、87.9、96.3；…" (round 74 b): without colons the first 、 ends the label
            int colon = parts[p].indexOf(':') >= 0 ? parts[p].indexOf(':') : parts[p].indexOf('、');
            if (colon < 0 || parts[p].indexOf(':', colon + 1) >= 0) {
                return false;
            }
            String label = parts[p].substring(0, colon);
            List<String> cells = List.of(parts[p].substring(colon + 1).split("、", -1));
            if (p == 0) {
                if (!SpacedTables.LABEL_COLUMN.matcher(label.strip()).matches() || cells.size() < 2
                        || !cells.stream().allMatch(c -> NAME.matcher(c).matches() && !SpacedTables.FIGURE.matcher(c.strip()).matches())) {
                    return false;
                }
                columns = cells.size();
            } else if (!ROW_NAME.matcher(label).matches() || cells.size() != columns
                    || !cells.stream().allMatch(c -> SpacedTables.FIGURE.matcher(c.strip()).matches())) {
                return false;
            }
        }
        return true;
    }
}

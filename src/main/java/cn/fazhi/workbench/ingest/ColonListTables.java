package cn.fazhi.workbench.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "指标：桂平市、贵港市；人民调解成功率：98.80%、98.4%；行政诉讼败诉率：7.93%、8.9%" (round 76 a): a table a copy ran into one
 * line as label-colon lists — a header of the label column's name and the columns' names apart by 、, then rows of a
 * name and as many figures. It becomes the tabbed table it was (same length, in place), so that its columns are read
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
            if (end - whole[0] > MAX_LINE || end - whole[0] < MIN_LINE) {
                continue;
            }
            String line = new String(s, whole[0], end - whole[0]);
            if (line.indexOf(';') < 0 || line.indexOf('、') < 0 || !isTable(line)) {
                continue;
            }
            for (int i = whole[0]; i < end; i++) {
                s[i] = switch (s[i]) {
                    case ';' -> '\n';
                    case ':', '、' -> '\t';
                    default -> s[i];
                };
            }
            if (end < whole[1]) {
                s[end] = ' '; // the last row ends in its figure, as every row does
            }
        }
    }

    /** A header of the label column's name and k ≥ 2 names, then at least two rows of a name and k figures. */
    private static boolean isTable(String line) {
        String[] parts = line.split(";", -1);
        if (parts.length < 3) {
            return false;
        }
        int columns = -1;
        for (int p = 0; p < parts.length; p++) {
            int colon = parts[p].indexOf(':');
            if (colon < 0 || parts[p].indexOf(':', colon + 1) >= 0) {
                return false;
            }
            String label = parts[p].substring(0, colon);
            List<String> cells = cells(parts[p].substring(colon + 1));
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

    private static List<String> cells(String list) {
        List<String> cells = new ArrayList<>();
        for (String c : list.split("、", -1)) {
            cells.add(c);
        }
        return cells;
    }
}

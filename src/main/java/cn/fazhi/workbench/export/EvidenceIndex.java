package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.Absence;
import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each figure's row is on 佐证: the compared year first, then earlier years; within a year by
 * jurisdiction, then indicator. Figures and rejected figures have a row; cells without a figure do not.
 * Worked out before any sheet is written, so 比对总表 can link to rows not yet written.
 */
final class EvidenceIndex {
    /** The first data row (0-based): row 0 is the header. */
    static final int FIRST_ROW = 1;

    private final Map<Integer, int[][]> rows = new LinkedHashMap<>();
    private final List<Integer> years = new ArrayList<>();
    private int count;

    EvidenceIndex(ComparisonTable t) {
        years.add(t.year());
        t.byYear().keySet().stream().filter(y -> y != t.year()).sorted((a, b) -> b - a).forEach(years::add);
        int r = FIRST_ROW;
        for (int y : years) {
            Cell[][] cells = t.byYear().get(y);
            int[][] at = new int[cells.length][];
            for (int j = 0; j < cells.length; j++) {
                at[j] = new int[cells[j].length];
                for (int i = 0; i < cells[j].length; i++) {
                    at[j][i] = listed(cells[j][i]) ? r++ : -1;
                }
            }
            rows.put(y, at);
        }
        count = r - FIRST_ROW;
    }

    static boolean listed(Cell c) {
        return !c.missing() || c.absence() == Absence.REJECTED;
    }

    /** Years in the order of the sheet. */
    List<Integer> years() {
        return years;
    }

    /** The 0-based row of a figure on 佐证, or -1 when it has none. */
    int row(int year, int j, int i) {
        int[][] at = rows.get(year);
        return at == null ? -1 : at[j][i];
    }

    int count() {
        return count;
    }
}

package cn.fazhi.workbench.export;

import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * The statistics of one indicator as live formulas over its data range, each with its value stored so
 * that programs that do not recalculate show the same. With no figure at all they show "—".
 */
final class StatCells {
    private StatCells() {
    }

    /**
     * Writes the five statistics from {@code col} on (in a row) or from {@code row} down (in a column).
     *
     * @param range        the data range, e.g. "C5:Z5"
     * @param medianMarker "≥" when the median is built from such a figure: its format keeps the marker
     */
    static void write(SheetKit kit, Row row, int col, String range, Stats s, Indicator ind, String medianMarker) {
        for (int k = 0; k < Stats.FUNCTIONS.length; k++) {
            one(kit, row, col + k, k, range, s, ind, medianMarker);
        }
    }

    static void one(SheetKit kit, Row row, int col, int k, String range, Stats s, Indicator ind, String medianMarker) {
        String f = Stats.FUNCTIONS[k] + "(" + range + ")";
        if (k == 4) {
            kit.formula(row, col, f, (double) s.count(), kit.styles.integer, 6);
            return;
        }
        String formula = "IF(COUNT(" + range + ")=0,\"—\"," + f + ")";
        double v = s.value(k);
        CellStyle style = kit.styles.plain(format(ind.kind(), k, v, medianMarker));
        var cell = kit.formula(row, col, formula, s.count() == 0 ? null : v, style, 11);
        if (s.count() == 0) {
            cell.setCellValue("—");
        }
    }

    /** Mean with one decimal; the others with decimals only when they have some; the median keeps its marker. */
    static String format(IndicatorKind kind, int k, double v, String medianMarker) {
        if (kind == IndicatorKind.RATE) {
            return ExcelValues.format(kind, k == 0 ? medianMarker : "", false);
        }
        if (k == 1) {
            return "#,##0.0";
        }
        boolean fractional = !Double.isNaN(v) && v != Math.rint(v);
        return ExcelValues.format(kind, k == 0 ? medianMarker : "", fractional);
    }
}

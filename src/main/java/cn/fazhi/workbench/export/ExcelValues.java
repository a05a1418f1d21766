package cn.fazhi.workbench.export;

import cn.fazhi.workbench.model.IndicatorKind;

import java.math.BigDecimal;

/** Numbers as the workbook holds them. */
final class ExcelValues {
    private ExcelValues() {
    }

    /**
     * Rates go to Excel as fractions (98.8 % is 0.988) so that percentage formats and formulas work. The
     * decimal point is moved in decimal, not by dividing a double, so 89.6 % is 0.896 and not
     * 0.8959999999999999.
     */
    static double of(BigDecimal v, IndicatorKind kind) {
        return kind == IndicatorKind.RATE ? v.movePointLeft(2).doubleValue() : v.doubleValue();
    }

    /** A catalogue threshold (a percentage for rates) as the sheet holds it. */
    static double threshold(double v, IndicatorKind kind) {
        return of(BigDecimal.valueOf(v), kind);
    }

    /** The body of a number format: thousands for counts, one decimal for rates, decimals only when there are some. */
    static String format(IndicatorKind kind, String marker, boolean fractional) {
        String body = kind == IndicatorKind.RATE ? "0.0%" : fractional ? "#,##0.0#" : "#,##0";
        return marker == null || marker.isEmpty() ? body : "\"" + marker + "\"" + body;
    }

    static boolean fractional(BigDecimal v) {
        return v != null && v.stripTrailingZeros().scale() > 0;
    }
}

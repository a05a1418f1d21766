package cn.fazhi.workbench.ui.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;

/**
 * The one way the workbench writes a figure, on every screen: counts with thousands separators
 * (7,352 件), rates with one decimal (98.8%), the qualifier's marker in front (≥4,868, 约1,200),
 * differences with their sign (+1,234; +2.3个百分点).
 */
public final class Numbers {
    private static final ThreadLocal<DecimalFormat> COUNT = ThreadLocal.withInitial(() -> new DecimalFormat("#,##0.##"));
    private static final ThreadLocal<DecimalFormat> RATE = ThreadLocal.withInitial(() -> new DecimalFormat("0.0"));

    private Numbers() {
    }

    /** The figure as a table cell shows it: marker + number (+ % for rates); units stand in the header. */
    public static String figure(BigDecimal value, boolean rate, String marker) {
        if (value == null) {
            return "—";
        }
        return (marker == null ? "" : marker) + (rate ? RATE.get().format(value) + "%" : COUNT.get().format(value));
    }

    /** The figure with its unit, where no header says it: "7,352 件", "98.8%". */
    public static String withUnit(BigDecimal value, boolean rate, String marker, String unit) {
        String f = figure(value, rate, marker);
        return rate || unit == null || unit.isEmpty() || value == null ? f : f + " " + unit;
    }

    /** A difference (from the median, from last year): "+1,234", "−56", "+2.3个百分点" for rates. */
    public static String difference(BigDecimal d, boolean rate) {
        if (d == null) {
            return "—";
        }
        String sign = d.signum() > 0 ? "+" : d.signum() < 0 ? "−" : "";
        String n = rate ? RATE.get().format(d.abs()) : COUNT.get().format(d.abs());
        return sign + n + (rate ? I18n.tr("number.points") : "");
    }
}

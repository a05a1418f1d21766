package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Jurisdiction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One indicator across the province as a strip plot: one strip per 地市 (code order) with a dot per
 * county that states the figure, and the strip's quartiles and median for a box. Pure data, no JavaFX:
 * made off the FX thread, and the drawing and hit-testing work on {@link #x} and {@link #y}, so both can be
 * tested without a window.
 *
 * @param strips the 地市 with at least one stated figure, in code order
 * @param min    the lowest stated figure (the left end of the axis)
 * @param max    the highest stated figure (the right end)
 */
record Distribution(List<Strip> strips, double min, double max) {
    /** Height of one strip in pixels; the label column's width. */
    static final double STRIP = 26;
    static final double LABEL = 150;
    static final double MARGIN = 16;

    /** One county's dot: which jurisdiction (column of the comparison), its figure and how it reads. */
    record Dot(int jurisdiction, String fullName, double value, String text) {
    }

    /** One 地市: its dots (by value) and its quartiles. */
    record Strip(String name, List<Dot> dots, double q1, double median, double q3) {
    }

    static final Distribution EMPTY = new Distribution(List.of(), 0, 0);

    /** The strips of indicator {@code i} of {@code t}; {@code text} words a cell (number with marker and unit). */
    static Distribution of(ComparisonTable t, int i, java.util.function.Function<Cell, String> text) {
        Map<String, List<Dot>> byCity = new LinkedHashMap<>();
        List<Integer> order = DashboardChoices.inCodeOrder(t);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int j : order) {
            Cell c = t.cell(j, i);
            if (c.missing()) {
                continue; // not stated is not zero: no dot
            }
            Jurisdiction jur = t.jurisdictions().get(j);
            double v = c.value().doubleValue();
            min = Math.min(min, v);
            max = Math.max(max, v);
            byCity.computeIfAbsent(DashboardChoices.cityKey(jur), k -> new ArrayList<>()).add(new Dot(j, jur.fullName(), v, text.apply(c)));
        }
        if (byCity.isEmpty()) {
            return EMPTY;
        }
        List<Strip> strips = new ArrayList<>();
        for (var e : byCity.entrySet()) {
            List<Dot> dots = new ArrayList<>(e.getValue());
            dots.sort(java.util.Comparator.comparingDouble(Dot::value));
            double[] v = dots.stream().mapToDouble(Dot::value).toArray();
            strips.add(new Strip(e.getKey(), List.copyOf(dots), quantile(v, 0.25), quantile(v, 0.5), quantile(v, 0.75)));
        }
        return new Distribution(List.copyOf(strips), min, max);
    }

    /** Linear interpolation between the closest ranks of a sorted array. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 1) {
            return sorted[0];
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /** The x of a figure on a plot {@code width} pixels wide (label column on the left). */
    double x(double value, double width) {
        double plot = Math.max(1, width - LABEL - 2 * MARGIN);
        double span = max - min;
        return LABEL + MARGIN + (span == 0 ? plot / 2 : (value - min) / span * plot);
    }

    /** The y of dot {@code k} of strip {@code s}: spread a little up and down, so equal figures stay apart. */
    static double y(int s, int k) {
        double[] offsets = {0, -6, 6, -3, 3, -9, 9};
        return s * STRIP + STRIP / 2 + offsets[k % offsets.length];
    }

    /** The dot under the mouse (within 5 pixels), or null. */
    Dot dotAt(double mx, double my, double width) {
        int s = (int) Math.floor(my / STRIP);
        if (s < 0 || s >= strips.size()) {
            return null;
        }
        List<Dot> dots = strips.get(s).dots();
        Dot best = null;
        double bestDistance = 25; // 5 pixels, squared
        for (int k = 0; k < dots.size(); k++) {
            double dx = x(dots.get(k).value(), width) - mx;
            double dy = y(s, k) - my;
            double d = dx * dx + dy * dy;
            if (d <= bestDistance) {
                bestDistance = d;
                best = dots.get(k);
            }
        }
        return best;
    }

    double height() {
        return strips.size() * STRIP;
    }

    int dots() {
        return Arrays.stream(strips.toArray(Strip[]::new)).mapToInt(s -> s.dots().size()).sum();
    }
}

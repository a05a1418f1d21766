package cn.fazhi.workbench.export;

import java.util.Arrays;

/**
 * The statistics of a range as Excel computes them (MEDIAN, AVERAGE, MIN, MAX, COUNT over the numbers),
 * worked out here only to store each formula's value with it.
 */
record Stats(int count, double median, double mean, double min, double max, double sum) {
    static Stats of(double[] values, int n) {
        if (n == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double[] v = Arrays.copyOf(values, n);
        Arrays.sort(v);
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        return new Stats(n, median, sum / n, v[0], v[n - 1], sum);
    }

    /** The formula names, in the order of the statistics columns. */
    static final String[] FUNCTIONS = {"MEDIAN", "AVERAGE", "MIN", "MAX", "COUNT"};
    static final String[] NAMES = {"中位数", "平均值", "最小值", "最大值", "披露数"};

    double value(int k) {
        return switch (k) {
            case 0 -> median;
            case 1 -> mean;
            case 2 -> min;
            case 3 -> max;
            default -> count;
        };
    }
}

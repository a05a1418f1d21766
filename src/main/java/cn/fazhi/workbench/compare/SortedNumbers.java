package cn.fazhi.workbench.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Order statistics on an ascending column: where a value falls (ranks, fifths, tiles) and the median. */
public final class SortedNumbers {
    private SortedNumbers() {
    }

    /** Index of the first element not less than {@code v} in an ascending array (ranks, fifths). */
    public static int lowerBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first element greater than {@code v} in an ascending array. */
    public static int upperBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The middle of an ascending list, or the mean of its two middle elements (to four places). */
    public static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}

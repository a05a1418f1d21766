package cn.fazhi.workbench.compare;

import java.math.BigDecimal;

/**
 * Statistics of one indicator over the selection (missing values left out).
 *
 * @param medianMarker "≥"/"约"/"≤" when the median is (or is built from) such a figure, "" otherwise
 */
public record IndicatorStats(int count, BigDecimal mean, BigDecimal median, BigDecimal min, BigDecimal max,
                             String medianMarker) {
    static final IndicatorStats EMPTY = new IndicatorStats(0, null, null, null, null, "");
}

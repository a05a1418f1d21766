package cn.fazhi.workbench.compare;

import java.math.BigDecimal;

/** Statistics of one indicator over the selection (missing values left out). */
public record IndicatorStats(int count, BigDecimal mean, BigDecimal median, BigDecimal min, BigDecimal max) {
    static final IndicatorStats EMPTY = new IndicatorStats(0, null, null, null, null);
}

package cn.fazhi.workbench.compare;

import cn.fazhi.workbench.model.IndicatorValue;

import java.math.BigDecimal;

/** Numbers as people read them: 300 rather than 3E+2 or 300.0. */
final class IndicatorValueNumbers {
    private IndicatorValueNumbers() {
    }

    static BigDecimal plain(BigDecimal v) {
        return IndicatorValue.plain(v);
    }
}

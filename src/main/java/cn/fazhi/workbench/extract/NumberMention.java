package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Qualifier;

import java.math.BigDecimal;

/**
 * A number found in normalised text, with its unit and qualifier.
 *
 * @param start     start of the whole mention, including a leading qualifier word (约, 超过) or 百分之
 * @param end       end of the mention, including unit and trailing qualifier (以上)
 * @param numStart  start of the digits
 * @param value     absolute value (万/亿 applied)
 * @param unit      unit as written (件, %, 个百分点...), or null when none follows
 * @param qualifier exact, more than...
 * @param kind      what sort of number this is
 */
public record NumberMention(int start, int end, int numStart, BigDecimal value, String unit, Qualifier qualifier,
                            Kind kind) {
    public enum Kind {
        /** A figure that may be an indicator value. */
        VALUE,
        /** A calendar year (2022年, 二〇二二年). */
        YEAR,
        /** Part of a date or time, a range bound or a code: never a value. */
        DATE_OR_CODE
    }

    public boolean isPercent() {
        return "%".equals(unit);
    }

    public boolean isValue() {
        return kind == Kind.VALUE;
    }
}

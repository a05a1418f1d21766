package cn.fazhi.workbench.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One figure for one indicator in one report, with its provenance.
 *
 * @param indicator  catalogue code, e.g. mediation.disputes
 * @param value      absolute number (57.95万件 is 579500); percentages as 0-100
 * @param unit       unit as the catalogue states it (件, %, 卷...)
 * @param qualifier  exact, more than, at least...
 * @param derived    computed from other stated values rather than stated
 * @param section    the block of the report it was found in
 * @param evidence   sentence and offsets; for derived values the sentence of the first input
 * @param confidence 0..1, how sure the rules are that this is the right figure
 * @param flags      e.g. "inconsistent", "other_body", "multi_period"
 * @param derivedFrom codes of the indicators a derived value was computed from; empty when stated
 */
public record IndicatorValue(String indicator, BigDecimal value, String unit, Qualifier qualifier,
                             boolean derived, Section section, Evidence evidence, double confidence,
                             List<String> flags, List<String> derivedFrom) {
    public IndicatorValue {
        value = plain(value);
        flags = List.copyOf(flags);
        derivedFrom = List.copyOf(derivedFrom);
    }

    /** 750 rather than 7.5E+2 or 750.0: the form people and JSON readers expect. */
    public static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    public IndicatorValue withFlag(String flag) {
        if (flags.contains(flag)) {
            return this;
        }
        List<String> more = new java.util.ArrayList<>(flags);
        more.add(flag);
        return new IndicatorValue(indicator, value, unit, qualifier, derived, section, evidence, confidence,
                more, derivedFrom);
    }
}

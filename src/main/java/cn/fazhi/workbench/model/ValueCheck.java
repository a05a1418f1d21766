package cn.fazhi.workbench.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a figure can be an indicator value at all: a finite number of a sane size, not negative, a rate
 * in percent at most 100, a count a whole number. Used at the door (a person's correction or addition) and
 * before a comparison, which leaves out any stored value that fails (it could only have got there by hand).
 */
public final class ValueCheck {
    /** No county, city or province reports a trillion of anything. */
    public static final BigDecimal MAX = new BigDecimal("1000000000000");
    /** Reports state at most a few decimals; more is a typing error. */
    public static final int MAX_DECIMALS = 6;

    public enum Problem {
        NOT_A_NUMBER, TOO_LARGE, TOO_PRECISE, NEGATIVE, RATE_ABOVE_100, NOT_WHOLE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private ValueCheck() {
    }

    /** Reads a number as a person typed it (1234, 1,234, 98.5, 98.5%); empty when it is not a finite number. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().replace(",", "").replace("，", "");
        if (s.endsWith("%") || s.endsWith("％")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.isEmpty() || s.length() > 60) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(s));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /**
     * What is wrong with {@code value} for an indicator of {@code kind} (null when unknown) in {@code unit}.
     * {@code wholeCounts} also refuses a count with decimals (at the door; a stored one is left in the table).
     */
    public static Optional<Problem> check(BigDecimal value, String unit, IndicatorKind kind, boolean wholeCounts) {
        if (value == null) {
            return Optional.of(Problem.NOT_A_NUMBER);
        }
        if (value.abs().compareTo(MAX) > 0) {
            return Optional.of(Problem.TOO_LARGE);
        }
        if (value.signum() < 0) {
            return Optional.of(Problem.NEGATIVE);
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > MAX_DECIMALS) {
            return Optional.of(Problem.TOO_PRECISE);
        }
        boolean percent = "%".equals(unit) || "％".equals(unit) || (unit == null && kind == IndicatorKind.RATE);
        if (percent && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            return Optional.of(Problem.RATE_ABOVE_100);
        }
        if (wholeCounts && kind == IndicatorKind.COUNT && !percent && plain.scale() > 0) {
            return Optional.of(Problem.NOT_WHOLE);
        }
        return Optional.empty();
    }

    /** The problem in plain English, for the command line and the log. */
    public static String describe(Problem p) {
        return switch (p) {
            case NOT_A_NUMBER -> "the value is not a number (write digits, e.g. 7353 or 98.5)";
            case TOO_LARGE -> "the value is far too large for a report figure (at most 1,000,000,000,000)";
            case TOO_PRECISE -> "the value has more than " + MAX_DECIMALS + " decimals";
            case NEGATIVE -> "the value cannot be negative";
            case RATE_ABOVE_100 -> "a rate in percent cannot be above 100";
            case NOT_WHOLE -> "a count must be a whole number";
        };
    }
}

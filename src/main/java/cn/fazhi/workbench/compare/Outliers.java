package cn.fazhi.workbench.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which figures of one indicator across a province's reports deserve a look: far from the others (ten times
 * the median or a tenth of it, or a robust z-score beyond 3.5 — the Iglewicz–Hoaglin rule, which a single
 * wild figure cannot mask the way it masks a mean and standard deviation), or far from the same
 * jurisdiction's previous year. A flag asks for a look; it never changes or drops a figure. Pure arithmetic.
 * <p>
 * Counts are judged on a log scale (a county ten times another's size states ten times the cases: 10× and
 * ÷10 are equally far), rates in points, and a rate within {@link #RATE_MIN_POINTS} of the median is never
 * far. Outliers are the few: when a rule would flag more than {@link #MAX_SHARE} of the figures (at least
 * {@link #MIN_ALLOWED}), the figures are of two kinds (say, a group of reports that state another total), not a
 * few wild ones, and the rule flags none of them — flagging a third of a table points at nothing
 * (decision 0027).
 */
public final class Outliers {
    /** Fewer figures than this make no distribution to judge against. */
    public static final int MIN_FIGURES = 5;
    /** How many times the median (or what fraction of it) is "far". */
    public static final double MEDIAN_FACTOR = 10;
    /** |robust z| beyond this is an outlier (Iglewicz and Hoaglin 1993). */
    public static final double ROBUST_Z = 3.5;
    /** A count this many times its previous year's (or this fraction of it) is a jump. */
    public static final double YEAR_FACTOR = 5;
    /** A rate (in %) that moved more than this many points since the previous year is a jump. */
    public static final double RATE_POINTS = 30;
    /** A rate this close to the median (in points) is not far, however tightly the others agree. */
    public static final double RATE_MIN_POINTS = 10;
    /** A distribution rule that would flag more than this share of the figures flags none. */
    public static final double MAX_SHARE = 0.10;
    /** ...but it may always flag this many. */
    public static final int MIN_ALLOWED = 2;

    private Outliers() {
    }

    /** Why a figure is flagged. */
    public enum Flag {
        /** At least ten times the median of the province's figures. */
        TEN_TIMES_MEDIAN,
        /** At most a tenth of the median. */
        TENTH_OF_MEDIAN,
        /** Robust z-score beyond 3.5 (median and median absolute deviation). */
        ROBUST_Z,
        /** Five times or a fifth of the jurisdiction's previous year (rates: over 30 points apart). */
        YEAR_JUMP;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One jurisdiction's figure.
     *
     * @param key      what the caller knows it by (a jurisdiction, a value id)
     * @param value    this year's figure
     * @param previous the same jurisdiction's figure of the previous year, or null
     */
    public record Figure(String key, BigDecimal value, BigDecimal previous) {
    }

    /**
     * The flags of every figure, in the order given (an empty set: nothing to look at). {@code rate} says
     * the figures are percentages (a year's jump is then measured in points, not as a ratio).
     */
    public static Map<String, Set<Flag>> flag(List<Figure> figures, boolean rate) {
        List<Double> xs = figures.stream().map(f -> f.value().doubleValue()).toList();
        boolean distribution = xs.size() >= MIN_FIGURES;
        double median = distribution ? median(xs) : Double.NaN;
        // the robust z on the scale the figures vary on: points for rates, orders of magnitude for counts
        List<Double> scaled = rate ? xs : xs.stream().filter(x -> x > 0).map(Math::log10).toList();
        double center = scaled.size() >= MIN_FIGURES ? median(scaled) : Double.NaN;
        double mad = scaled.size() >= MIN_FIGURES ? median(scaled.stream().map(x -> Math.abs(x - center)).toList()) : Double.NaN;
        Map<String, Set<Flag>> out = new LinkedHashMap<>();
        int allowed = Math.max(MIN_ALLOWED, (int) Math.floor(MAX_SHARE * xs.size()));
        int farFromMedian = 0;
        int farByZ = 0;
        for (Figure f : figures) {
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            double x = f.value().doubleValue();
            if (distribution && median > 0) {
                if (x >= MEDIAN_FACTOR * median) {
                    flags.add(Flag.TEN_TIMES_MEDIAN);
                } else if (x <= median / MEDIAN_FACTOR) {
                    flags.add(Flag.TENTH_OF_MEDIAN);
                }
            }
            if (mad > 0 && (rate || x > 0) && Math.abs(0.6745 * ((rate ? x : Math.log10(x)) - center) / mad) > ROBUST_Z
                    && (!rate || Math.abs(x - median) >= RATE_MIN_POINTS)) {
                flags.add(Flag.ROBUST_Z);
            }
            farFromMedian += flags.contains(Flag.TEN_TIMES_MEDIAN) || flags.contains(Flag.TENTH_OF_MEDIAN) ? 1 : 0;
            farByZ += flags.contains(Flag.ROBUST_Z) ? 1 : 0;
            if (f.previous() != null && jump(x, f.previous().doubleValue(), rate)) {
                flags.add(Flag.YEAR_JUMP);
            }
            out.put(f.key(), flags);
        }
        if (farFromMedian > allowed) {
            out.values().forEach(flags -> flags.removeAll(EnumSet.of(Flag.TEN_TIMES_MEDIAN, Flag.TENTH_OF_MEDIAN)));
        }
        if (farByZ > allowed) {
            out.values().forEach(flags -> flags.remove(Flag.ROBUST_Z));
        }
        return out;
    }

    /** The median of the figures (the mean of the middle two for an even count). */
    public static double median(List<Double> xs) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(xs);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static boolean jump(double now, double before, boolean rate) {
        if (rate) {
            return Math.abs(now - before) > RATE_POINTS;
        }
        if (before <= 0 || now <= 0) {
            return false; // a zero says nothing about scale; the distribution rules still apply
        }
        return now >= YEAR_FACTOR * before || now <= before / YEAR_FACTOR;
    }
}

package cn.fazhi.workbench.extract;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Periods written by the headings above the nearest one: "一、2022年度法治政府建设情况" over "（一）行政复议" over
 * "全县收到行政复议申请148件。", or "一、上半年工作情况" over a sub-heading. The sentence's own year or period words
 * still win, as they do over the nearest heading; only periods that rule a figure out (another year, part of the
 * year) are taken from higher up, at most three levels.
 */
final class HeadingPeriods {
    private static final int LEVELS_UP = 3;

    private HeadingPeriods() {
    }

    /** Another year (or a later year's plan) a parent heading writes, or null. */
    static String ofParents(String text, String heading, int sentenceStart, String periodWords, Scope scope) {
        return nearestParentsPeriod(text, heading, sentenceStart,
                parent -> FigurePeriod.of(periodWords, parent, true, scope),
                period -> FigurePeriod.rulesOut(period) && !"multi_period".equals(period));
    }

    /** Part of the year a parent heading writes ("一、上半年工作情况"), or null. */
    static String spanOfParents(String text, String heading, int sentenceStart, String periodWords, Integer reportYear) {
        return nearestParentsPeriod(text, heading, sentenceStart,
                parent -> Periods.span(periodWords, parent, reportYear), Periods.PARTIAL::equals);
    }

    /**
     * Walks up from {@code heading} through at most {@link #LEVELS_UP} parent headings to the first that writes a
     * period ({@code read} not null): that period if {@code rulesOut} keeps it, else null (a nearer heading's period
     * that does not rule a figure out hides those further up).
     */
    private static String nearestParentsPeriod(String text, String heading, int sentenceStart,
                                               Function<String, String> read, Predicate<String> rulesOut) {
        String child = heading;
        int childStart = text.lastIndexOf(heading, sentenceStart);
        for (int i = 0; i < LEVELS_UP && childStart >= 0; i++) {
            String parent = HeadingSubjects.parentHeading(text, child, childStart, true);
            if (parent.isEmpty()) {
                return null;
            }
            String period = read.apply(parent);
            if (period != null) {
                return rulesOut.test(period) ? period : null;
            }
            childStart = text.lastIndexOf(parent, childStart);
            child = parent;
        }
        return null;
    }
}

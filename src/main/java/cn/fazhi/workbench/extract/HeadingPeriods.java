package cn.fazhi.workbench.extract;

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
        String child = heading;
        int childStart = text.lastIndexOf(heading, sentenceStart);
        for (int i = 0; i < LEVELS_UP && childStart >= 0; i++) {
            String parent = HeadingSubjects.parentHeading(text, child, childStart, true);
            if (parent.isEmpty()) {
                return null;
            }
            String period = FigurePeriod.of(periodWords, parent, true, scope);
            if (period != null) {
                return FigurePeriod.rulesOut(period) && !"multi_period".equals(period) ? period : null;
            }
            childStart = text.lastIndexOf(parent, childStart);
            child = parent;
        }
        return null;
    }

    /** Part of the year a parent heading writes ("一、上半年工作情况"), or null. */
    static String spanOfParents(String text, String heading, int sentenceStart, String periodWords, Integer reportYear) {
        String child = heading;
        int childStart = text.lastIndexOf(heading, sentenceStart);
        for (int i = 0; i < LEVELS_UP && childStart >= 0; i++) {
            String parent = HeadingSubjects.parentHeading(text, child, childStart, true);
            if (parent.isEmpty()) {
                return null;
            }
            String span = Periods.span(periodWords, parent, reportYear);
            if (span != null) {
                return Periods.PARTIAL.equals(span) ? span : null;
            }
            childStart = text.lastIndexOf(parent, childStart);
            child = parent;
        }
        return null;
    }
}

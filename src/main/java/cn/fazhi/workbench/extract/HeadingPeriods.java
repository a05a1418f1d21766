package cn.fazhi.workbench.extract;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

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

    /**
     * A span a heading names by its length or its start ("一、“十四五”以来主要成效", "一、近三年工作回顾", "一、2021年以来
     * 法治政府建设成效"); not the loose "近年来", "多年来", which open many a heading over the year's own work.
     */
    private static final Pattern NAMED_SPAN = Pattern.compile(
            "\\d{4}年度?(?:以来|来|至今)|\\d{4}\\s*年?\\s*[-—–~至到]\\s*\\d{4}年|[一二三四五]五[”\"]*(?:期间|以来|时期)"
                    + "|近[两三四五六七八九十\\d]+年|[两三四五六七八九十]年(?:来|以来|间)|本届[^，,；;。]{0,6}以来|换届以来");

    /** The sentence writes one year itself ("全年共收到…"): a span above does not cover it, another year above does. */
    private static final Pattern ONE_YEAR_WRITTEN = Pattern.compile("全年|本年|今年|年内|当年|一年来");

    /**
     * Another year (or a later year's plan) a parent heading writes, or a span it names (several years), or null.
     */
    static String ofParents(String text, String heading, int headingStart, String periodWords, Scope scope) {
        String[] spanNamed = {null};
        String period = nearestParentsPeriod(text, heading, headingStart,
                parent -> {
                    String p = FigurePeriod.of(periodWords, parent, true, scope);
                    if ("multi_period".equals(p)) {
                        spanNamed[0] = parent;
                    }
                    return p;
                },
                p -> FigurePeriod.rulesOut(p) && (!"multi_period".equals(p)
                        || NAMED_SPAN.matcher(spanNamed[0]).find() && !ONE_YEAR_WRITTEN.matcher(periodWords).find()));
        return period;
    }

    /** Part of the year a parent heading writes ("一、上半年工作情况"), or null. */
    static String spanOfParents(String text, String heading, int headingStart, String periodWords, Integer reportYear) {
        return nearestParentsPeriod(text, heading, headingStart,
                parent -> Periods.span(periodWords, parent, reportYear), Periods.PARTIAL::equals);
    }

    /**
     * Walks up from {@code heading} through at most {@link #LEVELS_UP} parent headings to the first that writes a
     * period ({@code read} not null): that period if {@code rulesOut} keeps it, else null (a nearer heading's period
     * that does not rule a figure out hides those further up).
     */
    private static String nearestParentsPeriod(String text, String heading, int headingStart,
                                               Function<String, String> read, Predicate<String> rulesOut) {
        HeadingSubjects.Line child = new HeadingSubjects.Line(heading, headingStart);
        for (int i = 0; i < LEVELS_UP && child.start() >= 0; i++) {
            HeadingSubjects.Line parent = HeadingSubjects.parentHeadingLine(text, child, true);
            if (parent == null) {
                return null;
            }
            String period = read.apply(parent.text());
            if (period != null) {
                return rulesOut.test(period) ? period : null;
            }
            child = parent;
        }
        return null;
    }
}

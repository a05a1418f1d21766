package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a figure's sentence, or the heading above it, gives the figure. Two rules of the language sit
 * here beside the plain reading of {@link IndicatorMatcher#period}:
 * <ul>
 * <li>A sentence that writes the reporting year itself ("2022年，全市…") decides its own period: a heading's
 * "去年…" or "2018年以来…" does not override it.</li>
 * <li>"去年", "上年" are counted from the day the text was written. In a report that is the reporting year's
 * successor or the year itself, which the report's own words settle elsewhere; in loose text (a news item
 * written early the next year: "去年全市共审结…") nobody can tell from the sentence, so the figure is doubted
 * (a person decides), not dropped as another year.</li>
 * </ul>
 */
final class FigurePeriod {
    /** "2022年", "2022年度" not opening a span ("2022年以来", "2022年至今", "2022年5月"). */
    private static final Pattern YEAR_WRITTEN = Pattern.compile(
            "(\\d{4})年(?:度)?(?!以来|来|至|到|\\s*[-—–~]|\\d{1,2}月|前)");
    /** Last year named relative to the day of writing. */
    private static final Pattern LAST_YEAR = Pattern.compile("去年|上一?年(?!度?同期|度?结转|度?未)");

    private FigurePeriod() {
    }

    /**
     * The period flag of a figure (null: the reporting year as far as the words say).
     *
     * @param headingCovers the heading stands above the sentence and may give it a period
     */
    static String of(String beforeInSentence, String heading, boolean headingCovers, Scope scope) {
        Integer year = scope.year();
        String period = IndicatorMatcher.period(beforeInSentence, year);
        String source = beforeInSentence;
        if (period == null && headingCovers && !namesYear(beforeInSentence, year)) {
            period = IndicatorMatcher.period(heading, year);
            source = heading;
        }
        if ("other_year".equals(period) && !scope.insideReport() && onlyLastYear(source, year)) {
            return Periods.UNCLEAR;
        }
        return period;
    }

    /** The flag rules the figure out (the others only cast doubt). */
    static boolean rulesOut(String period) {
        return period != null && !Periods.UNCLEAR.equals(period);
    }

    static boolean namesYear(String words, Integer year) {
        if (year == null) {
            return false;
        }
        Matcher m = YEAR_WRITTEN.matcher(words);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == year) {
                return true;
            }
        }
        return false;
    }

    /** "去年" is what makes the words another year: without it they would name no other period. */
    private static boolean onlyLastYear(String words, Integer year) {
        Matcher last = LAST_YEAR.matcher(words);
        return last.find() && IndicatorMatcher.period(last.replaceAll(""), year) == null;
    }
}

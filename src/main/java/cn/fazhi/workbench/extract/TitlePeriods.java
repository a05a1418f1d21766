package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report whose title covers part of the year ("关于安吉县2023年前三季度法治政府建设工作情况的报告", "…2023年上半年…
 * 报告", "…2023年1-11月…汇报"): its 今年以来, 截至目前 and figures without a period of their own are that part's, not
 * the year's, and they are ruled out as the partial periods written in a sentence are. A title that
 * also names the whole year (年度, 全年, or a year without a part: "2023年工作总结暨2024年上半年工作安排") is left alone.
 */
final class TitlePeriods {
    private TitlePeriods() {
    }

    private static final Pattern PART_OF_A_YEAR = Pattern.compile(
            "\\d{4}\\s*年\\s*(?:上半年|前三季度|前[两二三]个?季度|第?[一二三1-3]季度|1\\s*(?:月份?)?\\s*(?:[-—–~]|至|到)\\s*(?:[1-9]|1[01])\\s*月"
                    + "|前(?:[一两二三四五六七八九十]|十一|\\d{1,2})个月)");
    private static final Pattern WHOLE_YEAR = Pattern.compile("年度|全年");
    private static final Pattern A_YEAR = Pattern.compile("\\d{4}\\s*年");

    /**
     * The words of the title that limit the report to part of its year, or null: every year the title writes must
     * be limited so ("2023年工作总结暨2024年上半年工作安排" reviews the whole of 2023).
     */
    static String partOfTheYear(String title) {
        if (title == null || WHOLE_YEAR.matcher(title).find()) {
            return null;
        }
        Matcher m = PART_OF_A_YEAR.matcher(title);
        if (!m.find()) {
            return null;
        }
        String part = m.group();
        Matcher y = A_YEAR.matcher(title);
        while (y.find()) {
            if (!PART_OF_A_YEAR.matcher(title).region(y.start(), title.length()).lookingAt()) {
                return null;
            }
        }
        return part;
    }

    /** {@code span} when a figure's words or notes gave one, else a partial period when the report's title limits it. */
    static String orTheTitles(String span, Scope scope) {
        if (span != null || !scope.insideReport() || scope.authors() == null) {
            return span;
        }
        return partOfTheYear(scope.authors().title()) != null ? Periods.PARTIAL : null;
    }
}

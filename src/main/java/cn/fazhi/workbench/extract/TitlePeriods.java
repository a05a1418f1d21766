package cn.fazhi.workbench.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report whose title covers part of a year ("关于安吉县2023年前三季度法治政府建设工作情况的报告", "…2023年上半年…",
 * "…2023年1-11月…") or several years ("关于安吉县2021—2023年法治政府建设情况的报告", "…2019年以来…", "…“十四五”以来…",
 * "…近三年…"): its 今年以来, 截至目前 and figures without a period of their own are that span's, not one year's, and they
 * are ruled out as the same periods written in a sentence are (a sentence of a report of several years that writes the
 * reporting year keeps it). A title that also names one whole year (年度, 全年, or a
 * year no span limits: "2023年工作总结暨2024年上半年工作安排") is left alone.
 */
final class TitlePeriods {
    private TitlePeriods() {
    }

    private static final Pattern PART_OF_A_YEAR = Pattern.compile(
            "\\d{4}\\s*年\\s*(?:上半年|前三季度|前[两二三]个?季度|第?[一二三1-3]季度|1\\s*(?:月份?)?\\s*(?:[-—–~]|至|到)\\s*(?:[1-9]|1[01])\\s*月"
                    + "|前(?:[一两二三四五六七八九十]|十一|\\d{1,2})个月)");
    private static final Pattern SEVERAL_YEARS = Pattern.compile(
            "\\d{4}\\s*年?\\s*(?:[-—–~]|至|到)\\s*\\d{4}\\s*年|\\d{4}\\s*年以来|近[两二三四五六七八九十]年|[两二三四五六七八九十]年来"
                    + "|[“\"]?十[一二三四五六]五[”\"]?(?:以来|期间|时期)");
    private static final Pattern WHOLE_YEAR = Pattern.compile("年度|全年");
    private static final Pattern A_YEAR = Pattern.compile("\\d{4}\\s*年?");

    /** The span a title limits its report to, with its words; null when the title is about one whole year. */
    record Span(String period, String words) {
    }

    static Span of(String title) {
        if (title == null || WHOLE_YEAR.matcher(title).find()) {
            return null;
        }
        List<int[]> limited = new ArrayList<>();
        Span first = null;
        for (Pattern p : new Pattern[]{PART_OF_A_YEAR, SEVERAL_YEARS}) {
            Matcher m = p.matcher(title);
            while (m.find()) {
                limited.add(new int[]{m.start(), m.end()});
                if (first == null) {
                    first = new Span(p == PART_OF_A_YEAR ? Periods.PARTIAL : "multi_period", m.group());
                }
            }
        }
        if (first == null) {
            return null;
        }
        Matcher y = A_YEAR.matcher(title);
        while (y.find()) {
            int at = y.start();
            if (limited.stream().noneMatch(r -> r[0] <= at && at < r[1])) {
                return null; // a year of its own beside the span: the report is about that year
            }
        }
        return first;
    }

    /**
     * {@code span} when a figure's words or notes gave one, else the span the report's title limits it to — except, in
     * a report of several years, for a figure whose words write the reporting year ("2023年，全县共办理…": that year's).
     */
    static String orTheTitles(String span, String periodWords, Scope scope) {
        if (span != null || !scope.insideReport() || scope.authors() == null) {
            return span;
        }
        Span t = of(scope.authors().title());
        if (t == null || "multi_period".equals(t.period()) && FigurePeriod.namesYear(periodWords, scope.year())) {
            return null;
        }
        return t.period();
    }
}

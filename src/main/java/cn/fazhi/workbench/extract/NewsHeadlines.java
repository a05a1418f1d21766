package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news item's headline that states the figure itself with the county and the year ("安吉县2023年调解矛盾纠纷4120件"
 * over "全县各级人民调解组织共调解矛盾纠纷4120件…"): the body repeats the headline's figure, so the headline's county and
 * year are the figure's, though the body's sentence says them no more.
 */
final class NewsHeadlines {
    private NewsHeadlines() {
    }

    /**
     * Words between the headline's year and its figure that make the figure not the county's whole year: a part of
     * the year, a span, an average, a target, a change, a part, a town or a street.
     */
    private static final Pattern NOT_THE_WHOLE_YEAR = Pattern.compile(
            "季度|半年|[月旬]|以来|累计|近|年均|平均|每|力争|目标|计划|预计|同比|增长|增加|减少|下降|其中|[镇乡村]|街道|社区|园区|开发区");
    /** Words in the body before the figure that name a part of the county: a town, a street, a village. */
    private static final Pattern PLACE_IN_BODY = Pattern.compile("[镇乡村]|街道|社区|园区|开发区");

    /** What the figure's words end with, past 共, 达, 为 (four characters: "矛盾纠纷", "援助案件", "复议申请"). */
    private static final Pattern WORDS_BEFORE = Pattern.compile("([\\u4e00-\\u9fa5]{4})(?:共计|共|达到|达|为|是)?\\s*$");

    /**
     * The figure's own words right before it: the headline must state the same ones, so a headline's 236件 of
     * reconsideration is not a body's 236件 of mediation ("" when none: nothing to compare, no match).
     */
    private static String lastWords(String beforeInSentence) {
        java.util.regex.Matcher w = WORDS_BEFORE.matcher(beforeInSentence);
        return w.find() ? w.group(1) : "\u0000";
    }

    /**
     * The headline (the page's title) opens with the jurisdiction's full name and the page's year, in either order
     * ("安吉县2023年…", "安吉县：2023年…", "2023年安吉县…"), then only words, then this very figure with its unit; and the
     * body's words before the figure name no town or street.
     */
    static boolean statesTheFigure(Scope scope, NumberMention m, String beforeInSentence) {
        String own = scope.ownName();
        Integer year = scope.year();
        String title = scope.insideReport() || scope.authors() == null ? null : scope.authors().title();
        if (own == null || own.length() < 2 || year == null || title == null || m.isPercent()
                || PLACE_IN_BODY.matcher(beforeInSentence).find()) {
            return false;
        }
        Pattern opening = Pattern.compile("^\\s*(?:" + Pattern.quote(own) + "[：:\\s]*" + year + "年度?|" + year + "年度?[：:，,\\s]*"
                + Pattern.quote(own) + ")[：:\\s]*(?:全年)?([\\u4e00-\\u9fa5“”\"]{2,20})$");
        for (NumberMention t : NumberParser.parse(title)) {
            if (t.value().compareTo(m.value()) != 0 || !java.util.Objects.equals(t.unit(), m.unit())) {
                continue;
            }
            java.util.regex.Matcher o = opening.matcher(title.substring(0, t.start()));
            if (o.find() && !NOT_THE_WHOLE_YEAR.matcher(o.group(1)).find()
                    && o.group(1).contains(lastWords(beforeInSentence))) {
                return true;
            }
        }
        return false;
    }

    /** A plan's title: 工作计划, 工作要点, 工作思路, 目标任务, …年工作安排. */
    private static final Pattern PLAN_TITLE = Pattern.compile(
            "工作(?:计划|要点|思路|打算|安排|设想)|目标任务|任务清单|(?:\\d{4}|明)年(?:度)?(?:工作)?(?:重点|计划|目标)");
    /** A title that also reviews what was done (…工作总结和2024年工作思路, 部署会召开): the page holds results too. */
    private static final Pattern RESULTS_TOO = Pattern.compile("总结|回顾|回眸|盘点|情况|成效|成绩|召开|举行|会议|报告|综述|访谈");

    /**
     * Loose text whose headline names a plan and nothing done ("2023年全县法治政府建设工作要点", "全年工作计划"): every
     * figure under it is a target, as under a plan's heading in a report — except one whose sentence looks back at
     * last year (a plan's review of what was done: "2024年…工作要点" over "去年，全县共调解…", the page's year's result).
     */
    static boolean titleNamesAPlan(Scope scope, String beforeInSentence) {
        String title = scope.authors() == null ? null : scope.authors().title();
        return title != null && !scope.insideReport() && PLAN_TITLE.matcher(title).find()
                && !RESULTS_TOO.matcher(title).find() && !LOOKS_BACK.matcher(beforeInSentence).find();
    }

    /** A plan's page looking back at what was done ("去年，全县共调解…"): that figure is a result, not a target. */
    private static final Pattern LOOKS_BACK = Pattern.compile("去年|上年|上一年|前年|过去一年|回顾");

    private static final Pattern TITLE_YEAR = Pattern.compile("(\\d{4})\\s*年");
    /** A page that reviews a year: a summary, a report, a bulletin, a look back. */
    private static final Pattern REVIEWS_A_YEAR = Pattern.compile("总结|报告|情况|综述|回眸|盘点|回顾|成效|成绩|数说|公报|年鉴");
    /** A meeting or a plan named by its year reviews the year before it, or none. */
    private static final Pattern MEETING_OR_PLAN = Pattern.compile("召开|会议|举行|部署|计划|要点|思路|目标|打算");
    /** The figure's own words write a year, or count from the day of writing. */
    private static final Pattern OWN_YEAR_WORDS = Pattern.compile("\\d{4}\\s*年|去年|今年|前年|明年|上年");

    /**
     * "安吉县司法局2022年工作总结" over "全年，全县共办理法律援助案件1086件" on a page of 2023: the headline says which year
     * the page reviews, one other than the page's, and a figure whose own words write no year (全年, or none) is of
     * that year. Not a meeting's or a plan's year (2024年全县司法行政工作会议 reviews 2023), not a headline of two years.
     */
    static boolean titleReviewsAnotherYear(Scope scope, String periodWords) {
        String title = scope.authors() == null ? null : scope.authors().title();
        if (title == null || scope.insideReport() || scope.year() == null || OWN_YEAR_WORDS.matcher(periodWords).find()
                || !REVIEWS_A_YEAR.matcher(title).find() || MEETING_OR_PLAN.matcher(title).find()) {
            return false;
        }
        Matcher y = TITLE_YEAR.matcher(title);
        Integer year = null;
        while (y.find()) {
            int found = Integer.parseInt(y.group(1));
            if (year != null && year != found) {
                return false;
            }
            year = found;
        }
        return year != null && !year.equals(scope.year());
    }
}

package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Section;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a figure is stated as a result at all, before whose or which year's it is: not the starting value of a
 * from–to, not a change, not in a part of the report that plans or sums up problems, not a plan, target or floor,
 * not a condition or a question, not what was due.
 */
final class KindsOfStatement {
    static final String IN_PROBLEMS = "in_problems";
    /** The sentence says the figure is the year's: 全年, 今年以来, a year. */
    private static final java.util.regex.Pattern THE_YEAR = java.util.regex.Pattern.compile("全年|今年以来|\\d{4}年(?!\\d{1,2}月)");

    private KindsOfStatement() {
    }

    /**
     * "12345热线按期办结率为98.2%，低于全市平均水平": a rate told as it stands (为, 达, 仅, 只有 right before it) in the
     * problems section is the year's level, given as the evidence of a problem — a person decides (round 59).
     */
    private static boolean aRateAsItStands(NumberMention m, String before) {
        return "%".equals(m.unit()) && RATE_AS_IT_STANDS.matcher(before).find();
    }

    private static final java.util.regex.Pattern RATE_AS_IT_STANDS = java.util.regex.Pattern.compile("率(?:仅|只有|仍|)(?:为|达|是)?$");

    /** Adds starting_value, change, plan (or the section's id) to {@code flags}; false when one of them applies. */
    static boolean aResult(List<String> flags, String text, Sentence s, NumberMention m, ClauseContext ctx,
                           String beforeInSentence, Scope scope) {
        boolean result = true;
        if (StatementWords.startingValue(ctx.before)) {
            flags.add("starting_value");
            result = false;
        }
        // "+472件", "＋6.2%": a figure written with a plus sign is an increase (a table's column of changes)
        boolean plusSign = m.numStart() > 0 && text.charAt(m.numStart() - 1) == '+'
                && (m.numStart() < 2 || !Character.isDigit(text.charAt(m.numStart() - 2)));
        if ("个百分点".equals(m.unit()) || StatementWords.change(ctx.before) || plusSign) {
            flags.add("change");
            result = false;
        }
        if (againstALaterYearsPlan(beforeInSentence, scope)) {
            flags.add("plan"); // "对照《平度市2025年法治政府建设工作要点》，全市…办结率要保持在99.5%以上，…" (round 79 a)
            return false;
        }
        if (theReportingYearsBase(text, s, m, beforeInSentence, scope)) {
            return result; // "2025年，我县将在2024年网办率91.7%的基础上，力争…": the year's figure the plan starts from
        }
        if (s.section() == Section.PROBLEMS && (THE_YEAR.matcher(beforeInSentence).find() || aRateAsItStands(m, ctx.before))
                && !StatementWords.plan(ctx.before)) {
            // "行政应诉能力有待提升，全年行政机关败诉6件，败诉率5.04%": the year's result told as the evidence of a problem —
            // a person decides (round 57, round 58)
            flags.add(IN_PROBLEMS);
        } else if (!s.section().reportsResults()
                // an appendix table under the plans with a column of the reporting year ("指标\t2022年\t2023年\t2024年"):
                // that column holds the year's results, not plans (round 62)
                && !(s.section() == Section.PLANS && TableColumns.inTheReportingYearsColumn(text, m.start(), scope.year()))) {
            flags.add(s.section() == Section.PLANS ? "plan" : s.section().id());
            result = false;
        } else if (StatementWords.plan(ctx.before) || StatementWords.targetLabel(beforeInSentence)
                || StatementWords.aimOpensTheSentence(beforeInSentence, PartsAroundTheSentence.ownClause(beforeInSentence))
                // "全年评查行政执法案卷不少于800卷": the parser reads 不少于 as the figure's own prefix, and it is a floor
                || StatementWords.plan(text.substring(m.start(), Math.max(m.start(), m.numStart())))
                || NewsHeadlines.titleNamesAPlan(scope, beforeInSentence)
                || NamedRates.afterAHotlineNumber(beforeInSentence, ctx.before)
                        && StatementWords.plan(PartsAroundTheSentence.ownClause(beforeInSentence))) {
            // "力争12345热线按期办结率达到99%": the hotline's number cuts the clause's words before the figure short
            flags.add("plan");
            result = false;
        }
        // the parser keeps a bound's word (低于, 超过) with the figure: the condition reads it with the words before
        if (ConditionsAndQuestions.condition(ctx.before + text.substring(m.start(), Math.max(m.start(), m.numStart())),
                text.substring(m.end(), Math.max(m.end(), s.end())))
                || ConditionsAndQuestions.question(ctx.before, text.substring(m.end(), Math.max(m.end(), s.end())))
                || ConditionsAndQuestions.ranking(ctx.before)) {
            flags.add("condition"); // "如…低于90%，则予以通报", "能否突破6000件？", "位居全省前10%": not the county's stated result
            result = false;
        }
        if (ConditionsAndQuestions.pending(ctx.before)) {
            flags.add("pending"); // "待审结12件": not yet done
            result = false;
        }
        if (ConditionsAndQuestions.due(ctx.before)) {
            flags.add("due"); // "应出庭应诉案件52件": the appearances due, the rate's denominator, not those made
            result = false;
        }
        return result;
    }

    /** "对照《…2025年…工作要点》，": a sentence that opens by holding the work against a later year's plan. */
    private static final Pattern AGAINST_A_PLAN = Pattern.compile(
            "^\\s*(?:对照|按照|根据|依据)《[^》]{0,30}?(?<![\\d—–\\-~至到])(\\d{4})年(?!以来)[^》]{0,30}?(?:要点|计划|方案|任务|安排)》[，,]");

    private static boolean againstALaterYearsPlan(String beforeInSentence, Scope scope) {
        Matcher plan = AGAINST_A_PLAN.matcher(beforeInSentence);
        return scope.year() != null && plan.find() && Integer.parseInt(plan.group(1)) > scope.year();
    }

    /** "在2024年政务服务网办率91.7%的基础上": a year's figure named as the base a plan builds on. */
    private static final Pattern BASE_OPENS = Pattern.compile("在(\\d{4})年度?[^，,；;。\\d]{0,24}$");
    private static final Pattern BASE_CLOSES = Pattern.compile("^\\s*的?基础上");

    private static boolean theReportingYearsBase(String text, Sentence s, NumberMention m, String beforeInSentence,
                                                 Scope scope) {
        return baseWords(beforeInSentence, text.substring(m.end(), Math.max(m.end(), s.end())), scope) != null;
    }

    /**
     * The words that date a figure named as the reporting year's base of a plan ("在2024年政务服务网办率"), or null when
     * the figure is no such base: the plan's own year before them ("2025年，我县将…") dates the plan, not the base.
     */
    static String baseWords(String beforeInSentence, String restOfSentence, Scope scope) {
        Matcher open = BASE_OPENS.matcher(beforeInSentence);
        return scope.year() != null && open.find() && Integer.parseInt(open.group(1)) == scope.year()
                && BASE_CLOSES.matcher(restOfSentence).find() ? beforeInSentence.substring(open.start()) : null;
    }
}

package cn.fazhi.workbench.extract;

import java.util.regex.Pattern;

/**
 * A clause or heading that is a measure's or a matter's bare name ("办件量", "办结率", "劳动人事争议仲裁"): what it
 * names is only what the words around it say (FigureJudge reads the sentence before or the heading for the rest).
 */
final class BareNames {
    /** A rate's verb at the end of its name: "按期办结率达". */
    private static final Pattern RATE_VERB = Pattern.compile("(为|达到|达|是|保持在|均为|均达)$");

    private BareNames() {
    }

    /** Words of a count's clause that name neither a subject nor a matter: "全年产生", "共计", "达". */
    private static final Pattern COUNT_FILLER = Pattern.compile(
            "^(全年|今年|年内|共计|共|累计|合计|总计|产生|实现|完成|新增)*|(为|达到|达|约|近|超)$");

    /** The clause is a count's measure word and nothing else: "办件量", "全年产生办件", "办件量达". */
    static boolean bareCount(String clause) {
        return COUNT_FILLER.matcher(clause.strip()).replaceAll("").length() <= 3;
    }

    /**
     * "全年办理相关事项8600件", "调解上述纠纷1260件", "审核此类文件12件": a noun that points back (相关, 上述, 前述, 以上, 此类,
     * 该类, 这些, 这类) counts only what the clauses before name — the items devolved by the city, one campaign's
     * disputes — so those clauses, not the count's own, say whether it is the whole.
     */
    private static final Pattern POINTS_BACK = Pattern.compile(
            "(相关|上述|前述|以上|此类|该类|这些|这类)(的)?[\\u4e00-\\u9fa5]{0,4}?(事项|案件|纠纷|文件|申请|业务|办件|工单|诉求)");

    /** The count's clause names what it counts only by pointing back to the clauses before (see {@link #POINTS_BACK}). */
    static boolean pointsBack(String clause) {
        return POINTS_BACK.matcher(clause).find();
    }

    /**
     * Words of the clause pointed back to that make its things a subset: items devolved, taken over or entrusted
     * (下放, 承接, 赋权, 委托), one campaign (专项行动, 行动期间). Not 梳理/公布/进驻: "公布政务服务事项1286项，全年办理相关事项
     * 62.8万件" counts the items of the whole list.
     */
    private static final Pattern A_SUBSET = Pattern.compile("下放|承接|赋权|赋予|委托|专项(行动|整治|治理)|行动期间|活动期间");

    /** The clause pointed back to names a subset (see {@link #A_SUBSET}). */
    static boolean aSubset(String clause) {
        return A_SUBSET.matcher(clause).find();
    }

    private static final Pattern QUOTES = Pattern.compile("[“”\"]");
    private static final Pattern LEADING_QIZHONG = Pattern.compile("^其中[，,]?");

    /** The clause is the rate's name and nothing else: "办结率", "按期办结率达". */
    static boolean bareRate(String clause) {
        // "“一网通办”率": quotation marks are no words of the name
        // "…办结率100%，其中按期办结率99.1%": a 其中 that opens the rate's name only says the rate is of the count before
        String name = RATE_VERB.matcher(QUOTES.matcher(LEADING_QIZHONG.matcher(clause.strip()).replaceFirst(""))
                .replaceAll("")).replaceAll("");
        if (name.length() <= 5) {
            return true;
        }
        // "及时受理率、按期办结率均为100%": rates listed with 、, each a bare name (round 52)
        String[] items = name.split("[、和]");
        return items.length > 1 && java.util.Arrays.stream(items).map(String::strip)
                .allMatch(i -> !i.isEmpty() && i.length() <= 5 && i.endsWith("率"));
    }

    /**
     * "…；12345热线办结率99.6%": the clause's words start after the number the hotline is named by, so "热线办结率" is no bare
     * rate — the line's own name stands before it (round 100 c).
     */
    static boolean afterTheHotlinesNumber(String text, int clauseStart) {
        return clauseStart >= 5 && text.startsWith("12345", clauseStart - 5);
    }

    /** Longest heading, without its numbering and 工作/情况, that is read as the name of what its sentences count. */
    private static final int SHORT_HEADING = 12;

    /**
     * A short heading that is nothing but a matter ("劳动人事争议仲裁", "（二）信访工作") gives the sentences under it
     * the words their rates leave out ("全年共立案289件，结案率97.2%"); a long heading is a slogan, not a name.
     */
    static boolean namedByShortHeading(CompiledIndicator compiled, String heading) {
        String label = ClauseContext.cleanLabel(heading.strip());
        return !label.isEmpty() && label.length() <= SHORT_HEADING && !compiled.nameIncomplete(label);
    }
}

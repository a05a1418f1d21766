package cn.fazhi.workbench.extract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The stages of lawsuits (一审, 二审): a figure of the first instance beside the second's is one stage's, not the
 * figure of all the suits (docs/labelling.md, rule 4).
 */
final class InstanceStages {
    private InstanceStages() {
    }

    /** The figure of {@code code} is the first instance's, with the second's beside it in the sentence. */
    static boolean oneStageBesideTheOther(String code, String beforeInSentence, String restOfSentence, String continued) {
        return STAGE_COUNTS.contains(code) && firstInstanceBesideTheSecond(
                "litigation.concluded".equals(code) ? SECOND_INSTANCE_CONCLUDED : SECOND_INSTANCE_FIGURE,
                beforeInSentence, restOfSentence, continued)
                || STAGE_RATES.contains(code) && FIRST_INSTANCE.matcher(PartsAroundTheSentence.ownClause(beforeInSentence)).find()
                && SECOND_INSTANCE_RATE.matcher(beforeInSentence + restOfSentence).find();
    }

    /**
     * "…二审审结118件、被改判或发回重审9件；一审败诉率7.97%": a loss rate whose own clause names the first instance is the
     * suits' loss rate as reports give it, whatever stage the clauses before it counted (round 69 b): only its own clause
     * limits it. Otherwise the words that limit the rate are kept.
     */
    static String firstInstancesOwnRate(String code, String beforeInSentence, String limiting) {
        if (!"litigation.loss_rate".equals(code)) {
            return limiting;
        }
        String clause = PartsAroundTheSentence.ownClause(beforeInSentence);
        return FIRST_INSTANCE.matcher(clause).find() ? clause : limiting;
    }

    /** "一审…81件，二审…13件，": both stages counted, one after the other, right before the figure's clause. */
    private static final Pattern BOTH_STAGES_COUNTED = Pattern.compile(
            "一审[^，,；;。\\d]{0,16}\\d+\\s*[件起宗][，,、]\\s*二审[^，,；;。\\d]{0,16}\\d+\\s*[件起宗][，,]");
    private static final Pattern STAGE = Pattern.compile("[一二]审");

    /**
     * "一审行政诉讼案件收案81件，二审行政诉讼案件收案13件，审结86件": a clause of its act alone after the counts of both stages
     * continues both, not the second's alone (round 83's open shape): the count it continues is read without its stage.
     */
    static String continuedAfterBothStages(String continued, String beforeInSentence) {
        if (continued == null || !STAGE.matcher(continued).find() || !BOTH_STAGES_COUNTED.matcher(beforeInSentence).find()) {
            return continued;
        }
        return STAGE.matcher(continued).replaceAll("");
    }

    /** "一审", "一审判决": the first instance alone; "一、二审", "一审和二审" are both. */
    private static final Pattern FIRST_INSTANCE = Pattern.compile("一审(?![、和及与]?二审)");
    /**
     * "二审行政诉讼案件48件", "一审收案412件、二审收案96件": a figure of the second instance; not "一、二审", "一审和二审"
     * (both), but a 、 after another figure is only the list's separator.
     */
    private static final Pattern SECOND_INSTANCE_FIGURE = Pattern.compile(
            "(?<!一审?[、和及与]?)二审[^，,；;。\\d]{0,12}\\d");
    /**
     * "二审审结118件", "审结二审案件118件": the second instance's concluded cases. The first instance's concluded count beside
     * only the second instance's intake (其中一审417件、二审126件；一审审结389件) is the suits concluded as the report counts
     * them (round 69 b).
     */
    private static final Pattern SECOND_INSTANCE_CONCLUDED = Pattern.compile(
            "(?<!一审?[、和及与]?)二审[^，,；;。\\d]{0,6}(?:审结|结案|办结)[^，,；;。\\d]{0,6}\\d|(?:审结|结案|办结)[^，,；;。\\d]{0,4}二审[^，,；;。\\d]{0,12}\\d"
                    // "审结一审行政诉讼案件72件，二审行政诉讼案件18件": the verb before the first serves the second too
                    + "|(?:审结|结案|办结)[^，,；;。\\d]{0,4}一审[^，,；;。\\d]{0,12}(?:\\d+\\s*)?[件起宗][，,、]\\s*二审[^，,；;。\\d]{0,12}\\d");
    /**
     * The counts of suits that a stage limits: the suits and those concluded. What was lost in the first instance
     * (所结一审案件中…败诉109件) is how reports give the suits lost, and so is its rate.
     */
    private static final Set<String> STAGE_COUNTS = Set.of("litigation.cases", "litigation.concluded");
    /**
     * "一审案件行政机关负责人出庭应诉率100%，二审案件出庭率为76.9%": the heads' rate of the first instance beside the
     * second's rate is one stage's, no rate of all the suits (round 52); beside a count of the second instance it stays
     * the suits' rate. Not the loss rate: reports give the suits' loss rate as the first instance's (一审败诉率4.1%，二审
     * 败诉率1.8%: rounds 30–47 label the first a value).
     */
    private static final Set<String> STAGE_RATES = Set.of("litigation.head_appearance_rate");
    private static final Pattern SECOND_INSTANCE_RATE = Pattern.compile(
            "(?<!一审?[、和及与]?)二审[^，,；;。\\d]{0,12}(?:率|比例)[^，,；;。\\d]{0,4}\\d");

    /**
     * "…新收一审行政诉讼案件96件…；另有二审行政诉讼案件22件", "此外，上诉至…的二审案件49件": the second instance added after
     * the count as something besides it, so the first instance's count is the year's suits as the report gives them
     * (docs/labelling.md, rule 4); a plain list of the two stages (一审…件，二审…件) stays unclear.
     */
    // "此外，当事人不服一审裁判上诉至咸宁市中级人民法院的二审案件17件": a comma after 此外, a long party before (r218)
    private static final Pattern SECOND_STAGE_ADDED = Pattern.compile("(?:另有|另外|此外)[，,]?[^，,；;。\\d]{0,30}二审");

    /** "合计404件", "共计…": a sum that makes the stages parts of a whole the sentence states. */
    private static final Pattern SUM_AFTER = Pattern.compile("合计|共计|总计|共[有计]?\\d");

    /**
     * "全县行政诉讼一审案件118件，二审案件36件", "审结一审行政诉讼案件72件，二审…18件": the first instance's figure with
     * the second's beside it and no sum of the two is one stage of the suits, not all of them (a later 合计 is read by
     * PartsAroundTheSentence.partOfASumAfter, and the stage's figures around a sum are read as before; a whole stated before,
     * "…203件，一审183件，二审20件", leaves the stages parts too).
     */
    private static boolean firstInstanceBesideTheSecond(Pattern secondsFigure, String beforeInSentence,
                                                        String restOfSentence, String continued) {
        String clause = PartsAroundTheSentence.ownClause(beforeInSentence);
        boolean first = FIRST_INSTANCE.matcher(clause).find() || continued != null && FIRST_INSTANCE.matcher(continued).find();
        return first && secondsFigure.matcher(beforeInSentence + restOfSentence).find()
                && !SECOND_STAGE_ADDED.matcher(restOfSentence).find()
                && !SUM_AFTER.matcher(beforeInSentence + restOfSentence).find();
    }
}

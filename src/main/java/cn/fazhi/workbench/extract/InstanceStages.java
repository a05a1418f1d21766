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
        return STAGE_COUNTS.contains(code) && firstInstanceBesideTheSecond(beforeInSentence, restOfSentence, continued)
                || STAGE_RATES.contains(code) && FIRST_INSTANCE.matcher(PartsAroundTheSentence.ownClause(beforeInSentence)).find()
                && SECOND_INSTANCE_RATE.matcher(beforeInSentence + restOfSentence).find();
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

    /** "合计404件", "共计…": a sum that makes the stages parts of a whole the sentence states. */
    private static final Pattern SUM_AFTER = Pattern.compile("合计|共计|总计|共[有计]?\\d");

    /**
     * "全县行政诉讼一审案件118件，二审案件36件", "审结一审行政诉讼案件72件，二审…18件": the first instance's figure with
     * the second's beside it and no sum of the two is one stage of the suits, not all of them (a later 合计 is read by
     * PartsAroundTheSentence.partOfASumAfter, and the stage's figures around a sum are read as before; a whole stated before,
     * "…203件，一审183件，二审20件", leaves the stages parts too).
     */
    private static boolean firstInstanceBesideTheSecond(String beforeInSentence, String restOfSentence, String continued) {
        String clause = PartsAroundTheSentence.ownClause(beforeInSentence);
        boolean first = FIRST_INSTANCE.matcher(clause).find() || continued != null && FIRST_INSTANCE.matcher(continued).find();
        return first && SECOND_INSTANCE_FIGURE.matcher(beforeInSentence + restOfSentence).find()
                && !SUM_AFTER.matcher(beforeInSentence + restOfSentence).find();
    }
}

package cn.fazhi.workbench.extract;

import java.util.regex.Pattern;

/**
 * "全年共办理行政复议、行政应诉案件417件，其中行政复议案件285件、行政应诉案件132件": a whole that adds the
 * reconsiderations and the lawsuits together, broken down after 其中 into the two matters. Each part is then the whole
 * of its own matter, not a kind of it: the reconsiderations are all of them, and so are the lawsuits.
 */
final class OneMatterOfTwo {
    /**
     * The words before 其中 name both matters ("行政复议和行政诉讼案件合计316件，同比下降4.2%，") or the disputes with
     * the administration that hold them both ("全县行政争议案件总量为486件").
     */
    private static final Pattern BOTH_MATTERS = Pattern.compile(
            "复议[^，,；;。\\d]{0,8}(?:诉讼|应诉)|(?:诉讼|应诉)[^，,；;。\\d]{0,8}复议|行政争议案件");
    /** The part's words are only its matter's own name ("其中行政复议案件", "行政应诉案件", "行政复议申请", round 74 c). */
    private static final Pattern RECONSIDERATION = Pattern.compile("^(?:其中)?[，,：:]?(?:行政)?复议(?:案件|申请)?(?:数|量)?(?:为|有)?$");
    private static final Pattern LITIGATION = Pattern.compile("^(?:其中)?[，,：:]?(?:行政)?(?:诉讼|应诉)(?:案件)?(?:数|量)?(?:为|有)?$");
    /** The list marks that may open a part's words ("、行政应诉案件"). */
    private static final Pattern LEADING_MARKS = Pattern.compile("^[、，,；;]+");

    private OneMatterOfTwo() {
    }

    /**
     * Whether a figure after 其中, whose own words are {@code ownWords}, is its topic's whole inside a total of
     * reconsiderations and lawsuits ({@code beforeInSentence} holds the words up to the figure).
     */
    static boolean named(String topic, String beforeInSentence, String ownWords) {
        Pattern own = "reconsideration".equals(topic) ? RECONSIDERATION : "litigation".equals(topic) ? LITIGATION : null;
        int qiZhong = beforeInSentence.lastIndexOf("其中");
        if (own == null || qiZhong < 0) {
            return false;
        }
        if (!BOTH_MATTERS.matcher(beforeInSentence.substring(0, qiZhong)).find()) {
            return false;
        }
        return own.matcher(LEADING_MARKS.matcher(ownWords.strip()).replaceFirst("")).matches();
    }
}

package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that name what a whole takes in, not a part or another subject (round 56). "从县直24个执法部门和11个镇抽取行政
 * 执法案卷396卷逐卷评查": the words between 从 and the sampling verb name the pool the files were drawn from, not who drew
 * them — the review is still the county's; the departments and the towns a review read together are all of them; a
 * bracket after the whole's name that lists the county's centre and the towns' centres is the network it means. They
 * are blanked (same length, so offsets hold) before the figure's subject and parts are judged.
 */
final class WhatTheWholeTakesIn {
    private static final Pattern POOL = Pattern.compile(
            "从([^，,；;。从]{2,30}?)(?:中|里|内)?(?:随机|分别|共|累计)?(?:抽取|抽查|选取|抽选|调取|调阅)");
    /**
     * "评查县直21个执法部门和15个乡镇（街道）…案卷418卷": the departments and the towns together whose files a review
     * read are all the jurisdiction's, as a pool is; so are "全市36个执法部门和9个区镇" (round 67).
     */
    private static final Pattern BOTH_LEVELS_REVIEWED = Pattern.compile(
            "(?:评查|抽查|检查|督查)((?:[县区市]直|[县区市]级|全[县区市旗])[^，,；;。]{0,12}(?:部门|单位)[和及、与][^，,；;。]{0,10}(?:乡镇|镇街|街道|镇)"
                    + "(?:[（(](?:街道|镇街|乡镇)[)）])?)");
    /** "组织区直执法部门和7个镇（街道）交叉评查…案卷共计1,128宗": the same two levels named before the review (round 57). */
    private static final Pattern BOTH_LEVELS_BEFORE_THE_REVIEW = Pattern.compile(
            "((?:[县区市]直|[县区市]级)[^，,；;。]{0,12}(?:部门|单位)[和及、与][^，,；;。]{0,10}(?:乡镇|镇街|街道|镇)"
                    + "(?:[（(](?:街道|镇街|乡镇)[)）])?)(?=[^，,；;。]{0,8}(?:评查|抽查|检查|督查))");
    /**
     * "区、镇（街道）、村（居）三级政务服务平台共受理办结…": the levels' platforms or centres counted together are the whole
     * network, not one channel (round 57).
     */
    private static final Pattern THE_LEVELS_TOGETHER = Pattern.compile(
            "((?:[县区市]级?|乡镇|镇|街道)[、和及与][^，,；;。]{0,16}?[两三四五]级[^，,；;。\\d]{0,8}?(?:平台|体系|网络|中心|服务站))"
                    // "全年三级政务服务平台共受理并办结…": the levels named in a sentence before (round 70, r194 read); not
                    // "省市县三级", whose levels reach above the jurisdiction
                    + "|(?:(?<=^|[，,；;。])|(?<=全年)|(?<=全[县区市旗]))((?:县乡村|区镇村|县镇村|区街村|县乡|区镇|市镇村)?[两三四]级"
                    + "[^，,；;。\\d]{0,6}?(?:平台|体系|网络))");
    /** "全县政务服务体系（县政务服务中心和15个乡镇（街道）便民服务中心）共受理…": the county's centre and the towns' together. */
    private static final Pattern THE_WHOLE_NETWORK = Pattern.compile(
            "[（(]([县区市]级?[^（()），,；;。]{0,12}中心[和及、与][^（()），,；;。]{0,8}(?:乡镇|镇街|街道|乡)(?:[（(](?:街道|镇街|乡镇)[)）])?"
                    + "[^（()），,；;。]{0,10}中心)[）)]");
    /** "区行政服务中心和12个镇街便民服务中心全年共办理…": the same network named without a bracket. */
    private static final Pattern THE_NETWORK_NAMED = Pattern.compile(
            "((?:^|(?<=[，,；;。]))[县区市]级?[^，,；;。（(]{0,8}(?:政务|行政)服务中心[和及、与][^，,；;。]{0,8}(?:乡镇|镇街|街道|乡)"
                    + "(?:[（(](?:街道|镇街|乡镇)[)）])?[^，,；;。]{0,10}(?:便民服务中心|服务中心|便民服务站))"
                    // "区政务服务中心和各镇（街道）便民服务中心全年分别办理…": each level's own, not the whole (round 70 b)
                    + "(?![^，,；;。]{0,6}分别)");
    /**
     * "全县各级人民调解组织（含县人民调解中心、15个乡镇（街道）调委会…）": what a bracket says the whole includes — not after a
     * rate's name, where 纠错率（含调解和解） names the other measure.
     */
    private static final Pattern WHAT_A_BODY_INCLUDES = Pattern.compile(
            "((?<!率)[（(](?:含|包括|包含)(?:[^（()）]|[（(][^（()）]{1,6}[）)]){1,60}?[）)])");
    /**
     * "全区1个区级人民调解委员会、12个乡镇（街道）人民调解委员会和194个村（社区）人民调解委员会全年共调处…": the committees of
     * every level, the county's own first, counted together are all of them (round 65 b, read in round 67).
     */
    private static final String COMMITTEES = "(?:人民调解委员会|调委会|调解组织)";
    private static final Pattern EVERY_LEVELS_COMMITTEES = Pattern.compile(
            "((?:\\d+个)?[县区市旗]级[^，,；;。\\d]{0,8}?" + COMMITTEES + "[、和及与](?:\\d+个)?(?:乡镇|镇街|街道|镇|乡)[^，,；;。\\d]{0,10}?"
                    + COMMITTEES + "(?:[、和及与](?:\\d+个)?(?:村|社区)[^，,；;。\\d]{0,10}?" + COMMITTEES + ")?)"
                    // "县级调委会、乡镇（街道）调委会分别调解纠纷186件、1043件": each level's own, not the whole — also
                    // when a third level listed after them leads up to the 分别 (round 75 a)
                    + "(?![^，,；;。]{0,30}分别)");
    /** "县法律援助中心及12处乡镇法律援助工作站全年共…": the county's centre and the towns' stations together (round 67). */
    private static final Pattern LEGAL_AID_NETWORK = Pattern.compile(
            "([县区市旗]法律援助中心[和及、与](?:\\d+[处个])?(?:乡镇|镇街|街道|镇|乡)[^，,；;。\\d]{0,8}?(?:法律援助)?工作站)"
                    + "(?![^，,；;。]{0,6}分别)");
    /**
     * "县12345…分中心全年受理晋中市、县两级转办的群众诉求工单61,236件": the levels that passed the tickets on are where
     * they came from, not who counted them (round 68 c, r190 read).
     */
    private static final Pattern PASSED_ON_BY_THE_LEVELS = Pattern.compile(
            "((?:[\\u4e00-\\u9fa5]{2,4}[市州盟]|省|市)[、和及与]\\s*(?:[县区市旗])两级(?:平台|热线)?(?:转办|交办|派发|分派|转派|下派|派转)的?)");
    private static final char BLANK = '_';

    private WhatTheWholeTakesIn() {
    }

    /** The words with every sampling pool blanked; the same string when there is none. */
    static String masked(String words) {
        return blanked(PASSED_ON_BY_THE_LEVELS, blanked(LEGAL_AID_NETWORK, blanked(EVERY_LEVELS_COMMITTEES, blanked(THE_LEVELS_TOGETHER, blanked(BOTH_LEVELS_BEFORE_THE_REVIEW, blanked(THE_NETWORK_NAMED,
                blanked(THE_WHOLE_NETWORK, blanked(BOTH_LEVELS_REVIEWED, blanked(POOL, blanked(WHAT_A_BODY_INCLUDES, words))))))))));
    }

    private static String blanked(Pattern pattern, String words) {
        Matcher m = pattern.matcher(words);
        StringBuilder out = null;
        while (m.find()) {
            if (out == null) {
                out = new StringBuilder(words);
            }
            int g = m.start(1) >= 0 || m.groupCount() < 2 ? 1 : 2; // the words of whichever alternative matched
            for (int i = m.start(g); i < m.end(g); i++) {
                out.setCharAt(i, BLANK);
            }
        }
        return out == null ? words : out.toString();
    }
}

package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The government's own level (本级) as the body that handles a matter for the whole jurisdiction. */
final class OwnLevel {
    private OwnLevel() {
    }

    /** The level right before 本级: "县本级", "区政府本级", "市人民政府本级". */
    private static final Pattern LEVEL_BEFORE_OWN = Pattern.compile("([县区市旗])(?:人民)?(?:政府)?$");
    private static final Pattern BEFORE_THE_REFORM = Pattern.compile("改革(?:前|以前|之前)[^，,；;。]*");
    /** The respondents of the cases, named by 以…为被申请人 or 被申请人为…. */
    private static final Pattern RESPONDENTS = Pattern.compile(
            "以[^，,；;。\\d]{0,14}?(?:作为|为)被申请人|被申请人(?:为|是|系)[^，,；;。\\d]{0,14}");
    private static final Pattern BESIDE_THE_OWN_LEVEL = Pattern.compile(
            "(?:全[县区市旗州盟]|各级|合计|部门|单位|乡镇|乡|镇|街道|[县区市]直|[县区市]级)"
                    // with a figure of its own, or framing the own level's ("全县行政复议案件中，县政府本级办理86件")
                    + "(?=[^，,；;。]*\\d|[^，,；;。]*中\\s*[，,；;])");

    /**
     * "县本级受理行政复议案件76件", "2022年，区本级共收到行政复议申请1142件，…纠错率9.2%": in a county, district or
     * county-level city (the caller checks the level) the government's own level is the body that decides the
     * jurisdiction's reconsideration cases (docs/labelling.md rule 1: the body that by its
     * nature handles the indicator for the whole jurisdiction; the corpus labels 曾都區本級受理… a value), so 本级 alone
     * names the whole, as the government as defendant does for lawsuits (rule 4). It is a part where the sentence sets
     * the whole, another organ or a lower level beside it, and in a prefecture-level city, whose counties decide cases
     * of their own (the corpus labels 赤峰市政府本级受理…, 市本级新收… parts).
     */
    static boolean isTheReconsiderationBody(String sentence, String ownName) {
        Matcher own = PartsOfTheWhole.OWN_LEVEL_ONLY.matcher(sentence);
        if (ownName == null || ownName.isEmpty() || !own.find() || !own.group().startsWith("本级")) {
            return false;
        }
        // the level named must be the jurisdiction's own: "市本级" in a county's report is the city above
        Matcher level = LEVEL_BEFORE_OWN.matcher(sentence.substring(0, own.start()));
        if (!level.find() || level.group(1).charAt(0) != ownName.charAt(ownName.length() - 1)) {
            return false;
        }
        // "办案量是改革前全区各部门受理总量的3.1倍": the departments before the reform, compared with, stand beside nothing of
        // the year's (round 73 b)
        // "区政府本级全年受理…431件，其中以镇（街道）为被申请人的86件，以区级部门为被申请人的345件": the towns and the
        // departments as respondents are the cases it decided, no organ beside it (round 95 b)
        String organs = RESPONDENTS.matcher(BEFORE_THE_REFORM.matcher(sentence.replace("本级", "·")).replaceAll("")).replaceAll("");
        return !BESIDE_THE_OWN_LEVEL.matcher(organs).find();
    }
}

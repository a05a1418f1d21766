package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The villages (村（社区）, 村居; a district's 社区) as the subject of a figure in a county's text: their committees, their legal advisers
 * or all of them together are a part of the county, as the towns are ({@link OtherBodies#townsOnly}). "乡镇（街道）、村
 * （社区）两级" and "村（社区）调委会与…" name more beside them and are left alone.
 */
final class Villages {
    private Villages() {
    }

    /** "全县村（社区）法律顾问全年办理法律援助案件86件", "各村居…": not after a town or a level, nothing listed beside them. */
    private static final Pattern NAMED = Pattern.compile(
            // "县行政服务中心、12个镇（街道）便民服务中心、158个村（社区）便民服务站": the villages as the list's last level
            // (a number of them or 各 after the list's mark) are every level together (round 85 c)
            "(?:(?<![、和及与乡镇级两三])(?<![、和及与](?:\\d{1,4}|[两三四五六七八九十百]{1,4})个|[、和及与]各)(?:村[（(](?:社区|居)[)）]|村居)"
                    // "全区社区调委会…", "全区各社区法律顾问…": a district's communities (not 社区矫正)
                    + "|(?<=全[县区市旗]|全[县区市旗]各)社区(?!矫正|服刑))(?![、和及与两三]|[^，,；;。]{0,10}[、和及与])");
    /** "全县各村居法律顾问提供法律咨询3260人次，办理…": the villages (or all the towns) open the sentence. */
    private static final Pattern OPEN = Pattern.compile(
            "\\s*(?:\\d{4}年(?:度)?[，,]?|全年[，,]?)?\\s*(?:全[县区市旗])?各?"
                    // "全旗236个嘎查村（社区）人民调解委员会…，调解成功率98.6%": a number of them, or 行政村/嘎查村 (round 62)
                    + "(?:(?:\\d+个)?(?:行政|嘎查)?(?:村[（(](?:社区|居)[)）]|村居)"
                    // "全县各乡镇（街道）全年共调解纠纷4218件，办理法律援助案件216件": all the towns, as the villages
                    + "|(?<=各)(?:乡镇|镇街|镇|街道)(?:[（(](?:街道|镇街|乡镇|社区)[)）])?)(?![、和及与两三])");

    static boolean named(String clause) {
        return NAMED.matcher(clause).find();
    }

    /** The figure's clause opens with its act and names no subject of its own ("，办理法律援助案件126件"). */
    private static final Pattern ACT_FIRST = Pattern.compile(
            "\\s*(?:全年|年内)?(?:共|累计)?(?:办理|受理|承办|调解|调处|化解|审查|审核|收到|指派|提供|参与|代理)");

    /**
     * The villages open the sentence, the figure's clause has no subject of its own and no words before the figure
     * name the county: the later clause is theirs ("…村居法律顾问实现全覆盖，县法律援助中心全年共办理…" is the centre's).
     */
    static boolean openTheSentence(String beforeInSentence, Pattern countyNamed) {
        Matcher m = OPEN.matcher(beforeInSentence);
        if (!m.lookingAt() || countyNamed.matcher(beforeInSentence.substring(m.end())).find()) {
            return false;
        }
        int clause = Math.max(Math.max(beforeInSentence.lastIndexOf('，'), beforeInSentence.lastIndexOf(',')),
                Math.max(beforeInSentence.lastIndexOf('；'), beforeInSentence.lastIndexOf(';')));
        return clause >= 0 && ACT_FIRST.matcher(beforeInSentence.substring(clause + 1)).lookingAt();
    }
}

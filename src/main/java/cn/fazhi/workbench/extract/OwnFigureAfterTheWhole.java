package cn.fazhi.workbench.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "全市行政诉讼一审败诉率平均为8.1%，我市为6.92%", "全区法律援助机构…共组织办理法律援助案件7.8万件，我市办理1387件": the figure
 * the clause before named for the level above, its average or another body, then the jurisdiction's own with only its
 * name (and the same act) between. The own figure takes the indicator from the clause before (round 88 a's left
 * shapes); it stands only when the figure before had no doubt but being another level's or body's.
 */
final class OwnFigureAfterTheWhole {
    /** Only the jurisdiction's own name and a copula between two rates. */
    private static final Pattern OWN_RATE_AFTER = Pattern.compile(
            // "全省…出庭应诉率为99.6%，我区全年为100%" (round 98 b): the own year written between
            "^[%％]?\\s*[，,]\\s*(?:而|其中)?(?:我|本)(?<level>[县区市旗])(?:全年|\\d{4}年度?)?(?:则|仅)?(?:为|是|达到?)\\s*$");
    /**
     * Only the jurisdiction's own name and an act between two counts: "，我市办理"; "沧州市司法局…备案审查各县（市、区）报送的
     * 规范性文件212件，其中我市报送14件" — the documents the jurisdiction sent for filing (round 112, 111 a).
     */
    private static final Pattern OWN_COUNT_AFTER = Pattern.compile(
            "^[件宗起卷人次]*\\s*[，,]\\s*(?:而|其中)?(?:我|本)(?<level>[县区市旗])(?:全年)?(?:共|则)?(?<act>办理|受理|调解|调处|化解|审结|办结|收到|评查|审查|审核|报送|报备)\\s*$");
    /** What made the figure before another level's or body's, and no more. */
    private static final Set<String> ANOTHERS = Set.of("average", "higher_level", "sub_unit", "other_body",
            "subject_other_body", "other_jurisdiction");
    /**
     * What the figure before must have been doubted for: another level, body or place — a count repeats the act ("孝感市共调处…，
     * 我市调处…"), a rate of a place the gazetteer names is as much another's ("邯郸市…全市…99.0%，我市以99.2%位列…", round 106 a).
     */
    private static final Set<String> ANOTHER_LEVEL_OR_PLACE = Set.of("average", "higher_level", "other_body", "sub_unit");
    /** The matter is named in full by the clause before, and the own body right before the figure. */
    private static final double CONFIDENCE = 0.9;
    private static final int MAX_CLAUSE = 40;

    private OwnFigureAfterTheWhole() {
    }

    /**
     * @param another the candidate right before in the sentence
     * @param own     the figure no cue named
     * @param between the text between the two figures
     * @param clauseBefore the words of the sentence before {@code another}'s figure
     * @param ownName the jurisdiction's short name, null when unknown: "我市" in a county's report is the city above
     * @return the own figure, or null when the words are not just the own name after another's figure
     */
    static Candidate of(Candidate another, NumberMention own, String between, String clauseBefore, String ownName) {
        if (another == null || another.mention().isPercent() != own.isPercent()
                || another.flags().stream().noneMatch(ANOTHER_LEVEL_OR_PLACE::contains) || !ANOTHERS.containsAll(another.flags())) {
            return null;
        }
        Matcher words = (own.isPercent() ? OWN_RATE_AFTER : OWN_COUNT_AFTER).matcher(between);
        if (!words.matches() || !ownLevel(words.group("level"), ownName)
                || !own.isPercent() && !sameAct(words.group("act"), clauseBefore)) {
            return null;
        }
        return new Candidate(another.indicator(), own, another.sentence(), CONFIDENCE, List.of(), true);
    }

    /** "我市" is the own government only in a city's report, "我县" in a county's (when the name is known). */
    private static boolean ownLevel(String level, String ownName) {
        return ownName == null || "县区市旗".indexOf(ownName.charAt(ownName.length() - 1)) < 0 || ownName.endsWith(level);
    }

    /** "…办理法律援助案件7.8万件，我市办理1387件": the own clause repeats the act of the clause before. */
    private static boolean sameAct(String act, String clauseBefore) {
        int clause = Math.max(clauseBefore.lastIndexOf('，'), clauseBefore.lastIndexOf(','));
        String words = clauseBefore.substring(Math.max(clause + 1, clauseBefore.length() - MAX_CLAUSE));
        return repeatsTheAct(words, act);
    }

    /**
     * The words of a whole count the act a share repeats: "…调解成功4.8万件，其中我县调解3862件" repeats 调解, not the success
     * the clause before counts (round 108 c).
     */
    static boolean repeatsTheAct(String wholesWords, String act) {
        return wholesWords.contains(act) && !wholesWords.contains(act + "成功");
    }
}

package cn.fazhi.workbench.extract;

import java.util.regex.Pattern;

/**
 * Figures read against several bodies named in their sentence: bodies or levels listed before 分别 (each figure one
 * body's), and a bare rate read after the jurisdiction last names itself, past the towns or bodies before it (round 53;
 * split out of {@link OtherBodies}).
 */
final class SeveralBodies {
    private SeveralBodies() {
    }

    /** A body's or a level's name: what a list before 分别 names when its figures are each body's own. */
    private static final String BODY = "[^，,；;。、和及与]{1,16}?(?:委员会|调委会|中心|工作站|司法所|部门|街道|乡镇|镇|村|社区|法院|检察院)";
    /**
     * "县人民调解委员会、乡镇（街道）人民调解委员会和村（社区）人民调解委员会全年分别调解纠纷412件、2836件和4187件": bodies or
     * levels listed, then 分别 in the same clause — each figure is one of them, none the whole (round 53).
     */
    private static final String BODIES_LISTED_THEN_RESPECTIVELY = "(?:^|[，,；;。：:])" + BODY + "(?:[、和及与]|以及)" + BODY
            + "(?:(?:[、和及与]|以及)" + BODY + ")*[^，,；;。\\d]{0,12}分别";
    private static final Pattern BODIES_RESPECTIVELY = Pattern.compile(BODIES_LISTED_THEN_RESPECTIVELY + "[^，,；;。]*$");

    /** The bodies' list and its 分别 in an earlier clause of the sentence. */
    private static final Pattern BODIES_LISTED_BEFORE = Pattern.compile(BODIES_LISTED_THEN_RESPECTIVELY);
    /** The figure's own clause says 分别 too: "，调解成功率分别为". */
    private static final Pattern OWN_CLAUSE_RESPECTIVELY = Pattern.compile("分别[^，,；;。]*$");

    static boolean eachOfSeveralBodies(String beforeInSentence) {
        if (BODIES_RESPECTIVELY.matcher(beforeInSentence).find()) {
            return true;
        }
        // "A调委会、B调委会和C调委会分别调处…1204件、2324件、6318件，调解成功率分别为98.84%、…": a later 分别 list of the
        // same sentence part goes on with the same bodies (round 75 a)
        int part = Math.max(beforeInSentence.lastIndexOf('；'), beforeInSentence.lastIndexOf(';')) + 1;
        String words = beforeInSentence.substring(part);
        return OWN_CLAUSE_RESPECTIVELY.matcher(words).find() && BODIES_LISTED_BEFORE.matcher(words).find();
    }

    /**
     * "依托县政务服务中心和16个乡镇便民服务中心，全年共受理…38.7万件；…网办率86.3%": a clause that opens the sentence with the
     * means the work went through names no subject; the towns' centres in it are not whose the rate is (round 59).
     */
    private static final java.util.regex.Pattern MEANS_FIRST = java.util.regex.Pattern.compile(
            "^\\s*(?:依托|通过|借助|利用)[^，,；;。]{2,40}[，,]");

    /**
     * The words a bare rate's count is read in: those after the jurisdiction last names itself ("…各社区人民调解委员会调解
     * 3618件，全区各级人民调解组织全年合计调解…12486件，…调解成功率98.6%" is the whole's rate, round 53), without lists of parts
     * and without the means an opening clause names.
     */
    static String afterTheLastOwn(String beforeInSentence, Scope scope) {
        String words = MEANS_FIRST.matcher(PartsOfTheWhole.withoutPartLists(beforeInSentence)).replaceFirst("");
        int own = OwnMentions.lastOwn(words, scope);
        return own > 0 ? words.substring(own) : words;
    }
}

package cn.fazhi.workbench.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "全市和我县分别审结行政复议案件1872件、271件", "信阳市人民政府和县人民政府2024年分别审结…1872件、271件": subjects listed
 * before 分别, then one act and its figures in the same order — each figure is the subject's at its place. The first
 * figure was read with the whole clause, so the jurisdiction's own word in the list made a higher level's figure look
 * like its own (round 74 c, read in the forty-eighth session).
 */
final class RespectiveSubjects {
    private RespectiveSubjects() {
    }

    /** A year opening the clause, then two or more subjects joined by 和/及/与/、 and 分别 (group: the subjects). */
    private static final String SUBJECTS = "(?:\\d{4}年度?|全年)?[，,]?\\s*([^，,；;。\\d]{2,30}?[和及与、][^，,；;。\\d]{2,16}?)"
            + "(?:\\d{4}年度?|全年)?(?:共|共计)?分别";
    /** One act and its noun after 分别. */
    private static final String ACT = "(?:" + PhrasesOfOneKind.COUNTING_ACTS + "|承办)[^，,；;。\\d]{0,14}";
    /** The clause of the figure: the subjects, the act, then the figures listed before this one (groups 1 and 2). */
    private static final Pattern PAIRED = Pattern.compile(
            "(?:^|[，,；;：:])\\s*" + SUBJECTS + ACT + "((?:[\\d.]+\\s*万?[件起宗卷]?\\s*[、和及与]\\s*)*)$");
    /** The clause of the list's first figure: the subjects, then the act and its noun (groups 1 and 2). */
    private static final Pattern FIRST_ITEM = Pattern.compile("^\\s*" + SUBJECTS + "(" + ACT + ")$");
    private static final Pattern JOINS = Pattern.compile("[和及与、]");
    /**
     * Matters or acts listed before 分别 ("行政复议和行政诉讼分别新收…", "一审和二审分别…", "受理和审结分别…"): each figure is
     * a whole of its own matter, no subject's (PhrasesOfOneKind reads those).
     */
    private static final Pattern MATTERS_OR_ACTS = Pattern.compile(
            "复议|诉讼|应诉|调解|调处|援助|许可|审批|文件|案件|案卷|纠纷|申请|事项|审查|备案|信访|热线|工单|仲裁|一审|二审|"
                    + "受理|收到|新收|审结|办结|办理|结案|纠错|败诉|出庭|线上|线下|网上|窗口");
    /** A figure already listed after 分别, with its list mark. */
    private static final Pattern LISTED = Pattern.compile("[\\d.]+\\s*万?[件起宗卷]?\\s*[、和及与]");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*万?[件起宗卷]?\\s*[、和及与]\\s*$");

    /** The subject the figure at the end of {@code beforeInSentence} belongs to, or null when the clause pairs none. */
    private static String subjectOf(String beforeInSentence) {
        if (!beforeInSentence.contains("分别")) {
            return null; // the common case, without running the pattern over the sentence
        }
        Matcher paired = PAIRED.matcher(beforeInSentence);
        if (!paired.find()) {
            return null;
        }
        int index = 0;
        Matcher listed = LISTED.matcher(paired.group(2));
        while (listed.find()) {
            index++;
        }
        return subjectAt(paired.group(1), index);
    }

    /**
     * "全市和我县分别审结行政复议案件1872件、271件": the words of a later figure of the list — the subject at its place and
     * the first figure's act and noun ("我县审结行政复议案件"); null when the figure is no later item of such a list.
     */
    static String wordsOfALaterItem(String text, Sentence s, List<NumberMention> values, int k) {
        int first = k;
        while (first > 0 && LIST_MARK.matcher(text.substring(values.get(first - 1).end(), values.get(first).start())).matches()) {
            first--;
        }
        if (first == k) {
            return null;
        }
        String firstWords = ClauseContext.of(text, s, values, first, false).before;
        Matcher head = firstWords.contains("分别") ? FIRST_ITEM.matcher(firstWords) : null;
        if (head == null || !head.find()) {
            return null;
        }
        String subject = subjectAt(head.group(1), k - first);
        return subject == null ? null : subject + head.group(2);
    }

    /** The subject at {@code index} of the words listing them, or null when they list matters or acts, or too few. */
    private static String subjectAt(String subjectsWords, int index) {
        if (MATTERS_OR_ACTS.matcher(subjectsWords).find()) {
            return null;
        }
        String[] subjects = JOINS.split(subjectsWords);
        return subjects.length >= 2 && index < subjects.length ? subjects[index].strip() : null;
    }

    /**
     * Whose figure it is when the clause pairs subjects with figures: "higher_level" for a level above the jurisdiction,
     * "sub_unit" for a town or a body of it, null for the jurisdiction itself or a clause that pairs none.
     */
    static String doubt(String beforeInSentence, Scope scope) {
        String subject = subjectOf(beforeInSentence);
        if (subject == null || isOwn(subject, scope)) {
            return null;
        }
        return Subjects.higherLevelSpeaks(subject, scope) ? "higher_level" : "sub_unit";
    }

    /**
     * "我县和全市分别审结行政复议案件271件、1872件": the clause pairs subjects with figures and this one is the jurisdiction's
     * own — the higher level listed beside it speaks for the other figure only.
     */
    static boolean ownFigure(String beforeInSentence, Scope scope) {
        String subject = subjectOf(beforeInSentence);
        return subject != null && isOwn(subject, scope);
    }

    /** The subject is the jurisdiction itself: its own level's words (全县, 我县, 县人民政府) or its name. */
    private static boolean isOwn(String subject, Scope scope) {
        String own = scope.ownName();
        if (own != null && own.length() >= 2 && (subject.equals(own) || subject.endsWith(own)
                || own.endsWith(subject) && subject.length() >= 2 && LevelWords.level(scope) == subject.charAt(subject.length() - 1))) {
            return true;
        }
        char level = LevelWords.level(scope);
        return level != ' ' && subject.matches("^(?:[我全本]" + level + "|" + level + "(?:人民)?政府)(?:本级)?$");
    }
}

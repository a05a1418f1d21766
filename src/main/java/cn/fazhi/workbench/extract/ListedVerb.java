package cn.fazhi.workbench.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One act over a list of matters: "审结行政复议案件72件、行政诉讼案件46件" concludes both, so the second item's
 * figure counts lawsuits concluded, not all lawsuits; "审结行政诉讼案件46件、行政复议案件72件" likewise the
 * reconsiderations concluded, not those received. The item after 、 names only its matter; the act of the first
 * item carries over to it.
 */
final class ListedVerb {
    /** The item after the previous figure: its unit, a list mark, then only a matter's name. */
    private static final Pattern ITEM = Pattern.compile("^[件起宗个卷份]?\\s*[、和及]\\s*([^，,；;：:。、\\d]{2,14})$");
    /** An act in the item itself: it says what it counts, nothing carries over. */
    private static final Pattern ACT = Pattern.compile(
            "审结|办结|结案|受理|收到|新收|收案|办理|化解|纠错|调解|调处|审查|审核|备案|报备|废止|清理|评查|指派|承办|"
                    + "提供|发生|新增|应诉|出庭|开庭|审理|败诉|胜诉|撤销|变更|维持|驳回|确认|接收|接听|修改|宣布|其中|含|包括");
    /**
     * The acts that carry over to the items after them; "审查重大行政决策事项6件、行政规范性文件42件" reviews both
     * (round 84 b).
     */
    private static final Pattern CARRIED = Pattern.compile("审结|办结|结案|受理|收到|新收|收案|办理|纠错|发生|新增|审查|审核");
    private static final Pattern REVIEW = Pattern.compile("审查|审核");

    private ListedVerb() {
    }

    /**
     * The words of figure {@code k} with the act of the list's first item put before its matter, or null when the
     * figure is not such an item.
     *
     * @param before the figure's own words (from the previous figure)
     * @param topics the matters' names
     */
    static String carried(String text, Sentence s, List<NumberMention> values, int k, String before, List<Pattern> topics) {
        if (k == 0) {
            return null;
        }
        Matcher item = ITEM.matcher(before.strip());
        if (!item.find()) {
            return null;
        }
        String name = item.group(1);
        if (ACT.matcher(name).find() || topics.stream().noneMatch(p -> p.matcher(name).find())) {
            return null;
        }
        // "办理未成年人…案件58件、老年人…案件73件、残疾人…案件26件": the act is the list's first item's, however many
        // items stand between (round 57)
        int j = k - 1;
        String first = ClauseContext.of(text, s, values, j, false).before;
        while (j > 0 && ITEM.matcher(first.strip()).find()) {
            first = ClauseContext.of(text, s, values, --j, false).before;
        }
        Matcher act = CARRIED.matcher(first);
        int end = -1;
        String lastAct = "";
        while (act.find()) {
            end = act.end();
            lastAct = act.group();
        }
        if (end < 0 || ACT.matcher(first.substring(end)).find()) {
            return null;
        }
        if (REVIEW.matcher(lastAct).matches() && first.substring(end).contains("规范性文件")) {
            // "审查县政府规范性文件12件、县直部门规范性文件23件，合计35件": documents of several issuers, read as the
            // parts of their sum (WholeReportPartsTest); the review carries over only from another matter
            return null;
        }
        return first.substring(0, end) + name;
    }

    /** A clause of the year and an act of intake alone: "，全年收到486件", "，全年共新收". */
    private static final Pattern INTAKE_ONLY = Pattern.compile("^[，,；;]?\\s*(?:全年|年内|本年度?)(?:共|共计|累计)?(?:收到|新收|接收)$");
    /** An earlier clause's intake of applications: "新收行政复议申请" (group: the noun). */
    private static final Pattern INTAKE_OF_APPLICATIONS = Pattern.compile(
            "(?:收到|新收|接收)([^，,；;。\\d]{0,8}(?:复议|法律援助)[^，,；;。\\d]{0,4}申请)(?=\\s*\\d)");

    /**
     * "一季度，…新收行政复议申请96件，二季度131件，全年收到486件": the year's intake named by its act alone takes the
     * applications an earlier clause of the sentence took in by a like act (95 b, read in the forty-ninth session);
     * null when the clause is anything else or no such clause stands before.
     */
    static String intakeOfTheYear(String text, Sentence s, NumberMention m, String before) {
        if (!INTAKE_ONLY.matcher(before.strip()).matches()) {
            return null;
        }
        Matcher earlier = INTAKE_OF_APPLICATIONS.matcher(text).region(s.start(), m.start());
        String noun = null;
        while (earlier.find()) {
            noun = earlier.group(1);
        }
        return noun == null ? null : before + noun;
    }

    /** A clause that is nothing but 分别 and an act: "，分别审结72件、46件". */
    private static final Pattern RESPECTIVE_ACT = Pattern.compile("^分别(审结|办结|结案|受理|纠错)了?$");
    private static final Pattern HOTLINE_NAME = Pattern.compile("12345(?=[\\u4e00-\\u9fa5“\"])");
    private static final Pattern RESPECTIVELY = Pattern.compile("分别");
    /** A clause that is a rate's name and 分别: "，按期办结率分别为99.8%和98.9%" (round 52). */
    private static final Pattern RESPECTIVE_RATE = Pattern.compile("^([^，,；;：:。\\d]{1,10}?率)分别(?:为|是|达到|达)?$");
    /** Between two items of the list: a list mark, then the next item's words in the same clause. */
    private static final Pattern ITEM_AFTER = Pattern.compile("^[件起宗个卷份]?\\s*[、和及][^，,；;：:。]{2,14}$");
    /** Between the list's last item and the first figure after 分别: one comma and the clause. */
    private static final Pattern NEXT_CLAUSE = Pattern.compile(
            "^[件起宗个卷份]?\\s*[，,]\\s*(?:[^，,；;：:。\\d]{1,10}?率)?分别[^，,；;：:。]{0,4}$");
    private static final Pattern LIST_MARK = Pattern.compile("^[件起宗个卷份]?\\s*[、和及]\\s*$");

    /**
     * "办理行政复议案件86件、行政应诉案件52件，分别审结72件、46件": the figures after 分别 follow the matters of the
     * list before them in order; the words of figure {@code k} are the act and its matter ("审结行政应诉案件"), or
     * null when the figure is not in such a list or the lists do not pair up.
     */
    static String respectively(String text, Sentence s, List<NumberMention> all, int at, String before,
                               List<Pattern> topics) {
        if (!RESPECTIVELY.matcher(text).region(s.start(), s.end()).find()) {
            return null; // no 分别 in the sentence: skip the copy below, made for every figure otherwise
        }
        // "12345热线" names the hotline, it is no item of the list
        List<NumberMention> values = new java.util.ArrayList<>();
        int k = -1;
        for (int i = 0; i < all.size(); i++) {
            if (i == at) {
                k = values.size();
            }
            if (i == at || !HOTLINE_NAME.matcher(text).region(all.get(i).start(), s.end()).lookingAt()) {
                values.add(all.get(i));
            }
        }
        int first = k;
        while (first > 0 && joined(text, values.get(first - 1), values.get(first))) {
            first--;
        }
        String opening = first == k ? before.strip() : ClauseContext.of(text, s, values, first, false).before.strip();
        Matcher act = RESPECTIVE_ACT.matcher(opening);
        Matcher rate = RESPECTIVE_RATE.matcher(opening);
        boolean counts = act.find();
        if (!counts && !rate.find()) {
            return null;
        }
        int last = k;
        while (last + 1 < values.size() && joined(text, values.get(last), values.get(last + 1))) {
            last++;
        }
        int count = last - first + 1;
        int itemsStart = first - count;
        if (count < 2 || itemsStart < 0) {
            return null;
        }
        for (int i = itemsStart; i < first - 1; i++) {
            if (!ITEM_AFTER.matcher(text.substring(values.get(i).end(), values.get(i + 1).start())).find()) {
                return null;
            }
        }
        if (!NEXT_CLAUSE.matcher(text.substring(values.get(first - 1).end(), values.get(first).start())).find()) {
            return null;
        }
        String item = ClauseContext.of(text, s, values, itemsStart + (k - first), false).before;
        int start = -1;
        for (Pattern p : topics) {
            Matcher t = p.matcher(item);
            while (t.find()) {
                start = Math.max(start, t.start());
            }
        }
        if (start < 0) {
            return null;
        }
        // "受理信访事项1893件、12345热线诉求15.6万件，按期办结率分别为99.8%和98.9%": each item's matter, then the rate
        return counts ? act.group(1) + item.substring(start) : item.substring(start) + rate.group(1);
    }

    /**
     * "全年共审核各类文件312件，其中县政府行政规范性文件14件，其他公文186件", "共开展合法性审查528件次，其中规范性文件15件、
     * 政府合同326件": the normative documents among all the documents or matters a review counted (a count whose own
     * words name no normative documents). The review's act carries over to them, and they are the documents reviewed,
     * not a part of that count.
     */
    private static final Pattern NORMATIVE_AMONG_REVIEWED = Pattern.compile(
            // "审核市政府常务会议议题、合同协议等涉法事项317件，其中规范性文件27件": a list of the matters (round 106 a)
            // "审查市政府规范性文件、重大行政决策、行政合同等各类文件326件，其中规范性文件23件": the documents one item of the
            // matters listed (round 116 a), not the count's own noun
            "(审查|审核)(?![^，,；;。\\d]{0,24}规范性文件(?![、和及与]))[^，,；;。\\d]{0,32}[\\d.]+万?(件次|件|份|个)"
                    // "…合法性审查事项568件，提出法律意见1243条，其中行政规范性文件42件": the opinions between, counted apart (round 84 b)
                    + "(?:[，,][^，,；;。\\d]{0,12}[\\d.]+万?(?:条|项|次|人次))?[，,]\\s*其中[：:]?\\s*"
                    + "([^，,；;：:。、\\d]{0,20}(?<!党内)规范性文件)$");
    /** Another item of the same list that names normative documents (of another level): the list splits them. */
    private static final Pattern NORMATIVE_ITEM = Pattern.compile("^[^；;。]*?(?<!党内)规范性文件");

    /** The words of a figure that is the normative documents among all that a review counted (above), or null. */
    static String reviewedAmongThem(String text, Sentence s, NumberMention m) {
        String before = text.substring(s.start(), m.start());
        Matcher among = NORMATIVE_AMONG_REVIEWED.matcher(before);
        if (!among.find() || NORMATIVE_ITEM.matcher(text.substring(m.end(), s.end())).find()
                || OTHER_REVIEW.matcher(totalsClause(before, among.start())).find()) {
            return null;
        }
        return among.group(1) + among.group(3);
    }

    /**
     * "共开展合法性审查112件，其中行政规范性文件17件、重大行政决策事项9件…": the words right after a review's count break it down
     * with the normative documents as one item — the count is of all the matters reviewed, wider than the documents
     * (round 53; under a heading that names the documents it was read as theirs).
     */
    private static final Pattern NORMATIVE_ITEM_AFTER = Pattern.compile(
            "^\\s*[，,]\\s*其中[：:]?\\s*[^，,；;：:。、\\d]{0,20}(?<!党内)规范性文件\\s*\\d+(?:件次|件|份|个)[、，,]");

    static boolean totalOfAllReviewed(String ownWords, String afterFigure) {
        // "审查规范性文件21件，其中涉企规范性文件10件": a count that names the documents itself is theirs
        return !ownWords.contains("规范性文件") && NORMATIVE_ITEM_AFTER.matcher(afterFigure).find();
    }

    /** The words before a figure end with the normative documents among all that a review counted. */
    static boolean normativeAmongReviewed(String beforeInSentence) {
        Matcher among = NORMATIVE_AMONG_REVIEWED.matcher(beforeInSentence);
        return among.find() && !OTHER_REVIEW.matcher(totalsClause(beforeInSentence, among.start())).find();
    }

    /**
     * A review of filings received (备案审查), a clean-up's check or a fair-competition review (公平竞争审查, round 52)
     * counted the total: not a legality review.
     */
    private static final Pattern OTHER_REVIEW = Pattern.compile("备案|报备|清理|^(?!.*合法性).*公平竞争");

    /** The clause of the total: from the clause break before the review's verb up to it. */
    private static String totalsClause(String before, int verbAt) {
        int from = verbAt;
        while (from > 0 && "，,；;。".indexOf(before.charAt(from - 1)) < 0) {
            from--;
        }
        return before.substring(from, verbAt);
    }

    private static boolean joined(String text, NumberMention a, NumberMention b) {
        return a.end() <= b.start() && LIST_MARK.matcher(text.substring(a.end(), b.start())).find();
    }
}

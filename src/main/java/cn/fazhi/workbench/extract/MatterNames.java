package cn.fazhi.workbench.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the catalogue's matters (行政复议, 人民调解, 12345热线…) are named around a figure: in its own clause, before or
 * after it, in the sentence before, a heading or the title; and whether a label is a matter's name and nothing else.
 */
final class MatterNames {
    private final List<Pattern> topicPatterns;

    MatterNames(List<Pattern> topicPatterns) {
        this.topicPatterns = topicPatterns;
    }

    /**
     * After a matter, only these may stand in a label: "行政复议案件", and the act that is the matter's whole work
     * ("规范性文件合法性审查", "规范性文件备案审查").
     */
    private static final Pattern MATTER_REST = Pattern.compile("(案件)?|合法性(审查|审核)|备案(审查)?");

    /**
     * The label when it is a matter's name and nothing else ("行政复议", "人民调解", "行政复议案件"); null for
     * anything more ("依法化解行政争议", "市行政复议局", "2021年行政复议"): those words are no matter's name.
     */
    String matterLabel(String label) {
        if (label == null || label.isEmpty()) {
            return null;
        }
        for (Pattern p : topicPatterns) {
            Matcher t = p.matcher(label);
            if (t.lookingAt() && MATTER_REST.matcher(label.substring(t.end())).matches()) {
                return label;
            }
        }
        return null;
    }

    /** The figure's own clause, before the figure, names no topic. */
    static boolean noTopicInClause(int[] clauseTopics) {
        for (int t = 0; t < clauseTopics.length; t += 2) {
            if (clauseTopics[t] >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words another matter is looked for in: the sentence before the figure, or only its last clause after a
     * semicolon when that clause names the whole jurisdiction and the figure's own matter ({@code ownTopic}): "主要数据：…
     * 收到行政复议申请318件…；全县各级人民调解组织调解矛盾纠纷8436件" — a summary's clauses each name their own matter (round 54).
     */
    static String ownMatterClause(String beforeInSentence, Pattern ownTopic, Scope scope) {
        int semicolon = PartsAroundTheSentence.lastSemicolon(beforeInSentence);
        if (ownTopic == null) {
            return beforeInSentence;
        }
        if (semicolon < 0) {
            String item = nextItemOfAList(beforeInSentence, ownTopic);
            return item != beforeInSentence ? item : fromTheWholesClause(beforeInSentence, ownTopic, scope);
        }
        String clause = beforeInSentence.substring(semicolon + 1);
        Matcher label = PART_LABEL.matcher(clause);
        // "…；人民调解：调解纠纷6382件": a part labelled with its own matter, as a summary's parts are (round 65)
        boolean labelled = label.lookingAt() && ownTopic.matcher(label.group(1)).find();
        return labelled || ownTopic.matcher(clause).find() && Subjects.wholeJurisdictionSpeaks(clause, scope)
                ? clause : beforeInSentence;
    }

    /**
     * "推进公安派出所、人民法庭、司法所“三所联动”…，全年全县各级人民调解组织共…调解…6214件": a later clause that opens with the
     * whole jurisdiction and names the figure's own matter starts its account; the other bodies an opening clause links
     * it with name no other matter of the figure (round 81, r216).
     */
    private static String fromTheWholesClause(String beforeInSentence, Pattern ownTopic, Scope scope) {
        int own = OwnMentions.lastOwn(beforeInSentence, scope);
        if (own <= 0) {
            return beforeInSentence;
        }
        String upToOwn = beforeInSentence.substring(0, own);
        int comma = Math.max(upToOwn.lastIndexOf('，'), upToOwn.lastIndexOf(','));
        String clause = beforeInSentence.substring(comma + 1);
        return comma > 0 && ownTopic.matcher(clause).find() && Subjects.wholeJurisdictionSpeaks(clause, scope)
                ? clause : beforeInSentence;
    }

    /** The clause before ends with its own count: "…法律援助案件1052件，". */
    private static final Pattern COUNT_ENDS_THE_CLAUSE = Pattern.compile("\\d[\\d.,]*万?余?(?:件|宗|起|卷|份|人次)$");

    /**
     * "全市共办理行政复议案件152件、一审行政应诉案件97件、法律援助案件1052件，调处矛盾纠纷4286件": after a clause that ends
     * with its own count, a clause naming the figure's own matter is the next item of a list of matters, and only it is
     * read for another matter (round 72).
     */
    private static String nextItemOfAList(String beforeInSentence, Pattern ownTopic) {
        int comma = Math.max(beforeInSentence.lastIndexOf('，'), beforeInSentence.lastIndexOf(','));
        if (comma <= 0) {
            return beforeInSentence;
        }
        String clause = beforeInSentence.substring(comma + 1);
        String previous = beforeInSentence.substring(0, comma).strip();
        String previousItem = previous.substring(Math.max(Math.max(previous.lastIndexOf('，'), previous.lastIndexOf('、')),
                Math.max(previous.lastIndexOf(','), previous.lastIndexOf('；'))) + 1);
        // a rate's clause, or one of the same matter as the item before, goes on with that item's account ("调处劳动争议
        // 纠纷487件，调解成功率94.3%", "调解劳动争议纠纷743件，调解成功688件"): no next item
        return clause.indexOf('率') < 0 && ownTopic.matcher(clause).find() && !ownTopic.matcher(previousItem).find()
                && COUNT_ENDS_THE_CLAUSE.matcher(previous).find()
                ? clause : beforeInSentence;
    }

    /** A sentence part that opens with a short label and a colon: "人民调解：", "行政诉讼:". */
    private static final Pattern PART_LABEL = Pattern.compile("\\s*([^，,；;。：:\\d]{2,10})[：:]");

    /** No topic is named in the sentence, the one before, the heading or the title. */
    boolean namesNoTopic(Sentence s, Sentence previous, TopicIndex topics, boolean[] inTitle, String heading) {
        if (topics.anyWithin(s.start(), s.end()) || previous != null && topics.anyWithin(previous.start(), previous.end())) {
            return false;
        }
        for (int t = 0; t < topicPatterns.size(); t++) {
            if (inTitle[t] || topicPatterns.get(t).matcher(heading).find()) {
                return false;
            }
        }
        return true;
    }

    /** Per topic: where it is last named in the number's own words (-1: not), or 1 when named only after it. */
    int[] clauseTopics(ClauseContext ctx) {
        int[] out = new int[topicPatterns.size() * 2];
        // "评查行政执法案卷（含行政处罚、行政许可卷）312卷": a remark in brackets qualifies the words before it and names
        // no matter of the clause, unless nothing outside it does (round 62)
        String outside = Remarks.blanked(ctx.before);
        boolean named = false;
        for (int t = 0; t < topicPatterns.size(); t++) {
            out[2 * t] = lastEnd(topicPatterns.get(t), outside);
            named |= out[2 * t] >= 0;
            out[2 * t + 1] = topicPatterns.get(t).matcher(ctx.after).find() ? 1 : 0;
        }
        for (int t = 0; !named && t < topicPatterns.size(); t++) {
            out[2 * t] = lastEnd(topicPatterns.get(t), ctx.before);
        }
        return out;
    }

    /**
     * How far before the number the indicator's subject is named, or -1 when the sentence is about
     * something else: the subject must be named in the sentence (or, for a sentence that names no subject
     * at all before the number, in the one before it), and the number's own clause must not name another
     * subject instead.
     */
    int topicDistance(int own, Sentence s, Sentence previous, TopicIndex topics, NumberMention m, int[] clauseTopics) {
        if (own < 0) {
            return 0;
        }
        if (previous != null && topics.framedByTheCasesBefore(s.start()) && topics.anyWithin(previous.start(), previous.end())
                && topics.lastEnd(own, previous.start(), previous.end()) < 0) {
            return -1; // "审结案件中，…达成调解协议24件" after the reconsiderations: their outcome, not another matter's count
        }
        int ownInClause = clauseTopics[2 * own];
        for (int t = 0; t < topicPatterns.size(); t++) {
            if (t != own && clauseTopics[2 * t] >= 0 && clauseTopics[2 * t] > ownInClause && clauseTopics[2 * own + 1] == 0) {
                return -1;
            }
        }
        int last = topics.lastEnd(own, s.start(), m.start());
        if (last >= 0) {
            return m.start() - last;
        }
        if (clauseTopics[2 * own + 1] == 1) {
            return 0;
        }
        if (previous != null && (!topics.anyWithin(s.start(), m.start()) || topics.framedByTheCasesBefore(s.start()))) {
            int p = topics.lastEnd(own, previous.start(), previous.end());
            if (p >= 0) {
                return MatchedIndicator.PREVIOUS_SENTENCE + (s.start() - p);
            }
        }
        return -1;
    }

    private static int lastEnd(Pattern p, String s) {
        Matcher matcher = p.matcher(s);
        int end = -1;
        while (matcher.find()) {
            end = matcher.end();
        }
        return end;
    }
}

package cn.fazhi.workbench.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words right around a figure that make it something other than its indicator's result, found by the red-team
 * probes: quotation marks around it (a name or slogan), words after it that say the act was not done, a first 受理
 * whose later clauses accept or refuse some of what came in, one kind of decision in a list of kinds, and the share
 * of one kind right before a bare rate. {@link FigureJudge} turns them into flags.
 */
final class WordsAroundTheFigure {
    /**
     * "仍有行政复议案件8件未审结", "32件规范性文件未按时报备": the words after the figure say the act was not done, so it
     * counts what is still open, not what the indicator counts.
     */
    private static final Pattern NOT_DONE_AFTER = Pattern.compile(
            "^[^，,；;。\\d]{0,10}?(未|尚未|没有|仍未|待)(按时|按期|依法|能)?(审结|结案|办结|化解|报备|备案|出庭|受理|履行|整改)");
    /**
     * "受理行政复议申请62件，经审查不予受理5件", "…56件，其中依法受理52件": a later clause that accepts or refuses some of
     * them shows the first 受理 counted what came in, not what was accepted.
     */
    private static final Pattern ACCEPTED_LATER = Pattern.compile("(不予|依法|决定|正式|予以)受理|其中受理");
    /** The clause opens with a bare 受理 (not 经审查后受理, 立案受理), and nothing received was counted before it. */
    private static final Pattern ACCEPT_VERB = Pattern.compile("^(全年|今年以来|年内|\\d{4}年度?)?[，,]?(全[县区市])?(共|共计|累计)?受理[^，,；;。]{0,12}$");
    private static final Pattern RECEIVED = Pattern.compile("收到|新收|接到|收案|申请量");
    /** "经审查，受理141件": the clause before says the applications were examined first, so the count is the accepted. */
    private static final Pattern EXAMINED_FIRST = Pattern.compile("经(?:依法)?(?:审查|审核)后?[，,]\\s*(?:依法)?受理[^，,；;。]{0,12}$");
    /**
     * "撤销4件、变更1件、确认违法2件": a count of one kind of decision followed by the next kind of the list is one
     * of its parts, not all the decisions that corrected (or ended) the cases.
     */
    private static final Pattern NEXT_DECISION = Pattern.compile(
            "^\\s*[件起宗]?\\s*、\\s*(撤销|变更|确认违法|责令履行|维持|驳回|终止)[^，,；;。、]{0,2}\\d");
    /** "…案件中，涉及自然资源领域的占45%，纠错率18%": a share of one kind, whose rate the bare rate after it is. */
    private static final Pattern SHARE_OF_A_KIND = Pattern.compile("(涉及|属于)[^，,；;。]{1,16}?的?(案件|纠纷|申请)?占[^，,；;。]{0,8}[\\d.]+\\s*%[，,]\\s*$");
    /** The figure's own words end with one kind of decision: "…撤销4件". */
    private static final Pattern DECISION_BEFORE = Pattern.compile("(撤销|变更|确认违法|责令履行|维持|驳回|终止)[^，,；;。、\\d]{0,4}$");

    private WordsAroundTheFigure() {
    }

    /** "审查县政府规范性文件12件", "办理行政许可事项28.6万件": the count names one kind of its indicator's whole. */
    private static final Pattern GOVERNMENTS_OWN_DOCUMENTS = Pattern.compile(
            "(?<![及和与、])[县区市旗](?:人民)?政府(?:办公室)?(?:行政)?规范性文件[^，,；;。、]{0,4}$");
    private static final Pattern DOCUMENTS_BELOW_AFTER = Pattern.compile(
            "^[^。]*?[，,；;](?![^，,；;。]*?(?:备案|报备))[^，,；;。]{0,16}(?:部门|乡镇|街道|镇街)(?:行政)?规范性文件[^，,；;。\\d]{0,4}\\d");
    private static final Pattern LICENCES_ONLY = Pattern.compile("(?<![及和与、])行政许可事项[^，,；;。、]{0,4}$");
    private static final Pattern OTHER_SERVICES_AFTER = Pattern.compile(
            "^[^，,；;。]{0,6}[，,；;、]\\s*(?:办理)?(?:公共服务|便民服务|其他政务服务|其他服务)事项[^，,；;。\\d]{0,4}\\d");

    /**
     * "审查县政府规范性文件12件，…，审查部门规范性文件28件", "办理行政许可事项28.6万件，公共服务事项57.6万件": the count
     * names one kind and the sentence gives the other kind beside it without a total, so the count is one part. Not for
     * documents filed: the government's own filing with the level above is the filed count, with the departments'
     * filings with the government beside it; nor when the departments' documents were only filed (备案审查乡镇、部门规范性文件
     * 36件 is the filing review, not the legality review the government's own documents had).
     */
    static boolean oneKindBesideTheOther(String indicator, String clause, String restOfSentence) {
        if (("normative_docs.reviewed".equals(indicator) || "normative_docs.repealed".equals(indicator))
                && GOVERNMENTS_OWN_DOCUMENTS.matcher(clause).find()) {
            return DOCUMENTS_BELOW_AFTER.matcher(restOfSentence).find();
        }
        return "licensing.handled".equals(indicator) && LICENCES_ONLY.matcher(clause).find()
                && OTHER_SERVICES_AFTER.matcher(restOfSentence).find();
    }

    /** The noun a count's own words end with: what it counts ("县政府规范性文件", "婚姻家庭纠纷"). */
    private static final Pattern COUNTED_NOUN_BEFORE = Pattern.compile("(规范性文件|文件|案件|纠纷|申请|事项)[^，,；;。、\\d]{0,2}$");
    /** "、部门规范性文件7件": the next item of a list, its words up to its figure. */
    private static final Pattern NEXT_ITEM = Pattern.compile("^\\s*[件起宗份个]?\\s*、\\s*([^，,；;。、\\d]{2,16}?)\\d");
    /** An act in the next item makes the list one of acts ("受理案件312件、审结案件268件"; "废止文件9件、修改文件4件"), not of kinds. */
    private static final Pattern ACT = Pattern.compile(
            "受理|审结|办结|结案|收到|新收|办理|调解|调处|化解|备案|报备|审查|审核|废止|失效|纠错|败诉|出庭|评查|撤销|维持|驳回|变更|清理"
                    + "|修改|修订|保留|有效|暂停");

    /**
     * "报备县政府规范性文件5件、县政府办公室规范性文件7件", "调解婚姻家庭纠纷120件、邻里纠纷80件": the count is the first
     * of a list of kinds of the same thing (the next item names the same noun and no act), so one kind of a total the
     * sentence does not give. An item naming another topic ("复议案件56件、诉讼案件92件") lists two matters, each
     * whole.
     */
    static boolean firstOfAListOfKinds(String clause, String restOfSentence, List<Pattern> topics, int ownTopic) {
        Matcher noun = COUNTED_NOUN_BEFORE.matcher(clause);
        Matcher next = NEXT_ITEM.matcher(restOfSentence);
        if (!noun.find() || !next.find()) {
            return false;
        }
        String item = next.group(1);
        if (!item.contains(noun.group(1)) || ACT.matcher(item).find() || namesItsMatter(clause, noun.start(), topics.get(ownTopic))) {
            return false;
        }
        for (int t = 0; t < topics.size(); t++) {
            if (t != ownTopic && topics.get(t).matcher(item).find()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "办理公证事项6380件、法律援助案件2341件、司法鉴定案件1205件": the count's noun follows its matter's own name
     * (法律援助), so the list is one of services, each whole, not of kinds of legal aid (round 64).
     */
    private static boolean namesItsMatter(String clause, int nounStart, Pattern ownTopic) {
        Matcher m = ownTopic.matcher(clause);
        while (m.find()) {
            if (m.end() == nounStart) {
                return true;
            }
        }
        return false;
    }

    /**
     * "审查旗政府规范性文件12件、旗直部门规范性文件23件，合计35件", "一审案件318件，二审案件86件，合计404件": a later
     * clause of the sentence sums the figures before it, so each of them is a part of that sum.
     */
    private static final Pattern SUM_AFTER = Pattern.compile(
            "^[^。；;]{0,40}?[，,、]\\s*(?:以上|上述|两项|三项)?(?:合计|共计|总计)(?:为|达)?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万)?\\s*(?:余|多)?(?:件|卷|份|宗)");
    /**
     * "办理行政复议案件52件，包括新收案件46件、上年结转案件6件", "…52件（新收46件，旧存6件）": the remark or clause after
     * a count, where it may list the year's new cases and those carried over from the year before.
     */
    private static final Pattern CARRIED_OVER_AFTER = Pattern.compile(
            "^[件起宗]?\\s*(?:[（(][^（()）。]{0,24}|[，,]\\s*(?:其中|包括|包含|含)[^。；;（()）]{0,24})");
    /** Cases carried over from earlier years. */
    static final Pattern CARRIED_OVER = Pattern.compile("(?<!未)(?:结转|旧存|上年未结|上年度未结)");
    /** The year's own new cases, named beside those carried over. */
    private static final Pattern NEW_IN_THE_YEAR = Pattern.compile("新收|新受理|本年(?:度)?(?:收到|受理|新)");

    /**
     * The words between the figure and a later sum of it and the figures after it ("、旗直部门规范性文件23件"), or
     * null when no later clause sums a larger total in the same unit.
     */
    static String beforeASumOfIt(BigDecimal value, String restOfSentence) {
        Matcher sum = SUM_AFTER.matcher(restOfSentence);
        if (!sum.find()) {
            return null;
        }
        BigDecimal total = new BigDecimal(sum.group(1).replace(",", ""));
        if (sum.group(2) != null) {
            total = total.multiply(BigDecimal.valueOf(10000));
        }
        return total.compareTo(value) > 0 ? restOfSentence.substring(0, sum.start(1)) : null;
    }

    /** The remark or clause right after a count lists cases carried over among what it counts. */
    static boolean includesCarriedOver(String restOfSentence) {
        Matcher remark = CARRIED_OVER_AFTER.matcher(restOfSentence);
        // the year's new cases named apart ("包括新收案件46件、上年结转案件6件"): the count adds the years before; a
        // bare "（含上年结转3件）" leaves the count as the report's received figure
        return remark.find() && CARRIED_OVER.matcher(remark.group()).find() && NEW_IN_THE_YEAR.matcher(remark.group()).find();
    }


    /** "办理", "审理", "处理": cases handled, which may be of earlier years too. */
    private static final Pattern HANDLED = Pattern.compile("办理|审理|处理");
    /** "收到", "新收", "受理": what came in, of the year alone. */
    private static final Pattern CAME_IN = Pattern.compile("收到|新收|接收|受理|收案");
    /** "（含上年结转19件）", "，含旧存12件": a remark that the count includes cases carried over. */
    private static final Pattern INCLUDES = Pattern.compile("含|包括");

    /**
     * "全年共办理行政复议案件305件（含上年结转19件）": cases handled, with those carried over from the year before in
     * them, are not the applications of the year (a count of what came in, "收到…（含上年结转3件）", is left as the
     * report gives it).
     */
    static boolean handledWithCarriedOver(String ownClause, String restOfSentence) {
        if (!HANDLED.matcher(ownClause).find() || CAME_IN.matcher(ownClause).find()) {
            return false;
        }
        Matcher remark = CARRIED_OVER_AFTER.matcher(restOfSentence);
        return remark.find() && CARRIED_OVER.matcher(remark.group()).find() && INCLUDES.matcher(remark.group()).find();
    }

    /** The figure stands between quotation marks that open before it and close soon after it, within the clause. */
    static boolean insideQuotes(String beforeInSentence, String restOfSentence) {
        int open = beforeInSentence.lastIndexOf('“');
        if (open < beforeInSentence.lastIndexOf('”') || open < 0) {
            return false;
        }
        String after = restOfSentence.substring(0, Math.min(restOfSentence.length(), 20));
        int close = after.indexOf('”');
        return close >= 0 && !after.substring(0, close).matches(".*[“，,；;。].*")
                && !beforeInSentence.substring(open).matches(".*[，,；;。].*");
    }

    /** "…8件未审结": the words after the figure, up to its clause's end, say the act was not done. */
    static boolean notDone(String afterInClause) {
        return NOT_DONE_AFTER.matcher(afterInClause).find();
    }

    /**
     * "行政诉讼案件46件进入庭审程序", "38件已审结", "23件被撤销或者确认违法": an act right after the count, in its clause,
     * narrows it to the cases that had it. Not "…86件，并全部审结" or "均已审结" (all of them), which need a word this
     * does not allow between the figure and the act; nor a rate's name after it ("调解纠纷612件 调解成功率99%").
     */
    private static final Pattern ACT_RIGHT_AFTER = Pattern.compile(
            "^\\s*[件起宗个份次]?\\s*(?:已经?|被|经[^，,；;。\\d]{0,8}?后?|依法|进入|获得?)?\\s*"
                    + "(庭审|开庭|审结|结案|办结|败诉|撤诉|撤销|确认违法|受理|调解成功|化解|纠错|纠正|备案|报备)(?!率)");
    /** The acts that are the indicator's own: after its figure they name what it counts ("3件规范性文件报送备案"). */
    private static final java.util.Map<String, Pattern> OWN_ACTS = java.util.Map.of(
            "filed", Pattern.compile("备案|报备"),
            "concluded", Pattern.compile("审结|结案|办结"),
            "lost", Pattern.compile("败诉"),
            "corrected", Pattern.compile("撤销|确认违法|纠错|纠正"),
            "succeeded", Pattern.compile("调解成功|化解"),
            "heard", Pattern.compile("庭审|开庭"),
            "accepted", Pattern.compile("受理"));

    /** The words after the figure, in its clause, narrow it by an act that is not the indicator's own. */
    static boolean narrowedByAnotherAct(String indicator, String afterInClause) {
        Matcher m = ACT_RIGHT_AFTER.matcher(afterInClause);
        if (!m.find()) {
            return false;
        }
        Pattern own = OWN_ACTS.get(indicator.substring(indicator.indexOf('.') + 1));
        return own == null || !own.matcher(m.group(1)).find();
    }

    /**
     * "全年共受理法律援助案件726件，办结698件", "法律援助：全年受理案件1128件，办结1096件": the cases the year brought are
     * the ones taken in; those closed right after them are how many of them (and of the year before) were finished,
     * as the corpus labels it (受理…1367件,办结1259件: the legal aid cases are 1367). Only a bare act, right after
     * the clause that took the cases in.
     */
    private static final Pattern CLOSED_ONLY = Pattern.compile("[，,；;]\\s*(其中)?(已|共|累计|依法)?(办结|结案)(各类)?(法律援助)?(案件)?\\s*$");
    private static final Pattern TAKEN_IN_BEFORE = Pattern.compile(
            "(受理|接收)[^，,；;。申]{0,12}?(案件)?\\s*[\\d.,]+\\s*万?[余多]?\\s*[件起宗][^，,；;。\\d]{0,2}$");

    static boolean closedAfterTakenIn(String indicator, String beforeInSentence) {
        if (!"legal_aid.cases".equals(indicator)) {
            return false;
        }
        Matcher closed = CLOSED_ONLY.matcher(beforeInSentence);
        return closed.find() && TAKEN_IN_BEFORE.matcher(beforeInSentence.substring(0, closed.start())).find();
    }

    /** "受理…62件，经审查不予受理5件" with nothing received counted before: the 62 came in, accepted or not. */
    static boolean receivedRatherThanAccepted(String clause, String beforeInSentence, String restOfSentence) {
        return ACCEPT_VERB.matcher(clause.strip()).find() && !RECEIVED.matcher(beforeInSentence).find()
                && !EXAMINED_FIRST.matcher(beforeInSentence).find() && ACCEPTED_LATER.matcher(restOfSentence).find();
    }

    /** "撤销4件、变更1件…": the figure is one kind of decision and the list goes on with the next kind. */
    static boolean oneDecisionOfAList(String clause, String restOfSentence) {
        return DECISION_BEFORE.matcher(clause).find()
                && NEXT_DECISION.matcher(restOfSentence.substring(0, Math.min(restOfSentence.length(), 16))).find();
    }

    /** The clauses before a bare rate end with the share of one kind ("涉及…的占45%，"). */
    static boolean afterTheShareOfOneKind(String clausesBefore) {
        return SHARE_OF_A_KIND.matcher(Remarks.withoutClosed(clausesBefore)).find();
    }

    /**
     * "审结75件，纠错率9%。", "其中…": a sentence that opens with what became of a count, naming no subject and no
     * period, goes on with the count of the sentence before, and so with that sentence's period.
     */
    private static final Pattern CONTINUES = Pattern.compile(
            "^(?:其中|另|均已)?[，,]?(?:依法|直接)?(审结|办结|结案|纠错|调解成功|调处成功|化解成功|败诉|撤销|维持)"
                    // "其中，判决行政机关败诉3件": a sentence that opens with 其中 breaks down the count of the sentence before
                    + "|^其中[，,：:]"
                    // "1—6月，全县行政复议工作平稳推进。新收行政复议申请112件": a sentence that opens with the act itself
                    // (共 at most before it) names no subject and no period either, and goes on with the sentence before
                    + "|^(?:共|共计)?(?:新收|受理|收到|办理|调解|调处|排查|化解|指派|审查|审核|评查|备案|废止)");
    private static final Pattern FIRST_CLAUSE = Pattern.compile("^[^，,；;。]{1,12}[，,]");
    /** "上半年审结…41件。": a part of the year opening the sentence before with no comma after it. */
    private static final Pattern PERIOD_WORD_FIRST = Pattern.compile(
            "^(?:今年)?(?:上半年|下半年|前三季度|[一二三四1-4]季度|第[一二三四]季度|\\d{1,2}\\s*[—–\\-~至到]\\s*\\d{1,2}\\s*月)");

    static boolean continuesTheCountBefore(String beforeInSentence) {
        return CONTINUES.matcher(beforeInSentence.strip()).find();
    }

    /** The sentence before opens with another year or part of a year ("2022年，…", "上半年，…"). */
    static boolean periodOfTheSentenceBefore(String sentenceBefore, Scope scope) {
        if (sentenceBefore == null || sentenceBefore.isEmpty()) {
            return false;
        }
        Matcher first = FIRST_CLAUSE.matcher(sentenceBefore.strip());
        Matcher word = PERIOD_WORD_FIRST.matcher(sentenceBefore.strip());
        String opening;
        if (first.find()) {
            opening = first.group();
        } else if (word.find()) {
            opening = word.group();
        } else {
            return false;
        }
        String period = FigurePeriod.of(opening, "", false, scope);
        String span = Periods.span(opening, scope.year());
        return period != null && FigurePeriod.rulesOut(period) || span != null && Periods.RULED_OUT.contains(span);
    }
}

package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts of a total that the words outside the figure's own clause show (red-team 3's whole reports): one group of
 * defendants or the government's own suits after its section stated all the organs', a later 合计 that sums the figure
 * with others, a heading above that names one kind or level, a received count that adds the cases carried over.
 * {@link FigureJudge} reads the figure's own clause; this reads the sentence's rest, its heading and its section.
 */
final class PartsAroundTheSentence {

    /** The figure and the words around it. */
    record Figure(String text, Sentence sentence, NumberMention mention, String heading, int headingStart,
                  String beforeInSentence, String restOfSentence, String countOfTheFigure) {
    }

    /**
     * "在贵港市中级人民法院一审审理的涉我市行政案件中（共37件），…出庭应诉率100%": the suits the intermediate court heard
     * at first instance (those against the government itself) are some of the jurisdiction's (round 76 a).
     */
    private static final Pattern ONE_HIGHER_COURTS_SUITS = Pattern.compile(
            "(?:在|经)[^，,；;。]{0,12}(?:中级人民法院|中院)[^，,；;。]{0,12}审理的[^，,；;。]{0,20}中");

    private PartsAroundTheSentence() {
    }

    /** Adds part_of_total or period_unclear to {@code flags} when the words around the figure make it a part. */
    static void judge(List<String> flags, CompiledIndicator compiled, Figure f, List<Pattern> topicPatterns,
                      PartsOfTheWhole parts) {
        Indicator ind = compiled.indicator();
        String before = f.beforeInSentence();
        if ("normative_docs.reviewed".equals(ind.code()) && !flags.contains("part_of_total")
                && LOWER_BODIES_OWN_REVIEWS.matcher(before).find()) {
            flags.add("part_of_total"); // "市直各部门和各乡镇（街道）全年自行开展…合法性审核68件": their own reviews (round 78 a)
        }
        if (f.mention().isPercent() && !flags.contains("part_of_total") && rateNamedForThePartBefore(before)) {
            flags.add("part_of_total"); // "其中行政许可事项办件11.8万件，行政许可事项网办率94.2%": the part's rate (round 78 c)
        }
        if ("litigation".equals(ind.topic()) && !flags.contains("part_of_total")
                && (DefendantGroups.oneGroupOfDefendants(before, f.countOfTheFigure())
                || DefendantGroups.oneBodyAsParty(before, f.countOfTheFigure())
                || DefendantGroups.coDefendantCases(before, f.countOfTheFigure())
                || DefendantGroups.governmentBesideTheWhole(before, f.countOfTheFigure(),
                        sectionBefore(f.text(), f.sentence(), f.headingStart()), f.restOfSentence(),
                        paragraphAfter(f.text(), f.sentence()))
                || InstanceStages.oneStageBesideTheOther(ind.code(), before, f.restOfSentence(), f.countOfTheFigure())
                || actsOfAGroupAfterQiZhong(before, f.mention().isPercent() ? null : f.mention().value())
                || DefendantGroups.governmentBesideTheGroups(before, f.restOfSentence())
                || ONE_HIGHER_COURTS_SUITS.matcher(before).find())) {
            flags.add("part_of_total"); // "县直部门作为被告的…", "全县…748件。…以市政府为被告的…38件，败诉1件"
        }
        if ("reconsideration".equals(ind.topic()) && !flags.contains("part_of_total")
                && !CaptionLists.totalOpensTheLastPart(before)
                && (DefendantGroups.governmentBesideTheGroups(before, f.restOfSentence())
                || DefendantGroups.oneGroupOfReviews(before, f.countOfTheFigure())
                || DefendantGroups.oneBodyAsParty(before, f.countOfTheFigure()))) {
            flags.add("part_of_total"); // "县政府全年收到行政复议申请236件，县级部门收到行政复议申请48件"
        }
        if (ind.kind() == IndicatorKind.COUNT && !flags.contains("part_of_total")
                && partOfASumAfter(f.mention(), before, f.restOfSentence(), compiled.topic(), topicPatterns)) {
            flags.add("part_of_total"); // "…规范性文件12件、部门规范性文件23件，合计35件"
        }
        if (!f.heading().isEmpty() && !flags.contains("part_of_total") && !WHOLE_NAMED.matcher(before).find()
                && (headingNamesAPart(f.heading()) || headingNamesAPartOfTheTopic(f.heading(), compiled, parts, topicPatterns))) {
            flags.add("part_of_total"); // "（三）涉企矛盾纠纷化解" above "全年共调解矛盾纠纷326件": the heading's kind
        }
        if (!flags.contains("part_of_total") && ONE_CASE.matcher(before).find()) {
            flags.add("part_of_total"); // "该案中，县政府败诉1件": one case's
        }
        if (!flags.contains("part_of_total") && itemOfABreakdownAbove(f.text(), f.sentence())) {
            flags.add("part_of_total"); // "全县行政诉讼案件88件，按被告分：\n（1）以县政府为被告的…32件；": one category
        }
        if (!flags.contains("part_of_total") && (framedByAPart(before, f.mention().isPercent() ? null : f.mention().value())
                || "reconsideration.corrected".equals(ind.code()) && oneKindOfCorrectionAmongTheCases(before))) {
            flags.add("part_of_total"); // "二审案件中，行政机关败诉1件", "审结上年结转案件19件，其中纠错2件"
        }
        if ("reconsideration.corrected".equals(ind.code()) && !flags.contains("part_of_total")
                && oneKindOfCorrectionBesideAnother(before, f.restOfSentence())) {
            flags.add("part_of_total"); // "受理行政复议案件16件，依法撤销4件，督促被申请人履职2件"
        }
        if ("mediation".equals(ind.topic()) && ind.kind() == IndicatorKind.COUNT && !flags.contains("part_of_total")
                && bodiesOfAPartCountedBefore(before, compiled, parts)) {
            flags.add("part_of_total"); // "全区建成“和顺”调解工作室11个，全年调解纠纷680件": the studios' disputes
        }
        if (!flags.contains("part_of_total") && KindsOfCases.headsNamedAtTheOpening(ind.code(), before, compiled, parts)) {
            flags.add("part_of_total"); // "区政府主要负责人切实履行…职责，带头出庭应诉2件": the principal heads' (round 51)
        }
        if ("licensing".equals(ind.topic()) && !flags.contains("part_of_total") && hallBesideTheTownsCentres(before, f.restOfSentence())) {
            flags.add("part_of_total"); // "县政务服务中心大厅全年办件52.6万件，…；19个镇便民服务中心办件18.7万件" (round 82 c)
        }
        if (RECEIVED_IN_THE_YEAR.contains(ind.code()) && (WordsAroundTheFigure.includesCarriedOver(f.restOfSentence())
                || WordsAroundTheFigure.handledWithCarriedOver(ownClause(before), f.restOfSentence()))
                && !flags.contains("period_unclear")) {
            flags.add("period_unclear"); // "办理行政复议案件52件，包括新收案件46件、上年结转案件6件"
        }
    }

    /**
     * A clause that counts bodies ("…调解工作室11个，") right before a clause that opens with its act and names no
     * subject of its own ("全年调解纠纷680件", and a clause continuing it, "调解成功672件"). Bounded, so a text without
     * commas (a PDF's run-on line) costs no quadratic search.
     */
    private static final Pattern BODIES_COUNTED_THEN_ACT = Pattern.compile(
            "([^，,；;。：:]{0,40}\\d+\\s*个)[，,]\\s*(?:全年|年内|今年以来|\\d{4}年(?:度)?)?[，,]?\\s*(?:共|累计|合计)?"
                    // possessive: the classes stop at a comma or a digit, so giving back would only try the same again
                    + "(?:受理|调解|调处|化解|成功调解|成功化解|排查化解)[^，,；;。]{0,40}+(?:[，,][^，,；;。\\d]{0,20}+\\d[^，,；;。]{0,20}+)?"
                    + "[，,]?[^，,；;。\\d]{0,20}+$");
    private static final Pattern LISTED = Pattern.compile("\\d+\\s*个\\s*[、和及与]");
    /** Longer than any match of {@link #BODIES_COUNTED_THEN_ACT}. */
    private static final int BODIES_REACH = 240;

    /**
     * The bodies counted in the clause before are the catalogue's words for a part of mediation (调解工作室, 村（社区）调委会,
     * 行业性专业性调委会): the disputes of the clause after them, which names no subject of its own, are theirs. Bodies of
     * several kinds listed together ("调解中心1个、调解室186个") are all of them.
     */
    static boolean bodiesOfAPartCountedBefore(String beforeInSentence, CompiledIndicator compiled, PartsOfTheWhole parts) {
        // the pattern is bounded, so only the sentence's last words can hold it
        Matcher m = BODIES_COUNTED_THEN_ACT.matcher(
                beforeInSentence.substring(Math.max(0, beforeInSentence.length() - BODIES_REACH)));
        return m.find() && !LISTED.matcher(m.group(1)).find() && parts.narrowerThanTheWhole(compiled, m.group(1));
    }

    /** A numbered item line: "（1）", "1.", "①" (not a section's "（一）"). */
    private static final Pattern ITEM_LINE = Pattern.compile("^\\s*(?:[（(]\\d{1,2}[)）]|\\d{1,2}[.、．](?!\\d)|[①②③④⑤⑥⑦⑧⑨⑩])");
    /** A line that ends by opening a breakdown by category: "…88件，按被告分：", "按纠纷类型统计：". */
    private static final Pattern BREAKDOWN_LEAD = Pattern.compile(
            "按(?!期|时|照|规定|要求|程序)[^，,；;。\\d]{1,10}?(?:分|划分|分类|统计)[：:]\\s*$");
    private static final int ITEMS_BACK = 12;

    /**
     * The figure's sentence is a numbered item line under a line that opens a breakdown by category (按被告分：, 按案件类型分：),
     * perhaps after other items: each item is one category's part, as "按…分，" inside a sentence makes it.
     */
    static boolean itemOfABreakdownAbove(String text, Sentence s) {
        if (!SectionDetector.onlySpaceSinceLineStart(text, s.start())
                || !ITEM_LINE.matcher(text.substring(s.start(), s.end())).find()) {
            return false;
        }
        int pos = text.lastIndexOf('\n', s.start());
        for (int i = 0; i < ITEMS_BACK && pos > 0; i++) {
            int lineStart = text.lastIndexOf('\n', pos - 1) + 1;
            String line = text.substring(lineStart, pos).strip();
            if (!line.isEmpty() && !ITEM_LINE.matcher(line).find()) {
                return BREAKDOWN_LEAD.matcher(line).find();
            }
            pos = lineStart - 1;
        }
        return false;
    }

    /** The sentence names the whole jurisdiction or all its levels: a heading's kind does not limit it. */
    private static final Pattern WHOLE_NAMED = Pattern.compile("全[县区市旗州盟]|各级|全部|合计|总计");
    private static final Pattern HEADING_ENUMERATOR = Pattern.compile(
            "^\\s*(?:[【■●◆▲]\\s*|专栏\\s*\\d*\\s*[：:]?\\s*)*(?:[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+、|\\d+[.、．])?\\s*");

    /**
     * The heading above names one kind, field, level or group of the indicator's whole ("（三）涉企矛盾纠纷化解",
     * "（三）婚姻家庭纠纷调解", "（二）县政府本级行政复议"), so the figures under it count that part, as the same words
     * before the figure in its sentence would.
     */
    /** "（四）二审案件": a heading of the second instance alone (round 50); not "一、二审", "一审和二审". */
    private static final Pattern SECOND_INSTANCE_ONLY = Pattern.compile("(?<!一审?[、和及与]?)二审");

    /**
     * "（三）“千名律师进万企”", "（二）“双随机、一公开”监管": a heading that is only a campaign's or a scheme's name, whose
     * figures are that campaign's (round 50); not "“最多跑一次”改革" or a heading that says what was done.
     */
    private static final Pattern CAMPAIGN_ONLY = Pattern.compile(
            "[“\"][^”\"]{2,16}[”\"](?:监管|行动|活动|专项行动|专项活动|工程)?");

    /** "其中：" on a line of its own, "典型案例": what follows is a breakdown or one case (round 50). */
    private static final Pattern PART_OR_CASE_HEADING = Pattern.compile("其中|(?:典型)?案例(?:选编|分析)?");
    /** "该案中，县政府败诉1件", "该案经复议，…纠错1件": the figure is one case's. */
    private static final Pattern ONE_CASE = Pattern.compile("(?:该|本|此|这起|这一)案(?:件)?(?:中|经)");

    private static boolean headingNamesAPart(String heading) {
        String h = HEADING_ENUMERATOR.matcher(heading.strip()).replaceFirst("").replaceAll("[。：:】]$", "");
        // the catalogue's part words are read in sentences only: a heading's "法律援助事项办理情况" names the topic
        return KindsOfCases.someKinds(h, h) || PartsOfTheWhole.ownLevelOnlyNamed(h)
                || DefendantGroups.oneGroupOfDefendants(h, null) || SECOND_INSTANCE_ONLY.matcher(h).find()
                || CAMPAIGN_ONLY.matcher(h).matches() || PART_OR_CASE_HEADING.matcher(h).matches();
    }

    /**
     * The heading above names what the catalogue's part words name for the figure's topic ("（三）诉前调解",
     * "（二）县政府作为被申请人的行政复议案件", "（三）部门规范性文件备案"): the figures under it count that part. Not for
     * legal aid, whose part words name a count broader than the cases ("法律援助事项") that headings use for the topic.
     */
    private static boolean headingNamesAPartOfTheTopic(String heading, CompiledIndicator compiled, PartsOfTheWhole parts,
                                                      List<Pattern> topicPatterns) {
        if ("legal_aid".equals(compiled.indicator().topic()) || compiled.topic() < 0) {
            return false;
        }
        String h = HEADING_ENUMERATOR.matcher(heading.strip()).replaceFirst("").replaceAll("[。：:】]$", "");
        // the heading must be about the figure's own matter: "（六）注重多方联动，有效化解社会矛盾" above a lawsuit count
        // holds 化解, a part word of lawsuits only beside their figure (府院联动协调化解…件), not a kind of them
        // — in one clause of it: "完善行政复议应诉工作，推动行政争议实质性化解" names lawsuits in one and 化解 in another (r151)
        for (String clause : h.split("[，,；;]")) {
            if (topicPatterns.get(compiled.topic()).matcher(clause).find() && parts.narrowerThanTheWhole(compiled, clause)) {
                return true;
            }
        }
        return false;
    }

    /** The jurisdiction's own hall opening the figure's part of the sentence: "县政务服务中心大厅全年办件". */
    private static final Pattern OWN_HALL_OPENS = Pattern.compile(
            "^\\s*(?:\\d{4}年度?[，,]?|全年[，,]?)?\\s*[县区市旗](?:级)?(?:政务服务|行政服务|市民服务)中心(?:大厅)?(?![^，,；;。]{0,12}[和及与、])");
    /** The towns' centres given their own count later: "；19个镇便民服务中心办件18.7万件". */
    private static final Pattern TOWNS_CENTRES_COUNTED = Pattern.compile(
            "[；;，,][^，,；;。]{0,8}(?:镇|乡|街道)[^，,；;。]{0,8}便民服务(?:中心|站)[^，,；;。\\d]{0,10}\\d");
    private static final Pattern WHOLE_AFTER = Pattern.compile("合计|总计|共计|全[县区市旗]");

    /**
     * The jurisdiction's hall opens the figure's part of the sentence and the towns' centres follow with their own count,
     * no total after them: the hall is one of the two parts (round 82 c). The hall alone ("县政务服务中心全年共受理…") is
     * read as the whole, as most reports' golds do.
     */
    static boolean hallBesideTheTownsCentres(String beforeInSentence, String restOfSentence) {
        String part = afterTheLastSemicolon(beforeInSentence);
        return OWN_HALL_OPENS.matcher(part).find() && TOWNS_CENTRES_COUNTED.matcher(restOfSentence).find()
                && !WHOLE_AFTER.matcher(restOfSentence).find();
    }

    /** Counts of what came in during the year, which cases carried over from the year before are not. */
    private static final Set<String> RECEIVED_IN_THE_YEAR =
            Set.of("reconsideration.received", "reconsideration.accepted");

    /**
     * A later clause sums this count and the ones around it ("一审案件318件，二审案件86件，合计404件"), and the sentence
     * up to the sum names no other indicator's matter ("受理复议案件56件，行政诉讼案件92件，两项合计148件" sums two
     * matters) and no cases carried over.
     */
    private static boolean partOfASumAfter(NumberMention m, String beforeInSentence, String restOfSentence, int ownTopic,
                                           List<Pattern> topicPatterns) {
        String between = WordsAroundTheFigure.beforeASumOfIt(m.value(), restOfSentence);
        if (between == null || WordsAroundTheFigure.CARRIED_OVER.matcher(beforeInSentence + between).find()) {
            return false; // "新收…58件，加上旧存案件6件，共计64件": the sum adds the years before, the figure is the year's
        }
        String summed = beforeInSentence + between;
        for (int t = 0; t < topicPatterns.size(); t++) {
            if (t != ownTopic && topicPatterns.get(t).matcher(summed).find()) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;：:]");

    /**
     * A clause that names only an act, or a bare rate: "败诉1件", "审结30件", "败诉率3.1%" ("行政机关负责人出庭应诉36件"
     * names its own subject, the heads of all the organs).
     */
    private static final Pattern ACT_OR_RATE_CLAUSE = Pattern.compile(
            "^\\s*(今年|当年|全年|年内)?(共|依法|已)?(审结|结案|败诉|胜诉|撤诉)?(率|比例)?(为|达|达到)?\\s*[\\d.]*\\s*[件起宗次%]*\\s*$");
    /** A 其中 clause that names the government or one group of defendants: "其中以县政府为被告的32件". */
    private static final Pattern GROUP_AFTER_QIZHONG = Pattern.compile("^\\s*其中[^，,；;。]{0,20}(?:作为|为)被告");
    /**
     * "其中涉及征地拆迁类案件67件，占比30.73%，败诉8件": one kind of suits and what befell it (round 74 c); after a
     * semicolon ("其中…类案件67件；败诉8件") the acts go back to all the suits.
     */
    private static final Pattern KIND_AFTER_QIZHONG = Pattern.compile(
            "^\\s*其中[^，,；;。\\d]{0,16}?(?:类|涉及[^，,；;。\\d]{1,10}?的?)(?:行政)?(?:诉讼)?案件\\s*\\d");
    /** "占比30.73%": the share of the group clause before it, which names no act of its own. */
    private static final Pattern SHARE_CLAUSE = Pattern.compile("^\\s*(?:占比|占[^，,；;。\\d]{0,10}?)(?:为|达)?\\s*[\\d.]+\\s*%\\s*$");
    /** "以县政府为被告的21件" right after a clause that frames all the suits ("行政应诉案件中，"): a group, as after 其中. */
    private static final Pattern GROUP_CLAUSE = Pattern.compile("^\\s*[^，,；;。]{0,20}(?:作为|为)被告的[^，,；;。]{0,8}\\d");
    /** "负责人出庭应诉率100%": the heads' rate, which names no cases of its own (round 62). */
    private static final Pattern HEADS_RATE_CLAUSE = Pattern.compile(
            "^\\s*(?:行政机关)?负责人出庭(?:应诉)?率(?:为|达|达到)?\\s*[\\d.]*\\s*%?\\s*$");

    /**
     * "全县行政诉讼案件96件，其中以县政府为被告的32件，败诉1件，败诉率3.1%": act clauses right after a 其中 that names
     * one group of defendants may be that group's or the whole's; the words do not say which. A count larger than every
     * figure of the group clause cannot be counted out of it ("其中以县政府为被告的案件27件、…14件；已审结126件": r182).
     */
    static boolean actsOfAGroupAfterQiZhong(String beforeInSentence, BigDecimal count) {
        String[] clauses = CLAUSE_BREAK.split(beforeInSentence, -1);
        String last = clauses[clauses.length - 1];
        if (clauses.length < 2 || !ACT_OR_RATE_CLAUSE.matcher(last).matches() && !HEADS_RATE_CLAUSE.matcher(last).matches()) {
            return false;
        }
        BigDecimal largest = count;
        for (int i = clauses.length - 2; i >= 0; i--) {
            if (SHARE_CLAUSE.matcher(clauses[i]).matches()) {
                continue;
            }
            if (!ACT_OR_RATE_CLAUSE.matcher(clauses[i]).matches()) {
                // "行政应诉案件中，以县政府为被告的21件，负责人出庭应诉率100%": the frame makes the group one of all the suits
                boolean kind = KIND_AFTER_QIZHONG.matcher(clauses[i]).find()
                        && beforeInSentence.substring(beforeInSentence.lastIndexOf("其中")).matches("[^；;]*");
                return (GROUP_AFTER_QIZHONG.matcher(clauses[i]).find() || kind) && !largerThanEveryFigure(largest, clauses[i])
                        || i > 0 && GROUP_CLAUSE.matcher(clauses[i]).find() && FRAME_CLAUSE.matcher(clauses[i - 1]).find();
            }
            // "…；已审结80件，败诉4件": an act clause between that went back to the whole takes the later ones with it
            Matcher c = COUNT_IN_ACT.matcher(clauses[i]);
            if (c.find()) {
                BigDecimal n = new BigDecimal(c.group(1));
                largest = largest == null || n.compareTo(largest) > 0 ? n : largest;
            }
        }
        return false;
    }

    private static final Pattern COUNT_IN_ACT = Pattern.compile("(\\d+)\\s*[件起宗次]");

    private static final Pattern A_DIGIT = Pattern.compile("\\d");

    /** A count larger than every figure of a clause that holds one: it cannot be counted out of the clause's parts. */
    private static boolean largerThanEveryFigure(BigDecimal count, String clause) {
        return count != null && A_DIGIT.matcher(clause).find() && CountsAfterAPart.largerThanEveryFigure(count, clause);
    }

    /** A clause that frames the figures after it: "二审案件中，", "在审结的案件中，". */
    private static final Pattern FRAME_CLAUSE = Pattern.compile("中\\s*$");
    /**
     * "2022年立案的行政诉讼案件中", "以前年度受理的…中": the cases of a year they were filed or received in, as those
     * carried over are, a part of the cases a year concludes.
     */
    private static final Pattern EARLIER_CASES = Pattern.compile(
            "(?:\\d{4}年度?|以前年度|以往年度|往年|前几年)(?:以前|之前)?(?:立案|受理|收案|收到|起诉|新收|发生)的");
    /** A remark in brackets. */
    private static final Pattern REMARK = Pattern.compile("[（(][^（()）]*[)）]");
    /** "二审", "再审", "申请再审": a later stage of the suits alone ("一、二审", "一审和二审" are both). */
    private static final Pattern LATER_STAGE = Pattern.compile("(?<![一、和及与])(?:二审|再审)");
    /**
     * "经复议维持后被诉的案件中", "复议机关作为共同被告的案件中": the suits that follow a reconsideration the government
     * upheld, one kind of its suits (round 47).
     */
    private static final Pattern SUITS_AFTER_RECONSIDERATION = Pattern.compile(
            "复议维持(?:后|的)?[^，,；;。]{0,6}(?:被诉|起诉|诉讼|案件)|复议机关[^，,；;。]{0,4}共同被告|共同被告(?:的|案件)");

    /** A count of the cases carried over, written in the frame: "上年旧存19件". */
    private static final Pattern CARRIED_OVER_COUNT = Pattern.compile(
            "(?:结转|旧存|遗留|未审?结)[^，,；;。\\d]{0,8}(\\d+)\\s*[件起宗]\\s*$");

    /**
     * The whole the figure is counted out of names a part: a clause before it that frames it ("二审案件中，行政机关败诉
     * 1件", "涉企案件中，纠错3件"), or the count before a 其中 clause ("审结上年结转的行政复议案件19件，其中纠错2件"): a
     * part of a part is no whole either. Only the nearest frame is read, and only cases carried over, a later stage of
     * the suits and some kinds of cases make it a part (a frame naming the year's cases, "在审结的151件…中", does not).
     * {@code count}: the figure's own count, when it is one (null for a rate). "新收…186件，上年旧存19件，审结178件": a
     * count larger than the cases carried over that the clause before it names cannot be counted out of them: it is
     * the year's whole.
     */
    static boolean framedByAPart(String beforeInSentence, java.math.BigDecimal count) {
        String[] clauses = CLAUSE_BREAK.split(beforeInSentence, -1);
        if (clauses.length < 2) {
            return false;
        }
        String own = clauses[clauses.length - 1].strip();
        String frame = null;
        if (own.startsWith("其中")) {
            frame = clauses[clauses.length - 2];
        } else {
            for (int i = clauses.length - 2; i >= 0 && frame == null; i--) {
                if (FRAME_CLAUSE.matcher(clauses[i]).find()) {
                    frame = clauses[i];
                } else if (!ACT_OR_RATE_CLAUSE.matcher(clauses[i]).matches()) {
                    break; // a clause with a matter of its own stands between: the frame, if any, is not the figure's
                }
            }
        }
        if (frame == null) {
            return false;
        }
        frame = REMARK.matcher(frame).replaceAll(""); // "审结268件（含上年结转19件），其中纠错31件": all of the year's
        Matcher carried = CARRIED_OVER_COUNT.matcher(frame.strip());
        if (count != null && carried.find() && count.compareTo(new java.math.BigDecimal(carried.group(1))) > 0) {
            return false;
        }
        return (WordsAroundTheFigure.CARRIED_OVER.matcher(frame).find() || EARLIER_CASES.matcher(frame).find()
                || LATER_STAGE.matcher(frame).find() || SUITS_AFTER_RECONSIDERATION.matcher(frame).find()
                || KindsOfCases.someKinds(frame, frame));
    }

    /** "撤销9件", "作出确认违法决定6件": one kind of correction named alone, not the corrections (纠错, 纠正) as a whole. */
    private static final Pattern ONE_KIND_OF_CORRECTION = Pattern.compile(
            "^\\s*(?:作出|依法)?(?:撤销|变更|确认违法|责令履行)(?:的)?(?:决定)?(?:的)?\\s*$");

    /** Another kind of correction with a count of its own: "，督促被申请人履职2件", "，确认违法3件". */
    private static final Pattern KIND_OF_CORRECTION_COUNTED = Pattern.compile(
            "(?:^|[，,；;、])\\s*(?:依法|作出)?(?:撤销|变更|确认违法|责令(?:其)?履[行职]|督促[^，,；;。\\d]{0,6}履[行职])[^，,；;。\\d]{0,12}\\d");

    /**
     * "依法撤销4件，督促被申请人履职2件": one kind of correction named alone beside another kind with its own count is
     * one of the kinds, and no total of them is given (alone, after a count of cases concluded, it stays the
     * corrections: WordingAndPeriodsTest).
     */
    static boolean oneKindOfCorrectionBesideAnother(String beforeInSentence, String restOfSentence) {
        String own = ownClause(beforeInSentence).strip();
        int item = own.lastIndexOf('、');
        if (item >= 0 && ONE_KIND_OF_CORRECTION.matcher(own.substring(item + 1)).matches()
                && KIND_OF_CORRECTION_COUNTED.matcher(own.substring(0, item)).find()) {
            return true; // "撤销9件、变更2件、确认违法7件、责令履行3件": the list's last kind (round 52)
        }
        if (!ONE_KIND_OF_CORRECTION.matcher(own).matches()) {
            return false;
        }
        String others = beforeInSentence.substring(0, beforeInSentence.length() - ownClause(beforeInSentence).length())
                + "，" + restOfSentence.replaceFirst("^[^，,；;。]*", "");
        return KIND_OF_CORRECTION_COUNTED.matcher(others).find();
    }

    /**
     * "审结的行政复议案件中，作出撤销决定9件": among the cases a frame names, one kind of correction alone is a part of the
     * corrections, as "案件中撤销9件" in one clause is ({@link PartsOfTheWhole}); "撤销具体行政行为3件" after a count of the
     * cases concluded, with no frame, is left as the report's corrections.
     */
    static boolean oneKindOfCorrectionAmongTheCases(String beforeInSentence) {
        String[] clauses = CLAUSE_BREAK.split(beforeInSentence, -1);
        return clauses.length >= 2 && ONE_KIND_OF_CORRECTION.matcher(clauses[clauses.length - 1]).matches()
                && FRAME_CLAUSE.matcher(clauses[clauses.length - 2]).find();
    }

    /** The words of the figure's own clause, from the sentence's last clause break before it. */
    /**
     * The clause right before the figure's own clause ({@code ownClause}, the end of {@code beforeInSentence}); empty
     * when the own clause opens the sentence.
     */
    static String clauseBefore(String ownClause, String beforeInSentence) {
        if (beforeInSentence.length() <= ownClause.length()) {
            return "";
        }
        return ownClause(beforeInSentence.substring(0, beforeInSentence.length() - ownClause.length())
                .replaceAll("[，,；;：:\\s]+$", ""));
    }

    /**
     * The departments or towns (not the government) reviewing what they draft themselves: "市直各部门和各乡镇（街道）全年自行
     * 开展…", "各部门对本单位起草的…" — their own legality reviews, not the government's review of documents.
     */
    private static final Pattern LOWER_BODIES_OWN_REVIEWS = Pattern.compile(
            "^[^，,；;。]{0,8}?(?:[县区市]直|[县区市]级)?各?(?:职能)?(?:部门|单位)?(?:和|及|、)?各?(?:乡镇|镇|街道)?(?:（街道）|\\(街道\\))?"
                    + "(?<=部门|单位|乡镇|镇|街道|）|\\))[^，,；;。\\d]{0,8}?(?:自行|对本单位|对本部门|在本单位|在本部门)");

    /** The words of a part right after the sentence's last 其中, up to its figure: "其中行政许可事项办件". */
    private static final Pattern PART_AFTER_QIZHONG = Pattern.compile("其中[，,：:]?\\s*([^，,；;。：:\\d]{4,14}?)\\s*[\\d.]+");
    private static final Pattern THINGS = Pattern.compile("事项|案件|诉求|工单|纠纷|类");
    private static final Pattern NOT_A_KIND = Pattern.compile("^(?:[全我本各该]|通过|依法|共|累计|办理|受理|网上|线上)");

    /**
     * A rate after 其中 whose own name opens with the part's first words ("其中涉企诉求2100件，…涉企诉求办结率"): the part's
     * rate, not the whole's.
     */
    static boolean rateNamedForThePartBefore(String beforeInSentence) {
        int at = beforeInSentence.lastIndexOf("其中");
        if (at < 0 || beforeInSentence.substring(at).matches("[^；;]*[；;].*")) {
            return false;
        }
        Matcher part = PART_AFTER_QIZHONG.matcher(beforeInSentence.substring(at));
        // a kind of things ("行政许可事项", "涉企诉求"), not the rate's own numerator ("其中直接纠错21件，直接纠错率")
        if (!part.lookingAt() || NOT_A_KIND.matcher(part.group(1)).find() || !THINGS.matcher(part.group(1)).find()) {
            return false;
        }
        String rate = ownClause(beforeInSentence);
        return part.end() < beforeInSentence.length() - at && rate.contains(part.group(1).substring(0, 4));
    }

    static String ownClause(String beforeInSentence) {
        Matcher b = CLAUSE_BREAK.matcher(beforeInSentence);
        int start = 0;
        while (b.find()) {
            start = b.end();
        }
        return beforeInSentence.substring(start);
    }

    /**
     * How far the section before a sentence and its paragraph after it are read: a few paragraphs, so that the work
     * per figure stays bounded in a text without line breaks.
     */
    private static final int SECTION_REACH = 3000;

    /** The rest of the sentence's paragraph after it (its line, within the reach), "" when the sentence ends it. */
    private static String paragraphAfter(String text, Sentence s) {
        int limit = Math.min(text.length(), s.end() + SECTION_REACH);
        int end = s.end();
        while (end < limit && text.charAt(end) != '\n') {
            end++;
        }
        return text.substring(s.end(), end);
    }

    /**
     * The text before the sentence under its heading ("（二）行政应诉" and the paragraphs below it), or in its paragraph
     * when no heading is above it; within the reach.
     */
    private static String sectionBefore(String text, Sentence s, int headingStart) {
        int floor = Math.max(0, s.start() - SECTION_REACH);
        int paragraph = s.start();
        while (paragraph > floor && text.charAt(paragraph - 1) != '\n') {
            paragraph--;
        }
        boolean headingAbove = headingStart >= 0 && headingStart < paragraph;
        return text.substring(headingAbove ? Math.max(headingStart, floor) : paragraph, s.start());
    }

    /** The words after the last semicolon, or all of them. */
    static String afterTheLastSemicolon(String words) {
        return words.substring(lastSemicolon(words) + 1);
    }

    /**
     * "败诉率5.4%，其中德清县败诉率最低为1.9%；行政机关负责人出庭应诉率100%": a semicolon after a 其中 clause returns to the
     * whole; the sentence's words after it, or all of them when no 其中 clause ends at the last semicolon (round 54).
     */
    static String afterAPartsSemicolon(String beforeInSentence) {
        int semicolon = lastSemicolon(beforeInSentence);
        if (semicolon < 0) {
            return beforeInSentence;
        }
        int clause = Math.max(beforeInSentence.lastIndexOf('，', semicolon), beforeInSentence.lastIndexOf(',', semicolon));
        int partStart = lastSemicolon(beforeInSentence.substring(0, semicolon)) + 1;
        return beforeInSentence.substring(clause + 1, semicolon).contains("其中")
                || FRAMED_PARTS.matcher(beforeInSentence.substring(partStart, semicolon)).find()
                ? beforeInSentence.substring(semicolon + 1) : beforeInSentence;
    }

    /**
     * "全市一审行政诉讼案件356件中，涉及镇（街道）的105件，占29.5%；全年败诉17件": a whole framed by 中 and its parts,
     * closed by a semicolon (round 65).
     */
    private static final Pattern FRAMED_PARTS = Pattern.compile(
            "\\d\\s*[件起宗个]中[，,][^；;。]{1,60}$");

    /** Where the words' last semicolon stands (full-width or not), or -1. */
    static int lastSemicolon(String words) {
        return Math.max(words.lastIndexOf('；'), words.lastIndexOf(';'));
    }
}

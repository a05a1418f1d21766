package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A figure that counts only a part of its indicator's whole: some kinds of cases or disputes, one class, cases
 * carried over, the government's own level, a breakdown, a share of its own total, or the catalogue's words for a
 * part of the indicator's topic (a kind of service, lawsuit or mediation body, some respondents, the principal
 * heads only).
 */
final class PartsOfTheWhole {
    /** "投诉举报类12件", "受理案件中…": one kind of a total. */
    private static final Pattern BREAKDOWN = Pattern.compile("[类型]$|(案件|纠纷|申请|事项)中[^，,；;。]{0,10}$");
    /**
     * "案件中败诉3件", "案件中行政机关败诉", "案件中出庭应诉率达": among the cases, only the act the indicator counts or its
     * rate; "案件中涉及征收的纠错2件"
     * names a kind, "案件中撤销9件" one kind of correction.
     */
    private static final Pattern AMONG_THEN_ACT = Pattern.compile(
            "(案件|纠纷|申请|事项)中[^，,；;。的]{0,6}(败诉|纠错|开庭审理|开庭|出庭应诉|出庭|审结|结案|调解成功|成功调解)"
                    // "在法院开庭审理的98件行政诉讼案件中出庭应诉率达": the act's rate among the cases it is taken over
                    // (round 85 c)
                    + "(?:率(?:为|达到?|是)?)?$");
    /**
     * "其中婚姻家庭纠纷1200件，": a clause that lists parts, with the clauses after it that only name another part and
     * its count ("其中县行政服务中心38.6万件，各乡镇便民服务中心23.8万件；"), up to a clause with an act of its own.
     */
    private static final Pattern PART_LIST = Pattern.compile("其中[^，,；;。\\d]*\\d[^，,；;。]*"
            + "(?:[，,](?![^，,；;。]*(受理|办理|办结|审结|结案|调解|调处|化解|审查|审核|备案|废止|评查|纠错|收到|新收|发生|成功|"
            + "败诉|胜诉|撤销|变更|维持|驳回|确认|应诉|出庭|开庭|审理|指派|承办|其中|含|包括|率))"
            + "[^，,；;。\\d]{1,20}[\\d.]+万?(件次|件|个|宗|起|卷|份)(?=[，,；;。]|$))*[，,；;]?|其中[^，,；;。]*[，,；;]?");
    /**
     * "收案105件（其中新收94件、旧存11件）": a bracket right after the count splits it into the year's new cases and those
     * carried over — the count is more than the year's intake (round 53; the new cases are the year's, round 51).
     */
    private static final Pattern NEW_AND_CARRIED_AFTER = Pattern.compile(
            "^\\s*[（(]\\s*(?:其中|含|包括)?[^（()）]{0,6}新收[^（()）]{0,20}(?:旧存|结转|上年)");

    static boolean withTheCarriedOver(String restOfSentence) {
        return NEW_AND_CARRIED_AFTER.matcher(restOfSentence).find();
    }

    /** "上年结转行政复议案件", "旧存": cases carried over from earlier years ("(含结转)" includes them in a whole). */
    private static final Pattern CARRIED_OVER = Pattern.compile("(?<!未)结转|旧存|遗留|上年(度)?未(审)?结");
    /** "工伤认定类行政复议案件": one class of cases; "各类", "多类" mean them all. */
    private static final Pattern ONE_CLASS = Pattern.compile(
            "[\\u4e00-\\u9fa5](?<![各多诸门分归同种此该这大几两三四五六七八九十])类(?![型别似])"
                    + "(?=[^，,；;。]{0,10}(案件|申请|纠纷|事项|诉求)|(受理|新收|收到|办理|审结|办结|调解|调处)?$)");
    /**
     * "县级、乡镇两级调解组织分别调解纠纷860件、2400件", "县乡村三级…分别…", "县本级和各乡镇分别…", "县级部门及乡镇分别…": 分别 pairs each figure with one level or
     * place of a list, so each is a part (lists of acts, "收到、受理、审结…分别为", pair indicators instead).
     */
    private static final Pattern LEVELS_PAIRED = Pattern.compile(
            "([两三四五]级|(县级|乡镇|乡级|镇级|村级|街道|社区|县直|市直)[^，,；;。]{0,6}[、和及与]|本级[和及与、])[^，,；;。]{0,20}分别"
            // "县政府和县级部门分别…": a level named after the joining word
            + "|[、和及与](县级|乡镇|乡级|镇级|村级|街道|社区|县直|市直)[^，,；;。]{0,8}分别");
    /** "市本级", "政府本级", "县级调解组织": the government's own level only, without the levels below it. */
    // "拟以本级名义印发的规范性文件": the documents issued in the government's name, no level among others (r202)
    // "承办市级交办和本级受理的群众诉求工单…": the tickets passed down beside the own level's are all of them (round 81, r216)
    static final Pattern OWN_LEVEL_ONLY = Pattern.compile("(?<!(?:市级|省级|上级)[\\u4e00-\\u9fa5]{0,4}[和及与、])本级(?!政府|名义|[和及与、]各)|[市区县]直(?!各|[\\u4e00-\\u9fa5]{0,4}(?:部门|单位)|\\d+个[\\u4e00-\\u9fa5]{0,4}(?:部门|单位))" // "市直执法部门" as "市直部门" (r145), "市直19个行政执法部门" (round 62)
            // "县级调解组织调解纠纷860件": the county's own level of the mediation bodies, not the towns' and villages'
            + "|(?<![各全该本我每])[县区市旗]级(?:人民)?调解(?:组织|委员会|中心)(?![、和及与])");
    /** A clause that names the whole jurisdiction, or all its levels, after the own level was named. */
    private static final Pattern WHOLE_AGAIN = Pattern.compile("全[县区市旗州盟]|各级");
    private static final Pattern GENERIC_DOCUMENTS = Pattern.compile("(?<!规范性)文件$");
    private static final Pattern KINDS_AMONG_THEM = Pattern.compile("^[^。；;]*?其中[^，,；;。]{0,16}(规范性文件|重大(行政)?决策|合同|协议)");
    /**
     * "…25万件，占办件总量的78%": the count is a share of its own jurisdiction's total, so a part of it. A share of
     * a higher level's total ("占全市的12%") says nothing of the kind: the count is then the jurisdiction's own.
     */
    private static final Pattern SHARE_OF_OWN_TOTAL = Pattern.compile(
            // "…1.92万件，占全旗行政许可办件量的44.7%", "…2143件，分别占全旗总数的51.9%和52.4%" (round 52)
            // a 分别占 a clause or two on gives every figure listed before it as a share (…2187件，调解成功2143件，分别占…)
            "^(?:[^，,；;。\\d]{0,6}[，,]?\\s*(?:分别|均)?|[^。；;]{0,30}?[，,]\\s*分别)占"
                    + "(?![^，,；;。]{0,8}(全市|全省|全国|全州|全盟|全区|市级|省级))[^，,；;。]{0,12}(总量|总数|总额|全部|办件量|数量|总"
                    // "这一阶段共收到…申请196件，占全年收案量的47.6%": a share of the year's own count (r284)
                    + "|全年[^，,；;。]{0,8}(?:量|数))");
    /** A share of a place named outright ("占湖州市…总数的", "占浙江省…"), right after the count. */
    private static final Pattern SHARE_OF_A_NAMED_PLACE = Pattern.compile(
            "^[^，,；;。\\d]{0,6}[，,]?\\s*(?:分别|均)?占([\\u4e00-\\u9fa5]{2,3}[市省])(?!场|级|本级)");
    /** The words right after a count and its unit, up to the clause's next punctuation: what it counts. */
    private static final Pattern COUNTED_NOUN = Pattern.compile("^[^，,；;。：:、（(\\d]{1,8}");

    /**
     * "开展优化营商环境专项清理，废止规范性文件12件", "开展涉及民法典的规范性文件清理，废止6件": a clean-up of one subject
     * or one campaign, named in an earlier clause, is what the documents repealed after it came from: a part of all
     * those the jurisdiction repealed in the year (a 全面清理 of all documents is the whole).
     */
    private static final Pattern ONE_CLEAN_UP = Pattern.compile(
            "专项清理|(清理|审查)[^，,；;。]{0,16}(涉及|针对)|(涉及|针对)[^，,；;。]{1,16}清理");
    private static final Pattern REPEALED = Pattern.compile("废止|失效");
    /** Per topic (in the matcher's topic order), the catalogue's words for a part of its whole. */
    private final List<List<PartCheck>> topicParts;
    /** Indicators that are by nature a part of another count and may follow 其中. */
    private final Set<String> partIndicators;

    /** A catalogue's part words, compiled (see {@link Catalogue.PartWords}). */
    private record PartCheck(Pattern words, Pattern unless, boolean inBrackets) {
        boolean finds(String clause, String withoutBrackets) {
            String text = inBrackets ? clause : withoutBrackets;
            return words.matcher(text).find() && (unless == null || !unless.matcher(text).find());
        }
    }

    PartsOfTheWhole(Catalogue catalogue, List<String> topicKeys) {
        this.topicParts = topicKeys.stream().map(key -> catalogue.partsOf(key).stream()
                .map(p -> new PartCheck(Pattern.compile(p.words()),
                        p.unless() == null ? null : Pattern.compile(p.unless()), p.inBrackets()))
                .toList()).toList();
        this.partIndicators = catalogue.indicators().stream().filter(Indicator::part).map(Indicator::code)
                .collect(Collectors.toSet());
    }

    /** "群众满意率99%，": a clause that states a rate. */
    private static final Pattern RATE_CLAUSE = Pattern.compile("[^，,；;。]*率[^，,；;。\\d]{0,6}[\\d.]+\\s*%[^，,；;。]{0,4}[，,；;]?");

    /**
     * The words without the clauses that state other rates: what a bare rate measures is in the count clauses
     * before it ("调解纠纷3200件，群众满意率99%，调解成功率98%": the satisfaction rate's words are not the success
     * rate's).
     */
    static String withoutRateClauses(String words) {
        return RATE_CLAUSE.matcher(words).replaceAll("");
    }

    /** The words without the clauses that list parts after 其中. */
    static String withoutPartLists(String words) {
        return PART_LIST.matcher(words).replaceAll("");
    }

    /** The indicator may follow 其中 without being a part: a rate, or a count that is a part by nature. */
    boolean partByNature(Indicator ind) {
        return ind.kind() != IndicatorKind.COUNT || partIndicators.contains(ind.code());
    }

    /** Where the last clause of the words starts, less one (-1: the words are one clause). */
    static int lastClauseBreak(String words) {
        return Math.max(Math.max(words.lastIndexOf('，'), words.lastIndexOf(',')),
                Math.max(words.lastIndexOf('；'), words.lastIndexOf(';')));
    }

    /**
     * "按案件类型分，…", "按被告类别分，…", "从申请主体看，…": the sentence goes on to break a total down, so each figure after it is one
     * category's (按期, 按时, 按照 are other words; "从审理结果看，全年共审结…" looks at the whole).
     */
    private static final Pattern BY_CATEGORY = Pattern.compile(
            "(?:^|[，,；;。：:])\\s*按(?!期|时|照|规定|要求|程序)[^，,；;。\\d]{1,10}?(?:分|划分|分类|统计)[，,：:]"
                    // "从申请主体看，…", "分地区看，…": a category the total is broken down by, looked at
                    + "|(?:^|[，,；;。：:])\\s*(?:从|分)[^，,；;。\\d]{0,6}?(?:主体|申请人|被申请人|被告|类型|类别|领域|来源|渠道|地区|区域|层级|案由|行业)"
                    + "(?:情况)?(?:来)?看[，,：:]");
    /** A clause after the breakdown that names the whole again: "…，全县共调解…", "合计…". */
    private static final Pattern WHOLE_AFTER_BREAKDOWN = Pattern.compile("全[县区市旗州盟年]|合计|共计|总计|总量|各级");

    /** One kind or type of a total, the government's own level only, or a figure inside a list of parts. */
    static boolean breakdown(String clause, String beforeInSentence) {
        return breakdown(clause, beforeInSentence, false);
    }

    /**
     * @param partByNature the indicator is itself a part of the cases ("行政诉讼案件中败诉3件", "复议案件中纠错9件"): the
     *                     cases it is found among are the whole it is a part of, not one kind; or a rate, taken over
     *                     the cases it is found among ("…案件中出庭应诉率达98.98%")
     */
    static boolean breakdown(String clause, String beforeInSentence, boolean partByNature) {
        return breakdown(clause, beforeInSentence, partByNature, false);
    }

    /**
     * @param ownLevelIsTheWhole the government's own level is the jurisdiction's whole for the figure's matter (the
     *                           government as its one reconsideration body, with nothing set beside it)
     */
    static boolean breakdown(String clause, String beforeInSentence, boolean partByNature, boolean ownLevelIsTheWhole) {
        return breakdown(clause, beforeInSentence, partByNature, ownLevelIsTheWhole, "");
    }

    /**
     * @param after the words right after the figure: "件复议案件中，" says the figure is the whole the breakdown is taken
     *              among ("按案件类型分，受理的352件复议案件中，涉及…118件"), not one of its parts (round 92 a)
     */
    static boolean breakdown(String clause, String beforeInSentence, boolean partByNature, boolean ownLevelIsTheWhole,
                             String after) {
        return BREAKDOWN.matcher(clause).find() && !(partByNature && AMONG_THEN_ACT.matcher(clause).find())
                || !ownLevelIsTheWhole && ownLevelOnly(clause, beforeInSentence)
                || LEVELS_PAIRED.matcher(clause).find() || PhrasesOfOneKind.subjectsPairedByRespectively(clause)
                || ListedParts.insideAList(beforeInSentence)
                || afterABreakdownOpens(beforeInSentence) && !WHOLE_TAKEN_AMONG.matcher(after).lookingAt();
    }

    /** "352件复议案件中，": the figure's noun closed by 中, the whole the parts after it are found among. */
    private static final Pattern WHOLE_TAKEN_AMONG = Pattern.compile("\\s*[件宗起]?[^，,；;。\\d]{0,10}?中[，,]");

    private static boolean afterABreakdownOpens(String beforeInSentence) {
        Matcher by = BY_CATEGORY.matcher(beforeInSentence);
        int end = -1;
        boolean lookedAt = false;
        while (by.find()) {
            end = by.end();
            // every match ends with its punctuation: "从申请主体看，" was looked at, "按案件类型分，" split
            lookedAt = beforeInSentence.charAt(end - 2) == '看';
        }
        // "从案件类型看，受理行政复议案件158件，其中…": an act right after the category looked at counts the whole first
        return end >= 0 && !WHOLE_AFTER_BREAKDOWN.matcher(beforeInSentence.substring(end)).find()
                && !(lookedAt && PhrasesOfOneKind.actOpens(beforeInSentence.substring(end)));
    }

    /**
     * "县政府本级受理行政复议案件120件，全县共受理560件": 本级 limits the figures after it in the sentence until a
     * clause names the whole again.
     */
    private static boolean ownLevelOnly(String clause, String beforeInSentence) {
        // "全市（含市本级）共组织办理…": the bracket says what the whole takes in, not a limit (round 52)
        if (OWN_LEVEL_ONLY.matcher(OwnMentions.withoutWhatItIncludes(clause)).find()) {
            return true;
        }
        // "…共计163件（区政府本级21件），审结158件": a part in brackets limits nothing outside them (round 50)
        // "…143件，其中县本级行政机关78件、镇（街道）65件；已审结131件": nor a part in a 其中 list a semicolon closes (round 109 c)
        String outside = CLOSED_BRACKETS.matcher(PartsAroundTheSentence.afterAPartsSemicolon(beforeInSentence)).replaceAll("");
        Matcher own = OWN_LEVEL_ONLY.matcher(outside);
        int lastOwn = -1;
        while (own.find()) {
            lastOwn = own.end();
        }
        // "市政府本级收到…96件，市级部门收到…42件，全市合计收到…138件，受理127件": a clause after the own level that
        // names the whole again ends the limit for the clauses that continue it too
        return lastOwn >= 0 && !WHOLE_AGAIN.matcher(outside.substring(lastOwn)).find()
                && !WHOLE_AGAIN.matcher(clause).find();
    }

    private static final Pattern CLOSED_BRACKETS = Pattern.compile("[（(][^（()）]{0,40}[)）]");

    /** "县级部门", "县直单位", "县级行政机关", "区本级", "县级层面": the county's own level, as against its towns. */
    private static final Pattern OWN_LEVEL_NAMED = Pattern.compile("[县区市旗](级|直|本级)(各)?(行政)?(执法)?(部门|单位|机关)|[县区市旗]级层面"
            // "县法律援助中心办理案件1037件，各乡镇法律援助工作站办理228件": the county's centre beside the towns' stations (round 53)
            // (not the service centre: its figure is the jurisdiction's, the towns' centres handle items for it, r141)
            + "|^[^，,；;。]{0,6}?[县区市旗](?:法律援助|公共法律服务|矛盾纠纷调处化解|社会治理)中心");
    /** "县级部门和乡镇": the towns named in the count's own clause too make it both levels. */
    private static final Pattern TOWNS_NAMED = Pattern.compile("乡镇|街道|[县区]乡|镇(?!压)");
    /** "，乡镇便民服务中心办理1.2万件": a later clause of the sentence gives the towns' or streets' own figure. */
    private static final Pattern TOWNS_FIGURE_AFTER = Pattern.compile(
            "^[^。；;]*?[，,；;](?!\\s*其中)[^，,；;。]{0,12}(乡镇|乡|镇|街道|村)[^，,；;。]{0,16}\\d");

    /**
     * "县级部门办理行政许可事项3.6万件，乡镇便民服务中心办理1.2万件": the county's own level with the towns' figure
     * beside it in the same sentence is one level of the whole, which is the two together.
     */
    static boolean ownLevelBesideTheTowns(String clause, String restOfSentence) {
        return OWN_LEVEL_NAMED.matcher(clause).find() && !TOWNS_NAMED.matcher(clause).find()
                && TOWNS_FIGURE_AFTER.matcher(restOfSentence).find();
    }

    /** The words name the government's own level only ("县政府本级", "县级调解组织"). */
    static boolean ownLevelOnlyNamed(String words) {
        return OWN_LEVEL_ONLY.matcher(words).find();
    }

    /** The clean-up the sentence tells of went through every document in force (its themes limit none of them). */
    static boolean everyDocumentCleanedUp(String beforeInSentence) {
        return EVERY_DOCUMENT.matcher(beforeInSentence).find();
    }

    /** The count's clause repeals, and an earlier clause names the one clean-up the documents came from. */
    static boolean repealedInOneCleanUp(String clause, String beforeInSentence, String restOfSentence) {
        return REPEALED.matcher(clause).find() && ONE_CLEAN_UP.matcher(withoutPartLists(beforeInSentence)).find()
                && !EVERY_DOCUMENT.matcher(beforeInSentence).find() && !KEPT_AFTER.matcher(restOfSentence).find();
    }

    /**
     * "共清理规范性文件192件，废止9件、修改12件、继续有效171件": the documents kept, listed after those repealed, show the
     * clean-up sorted every document it read (round 89 a), as they do when listed before.
     */
    private static final Pattern KEPT_AFTER = Pattern.compile(
            "^[^。；;]{0,40}?[、，,](?:继续有效|继续保留|予以保留|保留)[^，,；;。\\d]{0,4}\\d");

    /**
     * "开展…专项清理，对现行有效的142件行政规范性文件逐件审核，宣布废止9件": a campaign that went through every document in
     * force is the whole clean-up, whatever its name (round 55), and so is one that counts the documents it kept.
     */
    private static final Pattern EVERY_DOCUMENT = Pattern.compile(
            "现行有效的?[^，,；;。]{0,24}(?:逐件|逐一|全面|全部)(?:审核|审查|清理|梳理|评估)|(?:逐件|逐一|全面)(?:审核|审查|清理|梳理|评估)[^，,；;。]{0,6}现行有效"
                    // "对2018年以来印发的138件规范性文件逐件梳理": every document of the years it names, one by one (round 63)
                    + "|对[^，,；;。]{0,24}\\d+件[^，,；;。\\d]{0,16}(?:逐件|逐一)(?:审核|审查|清理|梳理|评估)"
                    // "经清理，继续有效261件，废止、宣布失效共22件": the clean-up sorted every document it read (round 56);
                    // "…逐件评估，保留33件、修改4件、废止5件", "其中保留178件、…" (round 62)
                    + "|(?:继续有效|继续保留|予以保留|(?<=[，,：:])保留|(?:决定|分别)保留|其中[：:，,]?保留)[^，,；;。\\d]{0,4}\\d"
                    // "共清理现行有效规范性文件286件，废止…": the count of the documents in force it went through (round 64)
                    + "|(?:清理|梳理|审查|评估)现行有效的?[^，,；;。\\d]{0,12}\\d+件"
                    // "对现行有效的136件规范性文件开展专项清理，分别决定保留98件、…" (round 65)
                    + "|现行有效的?\\d+件[^，,；;。\\d]{0,12}(?:清理|梳理|审查|评估)");

    /** The words right after a count ("废止7部政府规章": 政府规章), when they end the clause; else "". */
    static String countedNoun(String after) {
        Matcher noun = COUNTED_NOUN.matcher(after.strip());
        // only a noun that ends the clause: "35件主要负责人出庭5件" runs on into the next figure's words
        return noun.matches() ? noun.group() : "";
    }

    /**
     * "审查县政府文件182件，其中规范性文件12件": a count of documents of every kind, whose breakdown after it names
     * the normative documents, decisions or contracts among them.
     */
    static boolean documentsOfEveryKind(String clause, String afterInSentence) {
        return GENERIC_DOCUMENTS.matcher(clause.strip()).find() && KINDS_AMONG_THEM.matcher(afterInSentence).find();
    }

    /**
     * "…25万件，占办件总量的78%": the words after a count give it as a share of its own total. Not the share a count that
     * is the numerator of a rate has of that rate's whole ("败诉9件，占审结案件总数的6.2%": all the losses).
     */
    static boolean shareOfOwnTotal(String afterFigure, String countCode, Scope scope) {
        Matcher named = SHARE_OF_A_NAMED_PLACE.matcher(afterFigure);
        if (named.find() && (scope.ownName() == null || !scope.ownName().startsWith(named.group(1)))) {
            return false; // "131件，占湖州市行政诉讼案件总数的14.2%" in a county's report: the city's whole, as 全市's (round 54)
        }
        return (SHARE_OF_OWN_TOTAL.matcher(afterFigure).find() || shareOfTheWholeNamed(afterFigure, scope))
                && !Shares.shareOfTheRatesWhole(countCode, afterFigure);
    }

    /**
     * "市政府作为行政复议机关全年新收…614件，占全市收案总量的25.7%" in a city's report: 全市 is the jurisdiction itself there, so
     * the count is a share of its own whole (round 53; in a county's report 全市 is the city above).
     */
    private static final Pattern SHARE_OF_THE_WHOLE_NAMED = Pattern.compile(
            "^[^，,；;。\\d]{0,6}[，,]?\\s*(?:分别|均)?占全([县区市旗])[^，,；;。]{0,12}(总量|总数|总额|办件量|数量)");

    private static boolean shareOfTheWholeNamed(String afterFigure, Scope scope) {
        Matcher m = SHARE_OF_THE_WHOLE_NAMED.matcher(afterFigure);
        return m.find() && LevelWords.level(scope) == m.group(1).charAt(0);
    }

    /**
     * Cases carried over, one class or (for a rate) one kind of case, or the words the catalogue gives for a
     * part of the indicator's topic: a part of the whole.
     */
    boolean narrowerThanTheWhole(CompiledIndicator c, String clauseWords) {
        // "全区各级人民调解组织（包括…村（社区）调委会和…行业性专业性调委会）共调处…": what the whole includes is no part
        String clause = OwnMentions.withoutWhatItIncludes(clauseWords);
        String words = Remarks.withoutShort(clause);
        if (CARRIED_OVER.matcher(words).find() || ONE_CLASS.matcher(words).find()
                || c.indicator().kind() == IndicatorKind.RATE && KindsOfCases.ONE_KIND_ANYWHERE.matcher(words).find()) {
            return true;
        }
        return c.topic() >= 0 && topicParts.get(c.topic()).stream().anyMatch(p -> p.finds(clause, words));
    }

    /**
     * "全县（不含开发区）", "全县(不包括…)", "（除…外）": a bracket that leaves a part out of the whole. Not an instance or
     * cases carried over ("行政应诉案件86件（不含二审）" counts the suits as round 13 reads them), nor repeats.
     */
    private static final Pattern LEAVES_OUT = Pattern.compile(
            "[（(]\\s*((?:不含|不包括|未含|未包括|除(?![^（()）]{0,16}审)[^（()）]{1,16}外)(?![^（()）]{0,24}(?:审|结转|旧存|上年|重复))[^（()）]{0,24})[）)]");
    /**
     * What a bracket leaves out is a place or a body ("不含开发区", "不包括市直部门", "除高新区外"): the rest is a part of the
     * jurisdiction. A kind of work left out ("不含非诉执行案件", "不含法院诉前调解案件", "不含值班律师提供法律帮助2317人次",
     * "不含调解、和解") says what the measure counts, as its definition does, and leaves the whole (round 96 c, 95 c).
     */
    private static final Pattern PLACE_OR_BODY_LEFT_OUT = Pattern.compile(
            "(?:开发区|园区|新区|功能区|度假区|管委会|[县区市乡镇]|街道|社区|[局委办院]|中心|部门|单位|平台)\\s*外?$");

    /** The clause before the figure leaves a part out of the whole ("全县（不含开发区）共调解…"): the rest is a part. */
    static boolean leavesAPartOut(String clauseBefore) {
        Matcher m = LEAVES_OUT.matcher(clauseBefore);
        while (m.find()) {
            if (aPlaceOrBody(m)) {
                return true;
            }
        }
        return false;
    }

    /** The figure is followed right away by such a bracket ("共调解矛盾纠纷3860件（不含开发区）"). */
    static boolean leavesAPartOutAfter(String after) {
        Matcher m = LEAVES_OUT.matcher(after);
        return m.find() && after.substring(0, m.start()).strip().length() <= 1 && aPlaceOrBody(m);
    }

    /**
     * The words with every bracket of what is left out blanked: a body named there ("（不含法院诉前调解案件）") is no
     * speaker of the figures after it (round 91 b).
     */
    static String withoutWhatIsLeftOut(String words) {
        return LEAVES_OUT.matcher(words).replaceAll(m -> "_".repeat(m.group().length()));
    }

    private static boolean aPlaceOrBody(Matcher leavesOut) {
        String left = leavesOut.group(1).strip();
        return PLACE_OR_BODY_LEFT_OUT.matcher(left).find();
    }
}

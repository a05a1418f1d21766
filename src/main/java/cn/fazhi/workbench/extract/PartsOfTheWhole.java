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
     * "案件中败诉3件", "案件中行政机关败诉": among the cases, only the act the indicator counts; "案件中涉及征收的纠错2件"
     * names a kind, "案件中撤销9件" one kind of correction.
     */
    private static final Pattern AMONG_THEN_ACT = Pattern.compile(
            "(案件|纠纷|申请|事项)中[^，,；;。的]{0,6}(败诉|纠错|开庭审理|开庭|出庭应诉|出庭|审结|结案|调解成功|成功调解)$");
    /** "涉企行政复议案件", "四类矛盾纠纷": some kinds of a total. */
    private static final Pattern KINDS = Pattern.compile("涉企|涉外|(?<![各])[两三四五六七八九十\\d]+类");
    /**
     * "调处重大疑难纠纷35件", "化解婚姻家庭纠纷120件": a word that names one kind of dispute or case right before
     * the noun counts that kind only; "婚姻家庭、邻里等各类纠纷" lists kinds to mean them all.
     */
    private static final String KIND_WORDS = "(重大|疑难|复杂|群体性|涉稳|涉访|信访|专项|婚姻家庭|邻里|土地"
            + "|征地|征收|拆迁|物业|劳资|欠薪|讨薪|消费|医患|医疗|交通事故|道路交通|山林|环境|知识产权|金融|商事|家事|校园|刑事"
            + "|民事|未成年人|农民工|妇女|老年人|残疾人|军人|工伤|涉农|涉法涉诉|行政协议|认罪认罚|值班律师|法律帮助"
            // "边界纠纷", "旅游纠纷", "宅基地纠纷": more kinds of dispute that reports name one at a time
            + "|边界|旅游|林权|宅基地|借贷|赡养|继承|渔业|水事|电商|快递|保险|工程款|相邻)";
    /** "工伤认定行政复议申请68件": a kind of application counts that kind too. */
    private static final String KINDS_OF_CASES = "(?<![、和及与])" + KIND_WORDS
            + "([^，,；;。、等各]{0,6})(矛盾纠纷|纠纷|案件|矛盾|申请)";
    private static final Pattern ONE_KIND = Pattern.compile(KINDS_OF_CASES + "[^，,；;。]{0,6}$");
    /**
     * "办理民事、行政法律援助案件556件", "调解婚姻家庭、邻里纠纷120件": a list of some kinds that ends without 等 is
     * those kinds only ("婚姻家庭、邻里等各类纠纷" and "刑事、民事、行政法律援助案件" are all of them).
     */
    private static final Pattern SOME_KINDS_LISTED = Pattern.compile("(?<![、和及与])" + KIND_WORDS
            + "([、和及与](?:" + KIND_WORDS + "|行政)){1,3}(?![、和及与等])([^，,；;。、等各]{0,6})(矛盾纠纷|纠纷|案件|矛盾)"
            + "[^，,；;。]{0,6}$");
    /**
     * "民事、刑事法律援助案件", "刑事、民事、行政…": criminal and civil cases together are all cases (administrative
     * ones are few); "民事、行政…" leaves the criminal ones out.
     */
    private static final Pattern CRIMINAL_AND_CIVIL = Pattern.compile(
            "刑事[、和及与](行政[、和及与])?民事|民事[、和及与](行政[、和及与])?刑事");
    /**
     * "涉疫矛盾纠纷", "涉项目矛盾纠纷", "涉众型纠纷": disputes or cases that involve one matter, a kind of the total (涉及 is
     * the verb "concern", 涉嫌/涉案 other words, 涉法案件 all legal matters).
     */
    private static final Pattern INVOLVING = Pattern.compile(
            "涉(?![及嫌案密法])[\\u4e00-\\u9fa5]{1,3}?(型|类)?(矛盾纠纷|纠纷|案件|矛盾)");
    /**
     * "针对土地征收决定的行政复议申请", "因工伤认定引起的行政复议案件", "来自残疾人、老年人的法律援助申请", "涉及土地承包经营的
     * 矛盾纠纷": the cases, disputes, applications or documents of one matter, source or cause, named in a phrase before
     * the noun; all of them (各类, 全县, 所有, …等) or the whole public (来自群众的诉求) are not one kind.
     */
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?:针对|涉及(?!我|本)|有关|关于|来自|由于|因|对(?=[^，,；;。]{1,16}不服的))(?![^，,；;。]{0,16}(?:各|全[县区市旗]|所有|多种|等|群众|市民|社会|人民))"
                    + "[^，,；;。《》]{1,16}?的"
                    + "[^，,；;。]{0,8}?(矛盾纠纷|纠纷|案件|申请|诉讼|规范性文件|事项|诉求|工单|复议)");
    private static final Pattern CAUSED = Pattern.compile("(引起|引发|产生|导致)的");
    /**
     * "市场监管领域行政复议案件", "民生领域法律援助案件", "涉及市场监管领域的败诉2件": the cases of one field, or what was
     * lost or corrected in them; 各领域, 多领域 are all of them.
     */
    private static final Pattern ONE_FIELD = Pattern.compile(
            "[\\u4e00-\\u9fa5](?<![各全多诸等个])领域(的)?[^，,；;。]{0,8}(矛盾纠纷|纠纷|案件|案卷|申请|诉讼|复议|败诉|纠错|诉求|工单)");
    /** "医疗纠纷人民调解成功率": a rate of one kind of case, wherever the kind stands before it. */
    private static final Pattern ONE_KIND_ANYWHERE = Pattern.compile(KINDS_OF_CASES);
    /**
     * "其中婚姻家庭纠纷1200件，": a clause that lists parts, with the clauses after it that only name another part and
     * its count ("其中县行政服务中心38.6万件，各乡镇便民服务中心23.8万件；"), up to a clause with an act of its own.
     */
    private static final Pattern PART_LIST = Pattern.compile("其中[^，,；;。\\d]*\\d[^，,；;。]*"
            + "(?:[，,](?![^，,；;。]*(受理|办理|办结|审结|结案|调解|调处|化解|审查|审核|备案|废止|评查|纠错|收到|新收|发生|成功|"
            + "败诉|胜诉|撤销|变更|维持|驳回|确认|应诉|出庭|开庭|审理|指派|承办|其中|含|包括|率))"
            + "[^，,；;。\\d]{1,20}[\\d.]+万?(件次|件|个|宗|起|卷|份)(?=[，,；;。]|$))*[，,；;]?|其中[^，,；;。]*[，,；;]?");
    /** "上年结转行政复议案件", "旧存": cases carried over from earlier years ("(含结转)" includes them in a whole). */
    private static final Pattern CARRIED_OVER = Pattern.compile("(?<!未)结转|旧存|遗留|上年(度)?未(审)?结");
    /** "工伤认定类行政复议案件": one class of cases; "各类", "多类" mean them all. */
    private static final Pattern ONE_CLASS = Pattern.compile(
            "[\\u4e00-\\u9fa5](?<![各多诸门分归同种此该这大几两三四五六七八九十])类(?![型别似])"
                    + "(?=[^，,；;。]{0,10}(案件|申请|纠纷|事项|诉求)|(受理|新收|收到|办理|审结|办结|调解|调处)?$)");
    /**
     * "县级、乡镇两级调解组织分别调解纠纷860件、2400件", "县乡村三级…分别…": 分别 pairs each figure with one level or
     * place of a list, so each is a part (lists of acts, "收到、受理、审结…分别为", pair indicators instead).
     */
    private static final Pattern LEVELS_PAIRED = Pattern.compile(
            "([两三四五]级|(县级|乡镇|乡级|镇级|村级|街道|社区|县直|市直)[^，,；;。]{0,6}、)[^，,；;。]{0,20}分别");
    /** "市本级", "政府本级", "县级调解组织": the government's own level only, without the levels below it. */
    static final Pattern OWN_LEVEL_ONLY = Pattern.compile("本级(?!政府|[和及与、]各)|[市区县]直(?!各|部门|单位)"
            // "县级调解组织调解纠纷860件": the county's own level of the mediation bodies, not the towns' and villages'
            + "|(?<![各全该本我每])[县区市旗]级(?:人民)?调解(?:组织|委员会|中心)(?![、和及与])");
    /** A clause that names the whole jurisdiction, or all its levels, after the own level was named. */
    private static final Pattern WHOLE_AGAIN = Pattern.compile("全[县区市旗州盟]|各级");
    /**
     * "…25万件，占办件总量的78%": the count is a share of its own jurisdiction's total, so a part of it. A share of
     * a higher level's total ("占全市的12%") says nothing of the kind: the count is then the jurisdiction's own.
     */
    private static final Pattern GENERIC_DOCUMENTS = Pattern.compile("(?<!规范性)文件$");
    private static final Pattern KINDS_AMONG_THEM = Pattern.compile("^[^。；;]*?其中[^，,；;。]{0,16}(规范性文件|重大(行政)?决策|合同|协议)");
    private static final Pattern SHARE_OF_OWN_TOTAL = Pattern.compile(
            "^[^，,；;。\\d]{0,6}[，,]?\\s*占(?![^，,；;。]{0,8}(全市|全省|全国|全州|全盟|全区|市级|省级))[^，,；;。]{0,10}(总量|总数|总额|全部|总)");
    /**
     * "调解成功", "审结", "成功化解": a clause that names only the act, no matter, body or kind of its own. Such a
     * count continues the count written before it ("县人民调解中心受理纠纷860件，调解成功850件": 850 of those 860).
     */
    private static final Pattern ACT_ONLY = Pattern.compile(
            "^(共|共计|依法|全部|均|已|并)?(成功)?(调解|调处|化解|审结|办结|结案|受理|纠错|纠正|败诉|撤销|变更|备案|废止|宣布失效)(成功|完毕)?(了)?$");
    /** The count's figure and unit that end the words before a continuing clause: "…纠纷860件，". */
    private static final Pattern TRAILING_FIGURE = Pattern.compile("[\\d.,，,万亿余多]+\\s*[件起宗个人次卷份%]*[，,]?\\s*$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** A remark in brackets that ends the words before a continuing clause: "…399件（一审312件、二审87件），". */
    private static final Pattern TRAILING_REMARK = Pattern.compile("[（(][^（()）]{0,40}[)）]\\s*([，,；;]\\s*)?$");
    /** A figure and its unit ending a clause: "…案件52件，". */
    private static final Pattern FIGURE_ENDS = Pattern.compile("\\d[\\d.,万亿余多]*\\s*[件起宗个人次卷份%]*[，,；;]\\s*$");
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

    /**
     * "全县有28个单位按时办结率、满意率均为100%", "县级21个部门信访事项按期办结率均达100%", "32个乡镇和部门12345热线按时
     * 办结率": units counted by number right before a rate in its own clause — the rate of those units (each of them, 均),
     * not the jurisdiction's; the catalogue's words for them are not reached when the rate's words start after the count.
     */
    private static final Pattern UNITS_BEFORE_RATE = Pattern.compile(
            "(?<![各全\\d.])\\d+\\s*个(?:[^，,；;。\\d]|12345){0,16}?(单位|部门|乡镇|街道|窗口|站所)"
                    + "(?:[^，,；;。\\d]|12345){0,16}?率[^，,；;。\\d]{0,8}$");

    /**
     * "对全县18个乡镇（街道）开展抽查，12345热线按时办结率均为100%", "经抽查21家单位，政务服务网办率达100%": units counted
     * in an earlier clause, sampled, called back or checked, or a rate that each of them reached (均): theirs.
     */
    private static final Pattern UNITS_COUNTED_EARLIER = Pattern.compile(
            "(?<![各全\\d.])\\d+\\s*[个家](?:[^，,；;。\\d]|12345){0,10}?(单位|部门|乡镇|街道|窗口|站所)[^。；;]*[，,]"
                    + "[^，,；;。]*率[^，,；;。\\d]{0,8}$");
    /** "随机抽查300件12345工单，按时办结率100%": the rate of a sample of items counted before it. */
    private static final Pattern SAMPLE_OF_ITEMS = Pattern.compile(
            "(抽查|抽取|抽检|抽样|回访)[^，,；;。\\d]{0,6}\\d+\\s*(件|条|个|份|单|宗)[^。；;]*率[^，,；;。\\d]{0,8}$");
    private static final Pattern SAMPLED = Pattern.compile("抽查|抽检|回访|检查|考核|测评|暗访");
    private static final Pattern EACH = Pattern.compile("均[^，,；;。\\d]{0,4}$");

    /** Units counted by number open the rate's own clause (see {@link #UNITS_BEFORE_RATE}), or an earlier one. */
    static boolean unitsCountedBeforeTheRate(String beforeInSentence) {
        if (UNITS_BEFORE_RATE.matcher(beforeInSentence.replace('家', '个')).find()
                || SAMPLE_OF_ITEMS.matcher(beforeInSentence).find()) {
            return true;
        }
        Matcher m = UNITS_COUNTED_EARLIER.matcher(beforeInSentence);
        return m.find() && (EACH.matcher(beforeInSentence).find()
                || SAMPLED.matcher(beforeInSentence.substring(0, Math.max(0, lastClauseBreak(beforeInSentence)))).find());
    }

    /** The words without the clauses that list parts after 其中. */
    static String withoutPartLists(String words) {
        return PART_LIST.matcher(words).replaceAll("");
    }

    /** The indicator may follow 其中 without being a part: a rate, or a count that is a part by nature. */
    boolean partByNature(Indicator ind) {
        return ind.kind() != IndicatorKind.COUNT || partIndicators.contains(ind.code());
    }

    /** The clause names only its act ("调解成功"): the count continues the count before it. */
    static boolean actOnly(String clause) {
        return ACT_ONLY.matcher(clause.strip()).matches();
    }

    /**
     * The words of the count a continuing clause carries on ("县医调委受理医疗纠纷86件，调解成功" → "县医调委受理医疗
     * 纠纷"): the clause before the figure's own, past the lists of parts after 其中, without its figure.
     */
    static String continuedCount(String beforeInSentence, String clause) {
        String words = beforeInSentence.endsWith(clause)
                ? beforeInSentence.substring(0, beforeInSentence.length() - clause.length()) : beforeInSentence;
        // "…案件399件（一审312件、二审87件），败诉17件": the parts in brackets after the count are not what it counts
        words = TRAILING_FIGURE.matcher(TRAILING_REMARK.matcher(withoutPartLists(words)).replaceFirst("")).replaceFirst("");
        int start = lastClauseBreak(words);
        // "公安类行政复议案件52件，受理50件，审结48件": a clause that names only its act continues the one before it
        // too, so the count goes back to the clause that names a matter
        while (start >= 0 && actOnly(words.substring(start + 1))) {
            Matcher figure = FIGURE_ENDS.matcher(words.substring(0, start + 1));
            if (!figure.find()) {
                break; // no figure ended the clause before: it is no count this one continues
            }
            String earlier = words.substring(0, figure.start());
            int earlierStart = lastClauseBreak(earlier);
            // (a semicolon before it closes what came before: "…败诉率4.4%；县政府作为被告的…47件，审结43件，败诉1件")
            if (earlierStart >= 0 && "；;".indexOf(earlier.charAt(earlierStart)) < 0
                    && FIGURE_ENDS.matcher(earlier.substring(0, earlierStart + 1)).find()
                    || DIGIT.matcher(earlier.substring(earlierStart + 1)).find()) {
                // "…64件，包括一审案件51件、二审案件13件，审结60件，败诉3件": that count is one of a list of parts,
                // and what its act clauses continue is the total before the list
                break;
            }
            words = earlier;
            start = earlierStart;
        }
        return words.substring(start + 1);
    }

    private static int lastClauseBreak(String words) {
        return Math.max(Math.max(words.lastIndexOf('，'), words.lastIndexOf(',')),
                Math.max(words.lastIndexOf('；'), words.lastIndexOf(';')));
    }

    /** Some kinds of cases (涉企, 四类, 婚姻家庭纠纷, 涉疫纠纷, 市场监管领域案件) are named before the figure. */
    private static final Pattern KIND_WORD = Pattern.compile(KIND_WORDS);

    /**
     * The words without the indicator's own matter where that matter is also a kind of another's cases: 信访案件
     * are one kind of the disputes mediated, but all the petitions (全县信访案件按期办结率).
     */
    static String withoutOwnKind(String words, Pattern ownTopic) {
        if (ownTopic == null) {
            return words;
        }
        Matcher m = ownTopic.matcher(words);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (KIND_WORD.matcher(m.group()).matches()) {
                b.append(words, last, m.start());
                last = m.end();
            }
        }
        return b.append(words.substring(last)).toString();
    }

    static boolean someKinds(String clause, String beforeInSentence) {
        return KINDS.matcher(beforeInSentence).find() || ONE_KIND.matcher(clause).find()
                || SOME_KINDS_LISTED.matcher(clause).find() && !CRIMINAL_AND_CIVIL.matcher(clause).find()
                || INVOLVING.matcher(clause).find() || ONE_FIELD.matcher(clause).find() || qualified(clause);
    }

    /**
     * A phrase of 针对/涉及/有关/关于/来自…的, 对…不服的 or 因/由于…引起的 names one kind (因 and 由于 only with their
     * 引起/引发/产生/导致).
     */
    static boolean qualified(String clause) {
        Matcher m = QUALIFIED.matcher(clause);
        while (m.find()) {
            if (!(m.group().startsWith("因") || m.group().startsWith("由于")) || CAUSED.matcher(m.group()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "按案件类型分，…", "按被告类别分，…": the sentence goes on to break a total down, so each figure after it is one
     * category's (按期, 按时, 按照 are other words; "从审理结果看，全年共审结…" looks at the whole).
     */
    private static final Pattern BY_CATEGORY = Pattern.compile(
            "(?:^|[，,；;。：:])\\s*按(?!期|时|照|规定|要求|程序)[^，,；;。\\d]{1,10}?(?:分|划分|分类|统计)[，,：:]");
    /** A clause after the breakdown that names the whole again: "…，全县共调解…", "合计…". */
    private static final Pattern WHOLE_AFTER_BREAKDOWN = Pattern.compile("全[县区市旗州盟年]|合计|共计|总计|总量|各级");

    /** One kind or type of a total, the government's own level only, or a figure inside a list of parts. */
    static boolean breakdown(String clause, String beforeInSentence) {
        return breakdown(clause, beforeInSentence, false);
    }

    /**
     * @param partByNature the indicator is itself a part of the cases ("行政诉讼案件中败诉3件", "复议案件中纠错9件"): the
     *                     cases it is found among are the whole it is a part of, not one kind
     */
    static boolean breakdown(String clause, String beforeInSentence, boolean partByNature) {
        return breakdown(clause, beforeInSentence, partByNature, false);
    }

    /**
     * @param ownLevelIsTheWhole the government's own level is the jurisdiction's whole for the figure's matter (the
     *                           government as its one reconsideration body, with nothing set beside it)
     */
    static boolean breakdown(String clause, String beforeInSentence, boolean partByNature, boolean ownLevelIsTheWhole) {
        return BREAKDOWN.matcher(clause).find() && !(partByNature && AMONG_THEN_ACT.matcher(clause).find())
                || !ownLevelIsTheWhole && ownLevelOnly(clause, beforeInSentence)
                || LEVELS_PAIRED.matcher(clause).find()
                || ListedParts.insideAList(beforeInSentence) || afterABreakdownOpens(beforeInSentence);
    }

    private static boolean afterABreakdownOpens(String beforeInSentence) {
        Matcher by = BY_CATEGORY.matcher(beforeInSentence);
        int end = -1;
        while (by.find()) {
            end = by.end();
        }
        return end >= 0 && !WHOLE_AFTER_BREAKDOWN.matcher(beforeInSentence.substring(end)).find();
    }

    /**
     * "县政府本级受理行政复议案件120件，全县共受理560件": 本级 limits the figures after it in the sentence until a
     * clause names the whole again.
     */
    private static boolean ownLevelOnly(String clause, String beforeInSentence) {
        if (OWN_LEVEL_ONLY.matcher(clause).find()) {
            return true;
        }
        Matcher own = OWN_LEVEL_ONLY.matcher(beforeInSentence);
        int lastOwn = -1;
        while (own.find()) {
            lastOwn = own.end();
        }
        // "市政府本级收到…96件，市级部门收到…42件，全市合计收到…138件，受理127件": a clause after the own level that
        // names the whole again ends the limit for the clauses that continue it too
        return lastOwn >= 0 && !WHOLE_AGAIN.matcher(beforeInSentence.substring(lastOwn)).find()
                && !WHOLE_AGAIN.matcher(clause).find();
    }

    /** "县级部门", "县直单位", "县级行政机关", "区本级": the county's own level, as against its towns. */
    private static final Pattern OWN_LEVEL_NAMED = Pattern.compile("[县区市旗](级|直|本级)(各)?(行政)?(部门|单位|机关)");
    /** "县级部门和乡镇": the towns named in the count's own clause too make it both levels. */
    private static final Pattern TOWNS_NAMED = Pattern.compile("乡镇|街道|[县区]乡|镇(?!压)");
    /** "，乡镇便民服务中心办理1.2万件": a later clause of the sentence gives the towns' or streets' own figure. */
    private static final Pattern TOWNS_FIGURE_AFTER = Pattern.compile(
            "^[^。；;]*?[，,；;][^，,；;。]{0,12}(乡镇|乡|镇|街道|村)[^，,；;。]{0,16}\\d");

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

    /** The count's clause repeals, and an earlier clause names the one clean-up the documents came from. */
    static boolean repealedInOneCleanUp(String clause, String beforeInSentence) {
        return REPEALED.matcher(clause).find() && ONE_CLEAN_UP.matcher(withoutPartLists(beforeInSentence)).find();
    }

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

    /** "…25万件，占办件总量的78%": the words after a count give it as a share of its own total. */
    static boolean shareOfOwnTotal(String afterFigure) {
        return SHARE_OF_OWN_TOTAL.matcher(afterFigure).find();
    }

    /**
     * Cases carried over, one class or (for a rate) one kind of case, or the words the catalogue gives for a
     * part of the indicator's topic: a part of the whole.
     */
    boolean narrowerThanTheWhole(CompiledIndicator c, String clause) {
        String words = Remarks.withoutShort(clause);
        if (CARRIED_OVER.matcher(words).find() || ONE_CLASS.matcher(words).find()
                || c.indicator().kind() == IndicatorKind.RATE && ONE_KIND_ANYWHERE.matcher(words).find()) {
            return true;
        }
        return c.topic() >= 0 && topicParts.get(c.topic()).stream().anyMatch(p -> p.finds(clause, words));
    }

    /**
     * "全县（不含开发区）", "全县(不包括…)", "（除…外）": a bracket that leaves a part out of the whole. Not an instance or
     * cases carried over ("行政应诉案件86件（不含二审）" counts the suits as round 13 reads them), nor repeats.
     */
    private static final Pattern LEAVES_OUT = Pattern.compile(
            "[（(]\\s*(?:不含|不包括|未含|未包括|除(?![^（()）]{0,16}审)[^（()）]{1,16}外)(?![^（()）]{0,24}(?:审|结转|旧存|上年|重复))[^（()）]{0,24}[）)]");

    /** The clause before the figure leaves a part out of the whole ("全县（不含开发区）共调解…"): the rest is a part. */
    static boolean leavesAPartOut(String clauseBefore) {
        return LEAVES_OUT.matcher(clauseBefore).find();
    }

    /** The figure is followed right away by such a bracket ("共调解矛盾纠纷3860件（不含开发区）"). */
    static boolean leavesAPartOutAfter(String after) {
        Matcher m = LEAVES_OUT.matcher(after);
        return m.find() && after.substring(0, m.start()).strip().length() <= 1;
    }
}

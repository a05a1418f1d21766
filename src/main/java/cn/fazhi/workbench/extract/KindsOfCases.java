package cn.fazhi.workbench.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Some kinds of cases, disputes or applications named before a figure: 涉企, 四类, one kind word before the noun
 * (婚姻家庭纠纷), a list of some kinds without 等, 涉疫纠纷, one field (市场监管领域案件), a phrase of 针对/涉及/来自…的 —
 * a part of the indicator's whole (split out of {@link PartsOfTheWhole}).
 */
final class KindsOfCases {
    private KindsOfCases() {
    }

    /**
     * "涉企行政复议案件", "四类矛盾纠纷": some kinds of a total. "12345热线转办涉警工单2100件，按期办结率98.2%", "受理涉法涉诉
     * 诉求360件，办结率100%", "受理涉法涉诉信访事项86件，按期办结率100%": the hotline's tickets or the petitions of one
     * matter, whose rate is that kind's, not the hotline's or the petitions' whole (the petitions' own word 信访 is taken
     * out before, see {@link #withoutOwnKind}, so 涉法涉诉信访事项 is read as 涉法涉诉事项).
     */
    private static final Pattern KINDS = Pattern.compile(
            // "征地拆迁类案件仍是主要类型，全年新收此类一审案件97件": the kind the sentence named, taken up again (round 84 b)
            "涉企|涉外|(?<![各])[两三四五六七八九十\\d]+类|(?:此|该|这)一?类(?:[^，,；;。\\d]{0,4})(?:案件|纠纷|申请|诉求|工单|事项)|涉(?![及嫌案密]|[我本][县区市旗]|全[县区市旗]|法事项)[\\u4e00-\\u9fa5]{1,3}?(?:工单|诉求|来电|信访|事项)"
                    // "审核涉法事项317件，其中规范性文件27件": the legal matters a legality review counts are no kind (round 106 a)
                    // "转办涉及民生的诉求8600件，办结率97.2%": tickets of one matter; those of the whole public are all
                    // "涉及我区的诉求工单", "受理涉我市工单18.7万件" (round 86 a): a city-run hotline's tickets of the
                    // jurisdiction itself are all of its own
                    + "|涉及(?![^，,；;。]{0,8}(?:群众|市民|社会|人民|各)|[我本][县区市旗]|全[县区市旗])[^，,；;。]{1,8}?的(?:工单|诉求|来电|信访)"
                    // "受理农民工欠薪类工单1326件": tickets of one named kind (各类 and 多类 are all of them, round 56)
                    + "|[\\u4e00-\\u9fa5]{2,6}(?<![各多全诸两三四五六七八九十几等])类(?:工单|诉求|来电)"
                    // "县12345热线还受理“办不成事”反映窗口转来诉求326件，办结率100%": the tickets another window passed
                    // on, one source of all (round 89 c)
                    + "|(?:窗口|渠道|平台|信箱|专线)[”\"]?转(?:来|入|交)的?(?:诉求|工单|来电|事项)"
                    // "“川渝通办”事项全年办件1.36万件", "“跨省通办”事项": the matters served across borders, one set of all
                    // the matters handled (the whole portal's “一网通办” is all of them, round 56)
                    + "|[“\"][^”\"，,；;。]{0,6}(?<!一网)通办[”\"](?:服务)?事项[^，,；;。\\d]{0,8}(?:办件|办理|受理|办结)");

    /**
     * "调处重大疑难纠纷35件", "化解婚姻家庭纠纷120件": a word that names one kind of dispute or case right before
     * the noun counts that kind only; "婚姻家庭、邻里等各类纠纷" lists kinds to mean them all.
     */
    private static final String KIND_WORDS = "(重大|疑难|复杂|群体性|涉稳|涉访|信访|专项|婚姻家庭|邻里|土地"
            + "|征地|征收|拆迁|物业|劳资|欠薪|讨薪|消费|医患|医疗|交通事故|道路交通|山林|环境|知识产权|金融|商事|家事|校园|刑事"
            + "|民事|未成年人|农民工|妇女|老年人|残疾人|军人|工伤|涉农|涉法涉诉|行政协议|认罪认罚|值班律师|法律帮助"
            // "边界纠纷", "旅游纠纷", "宅基地纠纷": more kinds of dispute that reports name one at a time
            + "|边界|旅游|林权|宅基地|借贷|赡养|继承|渔业|水事|电商|快递|保险|工程款|相邻"
            // "协调处理合同履行纠纷9起": the government's contracts in dispute (r263)
            + "|合同)";

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
     * the verb "concern", 涉嫌/涉案 other words, 涉法案件 all legal matters, 涉诉行政案件 all lawsuits).
     */
    private static final Pattern INVOLVING = Pattern.compile(
            "涉(?![及嫌案密法诉])[\\u4e00-\\u9fa5]{1,3}?(型|类)?(矛盾纠纷|纠纷|案件|矛盾)");

    /**
     * "针对土地征收决定的行政复议申请", "因工伤认定引起的行政复议案件", "来自残疾人、老年人的法律援助申请", "涉及土地承包经营的
     * 矛盾纠纷": the cases, disputes, applications or documents of one matter, source or cause, named in a phrase before
     * the noun; all of them (各类, 全县, 所有, …等) or the whole public (来自群众的诉求) are not one kind.
     */
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?:针对|涉及(?!我|本)|有关|关于|来自|由于|因|对(?=[^，,；;。]{1,16}不服的))(?![^，,；;。]{0,16}(?:各|全[县区市旗]|所有|多种|等|群众|市民|社会|人民))"
                    + "[^，,；;。《》]{1,16}?的"
                    + "[^，,；;。]{0,8}?(矛盾纠纷|纠纷|案件|申请|诉讼|规范性文件|事项|诉求|工单|复议|争议)");

    /**
     * "行政法律援助案件55件" beside "刑事法律援助案件612件": legal aid in administrative cases, one kind of it (行政 is no kind
     * word elsewhere, where it names the government's own acts: 行政复议申请, 行政诉讼案件).
     */
    private static final Pattern ADMINISTRATIVE_LEGAL_AID = Pattern.compile(
            "(?<![、和及与])行政(?:类|案件)?法律援助(?:案件|申请)[^，,；;。]{0,6}$");

    private static final Pattern CAUSED = Pattern.compile("(引起|引发|产生|导致)的");

    /**
     * "市场监管领域行政复议案件", "民生领域法律援助案件", "涉及市场监管领域的败诉2件": the cases of one field, or what was
     * lost or corrected in them; 各领域, 多领域 are all of them.
     */
    private static final Pattern ONE_FIELD = Pattern.compile(
            // "“十大领域”行政执法案卷专项评查": the fields of a campaign counted by number are many, not one (round 98 b)
            "[\\u4e00-\\u9fa5](?<![各全多诸等个])(?<![一二三四五六七八九十两\\d]大)领域(的)?[^，,；;。]{0,8}(矛盾纠纷|纠纷|案件|案卷|申请|诉讼|复议|败诉|纠错|诉求|工单|执法|争议)"
                    // "医疗、交通事故、物业等领域的专业调解组织调解成功1,597件": the fields a list names (r202)
                    + "|、[^，,；;。、]{1,8}等领域的?[^，,；;。]{0,10}(调解组织|调委会|矛盾纠纷|纠纷|案件)");

    /**
     * "开展安全生产、生态环境领域执法案卷专项评查，评查案卷96卷": a campaign of one field opens the sentence in a clause
     * without figures, so the count after it is that campaign's, one field's part (round 95 c).
     */
    static boolean oneFieldsCampaignOpens(String beforeInSentence) {
        Matcher clause = CLAUSE_BREAK.matcher(beforeInSentence);
        int last = -1;
        while (clause.find()) {
            last = clause.start();
        }
        String opening = last < 0 ? "" : beforeInSentence.substring(0, last);
        return opening.contains("专项") && !A_DIGIT.matcher(opening).find() && ONE_FIELD.matcher(opening).find();
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;]");

    /** "医疗纠纷人民调解成功率": a rate of one kind of case, wherever the kind stands before it. */
    static final Pattern ONE_KIND_ANYWHERE = Pattern.compile(KINDS_OF_CASES);

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

    /**
     * "法律援助案件（刑事）708件": one kind word alone in a bracket right after the noun counts that kind only; a list
     * ("（含刑事、民事、行政）") or a remark of what is included is not one kind.
     */
    private static final Pattern ONE_KIND_IN_BRACKETS = Pattern.compile(
            "(矛盾纠纷|纠纷|案件|申请)[（(]\\s*" + KIND_WORDS + "(类|案件|纠纷)?\\s*[)）][^，,；;。（(]{0,6}$");

    private static final Set<String> HEADS = Set.of("litigation.head_appeared", "litigation.head_appearance_rate");
    /** The opening names heads (who appeared), with no figure of its own. */
    private static final Pattern HEADS_NAMED = Pattern.compile("负责人|负责同志|领导|一把手|正职|[县区市旗]长");
    /** A clause of heads in court that names no one ("带头出庭应诉", "亲自出庭"): the sentence's opening names who. */
    private static final Pattern HEADS_ACT_ONLY = Pattern.compile("^\\s*(?:带头|亲自|主动|先后|均|共|全年)*出庭(?:应诉)?(?:率)?(?:为|达)?\\s*$");
    private static final Pattern A_DIGIT = Pattern.compile("\\d");
    private static final Pattern OPENING_ENDS = Pattern.compile("[，,；;：:]");

    /**
     * "区政府主要负责人切实履行…职责，带头出庭应诉2件": a heads' figure whose clause only says 出庭应诉 belongs to the heads the
     * sentence's opening names — a part when they are the principal heads or the government's own (round 51).
     */
    static boolean headsNamedAtTheOpening(String code, String beforeInSentence, CompiledIndicator compiled,
                                          PartsOfTheWhole parts) {
        String opening = OPENING_ENDS.split(beforeInSentence, 2)[0];
        return HEADS.contains(code) && HEADS_ACT_ONLY.matcher(PartsAroundTheSentence.ownClause(beforeInSentence)).matches()
                && HEADS_NAMED.matcher(opening).find() && !A_DIGIT.matcher(opening).find() && parts.narrowerThanTheWhole(compiled, opening);
    }

    /**
     * "…县政府主要负责人出庭3宗、分管负责人出庭11宗，县直部门和镇街负责人出庭164宗": the departments' and the towns' heads
     * without the government's are a part of the appearances (counts only: a rate of theirs beside the government's competes
     * with it, DefaultToDoubtTest; round 53). Not after 、 (县政府、县级部门和乡镇…负责人 are all of them).
     */
    private static final Pattern DEPARTMENTS_AND_TOWNS_HEADS = Pattern.compile(
            "(?<![、和及与])[县区市旗](?:直|级)(?:各)?部门(?:和|及|与|、)(?:乡镇|镇街|街道|镇)(?:[（(][^）)]{1,4}[）)])?(?:主要)?负责人");

    /**
     * "管委会主要负责人带头出庭应诉3次，各部门负责人出庭应诉21人次": the departments' heads beside the government's own,
     * counted before them in the sentence, are a part of the appearances (round 62).
     */
    private static final Pattern DEPARTMENTS_HEADS = Pattern.compile(
            "(?<![、和及与])(?:各|[县区市旗](?:直|级)(?:各)?)(?:职能)?部门(?:主要)?负责(?:人|同志)");
    private static final Pattern OTHER_HEADS_COUNTED = Pattern.compile("负责(?:人|同志)[^，,；;。]{0,12}\\d");

    /**
     * "全年开庭审理涉征地拆迁行政诉讼案件32件，行政机关负责人出庭应诉32件": the heads appeared in the cases the clause
     * before counts, and when those are one kind's, so are the appearances (a part by nature of that part).
     */
    static boolean headsInOneKindsCases(String code, String ownClause, String beforeInSentence) {
        if ("litigation.head_appeared".equals(code) && (DEPARTMENTS_AND_TOWNS_HEADS.matcher(ownClause).find()
                || DEPARTMENTS_HEADS.matcher(ownClause).find() && beforeInSentence.endsWith(ownClause)
                && OTHER_HEADS_COUNTED.matcher(beforeInSentence.substring(0, beforeInSentence.length() - ownClause.length())).find())) {
            return true;
        }
        if (!code.startsWith("litigation.head_appear") || !beforeInSentence.endsWith(ownClause)) {
            return false;
        }
        String earlier = beforeInSentence.substring(0, beforeInSentence.length() - ownClause.length())
                .replaceAll("[，,；;：:\\s]+$", "");
        int cut = Math.max(Math.max(earlier.lastIndexOf('，'), earlier.lastIndexOf(',')),
                Math.max(Math.max(earlier.lastIndexOf('；'), earlier.lastIndexOf(';')), earlier.lastIndexOf('。')));
        String clause = earlier.substring(cut + 1);
        return !clause.isEmpty() && someKinds(clause, clause);
    }

    /**
     * "为120名农民工追回欠薪860万元": a clause that names one kind or group (a kind word, not a list of them with 等 or 各类),
     * read for a count that points back to it ("办理相关法律援助案件120件").
     */
    static boolean namesOneKind(String clause) {
        return KIND_WORD.matcher(clause).find() && !clause.matches(".*(等|各类|各种|所有).*");
    }

    static boolean someKinds(String clause, String beforeInSentence) {
        // "调处土地山林水利权属纠纷（“三大纠纷”）186起": a remark between the kind and the figure (round 62)
        return KINDS.matcher(beforeInSentence).find() || ONE_KIND.matcher(clause).find()
                || ONE_KIND.matcher(Remarks.withoutClosed(clause)).find()
                || ONE_KIND_IN_BRACKETS.matcher(clause).find()
                || SOME_KINDS_LISTED.matcher(clause).find() && !CRIMINAL_AND_CIVIL.matcher(clause).find()
                || ADMINISTRATIVE_LEGAL_AID.matcher(clause).find()
                || INVOLVING.matcher(clause).find() || ONE_FIELD.matcher(clause).find() || qualified(clause)
                || PhrasesOfOneKind.namedBeforeTheNoun(clause);
    }

    /** A clause that holds a count of cases ("涉及欠薪的劳动争议仲裁案件412件"). */
    private static final Pattern COUNT_CLAUSE = Pattern.compile("[^，,；;。]*\\d\\s*(?:件|起|宗)[^，,；;。]*");

    /**
     * "涉及欠薪的劳动争议仲裁案件412件，占受理总数的36.3%，结案率97.8%": a bare rate is the rate of the last count before it,
     * and a phrase of 涉及…的 there names one kind (round 53).
     */
    static boolean countBeforeQualified(String beforeInSentence) {
        Matcher c = COUNT_CLAUSE.matcher(beforeInSentence);
        List<String> counts = new ArrayList<>();
        while (c.find()) {
            counts.add(c.group());
        }
        // "涉及房屋征收…的行政诉讼案件347件，占…的25.3%，审结302件，败诉9件，败诉率2.98%": counts that name only their act go
        // on with the count before them, so the rate is of the count that names its matter (round 86 b)
        int last = counts.size() - 1;
        while (last > 0 && ContinuingCounts.actOnly(FIGURE_AND_AFTER.matcher(counts.get(last)).replaceFirst(""))
                && !counts.get(last - 1).strip().startsWith("其中")) {
            last--;
        }
        return last >= 0 && (qualified(counts.get(last)) || QUALIFIED_COUNT.matcher(counts.get(last)).find());
    }

    /** A count's figure and what follows it in its clause: "302件". */
    private static final Pattern FIGURE_AND_AFTER = Pattern.compile("\\d[\\s\\S]*$");

    /**
     * "调处婚姻家庭、邻里、土地山林等传统民间纠纷5128件": kinds listed with 等 and then named as one class (传统, 常见,
     * 多发, 一般 disputes) are that class, not all disputes as "…等各类纠纷" is.
     */
    private static final Pattern KINDS_OF_ONE_CLASS = Pattern.compile(
            KIND_WORDS + "[^，,；;。\\d]{0,16}等(?:传统|常见|多发|高发|一般性?|简单|简易)[^，,；;。\\d各]{0,6}(?:矛盾纠纷|纠纷|矛盾)[^，,；;。]{0,4}$");
    /** A count of disputes and the words of its clause before it: "全年调处…纠纷5128件" (not a success's count). */
    private static final Pattern DISPUTES_COUNT = Pattern.compile(
            "(?:^|[，,；;])([^，,；;。]*?(?:纠纷|矛盾)[^，,；;。\\d]{0,6}?)\\d[\\d.,]*万?\\s*(?:件|起|宗)");

    /**
     * "全年全区调解婚姻家庭、邻里关系纠纷1426件，调解成功1412件，调解成功率99.02%" (round 73 b), "全年调处婚姻家庭、邻里、
     * 土地山林等传统民间纠纷5128件，调解成功5096件…" (round 74 a): what a sentence goes on with after a count of some kinds of
     * disputes (the success, its rate) is those kinds' too, not the whole mediation's — unless a count of all of them stands
     * between ("…其他纠纷3236件，合计调解矛盾纠纷11468件，调解成功11296件"). A 其中 before the figure opens parts of its own,
     * read by the other rules.
     */
    static boolean afterAnOpeningCountOfSomeKinds(String beforeInSentence) {
        if (beforeInSentence.contains("其中")) {
            return false;
        }
        Matcher count = DISPUTES_COUNT.matcher(beforeInSentence);
        String words = null;
        while (count.find()) {
            if (!count.group(1).contains("成功")) {
                words = count.group(1);
            }
        }
        return words != null && (SOME_KINDS_LISTED.matcher(words).find() && !CRIMINAL_AND_CIVIL.matcher(words).find()
                || ONE_KIND.matcher(words).find() || KINDS_OF_ONE_CLASS.matcher(words).find()
                // "全年调处行业领域纠纷1046件，调解成功率99.2%": one field's disputes (round 104 c)
                || ONE_FIELD.matcher(words).find());
    }

    /** "涉及征地拆迁的57件": a phrase of 涉及…的 right before the count, its noun left out. */
    private static final Pattern QUALIFIED_COUNT = Pattern.compile(
            "(?:针对|涉及(?!我|本)|有关|关于|来自)(?![^，,；;。]{0,16}(?:各|全[县区市旗]|所有|多种|等))[^，,；;。《》\\d]{1,16}?的\\d");

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
}

package cn.fazhi.workbench.extract;

import java.util.regex.Pattern;

/**
 * Phrases before a case, dispute, application or document noun that name one kind or one source of them, in the
 * shapes reports use besides 针对/涉及…的 (see {@link KindsOfCases}): the kind a total is mostly made of, named as if
 * it were the cases ("以行政处罚为主要争议类型的复议申请98件", "以土地征收为主的行政复议案件45件"), and one issuer's
 * documents ("以县政府办公室名义印发的规范性文件"). Each counts a part of the indicator's whole.
 */
final class PhrasesOfOneKind {
    private static final String NOUNS = "(矛盾纠纷|纠纷|案件|申请|诉讼|规范性文件|文件|事项|诉求|工单|复议)";
    /**
     * "以行政处罚为主要争议类型的", "以土地征收为主的", "以征地拆迁为重点的": one kind named as the main or the chosen one.
     * Not the defendants or respondents (以县政府为被告的…: the government as defendant is the county's suits by the
     * labelling's rule 4, and the respondents are judged elsewhere), nor all kinds (各类, 所有).
     */
    private static final Pattern MAIN_KIND = Pattern.compile(
            "以(?![^，,；;。]{0,16}?(各类|所有|全部|被告|被申请人|被诉))[^，,；;。]{1,16}?为(主要|主|重点|[^，,；;。的]{0,4}类型)"
                    + "[^，,；;。]{0,8}?的[^，,；;。]{0,8}?" + NOUNS);
    /**
     * "以县政府办公室名义印发的规范性文件": the documents of one issuer, an office or a department (以县政府名义… alone may
     * be all the county's documents, and 以县政府和县政府办公室名义…, 以市政府或市政府办公室名义… (r240) name both).
     */
    private static final Pattern ONE_ISSUER = Pattern.compile(
            "以(?![^，,；;。]{0,16}?[和及与、或])[^，,；;。]{0,12}?(办公室|办|局|委员会|委|部门)名义[^，,；;。]{0,6}?的"
                    + "[^，,；;。]{0,8}?" + NOUNS);

    /** "主要争议类型为行政处罚的复议申请", "争议类别属于信息公开的案件", "争议焦点为补偿标准的…": the kind stated before the noun. */
    private static final Pattern KIND_STATED = Pattern.compile(
            "(类型|类别|性质|焦点|案由)(为|属于|是)(?![^，,；;。]{0,12}?(各类|所有|全部|多种))[^，,；;。]{1,12}?的[^，,；;。]{0,8}?" + NOUNS);
    /**
     * "涉营商环境规范性文件", "涉民生行政许可事项": 涉 and a matter of up to five characters before a noun other than
     * cases and disputes (those are read in {@link KindsOfCases}); not 涉及, 涉嫌, 涉案, 涉密, 涉法, nor the
     * jurisdiction itself (涉我县: the county as the object of another's figure).
     */
    private static final Pattern INVOLVING = Pattern.compile(
            "涉(?![及嫌案密法我本])[\\u4e00-\\u9fa5]{1,5}?(的)?(行政)?(规范性文件|许可|事项|诉求|工单|申请|复议|诉讼|案卷)");

    /** The acts a count is made by, after subjects listed with 分别 or opening a clause (also RespectiveSubjects'). */
    static final String COUNTING_ACTS = "调解|调处|化解|受理|办理|收到|审结|办结|审查|审核|备案|指派|评查|发生|新收|废止";

    /**
     * "城区和农村分别调解纠纷2630件、3000件", "县法院、县检察院分别受理…": subjects listed before 分别 and an act, so each
     * figure after it is one subject's. Not a list that names the whole (石浦镇和全县分别…: one of them is the
     * whole's), nor a list of matters (行政复议和行政诉讼分别新收…: each figure a whole of its own indicator), and
     * 分别为 after a list of acts pairs indicators, not subjects.
     */
    private static final Pattern SUBJECTS_PAIRED = Pattern.compile(
            "(?:^|[，,；;：:])(?![^，,；;。]{0,30}(复议|诉讼|应诉|调解|援助|许可|文件|案件|纠纷|申请|事项|审查|备案)[^，,；;。]{0,12}分别)"
                    + "(?![^，,；;。]{0,26}全[县区市旗州盟])"
                    + "[^，,；;。]{1,12}[和及与、][^，,；;。]{1,12}分别"
                    + "(" + COUNTING_ACTS + ")[^，,；;。\\d]{0,12}$");

    /** A clause that opens with an act (共 before it at most): "受理行政复议案件158件" counts, it names no category. */
    private static final Pattern ACT_OPENS = Pattern.compile(
            "^\\s*(共|共计|全年)?(" + COUNTING_ACTS + ")");

    private PhrasesOfOneKind() {
    }

    /** The words open with an act (see {@link #ACT_OPENS}). */
    static boolean actOpens(String words) {
        return ACT_OPENS.matcher(words).find();
    }

    /** The figure's clause lists subjects before 分别 and an act: the figure is one of theirs. */
    static boolean subjectsPairedByRespectively(String clause) {
        return SUBJECTS_PAIRED.matcher(clause).find();
    }

    /** The words name one kind or one issuer before the noun they count. */
    static boolean namedBeforeTheNoun(String clause) {
        return MAIN_KIND.matcher(clause).find() || ONE_ISSUER.matcher(clause).find() || KIND_STATED.matcher(clause).find()
                || INVOLVING.matcher(clause).find();
    }
}

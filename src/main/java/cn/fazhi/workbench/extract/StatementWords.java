package cn.fazhi.workbench.extract;

import java.util.regex.Pattern;

/**
 * The words that make a figure a statement other than the year's result: a change rather than a level, the
 * starting value of a from-to phrase, a plan, target, requirement or expectation. {@link FigureJudge} turns them
 * into flags; {@link IndicatorMatcher} uses {@link #FROM_VALUE} to pair a from-to phrase's two figures.
 */
final class StatementWords {
    private static final Pattern CHANGE_TAIL = Pattern.compile(
            "(增长|增加|上升|下降|减少|提高|降低|提升|下滑|增幅|降幅|回落|攀升)(了|为|达|达到)?(约|近)?$");
    private static final Pattern COMPARISON = Pattern.compile("同比|环比|较上年|比上年|较去年|比去年|与上年相比|较\\d{4}年|比\\d{4}年|相比");
    /** "出庭应诉率从2019年的15%提高到29.65%": a figure followed by 提高到 is where it started. */
    private static final Pattern FOLLOWED_BY_TO = Pattern.compile("^[^，,；;。\\d]{0,12}?(?:(提高|提升|上升|增长|增加|下降|降低|减少|降)(到|至)|调整(?:为|到|至))");
    /** "…率95%的考核任务", "…100%的目标", "调解成功率98%目标全部实现", "达到省定90%的标准": the figure names a target, whether met or not. */
    private static final Pattern TARGET_AFTER = Pattern.compile("^[^，,；;。\\d]{0,2}的?(考核|工作|年度)?(任务|目标|标准|要求)");
    /** "将调解成功率98%以上、信访事项按期办结率100%列入年度平安考核": a level written into an appraisal (round 57). */
    private static final Pattern INTO_AN_APPRAISAL = Pattern.compile(
            "^\\s*[%％]?(?:以上|以内|以下)?(?:[、和及][^，,；;。]{0,24}?)?(?:列入|纳入|列为)[^，,；;。]{0,12}(?:考核|考评|目标|指标)");
    private static final Pattern PLAN_WORDS = Pattern.compile(
            "力争|力求|预估|估计|估算|预测|准备(?=[^，,；;。\\d]{0,2}(?:废止|修改|修订|清理|出台|制定|办理|审查|开展|提请|报送))|力促[^，,；;。]{0,20}(?:达到|达|提升至|提高到|提高至|保持)|努力(?:实现|使|做到)[^，,；;。]{0,20}(?:达到|达|保持)|争取|预计|预期|计划|目标"
                    // "审查拟出台的规范性文件63件": 拟…的 only names the documents a review is for
                    // "代拟的18件规范性文件", "代拟稿": drafted for the government, no plan; "拟以正式文件印发的…文件" (round 87 a)
                    + "|(?<!代)拟(?!(?:以[^，,；;。\\d]{1,10})?(出台|制定|制发|印发|发布|以[^，,；;。]{0,24}(名义|形式)[^，,；;。]{0,4})[^，,；;。\\d]{0,12}的)"
                    // "对县人民政府及县人民政府办公室拟制发的…文件开展合法性审查18件": the reviewed drafts, a long name between (round 52)
                    + "|(?<!(审查|审核|对)[^，,；;。]{0,24})拟"
                    + "|确保(?!了)[^，,；;。]{0,16}(?:达到|稳定在|保持在|不低于)|确保(?:在|稳定在|保持在)|争创|将(?:继续)?(?:达到|突破|超过|超出|保持)|要(?:达到|保持在|保持|稳定在|控制在)|确定[^，,；;。]{0,12}完成|下达|任务数"
                    + "|建议(保留|废止|宣布|修改|失效|清理)"
                    // "12345热线办结率 ≥98% 99.6% 完成": a bound written with ≥ or ≤ right before the figure is a target (round 52)
                    + "|[≥≤]\\s*$"
                    // a requirement or a ceiling, not a result: "要求出庭应诉率不低于90%", "败诉率控制在10%以内"
                    // "对…不适应改革发展要求的26件予以废止": the requirement the repealed documents failed (round 80's r214)
                    // "市政府按要求报送…备案规范性文件21件", "按照省司法厅要求": done as required, a result (r234); not
                    // "按时限要求办结率", the rate by the time limit a requirement sets
                    // "网上办理率需达到90%以上": what is needed (round 91 c)
                    + "|须达到|需要?(?:达到|保持在?|稳定在|控制在|不低于)|必须|(?<!(?:不适应|不相适应|不符合|不满足|按照|依照|遵照|根据)[^，,；;。\\d]{0,12})(?<!按)要求|应当|不得?低于|不得?少于|不得?超过|不得?高于|控制在|考核(要求|目标|指标|标准)|指标(为|是)"
                    // "全年调解成功率应达到98%，实际完成98.6%": what should be reached, not what was
                    // "应受理行政复议案件136件，实际受理128件": what was due beside what was done
                    + "|(?<![响适对相反供答])应(达到|达|在|保持|完成|办理|审查|受理|审结|办结|调解|评查|备案)"
                    // "提请县政府废止规范性文件5件": a proposal to the government, which decides it
                    + "|(提请|报请|呈请)[^，,；;。]{0,10}(废止|失效|修改|修订)"
                    // an expectation, or a mark not reached: "有望达到100%", "出庭应诉率未达到100%"
                    + "|有望|可望|[未没]有?能?达到|尚未达到"
                    // what will be done, not what was: "2023年全县将评查行政执法案卷800卷" in an item written before
                    // the year's end (将 as 把 takes a noun, never these acts: "将86件文件纳入审查" stays)
                    + "|将(?:要|再|继续|进一步|全面|陆续)?(?:评查|调解|调处|化解|办理|审核|审查|受理|审结|办结|完成|开展|组织|实现|清理|废止|新增)");
    /** "由85%提高到100%": the figure after 由/从 is where it started, not the year's level. */
    // "网办率由2023年底的86.40%提升至92.50%": the year's end named as the start (round 112)
    static final Pattern FROM_VALUE = Pattern.compile("(由|从)(?:(?:上年|去年|上一年|前年|\\d{4}年)(?:度|底|末)?)?(的)?$");

    private StatementWords() {
    }

    /** "同比下降至5.3%", "同比上升2.3个百分点至15.6%": the figure after 至/到 is the level the change reached. */
    private static final Pattern LEVEL_REACHED = Pattern.compile(
            "(提高|提升|上升|增长|增加|下降|降低|减少|回落|降|升)了?(\\d+(\\.\\d+)?(个百分点|百分点|%))?(到|至)$");

    /** The clause's words before the figure say it is a change ("同比增长", "较上年提高"), not the level it reached. */
    static boolean change(String before) {
        return !LEVEL_REACHED.matcher(before).find()
                && (CHANGE_TAIL.matcher(before).find() || COMPARISON.matcher(before).find());
    }

    /** The words before the figure open a from-to phrase ("由", "从2019年的"): the figure is where it started. */
    static boolean startingValue(String before) {
        return FROM_VALUE.matcher(before).find();
    }

    /** The words before the figure make it a plan, target, requirement or expectation. */
    static boolean plan(String before) {
        return PLAN_WORDS.matcher(before).find();
    }

    /** A label that opens the sentence as a target: "目标任务：", "工作目标：", "2024年目标：". */
    private static final Pattern TARGET_LABEL = Pattern.compile("^\\s*[^，,；;。：:\\d]{0,8}(?:\\d{4}年度?)?[^，,；;。：:\\d]{0,4}目标(?:任务)?\\s*[：:]");

    /** The sentence opens with a target's label ("目标任务：全年调解矛盾纠纷6000件以上"): what follows is the target. */
    static boolean targetLabel(String beforeInSentence) {
        return TARGET_LABEL.matcher(beforeInSentence).find();
    }

    /**
     * "力争2025年全市行政复议案件纠错率保持在15%以上、行政机关负责人出庭应诉率保持100%": an aim that opens the sentence
     * governs the clauses listed after it (round 51), as does an expectation ("预计到年底，…办结率可达99%以上", round 53); 确保 only where the figure's own words hold or reach a level, as
     * "确保案件质量，全年审结268件" states a result after its purpose. Not after 实际/已 (what was reached).
     */
    private static final Pattern AIM_OPENS = Pattern.compile("^\\s*(?:\\d{4}年度?[，,]?|明年|下一步[，,]?)?(?:力争|争取|力求|预计|预期|有望)");
    // "持续深化…格局，确保全年…调解成功率稳定在98%以上、…": 确保 may open the last clause, whose list it governs (round 57)
    private static final Pattern ENSURE_OPENS = Pattern.compile("^\\s*(?:\\d{4}年度?[，,]?)?确保|[，,]确保(?!了)[^，,；;。]*$");
    /**
     * "按照省、盐城市部署要求，2024年底前政务服务事项网上可办率不低于95%、网上办理率达到90%以上" (round 98 a): a deadline
     * opening a clause sets the levels to reach by then, not the levels reached.
     */
    private static final Pattern DEADLINE_OPENS = Pattern.compile(
            "(?:^|[，,；;])\\s*(?:\\d{4}年)?(?:年?底|年末|\\d{1,2}月底)前[，,]?");
    private static final Pattern HOLDS_A_LEVEL = Pattern.compile("保持|达到|控制在|不低于|稳定在");
    private static final Pattern REACHED = Pattern.compile("实际|已经|已");

    /**
     * "《龙岗区2024年法治政府建设工作要点》提出，全区行政机关负责人出庭应诉率达到100%，…": what a plan's document sets out
     * opens the sentence, and every level listed after it is the plan's (round 86 b).
     */
    private static final Pattern PLAN_DOCUMENT_SAYS = Pattern.compile(
            "^\\s*[^，,；;。《]{0,6}《[^》]{2,40}(?:要点|方案|规划|计划|意见|目标|任务|清单)》(?:中|里)?(?:提出|明确|要求|规定|确定|部署)");

    /** "明确要求各承办单位工单按时办结率不低于98%、办结率达到100%": a requirement opening the figure's clause (round 79 c). */
    private static final String REQUIREMENT = "^\\s*(?:并|同时|明确|严格|还)?要求";
    private static final Pattern REQUIREMENT_OPENS = Pattern.compile(REQUIREMENT);

    /** The sentence opens with an aim that the figure's clause continues. */
    static boolean aimOpensTheSentence(String beforeInSentence, String ownClause) {
        if (REACHED.matcher(beforeInSentence).find()) {
            return false;
        }
        return AIM_OPENS.matcher(beforeInSentence).find() || PLAN_DOCUMENT_SAYS.matcher(beforeInSentence).lookingAt()
                || REQUIREMENT_OPENS.matcher(ownClause).find()
                || ENSURE_OPENS.matcher(beforeInSentence).find() && HOLDS_A_LEVEL.matcher(ownClause).find()
                || DEADLINE_OPENS.matcher(beforeInSentence).find() && HOLDS_A_LEVEL.matcher(ownClause).find()
                || LEVELS_REQUIRED_FIRST.matcher(beforeInSentence).lookingAt() && HOLDS_A_LEVEL.matcher(ownClause).find();
    }

    /**
     * "要求各镇（街道）、各部门规范性文件合法性审查率达到100%，行政复议纠错率控制在15%以内，…出庭应诉率保持100%": a requirement
     * whose first clause already sets a level governs the levels listed after it (round 91 a); "严格要求…规范程序，全年调解成功率
     * 达到98.6%" sets none, and its result stands.
     */
    private static final Pattern LEVELS_REQUIRED_FIRST = Pattern.compile(
            REQUIREMENT + "[^，,；;。]*?\\d+(?:\\.\\d+)?\\s*[%％][^，,；;。]{0,4}[，,]");

    /** The words after the figure make it the start of a from-to phrase ("…15%提高到29.65%"). */
    static boolean whereItStarted(String after) {
        return FOLLOWED_BY_TO.matcher(after).find();
    }

    /** The words after the figure make it a target ("…率95%的考核任务"). */
    static boolean namesATarget(String after) {
        return TARGET_AFTER.matcher(after).find();
    }

    /**
     * "…网办率、12345热线办结率两项指标得分率均为100%", "败诉率指标得分率为85%": the figure is the score an appraisal gave
     * the indicator, not the indicator's level (round 83 c).
     */
    private static final Pattern A_SCORE_BEFORE = Pattern.compile("(?:得分率|得分|赋分|分值)[^，,；;。\\d%]{0,4}$");

    /** The figure's own words end with an appraisal's score. */
    static boolean anAppraisalsScore(String before) {
        return A_SCORE_BEFORE.matcher(before).find();
    }

    /** The rest of the sentence writes the figure, alone or in a list, into an appraisal. */
    static boolean writtenIntoAnAppraisal(String restOfSentence) {
        return INTO_AN_APPRAISAL.matcher(restOfSentence).find();
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertSuggested;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;

/**
 * Rounds 97 and 98 (read in part: 97 b, 97 c, 98 a, reports r248, r249, r250): a bracket that only dates a span, a
 * table without a caption whose last row names a town, an annex after the plans, a mayor's mailbox, one's own
 * appearance as a head, a province's system, filings received, legality-review dossiers, key projects, a hotline's
 * clue checks, a column of defendants, a deadline, the months a review was held; late (98 b, 98 c read): the hotline's
 * on-time column, the cases among which the parts stand, the own rate after the province's, a column of reviews; last
 * (the older r200, r201, r219, r226 read again): issuers joined by 或者, a long name of the recipients, channels merged
 * into the hotline, a lead kept for years, drafts to be issued as documents, the government and its departments before
 * their own parts, the half a concentrated review was held in. Made-up text, not the probes'.
 */
class Round97And98Test {

    @Test
    void aBracketThatOnlyDatesASpanDatesTheSentence() {
        var x = reportOf("宁津县", 2024, "行政复议体制改革以来（2021年以来），我县累计受理行政复议案件986件，其中直接纠错97件。");
        assertNoValue(x, "reconsideration.accepted");
        assertNoValue(x, "reconsideration.corrected");
    }

    @Test
    void aSpanSinceAnEarlierYearNamesNoYearTheSumCouldBeOf() {
        var x = reportOf("宁津县", 2024, "2021年以来，全县累计办理法律援助案件3120件。");
        assertNoValue(x, "legal_aid.cases");
    }

    @Test
    void theParagraphsAfterATableWithoutACaptionAreNotItsLastTownsOwn() {
        var x = reportOf("宁津县", 2024, "四是部分乡镇人民调解情况。\n乡镇（街道）\t调解纠纷（件）\t调解成功（件）\n"
                + "宁城街道\t512\t502\n柴胡店镇\t468\t461\n"
                + "五是加强法律援助工作。扩大法律援助覆盖面，降低经济困难标准。2024年，县法律援助中心共办理法律援助案件1126件。");
        assertValue(x, "legal_aid.cases", "1126");
    }

    @Test
    void anAnnexAfterThePlansIsNoPartOfThem() {
        var x = extract("宁津县人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n全面推进依法行政。\n"
                + "二、下一步工作打算\n下一步，我县将以更高站位推进法治政府建设。\n宁津县人民政府\n2025年3月10日\n附件1\n"
                + "2024年度宁津县法治政府建设主要指标完成情况表\n序号\t指标名称\t2024年目标值\t2024年完成值\t2023年完成值\n"
                + "1\t人民调解成功率\t≥98%\t98.44%\t98.31%\n2\t12345热线办结率\t≥99%\t99.82%\t99.56%\n");
        assertValue(x, "mediation.success_rate", "98.44");
        assertValue(x, "hotline.completion_rate", "99.82");
    }

    @Test
    void aMayorsMailboxLettersAreNoPetitions() {
        var x = reportOf("宁津县", 2024, "畅通群众监督渠道，在县政府门户网站开设“县长信箱”，全年收到群众来信1,960件，按期办结率100%。");
        assertNoValue(x, "petitions.completion_rate");
        var petitions = reportOf("宁津县", 2024, "全年受理群众信访事项1,268件，按期办结率99.3%。");
        assertValue(petitions, "petitions.completion_rate", "99.3");
        var visits = reportOf("宁津县", 2024, "全年受理群众来信来访1260件，其中县长信箱来信186件，按期办结率98.6%。");
        assertValue(visits, "petitions.completion_rate", "98.6");
    }

    @Test
    void onesOwnAppearanceAsAHeadIsNoCountOfAll() {
        var x = reportOf("宁津县", 2024, "全县行政机关负责人出庭应诉76件次，出庭应诉率100%。\n"
                + "四是带头推动依法化解矛盾纠纷。带头出庭应诉，全年作为行政机关负责人出庭应诉1次，并在庭审中发表意见。");
        assertValue(x, "litigation.head_appeared", "76");
    }

    @Test
    void aProvincesSystemTheFilingsGoThroughNamesNoSubject() {
        var x = reportOf("宁津县", 2024, "县政府及县政府办公室全年出台行政规范性文件17件，均在规定时间内通过山东省规范性文件备案审查信息系统"
                + "报送德州市人民政府和县人大常委会备案，共备案17件。");
        assertValue(x, "normative_docs.filed", "17");
    }

    @Test
    void filingsReceivedFromTheTownsAreNeitherFiledNorReviewed() {
        var received = reportOf("宁津县", 2024, "对县直部门、乡镇（街道）制发的规范性文件实行备案审查，全年接收备案审查各类文件37件。");
        assertNoValue(received, "normative_docs.filed");
        var towns = reportOf("宁津县", 2024, "各乡镇和县各部门全年报送县司法局备案审查的规范性文件31件，经审查发现问题并督促纠正3件。");
        assertNoValue(towns, "normative_docs.filed");
        assertNoValue(towns, "normative_docs.reviewed");
    }

    @Test
    void legalityReviewDossiersAreNoEnforcementFiles() {
        var x = reportOf("宁津县", 2024, "开展合法性审核卷宗评查，对全县乡镇（街道）合法性审核卷宗进行集中评查，评查卷宗120卷，提出改进意见46条。");
        assertNoValue(x, "enforcement.files_reviewed");
    }

    @Test
    void theMonthsAReviewWasHeldLeaveItsCountToAPerson() {
        var x = reportOf("宁津县", 2024, "县司法局组织法律顾问组成评查组，于11月至12月开展全县行政执法案卷集中评查，共评查各执法部门案卷580卷。");
        assertNoValue(x, "enforcement.files_reviewed");
        assertSuggested(x, "enforcement.files_reviewed");
    }

    @Test
    void keyProjectsApprovalsArePartOfTheItemsHandled() {
        var x = reportOf("宁津县", 2024, "建立重点项目审批“绿色通道”，全年为86个重点项目办理各类审批手续1260余件。");
        assertNoValue(x, "licensing.handled");
    }

    @Test
    void aHotlinesClueChecksAndItsWholeTickets() {
        var clues = reportOf("宁津县", 2024, "深化“行政执法监督+12345热线”协作机制，从热线工单中筛查涉执法投诉举报线索152条，核查办结率100%。");
        assertNoValue(clues, "hotline.completion_rate");
        var whole = reportOf("宁津县", 2024, "2024年，12345政务服务便民热线宁津分中心共受理群众和企业诉求工单21.6万件，办结率99.82%。");
        assertValue(whole, "hotline.completion_rate", "99.82");
    }

    @Test
    void aColumnOfDefendantsOpensATableRunIntoOneLine() {
        var x = reportOf("宁津县", 2024, "表5 2024年行政应诉案件统计\n被告\t收案（件）\t审结（件）\t败诉（件）\t败诉率\t县政府\t31\t27\t1\t3.70%\t"
                + "县直部门及乡镇\t112\t101\t6\t5.94%\t合计\t143\t128\t7\t5.47%");
        assertValue(x, "litigation.cases", "143");
        assertValue(x, "litigation.loss_rate", "5.47");
    }

    @Test
    void aDeadlineSetsTheLevelsListedAfterIt() {
        var x = reportOf("宁津县", 2024, "按照省、德州市部署要求，2024年底前政务服务事项网上可办率不低于95%、网上办理率达到90%以上。");
        assertNoValue(x, "online_service.rate");
    }

    @Test
    void theHotlinesOnTimeColumnYieldsToThePlainColumn() {
        var x = reportOf("宁津县", 2024, "附表 12345热线办理情况对比\n单位\t工单量（万件）\t办结率\t按期办结率\t满意率\n"
                + "宁津县\t8.62\t99.87%\t98.6%\t96.3%\n全市\t152.4\t99.62%\t97.5%\t95.1%");
        assertValue(x, "hotline.completion_rate", "99.87");
    }

    @Test
    void theCountOfTheCasesAmongWhichThePartsStandIsTheWhole() {
        var x = reportOf("宁津县", 2024, "从被告层级看，全年132件行政诉讼案件中，以县政府为被告的41件，以县级部门为被告的78件，以乡镇政府为被告的13件。");
        assertValue(x, "litigation.cases", "132");
        var court = reportOf("宁津县", 2024, "法院受理的168件行政诉讼案件中，以县政府为被告的41件。");
        assertNoValue(court, "litigation.cases");
    }

    @Test
    void theOwnRateAfterTheProvincesMayWriteItsYear() {
        var x = reportOf("宁津县", 2024, "全省行政机关负责人出庭应诉率为99.6%，我县全年为100%。");
        assertValue(x, "litigation.head_appearance_rate", "100");
    }

    @Test
    void aColumnOfReviewsUnderACaptionOfDocumentsCountsTheReviews() {
        var x = reportOf("宁津县", 2024, "表2 近三年规范性文件管理情况\n年份\t审查（件）\t备案（件）\t废止和失效（件）\n"
                + "2023年\t27\t27\t12\n2024年\t23\t23\t15");
        assertValue(x, "normative_docs.reviewed", "23");
        var filing = reportOf("宁津县", 2024, "对各部门报送的规范性文件开展备案审查45件。");
        assertNoValue(filing, "normative_docs.reviewed");
    }

    @Test
    void documentsOfTheGovernmentOrItsOfficeAreBothIssuers() {
        var x = reportOf("宁津县", 2024, "全年对以县政府或者县政府办公室名义拟出台的规范性文件开展合法性审核23件，提出修改意见96条。");
        assertValue(x, "normative_docs.reviewed", "23");
    }

    @Test
    void allFiledWithinTheLimitAfterALongNameOfTheRecipients() {
        var x = reportOf("宁津县", 2024, "全年以县政府和县政府办公室名义制发行政规范性文件17件，全部在公布之日起30日内向德州市人民政府和宁津县人大常委会报送备案。");
        assertValue(x, "normative_docs.filed", "17");
    }

    @Test
    void channelsMergedIntoTheHotlineAreItsOwn() {
        var x = reportOf("宁津县", 2024, "县12345政务服务便民热线将县长信箱、网络问政等渠道全面整合归并，全年共受理各类诉求21.37万件，办结21.32万件，办结率99.77%。");
        assertValue(x, "hotline.completion_rate", "99.77");
    }

    @Test
    void aLeadKeptForYearsDatesNoCountAfterIt() {
        var x = reportOf("宁津县", 2024, "2024年，县人民政府共收到行政复议申请263件，案件数量已连续两年超过同期一审行政诉讼案件数量；经审查，依法受理238件。");
        assertValue(x, "reconsideration.accepted", "238");
    }

    @Test
    void draftsToBeIssuedAsDocumentsAreTheDocumentsReviewed() {
        var x = reportOf("宁津县", 2024, "县司法局全年审核县政府及县政府办公室拟以规范性文件形式印发的文件草案14件，提出修改意见57条。");
        assertValue(x, "normative_docs.reviewed", "14");
    }

    @Test
    void theGovernmentAndItsDepartmentsBeforeTheirOwnPartsAreTheWhole() {
        var x = reportOf("宁津县", 2024, "2024年，全县新收以县政府及其部门为被告的一审行政诉讼案件126件，同比下降9.4%，其中以县政府为被告的42件、"
                + "以县政府部门为被告的71件、以镇（街道）为被告的13件。");
        assertValue(x, "litigation.cases", "126");
    }

    @Test
    void theHalfAConcentratedReviewWasHeldInLeavesItsCountToAPerson() {
        var x = reportOf("宁津县", 2024, "下半年，县司法局组织开展全县行政执法案卷集中评查，共评查行政处罚、行政许可案卷1,126卷。");
        assertNoValue(x, "enforcement.files_reviewed");
        assertSuggested(x, "enforcement.files_reviewed");
    }
}

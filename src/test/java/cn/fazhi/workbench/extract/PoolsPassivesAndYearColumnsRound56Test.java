package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;

/**
 * Round 56 (r160, r162, r164 and round 54 k; written before these rules): the pool a sample was drawn from, a
 * department's internal review, the jurisdiction acted on in the passive, another city's body in a county-level city's
 * report, a count of bodies between the verb and the files, a rate over all the outcomes listed before it, a span of
 * years over a table of year columns, one set of matters served across borders. Made-up sentences, not the helpers'.
 */
class PoolsPassivesAndYearColumnsRound56Test {
    private static final String COUNTY = "德清县人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";
    private static final String DISTRICT = "杭州市拱墅区人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";
    private static final String COUNTY_CITY = "乐清市人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void thePoolASampleWasDrawnFromIsNoSubject() {
        assertValue(extract(COUNTY + "（三）执法监督\n从县直18个执法部门和9个乡镇随机抽取行政执法案卷305卷逐卷评查，优秀率28%。\n"),
                "enforcement.files_reviewed", "305");
    }

    @Test
    void theDepartmentsAndTheTownsReviewedTogetherAreTheWhole() {
        assertValue(extract(COUNTY + "（三）执法监督\n评查县直19个执法部门和12个乡镇（街道）行政执法案卷377卷，评出优秀案卷40卷。\n"),
                "enforcement.files_reviewed", "377");
    }

    @Test
    void aDepartmentsOwnInternalReviewIsItsOwn() {
        var x = extract(COUNTY + "（三）执法监督\n县自然资源局、县卫健局另行组织内部交叉评查案卷146卷。\n");
        assertNoValue(x, "enforcement.files_reviewed");
    }

    @Test
    void theJurisdictionInThePassiveIsWhatTheCityActedOn() {
        var x = extract(DISTRICT + "（三）执法监督\n全年评查行政执法案卷540卷。在市司法局组织的专项抽查中，我区被抽取的36卷案卷全部合格。\n");
        assertValue(x, "enforcement.files_reviewed", "540");
    }

    @Test
    void anotherCitysBureauInACountyLevelCitysReport() {
        assertNoValue(extract(COUNTY_CITY + "（三）执法监督\n温州市司法局对我市9个执法部门开展案卷交叉评查，抽取案卷72卷。\n"),
                "enforcement.files_reviewed");
        assertValue(extract(COUNTY_CITY + "（三）执法监督\n市司法局对9个执法部门开展案卷评查，评查案卷72卷。\n"),
                "enforcement.files_reviewed", "72");
    }

    @Test
    void draftsToBeIssuedAsDocumentsAreTheReviewedOnes() {
        assertValue(extract(COUNTY + "（四）规范性文件\n对县政府及县政府办公室拟以规范性文件形式印发的23件文件开展合法性审核。\n"),
                "normative_docs.reviewed", "23");
    }

    @Test
    void documentsOthersSentInForFilingAreNotReviewedDrafts() {
        assertNoValue(extract(COUNTY + "（四）规范性文件\n接收县级部门、乡镇报送备案审查的规范性文件31件。\n"),
                "normative_docs.reviewed");
    }

    @Test
    void aSpanThatDescribesTheDocumentsIsNoPeriodOfTheRepeal() {
        assertValue(extract(COUNTY + "（四）规范性文件\n对2018年以来制发、现行有效的96件规范性文件开展清理，经清理，废止6件、宣布失效4件，合计10件。\n"),
                "normative_docs.repealed", "10");
    }

    @Test
    void theCorrectionRateIsOverAllTheOutcomesListedBeforeIt() {
        assertValue(extract(COUNTY + "（六）行政复议\n审结案件中，维持150件，通过调解、和解方式终止27件，直接纠错29件，直接纠错率12.4%。\n"),
                "reconsideration.correction_rate", "12.4");
    }

    @Test
    void theReportingYearsColumnUnderASpanOfYearsCompared() {
        var x = extract(COUNTY + "2023—2024年主要指标对比如下：\n项目\t2023年\t2024年\t增减\n行政诉讼败诉率（%）\t6.1\t4.3\t-1.8个百分点\n");
        assertValue(x, "litigation.loss_rate", "4.3");
    }

    @Test
    void theOnlineShareAfterQiZhongIsTheWholesRate() {
        assertValue(extract(COUNTY + "（二）政务服务\n全年共办理政务服务事项51.2万件，其中网上办理40.3万件，网办率78.7%。\n"),
                "online_service.rate", "78.7");
    }

    @Test
    void mattersServedAcrossBordersAreOneSet() {
        var x = extract(COUNTY + "（二）政务服务\n“长三角通办”事项全年办件8600件。\n");
        assertNoValue(x, "licensing.handled");
    }

    @Test
    void theHotlinesPlatformNamedBeforeTheCountysBranch() {
        assertValue(extract(COUNTY + "（二）诉求办理\n12345便民服务平台德清分中心全年受理群众诉求8.6万件，办结率99.2%。\n"),
                "hotline.completion_rate", "99.2");
        assertValue(extract(COUNTY + "（二）诉求办理\n县12345热线全年接听来电、受理网络诉求共8.6万件，办结率99.2%。\n"),
                "hotline.completion_rate", "99.2");
    }

    @Test
    void aConcludedFigureAnotherSentenceAcceptsStands() {
        var x = extract(COUNTY + "（六）行政复议\n县行政复议局全年接收行政复议申请240件。全年新收、审结行政复议案件分别为218件、209件。"
                + "审结的209件中，直接纠错21件。\n");
        assertValue(x, "reconsideration.concluded", "209");
    }

    @Test
    void theHotlinesPlainRateWinsOverTheOnTimeShareBesideIt() {
        var x = extract(COUNTY + "（二）诉求办理\n县12345热线全年受理诉求9.8万件，办结率99.6%，按期办结率98.2%，满意率96%。\n");
        assertValue(x, "hotline.completion_rate", "99.6");
        // the plain rate of one kind of tickets after a semicolon leaves the on-time rate of all of them the value
        assertValue(extract(COUNTY + "（二）诉求办理\n县12345热线全年受理诉求9.8万件，按期办结率98.2%；其中涉企诉求3600件，办结率100%。\n"),
                "hotline.completion_rate", "98.2");
    }

    @Test
    void theBoundsOfARangeAreNoFigure() {
        assertNoValue(extract(COUNTY + "（二）诉求办理\n全年各月12345热线办结率保持在97.9%至99.8%之间。\n"), "hotline.completion_rate");
    }

    @Test
    void aNamedKindOfTicketsIsAPart() {
        assertNoValue(extract(COUNTY + "（二）诉求办理\n12345热线受理物业纠纷类工单2210件，办结率99.1%。\n"), "hotline.completion_rate");
    }

    @Test
    void theTradeCommitteesByTheirShortNameAreAPart() {
        var x = extract(COUNTY + "（五）人民调解\n全县行专调委会全年调处医疗、物业等领域纠纷1306件，调解成功率97.9%。\n");
        assertNoValue(x, "mediation.disputes");
        assertNoValue(x, "mediation.success_rate");
    }

    @Test
    void villageProxiesAreOneChannel() {
        assertNoValue(extract(COUNTY + "（七）信访工作\n村级代办员全年代办信访事项214件，按期办结率100%。\n"), "petitions.completion_rate");
    }

    @Test
    void theNetworkInTheBracketIsTheWhole() {
        assertValue(extract(COUNTY + "（二）政务服务\n全县政务服务体系（县政务服务中心和12个乡镇（街道）便民服务中心）共受理办件96.4万件。\n"),
                "licensing.handled", "964000");
    }

    @Test
    void aCleanUpThatCountsWhatItKeptIsTheWholeCleanUp() {
        assertValue(extract(COUNTY + "（四）规范性文件\n开展规范性文件专项清理，共清理县政府文件203件，经清理，继续有效185件，废止、宣布失效共18件。\n"),
                "normative_docs.repealed", "18");
    }

    @Test
    void theWorkloadWithTheCasesCarriedOverIsNoIntake() {
        var x = extract(COUNTY + "（六）行政复议\n加上上年结转的21件，全年共需办理行政复议案件347件，已审结330件。\n");
        assertNoValue(x, "reconsideration.received");
        assertValue(x, "reconsideration.concluded", "330");
    }

    @Test
    void aGroupOfDefendantsInTheClauseBeforeTheRate() {
        var x = extract(COUNTY + "（二）行政应诉\n以县政府为被告的案件，负责人出庭应诉率100%；以县级部门为被告的案件，负责人出庭应诉率96.9%。\n");
        assertNoValue(x, "litigation.head_appearance_rate");
    }

    @Test
    void theNetworkNamedWithoutABracketIsTheWhole() {
        var x = extract(DISTRICT + "（二）政务服务\n区行政服务中心和9个街道便民服务中心全年共办理政务服务事项143.6万件，网办率达97.1%。\n");
        assertValue(x, "licensing.handled", "1436000");
        assertValue(x, "online_service.rate", "97.1");
    }

    @Test
    void everyLevelOfCommitteeCountedTogetherIsTheWhole() {
        assertValue(extract(DISTRICT + "（六）人民调解\n全区9个街道调委会、156个社区（村）调委会和18个行业性专业性调委会全年共调处矛盾纠纷12031件。\n"),
                "mediation.disputes", "12031");
        assertNoValue(extract(DISTRICT + "（六）人民调解\n全区18个行业性专业性调委会全年共调处矛盾纠纷1203件。\n"), "mediation.disputes");
    }

    @Test
    void whatABracketSaysTheWholeIncludesIsNoPart() {
        var x = extract(COUNTY + "（五）人民调解\n全县各级人民调解组织（含县人民调解中心、11个乡镇调委会和14个行业性专业性调委会）"
                + "共调解矛盾纠纷6120件，调解成功6098件，调解成功率99.64%。\n");
        assertValue(x, "mediation.disputes", "6120");
        assertValue(x, "mediation.success_rate", "99.64");
        // after a rate's name the bracket names the other measure, and stays read
        assertValue(extract(COUNTY + "（六）行政复议\n行政复议纠错率9.8%，纠错率（含调解和解）为31.7%。\n"),
                "reconsideration.correction_rate", "9.8");
    }
}

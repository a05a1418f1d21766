package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;

/**
 * Round 65: a count concluded after a list of defendant groups, disputes settled every way, a heading that reports
 * another place's matter, the year before named in a clause, a long "自…以来", the organ that decides all the
 * applications after the towns' forwarding, a framed part closed by a semicolon, a higher level's instruction, a table run
 * into one line. Made-up text, not the probes'.
 */
class GroupsWaysAndOneLineTablesRound65Test {

    private static ReportExtractor.Extraction countyCity(String results) {
        return extract("乐清市人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n" + results + "\n二、存在的问题\n执法力量不足。\n");
    }

    @Test
    void aCountConcludedLargerThanEveryGroupIsTheWholes() {
        var x = report("全年全县行政机关作为被告的一审行政诉讼案件新收88件，同比下降5.1%，其中以县政府为被告的案件19件、"
                + "以县直部门为被告的案件61件、以乡镇为被告的案件8件；已审结80件，败诉4件。");
        assertValue(x, "litigation.cases", "88");
        assertValue(x, "litigation.concluded", "80");
        assertValue(x, "litigation.lost", "4");
        // a count no larger than the group's may be the group's
        var group = report("全县一审行政诉讼案件88件，其中以县政府为被告的案件19件，审结17件。");
        assertNoValue(group, "litigation.concluded");
    }

    @Test
    void disputesSettledEveryWayAreNotMediated() {
        var x = report("通过人民调解、诉讼、信访和12345热线等多种途径，全县全年共化解各类矛盾纠纷6,814件，矛盾纠纷化解率96.9%。");
        assertNoValue(x, "mediation.disputes");
        assertNoValue(x, "mediation.success_rate");
        // mediation and other ways that are no suit are mediation still
        var mediated = report("通过人民调解等非诉讼方式，全县全年共调解矛盾纠纷3,215件，调解成功率98.2%。");
        assertValue(mediated, "mediation.disputes", "3215");
        assertValue(mediated, "mediation.success_rate", "98.2");
    }

    @Test
    void aHeadingReportingAnotherPlacesMatterMakesItsWholeThePlaces() {
        var x = countyCity("（五）温州市人民调解工作情况\n2024年，全市各级人民调解组织共调解矛盾纠纷48,210件，调解成功率98.7%。");
        assertNoValue(x, "mediation.disputes");
        assertNoValue(x, "mediation.success_rate");
        var own = countyCity("（五）乐清市人民调解工作情况\n2024年，全市各级人民调解组织共调解矛盾纠纷8,210件。");
        assertValue(own, "mediation.disputes", "8210");
    }

    @Test
    void theYearBeforeNamedInAClauseIsAnotherYear() {
        var x = report("机构改革完成后的上一年度，县政府共收到行政复议申请142件，受理131件。");
        assertNoValue(x, "reconsideration.received");
        assertNoValue(x, "reconsideration.accepted");
    }

    @Test
    void sinceAnEarlierYearWithAnEventBetweenIsManyYears() {
        var x = report("自2020年行政复议体制改革、全县复议职责统一由县政府集中行使以来，县政府共收到行政复议申请916件，纠错88件。");
        assertNoValue(x, "reconsideration.received");
        assertNoValue(x, "reconsideration.corrected");
    }

    @Test
    void theOrganDecidingAllApplicationsIsNoGroupOfTowns() {
        var x = countyCity("全年各乡镇（街道）行政复议受理点代收复议申请41件，均按时转送市行政复议局，市行政复议局全年共收到行政复议申请392件。");
        assertValue(x, "reconsideration.received", "392");
    }

    @Test
    void aFramedPartClosedByASemicolonLeavesTheWholeAfterIt() {
        var x = report("全县一审行政诉讼案件240件中，涉及镇（街道）的66件，占27.5%；全年败诉11件，败诉率4.6%。");
        assertValue(x, "litigation.cases", "240");
        assertValue(x, "litigation.lost", "11");
        assertValue(x, "litigation.loss_rate", "4.6");
    }

    @Test
    void aHigherLevelsInstructionIsNoSubject() {
        var x = report("按照咸宁市统一部署，全年共审核规范性文件23件，清理规范性文件140件，废止12件。");
        assertValue(x, "normative_docs.reviewed", "23");
        assertValue(x, "normative_docs.repealed", "12");
    }

    @Test
    void aTableRunIntoOneLineReadsAsItsRows() {
        var spaced = extract("安吉县人民政府2024年度法治政府建设情况报告\n一、主要成效\n表1 全县行政复议情况\n"
                + "项目 2023年 2024年 收到复议申请（件） 301 322 审结复议案件（件） 280 309 直接纠错率（%） 9.1 10.4\n");
        assertValue(spaced, "reconsideration.received", "322");
        assertValue(spaced, "reconsideration.concluded", "309");
        assertValue(spaced, "reconsideration.correction_rate", "10.4");
        var semicolons = extract("安吉县人民政府2024年度法治政府建设情况报告\n一、主要成效\n附表 主要数据\n"
                + "指标 2024年 2023年；调解矛盾纠纷（件） 9120 8874；调解成功率（%） 98.6 98.1\n");
        assertValue(semicolons, "mediation.disputes", "9120");
        assertValue(semicolons, "mediation.success_rate", "98.6");
    }

    @Test
    void aHigherCitysBulletinQuotedMakesItsWholeTheCitys() {
        var x = countyCity("据温州市司法局通报，2024年全市共办理行政复议案件3,406件，直接纠错率11.8%，我市办案数量位居全市第二。");
        assertNoValue(x, "reconsideration.received");
        assertNoValue(x, "reconsideration.correction_rate");
        var meeting = countyCity("在温州市人民调解工作推进会上通报，全市各级人民调解组织共调解矛盾纠纷9.1万件。");
        assertNoValue(meeting, "mediation.disputes");
        // the city's own words after the quoted city keep the figure its own
        var own = countyCity("据温州市司法局通报，2024年我市共办理行政复议案件412件。");
        assertValue(own, "reconsideration.received", "412");
    }

    @Test
    void anotherYearsFilesDoNotMakeAHalfYearWhole() {
        var x = report("上半年，县司法局组织对县直执法部门上一年度及2021年度行政处罚案卷进行集中评查，共评查案卷164卷。");
        assertNoValue(x, "enforcement.files_reviewed");
    }

    @Test
    void theWholeAShareIsOfIsNoSubject() {
        var x = report("全年全县政务服务事项办件12.6万件，占咸宁市办件总量的10.2%，网上办理率86.3%。");
        assertValue(x, "licensing.handled", "126000");
        assertValue(x, "online_service.rate", "86.3");
    }

    @Test
    void aPartOpeningWithACountOfItsOwnGivesTheBareRateItsMatter() {
        var x = report("县长信箱全年收到群众来信962件，办结率100%；12345热线转派我县工单5.12万件，办结率99.6%。");
        assertValue(x, "hotline.completion_rate", "99.6");
        // an act continuing the part before keeps that part's matter
        var continued = report("县长信箱全年收到群众来信962件；办结950件，办结率98.8%。");
        assertNoValue(continued, "hotline.completion_rate");
    }

    @Test
    void anOnTimeRateItemAfterThePlainOneIsTheNarrowerMeasure() {
        var x = report("12345热线工单办理情况：受理工单51200件；办结51100件；办结率99.8%；按期办结率98.6%；满意率97.1%。");
        assertValue(x, "hotline.completion_rate", "99.8");
    }

    @Test
    void partsOfASummaryLabelledWithTheirMatterStandApart() {
        var x = report("（七）主要指标完成情况\n行政复议：收案188件，直接纠错率10.6%；行政诉讼：一审收案121件，败诉率5.8%；"
                + "人民调解：调解纠纷5012件，调解成功率98.7%。");
        assertValue(x, "reconsideration.received", "188");
        assertValue(x, "litigation.cases", "121");
        assertValue(x, "mediation.disputes", "5012");
        assertValue(x, "mediation.success_rate", "98.7");
    }

    @Test
    void aCleanUpThatSortedEveryDocumentCountsItsRepeals() {
        var x = report("对现行有效的152件规范性文件开展专项清理，分别决定保留121件、修改19件、废止和宣布失效12件。");
        assertValue(x, "normative_docs.repealed", "12");
    }

    @Test
    void townsWhereTheOwnBodySetUpStationsAreNoSubject() {
        var x = report("县劳动人事争议仲裁院坚持调裁结合，在城关镇、杨集镇等企业集中的乡镇设立劳动争议调解工作站，"
                + "全年受理劳动人事争议案件430件，审结412件，仲裁结案率95.8%。");
        assertValue(x, "labour_arbitration.closing_rate", "95.8");
        // a sentence that opens with the town keeps the town's figures apart
        var town = report("在城关镇设立调解室，全年调解矛盾纠纷210件，调解成功率98%。");
        assertNoValue(town, "mediation.disputes");
        var itself = report("全年，城关镇设立调解室，调解矛盾纠纷210件。");
        assertNoValue(itself, "mediation.disputes");
    }

    @Test
    void aCityOpeningTheSentenceMakesTheWholeAfterItTheCitys() {
        // round 66, tuned on a: the city's hotline as the sentence's subject, then 全市 with no word of the city's own
        var x = countyCity("温州市12345热线全年受理市民诉求71.2万件，全市工单办结率99.4%，我市工单办结率高于全市平均水平。");
        assertNoValue(x, "hotline.completion_rate");
        var own = countyCity("乐清市12345热线全年受理市民诉求9.2万件，全市工单办结率99.6%。");
        assertValue(own, "hotline.completion_rate", "99.6");
    }

    @Test
    void aOneLineTableMayOpenWithAKindColumn() {
        // round 66: "纠纷类别" names the label column as "项目" does
        var x = extract("安吉县人民政府2024年度法治政府建设情况报告\n一、主要成效\n表2 全县人民调解纠纷分类统计\n"
                + "纠纷类别 件数 占比（%）；婚姻家庭纠纷 1210 24.2；邻里纠纷 1630 32.6；其他纠纷 2160 43.2；合计 5000 100\n");
        assertValue(x, "mediation.disputes", "5000");
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;

/**
 * Rounds 73 and 74 (read after their clean scores): the city above's 政务服务 office quoted as the source, a town or a
 * hall opening the sentence with its role in the whole, one mediation centre as the subject of later clauses, the success
 * of some kinds of disputes, a heading that reports the city above's assessment, periods opening a sentence of 分别
 * lists, a heading's half-year over a bare year, two acts paired with two numbers, the hotline's plain rate beside its
 * on-time one. Made-up text, not the probes'.
 */
class RolesPeriodListsAndPairedActsRound74Test {

    @Test
    void theCityAbovesServicesOfficeQuotedAsTheSource() {
        var x = reportOf("普宁市", 2024, "据揭阳市政务服务和数据管理局通报，2024年全市政务服务事项办件量达312.4万件，"
                + "网上办理率94.1%，我市办件量占全市的21.6%。");
        assertNoValue(x, "licensing.handled");
        assertNoValue(x, "online_service.rate");
    }

    @Test
    void townsOpeningTheSentenceWithTheirRoleInTheWhole() {
        var x = reportOf("晋江市", 2024, "安海镇、磁灶镇作为全市信访矛盾重点区域，全年分别调处纠纷520件、388件，调解成功率均达98%以上。");
        assertNoValue(x, "mediation.disputes");
        assertNoValue(x, "mediation.success_rate");
    }

    @Test
    void aHallDescribedAsTheBiggestOfTheJurisdictions() {
        var x = reportOf("普宁市", 2024, "市行政服务中心作为全市办件量最大的服务窗口，全年受理办结政务服务事项26.5万件，网办率90.8%。");
        assertNoValue(x, "licensing.handled");
        assertNoValue(x, "online_service.rate");
    }

    @Test
    void oneMediationCentreIsTheSubjectOfItsLaterClauses() {
        var x = report("县联合人民调解中心全年接待群众2860人次，受理矛盾纠纷1120件，调解成功1046件。");
        assertNoValue(x, "mediation.disputes");
        assertNoValue(x, "mediation.succeeded");
        var whole = report("县联合人民调解中心全年接待群众2860人次，全县共调解矛盾纠纷6120件，调解成功6046件。");
        assertValue(whole, "mediation.disputes", "6120");
    }

    @Test
    void theSuccessOfSomeKindsOfDisputesAtTheSentencesOpening() {
        var x = report("全年调解土地、山林、水利等传统纠纷2310件，调解成功2286件，调解成功率98.96%。");
        assertNoValue(x, "mediation.succeeded");
        assertNoValue(x, "mediation.success_rate");
        var listed = report("全年调处婚姻家庭、邻里纠纷980件，调解成功972件，调解成功率99.18%。");
        assertNoValue(listed, "mediation.success_rate");
        var all = report("全年调处婚姻家庭、邻里等各类矛盾纠纷4980件，调解成功4932件，调解成功率99.04%。");
        assertValue(all, "mediation.success_rate", "99.04");
    }

    @Test
    void aHeadingThatReportsTheCityAbovesAssessment() {
        var x = reportOf("晋江市", 2024, "（六）泉州市依法行政考核通报情况\n2024年全市行政复议直接纠错率14.2%，"
                + "行政机关负责人出庭应诉率98.6%，我市两项指标均居前列。");
        assertNoValue(x, "reconsideration.correction_rate");
        assertNoValue(x, "litigation.head_appearance_rate");
    }

    @Test
    void periodsOpeningASentenceNameEveryListAfterThem() {
        var x = report("上半年和全年，全县分别调解矛盾纠纷2150件、4610件，调解成功率分别为98.5%、98.9%。");
        assertValue(x, "mediation.disputes", "4610");
        assertValue(x, "mediation.success_rate", "98.9");
        // a series of years is left to the other rules: its readers label the year's item either way
        var years = report("2020年、2021年、2022年，全县分别受理行政复议案件96件、112件、131件。");
        assertNoValue(years, "reconsideration.accepted");
    }

    @Test
    void aHeadingsHalfYearOverABareYear() {
        var x = reportOf("晋江市", 2024, "（三）上半年行政复议工作情况\n2024年，全市共收到行政复议申请96件，审结81件。");
        assertNoValue(x, "reconsideration.received");
        var whole = reportOf("晋江市", 2024, "（三）上半年行政复议工作情况\n2024年全年，全市共收到行政复议申请196件。");
        assertValue(whole, "reconsideration.received", "196");
    }

    @Test
    void twoActsPairedWithTwoNumbers() {
        var x = report("全年审核、备案规范性文件36件、31件，评查行政执法案卷420卷。");
        assertValue(x, "normative_docs.reviewed", "36");
        assertValue(x, "normative_docs.filed", "31");
    }

    @Test
    void legalAidCasesAfterTheApplicationsWithTheLegalHelp() {
        var x = report("全年共受理法律援助申请和法律帮助事项2760件，其中法律援助案件836件、值班律师提供法律帮助1924件。");
        assertValue(x, "legal_aid.cases", "836");
    }

    @Test
    void theTotalOfTheCityAbovesListIsNotTheCountyLevelCitys() {
        var x = reportOf("普宁市", 2024, "表3 2024年揭阳市各县（市、区）12345热线办结率\n榕城区 99.1%；揭东区 98.7%；普宁市 99.4%；"
                + "揭西县 98.9%；惠来县 99.0%；全市 99.2%。");
        assertValue(x, "hotline.completion_rate", "99.4");
    }

    @Test
    void thePlaceAFigureIsComparedWithDidNotDoTheWork() {
        var x = reportOf("普宁市", 2024, "全市法律援助案件办结率98.2%，比揭阳市下达的95%考核目标高3.2个百分点；12345热线办结率99.5%。");
        assertValue(x, "hotline.completion_rate", "99.5");
    }

    @Test
    void petitionsHandledOnlineAreNoGovernmentServices() {
        var x = report("全年信访事项网上办理率达93.6%，群众满意率97.2%。");
        assertNoValue(x, "online_service.rate");
    }

    @Test
    void aListOfMediationBodiesUnderACaptionOfDisputesMediated() {
        var x = reportOf("晋江市", 2024, "表4 2024年各镇（街道）及市级调解组织调解纠纷情况\n青阳街道512件；梅岭街道430件；"
                + "其他17个镇（街道）4210件；镇（街道）合计5152件；市人民调解中心1120件；全市合计6272件。");
        assertValue(x, "mediation.disputes", "6272");
    }

    @Test
    void filesReviewedCountedWithTheirNounInTheClauseBefore() {
        var x = report("县司法局组织开展行政执法案卷集中评查，全年共计评查420卷，评出优秀案卷36卷。");
        assertValue(x, "enforcement.files_reviewed", "420");
    }

    @Test
    void theDepartmentsBeforeTheReformStandBesideNothingOfTheYears() {
        var x = report("县政府本级全年受理行政复议案件118件，办案量是改革前全县各部门受理总量的2.6倍。");
        assertValue(x, "reconsideration.accepted", "118");
    }

    /** Round 76 a (read after its clean score). */
    @Test
    void anAppendixHeadingOfTheCityAbovesWork() {
        var x = reportOf("晋江市", 2024, "附：泉州市2024年行政复议工作情况\n全市各级行政复议机关共新收行政复议案件2310件，直接纠错率12.4%。");
        assertNoValue(x, "reconsideration.received");
        assertNoValue(x, "reconsideration.correction_rate");
    }

    @Test
    void theSuitsAnIntermediateCourtHeardAreSomeOfThem() {
        var x = reportOf("晋江市", 2024, "在泉州市中级人民法院一审审理的涉我市行政案件中（共29件），我市行政机关负责人出庭应诉率100%，败诉率6.9%。");
        assertNoValue(x, "litigation.head_appearance_rate");
        assertNoValue(x, "litigation.loss_rate");
    }

    @Test
    void theCityHotlinesBranchNamedByTheShortNameAndThePlaceBesideIt() {
        var x = reportOf("晋江市", 2024, "12345政务服务便民热线泉州市晋江分中心全年承办工单8.2万件，办结率99.5%，泉州市同期办结率为99.2%。");
        assertValue(x, "hotline.completion_rate", "99.5");
    }

    @Test
    void theXiangOfAPlacesNameIsNoTowns() {
        var x = reportOf("宁乡市", 2024, "2024年，宁乡市人民政府共收到行政复议申请341件，受理318件。");
        assertValue(x, "reconsideration.received", "341");
        assertValue(x, "reconsideration.accepted", "318");
    }

    /** r202 (read after its clean score). */
    @Test
    void licencesCountedInTheTotalHandledArePartsOfIt() {
        var x = report("全县共办理依申请政务服务事项52.6万件，同比增长6.1%；在办理总量中，县行政审批服务局作出行政许可决定1.84万件。");
        assertValue(x, "licensing.handled", "526000");
    }

    @Test
    void documentsIssuedInTheGovernmentsNameAreNoLevelAmongOthers() {
        var x = report("县司法局全年对县政府拟以本级名义印发的规范性文件草案进行合法性审核23件，提出修改意见41条。");
        assertValue(x, "normative_docs.reviewed", "23");
    }

    @Test
    void legalAidCaseFilesAreNoEnforcementFiles() {
        var x = report("全年评查行政执法案卷860卷。组织律师对结案卷宗进行评估，随机抽查援助案件卷宗210卷，优良率96%。");
        assertValue(x, "enforcement.files_reviewed", "860");
    }

    @Test
    void aChannelAfterQiZhongClosedByASemicolon() {
        var x = report("全年县人民政府共收到行政复议申请286件，其中通过网上申请平台提交的92件；经审查，依法受理251件，不予受理21件。");
        assertValue(x, "reconsideration.accepted", "251");
    }

    @Test
    void theFieldsAListNamesAreSomeOfThem() {
        var x = report("全年各级人民调解组织共调解矛盾纠纷8,620件，调解成功8,512件。其中，村（社区）调委会调解6,310件；"
                + "医疗、物业等领域的专业调解组织调解成功1,120件。");
        assertValue(x, "mediation.succeeded", "8512");
    }

    /** Round 75 a (read after its clean score). */
    @Test
    void ratesListedAfterTheCountsOfListedBodies() {
        var x = report("县级调委会、乡镇（街道）调委会和村（社区）调委会分别调解矛盾纠纷310件、1820件、4260件，"
                + "调解成功率分别为98.1%、98.6%、99.2%。");
        assertNoValue(x, "mediation.success_rate");
        assertNoValue(x, "mediation.disputes");
    }

    @Test
    void aFiveYearPlansSpanStartedSince() {
        var x = report("“八五”普法启动以来，全县人民调解组织共调处矛盾纠纷2.1万件，调解成功2.08万件。");
        assertNoValue(x, "mediation.disputes");
        var suggestion = x.suggestions().stream().filter(v -> v.indicator().equals("mediation.disputes")).findFirst();
        org.junit.jupiter.api.Assertions.assertTrue(suggestion.isEmpty(), "several years are no suggestion of the year's");
    }

    @Test
    void aCaptionOfTheCityAbovesCountiesMakesItsWholeTheCitys() {
        var x = reportOf("晋江市", 2024, "表5 2024年泉州市各县（市、区）行政复议办案情况\n全市新收行政复议申请5210件，审结4876件，纠错612件，"
                + "纠错率12.55%；其中晋江市收案598件。");
        assertNoValue(x, "reconsideration.received");
        assertNoValue(x, "reconsideration.correction_rate");
    }

    @Test
    void aPlacesShortNameBeforeTheHotlinesNumber() {
        var x = reportOf("晋江市", 2024, "泉州12345热线全年受理群众诉求286.4万件，按期办结率99.2%，其中转派我市办理的工单4.1万件。");
        assertNoValue(x, "hotline.completion_rate");
    }

    @Test
    void theHeadsAppearedInTheSuitsTheCourtHeard() {
        var x = report("法院开庭审理的152件案件中，行政机关负责人出庭应诉149件，出庭应诉率98.03%。");
        assertValue(x, "litigation.head_appeared", "149");
        assertValue(x, "litigation.head_appearance_rate", "98.03");
    }

    @Test
    void theHotlinesPlainRateBesideItsOnTimeRate() {
        var x = report("全年12345热线办结率99.6%，按期办结率98.2%。");
        assertValue(x, "hotline.completion_rate", "99.6");
        var table = report("表2 政务服务主要指标\n办件总量：41.2万件；12345热线工单办结率：99.4%；按时办结率：97.9%。");
        assertValue(table, "hotline.completion_rate", "99.4");
    }
}

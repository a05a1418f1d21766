package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 80 and the shapes left open after round 79: a trend over years whose items each name their own year. Made-up
 * text, not the probes'.
 */
class TrendsTablesAndRound80Test {

    @Test
    void theReportingYearsItemOfATrendNamesItsOwnYear() {
        var x = reportOf("砀山县", 2024, "近三年，全县行政诉讼败诉率逐年下降：2022年为13.1%，2023年为10.2%，2024年降至7.35%。");
        assertValue(x, "litigation.loss_rate", "7.35");
        var earlier = reportOf("砀山县", 2024, "近三年，全县人民调解成功率稳步提升，2021年为95.2%，2022年为96.7%，2023年达到97.9%。");
        assertNoValue(earlier, "mediation.success_rate");
        var half = reportOf("砀山县", 2024, "近三年，全县人民调解成功率逐年提升：2022年为95.2%，2023年为96.7%，2024年上半年达到97.9%。");
        assertNoValue(half, "mediation.success_rate");
    }

    @Test
    void aTablesTotalRowAfterTheBodiesRows() {
        var x = reportOf("砀山县", 2024, "表5 2024年全县行政执法案卷评查情况\n县市场监管局 评查41卷、优秀6卷；县交通运输局 评查27卷、优秀3卷；"
                + "各乡镇 评查120卷、优秀15卷；全县合计 评查188卷、优秀24卷。");
        assertValue(x, "enforcement.files_reviewed", "188");
        var body = reportOf("砀山县", 2024, "表5 2024年全县行政执法案卷评查情况\n县市场监管局 评查41卷、优秀6卷；县交通运输局 评查27卷、优秀3卷。");
        assertNoValue(body, "enforcement.files_reviewed");
    }

    @Test
    void aRowOfPlacesCarriesTheFirstPlacesRate() {
        var x = reportOf("砀山县", 2024, "2024年全省行政机关负责人出庭应诉率为95.4%，宿州市为96.8%，我县达到98.9%，位居全市前列。");
        assertValue(x, "litigation.head_appearance_rate", "98.9");
        var city = reportOf("砀山县", 2024, "2024年全省行政机关负责人出庭应诉率为95.4%，宿州市为96.8%。");
        assertNoValue(city, "litigation.head_appearance_rate");
    }

    @Test
    void aRowLabelledWithItsYearAndTheJurisdictionsTotal() {
        var x = reportOf("砀山县", 2024, "2024年行政诉讼案件分主体统计：砀山县合计142件，审结133件，败诉9件；县政府29件，审结27件，"
                + "败诉1件；县直部门88件，审结82件，败诉6件。");
        assertValue(x, "litigation.cases", "142");
        assertTrue(x.values().stream().noneMatch(v -> v.indicator().equals("litigation.lost")
                && v.value().intValue() == 1), x.values().toString()); // the government's row is no whole
    }

    @Test
    void theOwnHallWithTheTownsHallsIsTheWhole() {
        var x = reportOf("砀山县", 2024, "全年县政务服务中心及18个镇便民服务中心共办理政务服务事项61.4万件。");
        assertValue(x, "licensing.handled", "614000");
        var agents = reportOf("砀山县", 2024, "全年县政务服务中心和各镇便民服务中心、村级代办站共办理政务服务事项48.2万件。");
        assertValue(agents, "licensing.handled", "482000");
        var some = reportOf("砀山县", 2024, "全年5个中心镇便民服务中心共办理政务服务事项6.1万件。");
        assertNoValue(some, "licensing.handled");
    }

    @Test
    void aCaptionNamingMediationAloneCountsItsDisputes() {
        var x = reportOf("砀山县", 2024, "表3 2024年砀山县各镇人民调解工作情况\n砀城镇986件；李庄镇541件；其余镇2130件；全县合计3657件。");
        assertValue(x, "mediation.disputes", "3657");
    }

    @Test
    void aShareOfTheWholeNamesNoSubject() {
        var x = reportOf("砀山县", 2024, "被申请人为县住建局的行政复议案件62件，占全县受理总数的18.1%，已审结58件，纠错6件，纠错率10.34%。");
        assertNoValue(x, "reconsideration.corrected");
        assertNoValue(x, "reconsideration.correction_rate");
    }

    @Test
    void aPartListOfSeveralClausesClosedByASemicolon() {
        var x = reportOf("砀山县", 2024, "全年县政府共收到行政复议申请356件，较上年增长12.6%，其中上半年收到160件、下半年收到196件，"
                + "涉企申请41件；经审查，依法受理331件。");
        assertValue(x, "reconsideration.accepted", "331");
    }

    @Test
    void repealsOfPolicyMeasuresAndOfDocumentsThatFailedARequirement() {
        var x = reportOf("砀山县", 2024, "开展政策措施公平竞争审查，审查存量政策措施48件，废止2件、修订1件。");
        assertNoValue(x, "normative_docs.repealed");
        var failed = reportOf("砀山县", 2024, "经清理，保留规范性文件96件，对不符合改革发展要求的14件予以废止。");
        assertValue(failed, "normative_docs.repealed", "14");
    }

    @Test
    void aCaptionOfTheNextYearsExpectedIndicatorsSetsTargets() {
        var x = reportOf("砀山县", 2024, "表6 砀山县2025年法治政府建设主要预期指标\n政务服务网办率：92%；12345热线办结率：99.5%；行政诉讼败诉率：6%。");
        assertNoValue(x, "online_service.rate");
        assertNoValue(x, "hotline.completion_rate");
        assertNoValue(x, "litigation.loss_rate");
        var own = reportOf("砀山县", 2024, "表6 砀山县2024年法治政府建设主要指标\n政务服务网办率：92%；12345热线办结率：99.5%。");
        assertValue(own, "hotline.completion_rate", "99.5");
    }

    @Test
    void linksAnOpeningClausePushesOnAreNoChannelOfTheWholesCount() {
        var x = reportOf("砀山县", 2024, "推进派出所、人民法庭、司法所“三所联动”和“诉调、访调”对接，全年全县各级人民调解组织共调解矛盾纠纷5231件，"
                + "调解成功5170件。");
        assertValue(x, "mediation.disputes", "5231");
        assertValue(x, "mediation.succeeded", "5170");
        var link = reportOf("砀山县", 2024, "全县通过诉调对接平台调解矛盾纠纷960件。");
        assertNoValue(link, "mediation.disputes");
    }

    @Test
    void thePlatformBesideEveryLevelsHallsIsEveryChannel() {
        var x = reportOf("砀山县", 2024, "全县各级政务服务大厅和“皖事通办”平台共办理依申请政务服务事项44.8万件。");
        assertValue(x, "licensing.handled", "448000");
        var one = reportOf("砀山县", 2024, "“皖事通办”平台共办理政务服务事项12.6万件。");
        assertNoValue(one, "licensing.handled");
    }

    @Test
    void ticketsPassedDownBesideTheOwnLevelsAreAllTheHotlines() {
        var x = reportOf("砀山县", 2024, "全年县12345热线共承办市级交办和本级受理的群众诉求工单98210件，办结97936件，办结率99.72%。");
        assertValue(x, "hotline.completion_rate", "99.72");
    }

    @Test
    void aCaptionListsItemsWithTheirOwnMeasureWords() {
        var x = reportOf("砀山县", 2024, "表2 2024年宿州市各县（区）行政复议案件情况\n埇桥区 收案402件、纠错率14.2%；萧县 收案188件、纠错率9.6%；"
                + "砀山县 收案231件、纠错率11.3%；灵璧县 收案176件、纠错率10.8%；全市 收案997件、纠错率12.1%。");
        assertValue(x, "reconsideration.received", "231");
        assertValue(x, "reconsideration.correction_rate", "11.3");
    }

    /** Round 82 (read after its clean score: a 福清市, c 泸县, r218 嘉鱼县). */
    @Test
    void aLevelKeptWrittenWithoutItsVerb() {
        var x = reportOf("砀山县", 2024, "全县坚持“一站式接收、一揽子调处”，矛盾纠纷调解成功率始终在98%以上。");
        assertNoValue(x, "mediation.success_rate");
    }

    @Test
    void theHallBesideTheTownsCentresWithTheirOwnCount() {
        var x = reportOf("砀山县", 2024, "县政务服务中心大厅全年办件40.2万件，网办率94.3%；15个镇便民服务中心办件12.1万件，网办率87.5%。");
        assertNoValue(x, "licensing.handled");
        var alone = reportOf("砀山县", 2024, "县政务服务中心全年共受理各类办件40.2万件。");
        assertValue(alone, "licensing.handled", "402000");
    }

    @Test
    void aFromToPhraseReachingTheReportingYearInsideASpan() {
        var x = reportOf("砀山县", 2024, "自2018年推行“一网通办”以来，全县累计办理政务服务事项286.1万件，政务服务事项网办率由2018年的38.5%"
                + "提升至2024年的92.6%。");
        assertValue(x, "online_service.rate", "92.6");
        assertNoValue(x, "licensing.handled");
    }

    @Test
    void theSecondInstanceAddedAfterACommaAndALongParty() {
        var x = reportOf("砀山县", 2024, "2024年，全县行政机关新增一审行政应诉案件58件，其中县政府为被告的12件；此外，当事人不服一审裁判"
                + "上诉至宿州市中级人民法院的二审案件11件。");
        assertValue(x, "litigation.cases", "58");
    }

    @Test
    void theCitysHotlinePlatformTheCountysRunsWith() {
        var x = reportOf("砀山县", 2024, "县12345热线与宿州市热线平台一体化运行，全年共受理诉求工单8.6万件，办结率99.41%。");
        assertValue(x, "hotline.completion_rate", "99.41");
    }

    @Test
    void departmentsOwnFilesAndABracketedTotalOfRepeals() {
        var own = reportOf("砀山县", 2024, "各镇和县直部门同步清理本单位制发的文件，共废止部门文件17件。");
        assertNoValue(own, "normative_docs.repealed");
        var total = reportOf("砀山县", 2024, "全年废止规范性文件7件、宣布失效2件（共计9件）。");
        assertValue(total, "normative_docs.repealed", "9");
    }

    @Test
    void suitsAgainstTheCountysOrgansTheCourtConcluded() {
        var x = reportOf("砀山县", 2024, "全年经法院审结的我县行政机关一审应诉案件52件，败诉3件。");
        assertValue(x, "litigation.concluded", "52");
    }
}

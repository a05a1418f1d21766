package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rounds 83 (read) and 84: tables given on one line (a place's column, rows left out), an aside about an appeal, an
 * appraisal's score, the towns' halls beside the own hall, the online ways alone, a branch a clause relies on, the
 * corrections after the kinds that add up to them. Made-up text, not the probes'.
 */
class OneLineTablesAndRound84Test {

    @Test
    void theOwnColumnOfATableOnOneLineBesideTheCitysAverage() {
        var x = reportOf("灌南县", 2024, "附表 2024年灌南县法治政府建设主要指标\n指标名称 我县完成值 连云港市平均值；人民调解成功率 99.10% 98.70%；"
                + "12345热线工单办结率 99.62% 99.05%；行政复议纠错率 12.40% 11.90%。");
        assertValue(x, "mediation.success_rate", "99.1");
        assertValue(x, "hotline.completion_rate", "99.62");
        assertValue(x, "reconsideration.correction_rate", "12.4");
        var city = reportOf("灌南县", 2024, "附表 2024年主要指标对比\n指标名称 连云港市完成值 全省平均值；人民调解成功率 98.70% 98.20%；"
                + "行政复议纠错率 11.90% 13.10%。");
        assertNoValue(city, "mediation.success_rate");
    }

    @Test
    void theTotalRowOfTheTownsTableOnOneLine() {
        var x = reportOf("新泰市", 2024, "表3 2024年各镇（街道）人民调解工作情况\n单位 调解纠纷（件） 调解成功（件） 调解成功率；青云街道 702 698 99.43%；"
                + "新汶街道 544 538 98.90%；……；全市合计 6120 6071 99.20%。");
        assertValue(x, "mediation.disputes", "6120");
        assertValue(x, "mediation.success_rate", "99.2");
    }

    @Test
    void theFiguresAfterAnAsideAboutAnAppealStayTheJurisdictions() {
        var x = reportOf("灌南县", 2024, "2024年，全县行政机关作为被告的一审行政诉讼案件132件，另有上诉至连云港市中级人民法院的二审案件27件；"
                + "法院审结一审案件121件，判决行政机关败诉7件，败诉率5.79%。");
        assertValue(x, "litigation.concluded", "121");
        assertValue(x, "litigation.loss_rate", "5.79");
    }

    @Test
    void theCourtHeardSomeOfTheOwnSuitsAfterACitysTarget() {
        var x = reportOf("灌南县", 2024, "对照连云港市下达的出庭应诉率不低于95%的考核要求，全县行政诉讼案件中法院开庭审理118件，"
                + "行政机关负责人出庭应诉117件，出庭应诉率99.15%。");
        assertValue(x, "litigation.heard", "118");
        assertValue(x, "litigation.head_appearance_rate", "99.15");
    }

    @Test
    void anAppraisalsScoreOfAnIndicatorIsNoLevel() {
        var x = reportOf("灌南县", 2024, "在连云港市2024年度法治政府建设考核中，我县12345热线办结率指标得分率为100%，行政诉讼败诉率指标得分率为80%。");
        assertNoValue(x, "hotline.completion_rate");
        assertNoValue(x, "litigation.loss_rate");
    }

    @Test
    void theTownsHallsCountedBesideTheOwnHallAreTheWhole() {
        var x = reportOf("新泰市", 2024, "全年市政务服务中心和20个镇（街道）便民服务中心共办理各类政务服务事项58.6万件，同比增长4.1%。");
        assertValue(x, "licensing.handled", "586000");
        var towns = reportOf("新泰市", 2024, "全年20个镇（街道）便民服务中心共办理各类政务服务事项31.2万件。");
        assertNoValue(towns, "licensing.handled");
    }

    @Test
    void theItemsHandledOnlineAloneAreOneChannel() {
        var x = reportOf("新泰市", 2024, "全年通过网上申报、网上审批等方式办理政务服务事项40.2万件，网上办理率达80.1%。");
        assertNoValue(x, "licensing.handled");
        assertValue(x, "online_service.rate", "80.1");
        var every = reportOf("新泰市", 2024, "全年通过线上、线下等方式办理政务服务事项50.3万件。");
        assertValue(every, "licensing.handled", "503000");
    }

    @Test
    void aBranchTheClauseReliesOnIsNoSubject() {
        var x = reportOf("新泰市", 2024, "依托“爱山东”APP新泰分厅，推动高频事项“掌上办”，全年依申请事项网上办理率达到90.6%。");
        assertValue(x, "online_service.rate", "90.6");
    }

    @Test
    void everyMonthsFloorIsNoYearsRate() {
        var x = reportOf("灌南县", 2024, "全年全县12345热线工单平均办理时长缩短至1.8个工作日，逐月工单办结率均保持在99.5%以上。");
        assertNoValue(x, "hotline.completion_rate");
    }

    @Test
    void filesOfTheOwnDepartmentsDrawnByTheCitysReview() {
        var x = reportOf("灌南县", 2024, "在连云港市司法局组织的2024年度行政执法案卷评查中，我县9个部门被抽取的64卷案卷全部合格。");
        assertNoValue(x, "enforcement.files_reviewed");
    }

    @Test
    void aRowOfPlacesAfterItsSource() {
        var x = reportOf("灌南县", 2024, "据江苏省人力资源和社会保障厅通报，2024年全省劳动人事争议仲裁结案率为96.9%，我县为97.8%。");
        assertValue(x, "labour_arbitration.closing_rate", "97.8");
    }

    @Test
    void theCountsOfOtherKindsOfDocumentsOrActsAreNoneOfTheIndicators() {
        var x = reportOf("灌南县", 2024, "全年审查各类涉法事务文件176件。");
        assertNoValue(x, "normative_docs.reviewed");
        var signed = reportOf("灌南县", 2024, "由各进驻部门派驻首席事务代表现场审批，全年现场签批办件2.9万件。");
        assertNoValue(signed, "licensing.handled");
    }

    @Test
    void newCuesForConcludedSuitsFiledDocumentsAndTheMediationCount() {
        var concluded = reportOf("灌南县", 2024, "法院审结涉我县行政诉讼一审案件97件，行政机关败诉4件。");
        assertValue(concluded, "litigation.concluded", "97");
        var filed = reportOf("灌南县", 2024, "全年向连云港市人民政府报送备案以县政府及县政府办公室名义制发的行政规范性文件11件。");
        assertValue(filed, "normative_docs.filed", "11");
        var mediated = reportOf("灌南县", 2024, "2023年，全县人民调解组织调处矛盾纠纷4120件；2024年调处量增至4586件。");
        assertValue(mediated, "mediation.disputes", "4586");
    }

    @Test
    void theCorrectionsAfterTheKindsThatAddUpToThem() {
        var x = reportOf("灌南县", 2024, "全年审结行政复议案件204件，其中维持110件、驳回41件，撤销9件、确认违法8件、责令履行5件，直接纠错22件，"
                + "直接纠错率10.78%。");
        assertTrue(x.values().stream().anyMatch(v -> v.indicator().equals("reconsideration.corrected")
                && v.value().intValue() == 22 && !v.derived()), x.values().toString());
        var chance = reportOf("灌南县", 2024, "全年审结行政复议案件204件，其中撤销9件、确认违法8件、责令履行5件，直接纠错24件。");
        assertNoValue(chance, "reconsideration.corrected"); // the kinds do not add up to it: a breakdown, a person decides
    }

    @Test
    void theHeardAndAppearedCountsInABracketAfterTheRate() {
        var x = reportOf("灌南县", 2024, "全年行政机关负责人出庭应诉率达98.9%（法院开庭审理92件，行政机关负责人出庭应诉91件）。");
        assertValue(x, "litigation.heard", "92");
        assertValue(x, "litigation.head_appeared", "91");
        var court = reportOf("灌南县", 2024, "县人民法院全年受理行政案件310件（法院开庭审理241件，行政机关负责人出庭应诉239件）。");
        assertNoValue(court, "litigation.heard");
    }

    @Test
    void theConcludedAfterTheCountsOfBothStages() {
        var x = reportOf("灌南县", 2024, "2024年，全县一审行政诉讼案件收案77件，二审行政诉讼案件收案15件，审结84件，行政机关败诉4件。");
        assertValue(x, "litigation.concluded", "84");
        var second = reportOf("灌南县", 2024, "2024年，全县二审行政诉讼案件收案15件，审结14件。");
        assertNoValue(second, "litigation.concluded");
    }

    @Test
    void theHeardAndAppearedColumnsOfAOneLineTableCountSuits() {
        var x = reportOf("新泰市", 2024, "表2 2024年全市行政应诉情况统计（单位：件、%）\n项目 行政诉讼案件 开庭审理 负责人出庭应诉 出庭应诉率；"
                + "全市合计 214 187 185 98.93；市直部门 150 131 130 99.24；镇（街道） 64 56 55 98.21。");
        assertValue(x, "litigation.heard", "187");
        assertValue(x, "litigation.head_appeared", "185");
    }

    @Test
    void theOwnRowOfACaptionListOfLossRates() {
        var x = reportOf("新泰市", 2024, "表3 2024年泰安市各县（市、区）行政机关一审败诉率\n泰山区 6.2%；岱岳区 7.4%；新泰市 5.91%；肥城市 6.8%；"
                + "宁阳县 7.1%；东平县 8.0%；全市 6.9%。");
        assertValue(x, "litigation.loss_rate", "5.91");
    }

    @Test
    void theCasesTheCourtHeardFramingTheHeadsAppearances() {
        var x = reportOf("新泰市", 2024, "法院开庭审理的176件案件中，行政机关负责人出庭应诉175件，出庭应诉率99.43%。");
        assertValue(x, "litigation.heard", "176");
        var court = reportOf("新泰市", 2024, "市人民法院开庭审理的176件案件中，涉及本院的案件42件。");
        assertNoValue(court, "litigation.heard");
    }

    @Test
    void filesTheCitysBureauDrewBesideTheOwnReview() {
        var x = reportOf("新泰市", 2024, "全年组织评查行政执法案卷520卷，评出优秀案卷64卷，另有泰安市司法局抽查我市案卷30卷。");
        assertValue(x, "enforcement.files_reviewed", "520");
    }
}

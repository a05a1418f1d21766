package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;

/**
 * Round 67, second half: what the files kept clean since rounds 65 and 66 showed once they were scored and read — a
 * total's parts right after it, the legal aid cases inside its matters, a branch worked through, the year a sentence named before 当年, the city's total opened by the year, committees of every
 * level, the mobile channel, the centre and the towns' stations, the organs after a court, the county's hotline branch,
 * a clean-up's stock date, legal aid's files, ways of every matter, the court that heard the own cases. Made-up text.
 */
class EarlierCleanFilesRound67Test {

    private static ReportExtractor.Extraction countyCity(String results) {
        return extract("乐清市人民政府2022年度法治政府建设情况报告\n一、主要举措和成效\n" + results + "\n二、存在的问题\n执法力量不足。\n");
    }

    @Test
    void partsRightAfterTheirTotalAreParts() {
        var x = report("共清理规范性文件88件，决定修改6件，废止、宣布失效9件（废止6件、宣布失效3件）；另开展专项清理，废止2件。");
        assertValue(x, "normative_docs.repealed", "9");
    }

    @Test
    void theCasesInsideTheLegalAidMattersAreTheCases() {
        var x = report("县法律援助中心全年共办理法律援助事项1,820件，其中办理法律援助案件406件、解答法律咨询1,414件。");
        assertValue(x, "legal_aid.cases", "406");
    }

    @Test
    void aBranchTheCountyWorksThroughIsNoOtherBody() {
        var x = report("依托“鄂汇办”通山分厅和湖北政务服务网，全县全年网上办件12.4万件，政务服务网办率76.5%。");
        assertValue(x, "online_service.rate", "76.5");
        assertNoValue(report("县政务服务中心南林分中心全年办件2.1万件。"), "licensing.handled");
    }

    @Test
    void aRateOfCasesReferredToMediationIsNoPetitionsRate() {
        var x = report("推行访调对接，县信访局将可调解的信访事项转交县人民调解中心，全年转交调解96件，办结率100%。");
        assertNoValue(x, "petitions.completion_rate");
    }

    @Test
    void oneChannelsRateApartBySemicolonsIsNoRival() {
        var x = report("全年受理网上信访事项512件，网上信访按期办结率100%；全县信访事项按期办结率达99.5%。");
        assertValue(x, "petitions.completion_rate", "99.5");
    }

    @Test
    void thatYearIsTheYearNamedBefore() {
        var x = report("对照2021年度咸宁市信访工作考核反馈的问题，我县当年信访事项按期办结率为96.2%，已整改到位。");
        assertNoValue(x, "petitions.completion_rate");
        assertValue(report("2022年，全县信访事项按期办结率为98.1%，当年办结信访事项420件。"), "petitions.completion_rate", "98.1");
    }

    @Test
    void theOwnShareOfACityTotalOpenedByTheYear() {
        var x = report("全年咸宁市各级法律援助机构共办理法律援助案件5210件，其中我县办理466件，占全市的8.9%。");
        assertValue(x, "legal_aid.cases", "466");
    }

    @Test
    void committeesOfEveryLevelAreTheWhole() {
        var x = report("全县1个县级人民调解委员会、12个乡镇人民调解委员会和186个村（社区）人民调解委员会全年共调处矛盾纠纷3100余件，"
                + "调解成功率98.9%。");
        assertValue(x, "mediation.disputes", "3100");
        // each level's figure, listed respectively, stays that level's
        var each = report("县级调委会、乡镇调委会分别调解纠纷126件、843件，二者合计969件，占全县调解纠纷总数的35.1%。");
        assertNoValue(each, "mediation.disputes");
    }

    @Test
    void theMobileChannelIsOneChannel() {
        assertNoValue(report("全年通过“鄂汇办”移动端办理政务服务事项36.2万件，掌上办件占比41.3%。"), "licensing.handled");
    }

    @Test
    void theCentreAndTheTownsStationsAreTheWhole() {
        var x = report("县法律援助中心及12处乡镇法律援助工作站全年共组织办理法律援助案件728件，同比增长6.1%。");
        assertValue(x, "legal_aid.cases", "728");
        assertValue(report("县司法局全年共审核拟以县政府、县政府办公室名义印发的行政规范性文件17件，提出修改意见42条。"),
                "normative_docs.reviewed", "17");
    }

    @Test
    void theOrgansOpeningAClauseAfterTheCourtSpeak() {
        var x = report("全年审结行政诉讼案件61件，其中人民法院判决驳回原告诉讼请求33件、原告撤诉19件，行政机关败诉4件，败诉率6.6%。");
        assertValue(x, "litigation.lost", "4");
        assertValue(x, "litigation.loss_rate", "6.6");
    }

    @Test
    void theCountysHotlineBranch() {
        var x = report("依托咸宁市12345政务服务便民热线通山分中心，完善诉求办理闭环。2022年，县分中心共受理各类诉求工单21,406件，"
                + "全年办结21,322件，办结率99.6%。");
        assertValue(x, "hotline.completion_rate", "99.6");
    }

    @Test
    void aCleanUpsStockDateDatesTheDocuments() {
        var x = report("对截至2021年12月31日县政府及县政府办公室印发的现行有效行政规范性文件进行全面清理，共清理74件，"
                + "其中继续有效61件、修改7件、废止和宣布失效6件。");
        assertValue(x, "normative_docs.repealed", "6");
    }

    @Test
    void legalAidsFilesCheckedAreNoEnforcementFiles() {
        var x = report("对法律援助案件实行庭审旁听、案卷检查、受援人回访，全年旁听庭审22次，检查结案案卷130卷。");
        assertNoValue(x, "enforcement.files_reviewed");
    }

    @Test
    void aRateOfDisputesSettledEveryWayIsNoMediationRate() {
        var x = report("综合运用人民调解、行政调解和诉讼、信访、热线等渠道，全县矛盾纠纷化解率达到99.1%。");
        assertNoValue(x, "mediation.success_rate");
    }

    @Test
    void theOwnCasesTheCourtHeardNamedBeforeTheFigure() {
        var x = countyCity("在人民法院开庭审理的涉及我市行政机关的64件一审案件中，行政机关负责人出庭应诉64件次。");
        assertValue(x, "litigation.heard", "64");
    }

    @Test
    void aTownsShareOfTheWholeLeavesTheTownTheSubject() {
        var x = report("城关镇作为县城所在地，全年承办12345热线工单8,400件，占全县工单总量的21.5%，办结率99.9%。");
        assertNoValue(x, "hotline.completion_rate");
    }

    @Test
    void filesOfAnotherMatterTheSentenceOpensWith() {
        var x = report("对已结法律援助案件开展质量评估，随机抽查结案卷宗120卷，优良率95.8%。");
        assertNoValue(x, "enforcement.files_reviewed");
        assertValue(report("全年组织行政执法案卷评查，随机抽查案卷120卷。"), "enforcement.files_reviewed", "120");
    }

    @Test
    void anotherLevelsAverageIsNoPieceOfTheList() {
        var x = report("全年审结一审行政诉讼案件64件，其中判决驳回原告诉讼请求30件，原告撤诉21件，行政机关败诉5件，败诉率7.81%，"
                + "低于咸宁市全市平均败诉率（10.2%）。");
        assertValue(x, "litigation.loss_rate", "7.81");
    }

    @Test
    void aLabelsPlainHotlineRateBesideTheOnTimeOne() {
        var x = report("表3 2022年主要指标\n人民调解：调解纠纷3120件；12345热线：办结率99.8%，按时办结率98.6%；法律援助：办理案件512件。");
        assertValue(x, "hotline.completion_rate", "99.8");
    }

    @Test
    void theOwnBranchOfTheCitysLine() {
        var x = report("2022年，咸宁市12345政务服务便民热线通山分中心共受理群众诉求工单5.12万件，办结率99.7%。");
        assertValue(x, "hotline.completion_rate", "99.7");
        assertNoValue(report("2022年，咸宁市12345政务服务便民热线共受理群众诉求工单51.2万件，办结率99.5%。"), "hotline.completion_rate");
    }

    @Test
    void aPartOpeningWithTheWholesRateStartsTheBareRatesAccount() {
        var x = report("全年县级领导接访下访112批次，推动化解信访积案23件；全县信访事项办结率100%，按期办结率99.4%。");
        assertValue(x, "petitions.completion_rate", "99.4");
    }
}

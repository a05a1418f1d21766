package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;

/**
 * Rounds 85 (read in part) and 86: rows of years whose label holds the hotline's number, a 截至 date before 今年以来, the
 * villages as the last level of a service system, a rate among the cases it is taken over, cases assigned after the
 * review, remarks inside remarks, 区镇, tickets of the jurisdiction itself, a bare rate after counts of people.
 * Made-up text, not the probes'.
 */
class RowsOfYearsAndRound86Test {

    @Test
    void aRowOfYearsUnderTheHotlinesNumber() {
        var x = reportOf("灌云县", 2024, "12345热线工单办结率2023年为99.2%，2024年为99.6%，按时办结率由96.1%提升至97.9%。");
        assertValue(x, "hotline.completion_rate", "99.6");
        var bare = reportOf("灌云县", 2024, "热线办结率2023年98.7%，2024年99.3%。");
        assertValue(bare, "hotline.completion_rate", "99.3");
        var colon = reportOf("灌云县", 2024, "行政诉讼败诉率：2023年为8.2%，2024年为6.1%。");
        assertValue(colon, "litigation.loss_rate", "6.1");
    }

    @Test
    void theYearSoFarUpToADateInNovember() {
        var x = reportOf("灌云县", 2024, "截至11月25日，县司法局今年以来共收到行政复议申请164件，审结139件。");
        assertNoValue(x, "reconsideration.received");
        assertNoValue(x, "reconsideration.concluded");
        var year = reportOf("灌云县", 2024, "今年以来，县司法局共收到行政复议申请164件，审结139件。");
        assertValue(year, "reconsideration.received", "164");
    }

    @Test
    void theVillagesAsTheLastLevelOfAServiceSystem() {
        var x = reportOf("灌云县", 2024, "全县三级政务服务体系（县政务服务中心、14个乡镇便民服务中心、203个村（社区）代办点）全年办件52.3万件，"
                + "按期办结率100%。");
        assertValue(x, "licensing.handled", "523000");
        var villages = reportOf("灌云县", 2024, "全县村（社区）代办点全年办件8.6万件。");
        assertNoValue(villages, "licensing.handled");
    }

    @Test
    void theHeadsRateAmongTheCasesHeard() {
        var x = reportOf("灌云县", 2024, "全年行政机关负责人出庭应诉63件，在法院开庭审理的64件行政诉讼案件中出庭应诉率达98.44%。");
        assertValue(x, "litigation.head_appearance_rate", "98.44");
        var kind = reportOf("灌云县", 2024, "在涉企行政诉讼案件中败诉率为3.2%。");
        assertNoValue(kind, "litigation.loss_rate");
    }

    @Test
    void theCasesAssignedAfterTheReviewBesideTheApplications() {
        var x = reportOf("灌云县", 2024, "全年县法律援助中心共收到法律援助申请905件，经审查受理并指派承办法律援助案件871件，不予援助34件。");
        assertValue(x, "legal_aid.cases", "871");
    }

    @Test
    void theShareTheOperatorsAnsweredDirectlyIsNoCompletionRate() {
        var x = reportOf("灌云县", 2024, "全年县12345热线中心接听群众来电4.2万个，接通率98.6%，话务员直接解答办结率38.5%，其余诉求形成工单派发。");
        assertNoValue(x, "hotline.completion_rate");
    }

    @Test
    void aBareRateAfterCountsOfMediatorsAndCommittees() {
        var x = reportOf("灌云县", 2024, "表2 2024年灌云县人民调解工作情况\n调委会 286个；专职人民调解员 412人；调解纠纷 5120件；调解成功 5076件；"
                + "调解成功率 99.14%。");
        assertValue(x, "mediation.success_rate", "99.14");
        var part = reportOf("灌云县", 2024, "专职人民调解员调解纠纷1260件，调解成功率99.6%。");
        assertNoValue(part, "mediation.success_rate");
        var studios = reportOf("灌云县", 2024, "全县建成个人品牌调解工作室12个，年内共调解各类纠纷860件，调解成功率99.2%。");
        assertNoValue(studios, "mediation.success_rate");
    }

    @Test
    void theJurisdictionsOwnTicketsOfACityRunHotline() {
        var x = reportOf("启东市", 2024, "全年12345政务服务便民热线受理涉我市工单12.4万件，办结12.35万件，办结率99.6%。");
        assertValue(x, "hotline.completion_rate", "99.6");
        var kind = reportOf("启东市", 2024, "全年12345热线受理涉企工单1.2万件，办结率99.1%。");
        assertNoValue(kind, "hotline.completion_rate");
    }

    @Test
    void aRemarkWithABracketOfItsOwnNamesNoKind() {
        var x = reportOf("灌云县", 2024, "全年12345热线共受理群众诉求15.3万件（直接答复咨询类诉求6.1万件，向县直部门和乡镇（街道）派发工单9.2万件），"
                + "全年办结15.24万件，办结率99.61%。");
        assertValue(x, "hotline.completion_rate", "99.61");
    }

    @Test
    void theZonesAndTownsHallsBesideTheCitysOwnHall() {
        var x = reportOf("启东市", 2024, "全年全市政务服务中心和区镇便民服务中心共办理各类政务服务事项71.8万件，政务服务事项网上办理率92.4%。");
        assertValue(x, "licensing.handled", "718000");
        assertValue(x, "online_service.rate", "92.4");
        var town = reportOf("启东市", 2024, "全年汇龙镇便民服务中心共办理政务服务事项5.1万件。");
        assertNoValue(town, "licensing.handled");
    }

    @Test
    void aTableOfColonListsOnOneLine() {
        var x = reportOf("灌云县", 2024, "表3 2024年灌云县与连云港市主要指标对比\n指标：灌云县、连云港市；人民调解成功率：99.21%、98.6%；"
                + "行政诉讼败诉率：6.45%、8.2%；行政机关负责人出庭应诉率：98.9%、99.3%。");
        assertValue(x, "mediation.success_rate", "99.21");
        assertValue(x, "litigation.loss_rate", "6.45");
        assertValue(x, "litigation.head_appearance_rate", "98.9");
        var years = reportOf("灌云县", 2024, "表4 调解工作\n项目：2023年、2024年；调解纠纷：4870件、5120件；调解成功率：98.7%、99.1%。");
        assertValue(years, "mediation.disputes", "5120");
        assertValue(years, "mediation.success_rate", "99.1");
        var prose = reportOf("灌云县", 2024, "指标：调解、复议；全年调解纠纷5120件；调解成功率99.1%。");
        assertValue(prose, "mediation.disputes", "5120");
    }

    @Test
    void theApplicationsOfATotalOfBothMatters() {
        var x = reportOf("灌云县", 2024, "全年新发生行政复议、行政诉讼案件388件，其中行政复议申请241件、行政诉讼案件147件。");
        assertValue(x, "reconsideration.received", "241");
        assertValue(x, "litigation.cases", "147");
    }

    @Test
    void theOwnFiguresOfTheRatesJustNamedGivenBySeparately() {
        var x = reportOf("灌云县", 2024, "据连云港市通报，全市行政机关负责人出庭应诉率98.2%，行政诉讼败诉率8.4%，我县两项指标分别为99.1%和6.3%。");
        assertValue(x, "litigation.head_appearance_rate", "99.1");
        assertValue(x, "litigation.loss_rate", "6.3");
        var hotline = reportOf("灌云县", 2024, "2024年全市政务服务事项网办率92.8%、12345热线工单办结率99.4%，我县分别为93.5%、99.7%。");
        assertValue(hotline, "online_service.rate", "93.5");
        assertValue(hotline, "hotline.completion_rate", "99.7");
        var city = reportOf("灌云县", 2024, "全市行政机关负责人出庭应诉率98.2%，行政诉讼败诉率8.4%。");
        assertNoValue(city, "litigation.loss_rate");
    }

    @Test
    void aPeakDaysCountIsNoRivalOfTheYears() {
        var x = reportOf("灌云县", 2024, "全年全县各级政务服务大厅共办件36.2万件，月均办件3.02万件，高峰日办件量突破2600件。");
        assertValue(x, "licensing.handled", "362000");
    }

    @Test
    void thePeoplesMediationAfterDisputesSettledThroughEveryChannel() {
        var x = reportOf("灌云县", 2024, "全县通过人民调解、行政调解、司法调解、信访等渠道化解各类矛盾纠纷9860件，矛盾纠纷综合化解率99.1%；"
                + "其中人民调解组织调处矛盾纠纷5124件，调解成功率98.6%。");
        assertValue(x, "mediation.disputes", "5124");
        assertValue(x, "mediation.success_rate", "98.6");
    }

    @Test
    void aProvincesRuleByItsTitleNamesNoBodyThatSpeaks() {
        var x = reportOf("灌云县", 2024, "严格执行《江苏省行政机关负责人出庭应诉工作规定》，在法院开庭审理的87件案件中，行政机关负责人出庭应诉86件，"
                + "出庭应诉率98.85%。");
        assertValue(x, "litigation.head_appeared", "86");
        assertValue(x, "litigation.head_appearance_rate", "98.85");
    }

    @Test
    void aBodyInsideAClosedRemarkIsNoSubjectOfTheFiguresAfterIt() {
        var x = reportOf("灌云县", 2024, "2024年，全县行政机关新收一审行政诉讼案件142件（其中以县政府为被告的33件、以灌云经济开发区管委会为被告的9件），"
                + "审结131件，败诉7件，败诉率5.34%。");
        assertValue(x, "litigation.concluded", "131");
        assertValue(x, "litigation.loss_rate", "5.34");
        var namesBracket = reportOf("新泰市", 2024, "全年组织市直26个执法部门和20个镇（街道）综合执法办公室开展交叉评查，共评查各类行政执法案卷980卷。");
        assertValue(namesBracket, "enforcement.files_reviewed", "980");
    }

    @Test
    void theTownsVillagesAndTradesCommitteesCountedTogether() {
        var x = reportOf("灌云县", 2024, "全县12个镇（街）人民调解委员会、236个村（居）人民调解委员会和9个行业性专业性人民调解组织共调处矛盾纠纷4,836件，"
                + "调解成功率99.2%。");
        assertValue(x, "mediation.disputes", "4836");
        assertValue(x, "mediation.success_rate", "99.2");
        var trades = reportOf("灌云县", 2024, "全县9个行业性专业性人民调解组织共调处矛盾纠纷836件。");
        assertNoValue(trades, "mediation.disputes");
    }

    @Test
    void theServicesWholeBeforeTheLicencesDecidedElsewhere() {
        var x = reportOf("灌云县", 2024, "全年全县行政执法部门共作出行政处罚决定3,120件，作出行政许可决定2.86万件。\n"
                + "全年全县县、乡、村三级政务服务平台共受理各类政务服务办件41.7万件，办结41.5万件。");
        assertValue(x, "licensing.handled", "417000");
    }

    @Test
    void theCasesTheCourtHeardNamedBeforeTheAct() {
        var x = reportOf("灌云县", 2024, "全年人民法院对涉及我县行政机关的96件案件开庭审理，行政机关负责人出庭应诉95件次，出庭应诉率98.96%。");
        assertValue(x, "litigation.heard", "96");
        assertValue(x, "litigation.head_appeared", "95");
    }
}

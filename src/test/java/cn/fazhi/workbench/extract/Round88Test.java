package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;

/**
 * Round 88 (read in part), round 87 c and older read files: tables typed with bars run into one line, a caption naming
 * the hotline over a bare rate's row, the reporting year's share of a multi-year total, items another platform added
 * after the online rate, a higher hotline that hands tickets down, the whole before
 * the own share, the court an appeal goes to, a level at the year's start, a rate row among labelled rows, cases against
 * the jurisdiction, a lawsuit withdrawn after mediation in court. Made-up text, not the probes'.
 */
class Round88Test {

    @Test
    void aTableTypedWithBarsRunIntoOneLine() {
        var x = reportOf("绩溪县", 2024, "行政复议案件办理情况\n单位｜收到申请（件）｜审结（件）｜纠错率｜绩溪县｜142｜133｜10.53%｜宣城市合计｜1102｜968｜12.5%");
        assertValue(x, "reconsideration.received", "142");
        assertValue(x, "reconsideration.correction_rate", "10.53");
        var oneRow = reportOf("绩溪县", 2024, "附表 主要指标\n指标｜2024年｜2023年｜增减｜法律援助案件（件）｜864｜790｜+74");
        assertValue(oneRow, "legal_aid.cases", "864");
    }

    @Test
    void aCaptionThatNamesTheHotlineOverABareRatesRow() {
        var x = reportOf("绩溪县", 2024, "附表3 2024年12345热线运行情况\n指标｜绩溪县｜宣城市\n受理工单（万件）｜6.2｜58.1\n办结率｜99.4%｜99.1%");
        assertValue(x, "hotline.completion_rate", "99.4");
        var bare = reportOf("绩溪县", 2024, "附表3 2024年运行情况\n指标｜绩溪县｜宣城市\n受理（件）｜620｜5810\n办结率｜99.4%｜99.1%");
        assertNoValue(bare, "hotline.completion_rate");
    }

    @Test
    void theReportingYearsShareOfAMultiYearTotal() {
        var x = reportOf("绩溪县", 2024, "自2022年开展案卷评查以来，全县累计评查行政执法案卷2460卷，其中2024年评查案卷930卷。");
        assertValue(x, "enforcement.files_reviewed", "930");
        var bare = reportOf("绩溪县", 2024, "自2022年开展案卷评查以来，全县累计评查行政执法案卷2460卷，其中2024年评查930卷。");
        assertValue(bare, "enforcement.files_reviewed", "930");
        var earlier = reportOf("绩溪县", 2024, "自2022年开展案卷评查以来，全县累计评查行政执法案卷2460卷，其中2023年评查案卷810卷。");
        assertNoValue(earlier, "enforcement.files_reviewed");
    }

    @Test
    void itemsAnotherPlatformAddedAfterTheOnlineRate() {
        var x = reportOf("绩溪县", 2024, "2024年，全县政务服务网办率从2023年的86.1%提高到92.4%，“皖事通办”平台绩溪分厅新增高频事项31项。");
        assertValue(x, "online_service.rate", "92.4");
        var itsItems = reportOf("绩溪县", 2024, "全县政务服务事项网办率达到88.2%，其中：公共服务96项，网上可办数90项。");
        assertNoValue(itsItems, "online_service.rate");
    }

    @Test
    void aHigherHotlineThatHandsTheTicketsDown() {
        var x = reportOf("济南市长清区", 2024, "2024年，区级承办济南市12345热线转办群众诉求工单18.2万件，办结率99.1%。");
        assertValue(x, "hotline.completion_rate", "99.1");
    }

    @Test
    void theWholeCityBeforeItsShareOfOursIsTheCityAbove() {
        var x = reportOf("仁怀市", 2024, "全市各级人民调解组织共调处矛盾纠纷3.8万件，其中仁怀市调处5920件，居各县（市、区）首位。");
        assertValue(x, "mediation.disputes", "5920");
        var we = reportOf("仁怀市", 2024, "全市共收到行政复议申请1980件，受理1760件，其中我市收到286件。");
        assertValue(we, "reconsideration.received", "286");
        assertNoValue(we, "reconsideration.accepted");
        var ownLevel = reportOf("仁怀市", 2024, "全市共收到行政复议申请286件，其中我市本级收到201件。");
        assertValue(ownLevel, "reconsideration.received", "286");
    }

    @Test
    void theOwnShareWithoutItsActAfterANamedCitysCount() {
        var x = reportOf("象山县", 2024, "2024年，宁波市各级法律援助机构共办理法律援助案件1.48万件，其中我县1275件，占全市总量的8.6%。");
        assertValue(x, "legal_aid.cases", "1275");
        var afterARate = reportOf("仁怀市", 2024, "据遵义市司法局统计，2024年全市各级人民调解组织共调解矛盾纠纷4.71万件，"
                + "调解成功率98.6%，其中仁怀市调处5920件。");
        assertValue(afterARate, "mediation.disputes", "5920");
        assertNoValue(afterARate, "mediation.success_rate");
    }

    @Test
    void theCourtAnAppealGoesToIsNoSubjectOfTheRateAfterIt() {
        var x = reportOf("洪洞县", 2024, "全年新收一审行政诉讼案件76件，另有上诉至临汾市中级人民法院的二审案件11件，"
                + "行政机关负责人出庭应诉率98.68%。");
        assertValue(x, "litigation.head_appearance_rate", "98.68");
        var court = reportOf("洪洞县", 2024, "县人民法院全年受理行政诉讼案件76件，行政机关负责人出庭应诉率98.68%。");
        assertNoValue(court, "litigation.head_appearance_rate");
    }

    @Test
    void theItemsShareWrittenBeforeItsWordsLeavesTheOnlineRateNamed() {
        var x = reportOf("南通市海门区", 2024, "推动1420项依申请事项100%网上可办，全年政务服务网办率达91.8%。");
        assertValue(x, "online_service.rate", "91.8");
        var items = reportOf("南通市海门区", 2024, "推动1420项依申请事项网上可办，全年政务服务网办率达91.8%。");
        assertNoValue(items, "online_service.rate");
    }

    @Test
    void aLevelAtTheYearsStartIsNoRivalOfTheYears() {
        var x = reportOf("南通市海门区", 2024, "（二）优化政务服务\n年初网办率一度不足88%，经过专项攻坚，全年政务服务事项网上办理率达91.8%。");
        assertValue(x, "online_service.rate", "91.8");
        var since = reportOf("南通市海门区", 2024, "年初以来，全区政务服务网上办理率达91.8%。");
        assertValue(since, "online_service.rate", "91.8");
    }

    @Test
    void aRateRowAmongLabelledRowsIsNoRateOfTheRowBefore() {
        var x = reportOf("祁东县", 2024, "表3 2024年政务服务运行主要数据\n办件总量：61.2万件；即办件：35.6万件；承诺件：25.6万件；网办率：90.85%；"
                + "群众满意率：99.9%。");
        assertValue(x, "online_service.rate", "90.85");
        var channel = reportOf("祁东县", 2024, "受理网上信访800件，办结率100%。");
        assertNoValue(channel, "petitions.completion_rate");
    }

    @Test
    void theCasesAgainstTheJurisdictionAreNoShareItCounts() {
        var x = reportOf("杭州市拱墅区", 2024, "杭州市行政复议局全年收到以区、县（市）政府为被申请人的复议申请1086件，其中我区71件。");
        assertNoValue(x, "reconsideration.received");
    }

    @Test
    void aLawsuitWithdrawnAfterMediationInCourtIsNoDisputeMediated() {
        var x = reportOf("绩溪县", 2024, "全县各级人民调解组织全年调处矛盾纠纷3860件，调解成功3821件。"
                + "对进入诉讼程序的案件开展诉中调解，全年通过协调化解促成原告撤诉案件19件。");
        assertValue(x, "mediation.disputes", "3860");
        assertValue(x, "mediation.succeeded", "3821");
    }
}

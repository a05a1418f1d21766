package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertSuggested;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;

/**
 * Round 100 (read: 100 a, 100 c, reports r253, r254; again the older r247, r231, 84 b, 86 b, 95 b, 98 b): a 其中 that
 * opens a rate's name, the rest of the suits after the government's, the hall beside the towns' centres, the own row of
 * a table of the parent city's counties, the whole's rate between its count and the own count, a higher level's bare
 * level in a run, the hotline's number before its rate, a frame of the cases counted before, a department's own review,
 * the mobile channel, a review held in rounds, stations opening the sentence, one field's tickets, legal advisers taking
 * part in mediation, all the bodies of every level before the parts; losses gone through again, the government's own
 * level with its respondents, applications from other places, approvals of state assets, a campaign of fields counted
 * by number, a review's act over its list, the opinions between a review's count and its parts, subjects listed before
 * 分别 (74 c). Made-up text, not the probes'.
 */
class Round100Test {

    @Test
    void aQiZhongOpeningTheRatesNameMakesItTheRateOfTheCountBefore() {
        var online = reportOf("宁津县", 2024, "全县网上信访事项办结率100%，其中按期办结率98.7%。");
        assertNoValue(online, "petitions.completion_rate");
        var all = reportOf("宁津县", 2024, "全县受理信访事项900件，其中按期办结率98.7%。");
        assertValue(all, "petitions.completion_rate", "98.7");
    }

    @Test
    void theRestOfTheSuitsNamedAfterTheGovernmentsMakeItsCountAPart() {
        var x = reportOf("宁津县", 2024, "以县政府为被告的一审行政诉讼案件18件，其余96件被告为县级部门和乡镇。");
        assertNoValue(x, "litigation.cases");
        var alone = reportOf("宁津县", 2024, "以县政府为被告的一审行政诉讼案件18件，败诉1件。");
        assertValue(alone, "litigation.cases", "18");
    }

    @Test
    void theHallBesideTheTownsCentresIsTheWhole() {
        var x = reportOf("宁津县", 2024, "全县政务服务大厅及镇村便民服务中心共办理各类政务服务事项52.4万件，其中行政许可事项3.1万件。");
        assertValue(x, "licensing.handled", "524000");
    }

    @Test
    void theOwnRowOfATableOfTheParentCitysCountiesIsTheOwn() {
        var x = reportOf("宁津县", 2024, "附表 德州市各县（市、区）2024年12345热线办理情况\n地区\t受理量（万件）\t办结率（%）\n"
                + "德州市\t180.2\t99.41\n宁津县\t7.35\t99.77\n庆云县\t6.12\t99.52");
        assertValue(x, "hotline.completion_rate", "99.77");
    }

    @Test
    void theWholesRateBetweenItsCountAndTheOwnCountNamesTheOwnCount() {
        var x = reportOf("宁津县", 2024, "全市共调解矛盾纠纷4.1万件，调解成功率98.6%，其中我县调解3920件，占全市的9.6%。");
        assertValue(x, "mediation.disputes", "3920");
    }

    @Test
    void aHigherLevelsBareLevelInARunPassesTheNameOn() {
        var x = reportOf("宁津县", 2024, "全省信访事项按期办结率98.1%，全市为98.5%，我县达到99.4%。");
        assertValue(x, "petitions.completion_rate", "99.4");
    }

    @Test
    void theHotlinesNumberBeforeItsRateNamesIt() {
        var x = reportOf("宁津县", 2024, "“县长信箱”全年收到来信980件，办结率100%；12345热线办结率99.7%。");
        assertValue(x, "hotline.completion_rate", "99.7");
    }

    @Test
    void aFrameOfTheCasesCountedBeforeGoesOnWithTheirMatter() {
        var x = reportOf("宁津县", 2024, "二是依法办理行政复议案件。全年审结行政复议案件140件。审结案件中，决定维持86件，驳回申请12件，"
                + "经调解达成调解协议20件，终止审理9件；通过撤销、变更、确认违法等方式直接纠错13件，直接纠错率为9.29%。");
        assertValue(x, "reconsideration.corrected", "13");
        assertValue(x, "reconsideration.correction_rate", "9.29");
        assertNoValue(x, "mediation.succeeded");
    }

    @Test
    void aDepartmentOrganisingItsOwnReviewIsItsSubject() {
        var x = reportOf("宁津县", 2024, "县公安局自行组织开展执法质量考评，评查案卷280卷。");
        assertNoValue(x, "enforcement.files_reviewed");
    }

    @Test
    void theMobileChannelsCountIsNoRivalOfTheWhole() {
        var x = reportOf("宁津县", 2024, "全县政务服务办件量达51.2万件。推进政务服务移动端建设，全年移动端办件量达到9.8万件。");
        assertValue(x, "licensing.handled", "512000");
    }

    @Test
    void aReviewHeldInRoundsCountsPartsOfTheYear() {
        var x = reportOf("宁津县", 2024, "全年共评查行政执法案卷560卷。案卷评查分两轮进行：上半年组织开展第一轮集中评查，共评查案卷270卷；"
                + "下半年组织开展第二轮交叉评查，共评查案卷290卷。");
        assertValue(x, "enforcement.files_reviewed", "560");
    }

    @Test
    void stationsOpeningTheSentenceAreTheSubjectOfItsCounts() {
        var x = reportOf("宁津县", 2024, "全县共调解矛盾纠纷3860件。全年各法治驿站接待群众咨询5200余人次，就地调解矛盾纠纷356件。");
        assertValue(x, "mediation.disputes", "3860");
        var whole = reportOf("宁津县", 2024, "法治驿站建设成效明显，全县共调解矛盾纠纷3860件。");
        assertValue(whole, "mediation.disputes", "3860");
    }

    @Test
    void oneFieldsTicketsAreAPartOfTheHotlines() {
        var x = reportOf("宁津县", 2024, "全县12345热线共受理群众诉求工单11.6万件，办结率99.58%。"
                + "全年通过12345热线转办涉生态环境投诉举报工单1860件，办结率100%。");
        assertValue(x, "hotline.completion_rate", "99.58");
    }

    @Test
    void legalAdvisersTakingPartInMediationCountNoDisputesMediated() {
        var x = reportOf("宁津县", 2024, "全县共调解矛盾纠纷3860件。全年村（社区）法律顾问提供法律咨询4100人次，参与矛盾纠纷调解520件。");
        assertValue(x, "mediation.disputes", "3860");
    }

    @Test
    void allTheBodiesOfEveryLevelOpenTheWholeAfterAnOpeningOfSomeWays() {
        var x = reportOf("宁津县", 2024, "全面推行“免证办”“掌上办”，全县各级政务服务机构全年共办理各类政务服务事项36.5万件，"
                + "其中网上办理33.1万件，网上办理率达到90.7%。");
        assertValue(x, "online_service.rate", "90.7");
    }

    @Test
    void anOnlineChannelsOnTimeRateIsSuggestedNotLost() {
        var x = reportOf("宁津县", 2024, "全县网上信访事项办结率100%，其中按期办结率98.7%。");
        assertSuggested(x, "petitions.completion_rate");
    }

    @Test
    void lossesGoneThroughAgainAreNoCountOfTheYear() {
        var x = reportOf("宁津县", 2024, "针对上一年度全县行政机关败诉案件偏多的问题，县司法局逐案复盘，梳理全县行政诉讼败诉案件23件、败诉率5.3%，形成问题清单。");
        assertNoValue(x, "litigation.lost");
        assertNoValue(x, "litigation.loss_rate");
    }

    @Test
    void theGovernmentsOwnLevelWithItsRespondentsIsTheWhole() {
        var x = reportOf("宁津县", 2024, "县政府本级全年受理行政复议案件212件，其中以乡镇为被申请人的41件，以县级部门为被申请人的171件。");
        assertValue(x, "reconsideration.accepted", "212");
        var beside = reportOf("宁津县", 2024, "县政府本级受理行政复议案件120件，县级部门受理36件。");
        assertNoValue(beside, "reconsideration.accepted");
    }

    @Test
    void applicationsFromOtherPlacesAreAPartOfTheCases() {
        var x = reportOf("宁津县", 2024, "2024年，县法律援助中心共办理法律援助案件1420件。推进区域协作，全年办理异地法律援助申请28件。");
        assertValue(x, "legal_aid.cases", "1420");
    }

    @Test
    void approvalsOfStateAssetsAreNoServicesHandled() {
        var x = reportOf("宁津县", 2024, "2024年，全县政务服务办件63.5万件。规范国有资产管理，全年完成国有资产处置审批事项31件。");
        assertValue(x, "licensing.handled", "635000");
    }

    @Test
    void aCampaignOfFieldsCountedByNumberIsNoOneFieldsPart() {
        var x = reportOf("宁津县", 2024, "开展“八大领域”行政执法案卷专项评查，评查案卷430卷，其中行政处罚案卷312卷、行政许可案卷118卷。");
        assertValue(x, "enforcement.files_reviewed", "430");
        var one = reportOf("宁津县", 2024, "开展安全生产领域执法案卷专项评查，评查案卷96卷。");
        assertNoValue(one, "enforcement.files_reviewed");
    }

    @Test
    void aReviewsActCarriesOverTheItemsOfItsList() {
        var x = reportOf("宁津县", 2024, "全年审查重大行政决策事项5件、行政规范性文件27件，审查意见采纳率100%。");
        assertValue(x, "normative_docs.reviewed", "27");
    }

    @Test
    void theOpinionsBetweenAReviewsCountAndItsPartsSeparateNothing() {
        var x = reportOf("宁津县", 2024, "全年县司法局共办理县政府合法性审查事项410件，提出法律意见860条，其中行政规范性文件31件、"
                + "重大行政决策5件、行政合同及协议300件、其他事项74件。");
        assertValue(x, "normative_docs.reviewed", "31");
    }

    @Test
    void subjectsListedBeforeRespectivelyOwnTheFiguresInTheirOrder() {
        var x = reportOf("宁津县", 2024, "全市和我县分别审结行政复议案件1650件、238件。");
        assertValue(x, "reconsideration.concluded", "238");
        var city = reportOf("宁津县", 2024, "德州市人民政府和县人民政府分别审结行政复议案件1650件、238件。");
        assertNoValue(city, "reconsideration.concluded");
        var matters = reportOf("宁津县", 2024, "全年行政复议和行政诉讼分别新收案件230件、120件。");
        assertNoValue(matters, "reconsideration.received");
    }
}

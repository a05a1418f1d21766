package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;

/**
 * Round 107 (read: 106 a, r265, 107 b, 107 c, reports r267, r268): a rate a ranking is earned with, a whole's own
 * breakdown beside a part elsewhere, licences and one hall among the services, a website's messages and clues passed on
 * beside the hotline, a bracket after another year's words, a bracket naming the level above, files drawn for review,
 * automatic approvals, the year before the court's hearing, the documents among the legal matters reviewed. Made-up text,
 * not the probes'.
 */
class Round107Test {

    private static final String PLACE = "郓城县";
    private static final String HOTLINE = "2024年，全县共承办12345政务服务便民热线工单11.2万件，办结率99.3%，群众满意率96.1%。";

    @Test
    void aRateARankingIsEarnedWithIsNamedAfterIt() {
        var x = reportOf(PLACE, 2024, "2024年，我县以99.4%的信访事项按期办结率位列全市第二。");
        assertValue(x, "petitions.completion_rate", "99.4");
    }

    @Test
    void aRateARankingIsEarnedWithTakesTheNameOfTheHigherLevelsClause() {
        var x = reportOf(PLACE, 2024, "2024年全市行政复议直接纠错率为11.2%，我县以13.5%位列全市第一。");
        assertValue(x, "reconsideration.correction_rate", "13.5");
    }

    @Test
    void aPartTheWholesOwnBreakdownListsIsNoRivalElsewhere() {
        var x = reportOf(PLACE, 2024, "2024年，全县行政机关作为被告的行政诉讼案件共91件（一审77件、二审14件），较上年有所下降。\n"
                + "表2 行政诉讼情况\n项目\t2023年\t2024年\n行政诉讼一审案件（件）\t80\t77\n");
        assertValue(x, "litigation.cases", "91");
    }

    @Test
    void licencesInTheSentenceOfTheServicesAreAmongThem() {
        var x = reportOf(PLACE, 2024, "2024年，全县各级政务服务中心共办理政务服务事项61.2万件，其中县政务服务中心办件43.5万件；"
                + "在县级办件中，行政许可事项办件4.2万件。");
        assertValue(x, "licensing.handled", "612000");
    }

    @Test
    void oneHallsItemsAreAmongTheWholeJurisdictions() {
        var x = reportOf(PLACE, 2024, "2024年，全县依申请政务服务事项办件量142.6万件，网上办理率90.2%。\n"
                + "县政务服务中心全年办件48.1万件，群众满意度保持100%。");
        assertValue(x, "licensing.handled", "1426000");
    }

    @Test
    void aWebsitesMessagesAreAnotherChannelThanTheHotline() {
        var x = reportOf(PLACE, 2024, HOTLINE + "县政府门户网站“政民互动”栏目全年收到网民留言640件，留言办结率100%。");
        assertValue(x, "hotline.completion_rate", "99.3");
    }

    @Test
    void cluesPassedOnThroughTheHotlineAreNoTickets() {
        var x = reportOf(PLACE, 2024, HOTLINE + "全年通过热线发现并转交执法监督线索71条，办结率100%。");
        assertValue(x, "hotline.completion_rate", "99.3");
    }

    @Test
    void figuresInABracketAfterAnotherYearsWordsAreThatYears() {
        var x = reportOf(PLACE, 2024, "对照2023年度行政复议工作（全年收到申请290件、受理262件、审结250件）中暴露的问题，逐项整改。");
        assertNoValue(x, "reconsideration.accepted");
        assertNoValue(x, "reconsideration.concluded");
    }

    @Test
    void aBracketNamingTheLevelAboveNamesNoPlaceOfTheCountys() {
        var x = reportOf(PLACE, 2024, "2024年，全市（德州市）政务服务事项网上办理率为93.1%，我县为91.7%。");
        assertValue(x, "online_service.rate", "91.7");
    }

    @Test
    void filesDrawnAndThenReviewedAreTheFilesReviewed() {
        var x = reportOf(PLACE, 2024, "各执法单位先行自查案卷1500卷，县司法局在此基础上抽取540卷进行集中评查。");
        assertValue(x, "enforcement.files_reviewed", "540");
    }

    @Test
    void automaticApprovalsAreOneWayOfHandlingTheItems() {
        var x = reportOf(PLACE, 2024, "2024年，全县共办理政务服务事项52.1万件。\n"
                + "推行“无人干预自动审批”，全年自动审批办件1.2万件。");
        assertValue(x, "licensing.handled", "521000");
    }

    @Test
    void theDocumentsAmongTheLegalMattersReviewedAreTheDocumentsReviewed() {
        var x = reportOf(PLACE, 2024, "县司法局全年审核县政府常务会议议题、合同协议等涉法事项286件，其中规范性文件19件。");
        assertValue(x, "normative_docs.reviewed", "19");
    }

    @Test
    void theYearBeforeTheCourtsHearingFramesTheOwnSuits() {
        var x = reportOf(PLACE, 2024, "全年法院开庭审理的212件行政诉讼案件中，行政机关负责人出庭应诉212件，出庭应诉率100%。");
        assertValue(x, "litigation.head_appeared", "212");
    }
}

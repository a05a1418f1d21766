package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;

/**
 * Round 71: a heading that quotes the city above as its source, defendants listed together, a sentence that opens
 * inside the total before it or inside the whole it names first, licences among the government services, another place's
 * benchmark, a list of rates opened by one channel, run-in tables headed by places or closed by a full stop, lists of
 * "place figure" items under a caption, the halves of a year after 其中, a series of years before a from–to's end.
 * Made-up text, not the probes'.
 */
class QuotedCitiesListsAndFramesRound71Test {

    /** A 2024 report of 汉川市, a county-level city of 孝感市. */
    private static ReportExtractor.Extraction hanchuan(String results) {
        return reportOf("汉川市", 2024, results);
    }

    @Test
    void aHeadingQuotingTheCityAboveMakesItsWholeTheCitys() {
        var x = hanchuan("（三）全市行政争议化解形势（据孝感市司法局通报）\n全年全市各级行政复议机关收到申请986件，直接纠错率11.2%。");
        assertNoValue(x, "reconsideration.received");
        assertNoValue(x, "reconsideration.correction_rate");
        var own = hanchuan("（三）行政复议工作\n全年全市共收到行政复议申请236件。");
        assertValue(own, "reconsideration.received", "236");
    }

    @Test
    void theOwnShareAfterANamedCityAboveACountyLevelCity() {
        var x = hanchuan("2024年孝感市共收到行政复议申请986件，其中我市收到236件。");
        assertValue(x, "reconsideration.received", "236");
    }

    @Test
    void defendantsListedTogetherAreEveryOrgan() {
        var x = report("全年新收以县人民政府及其工作部门、乡镇人民政府为被告的一审行政诉讼案件96件。");
        assertValue(x, "litigation.cases", "96");
        var part = report("全年新收行政诉讼案件96件，以乡镇人民政府为被告的一审行政诉讼案件12件。");
        assertValue(part, "litigation.cases", "96");
    }

    @Test
    void aSentenceOpeningInsideTheTotalBeforeCountsAPart() {
        var x = report("全年共受理政务服务事项52.6万件。在上述办件中，各部门作出行政许可决定2.1万件。");
        assertValue(x, "licensing.handled", "526000");
    }

    @Test
    void theWholeASentenceOpensWithAndItsParts() {
        var x = report("全县调解的1862件矛盾纠纷中，婚姻家庭纠纷512件、邻里纠纷433件、其他纠纷917件。");
        assertValue(x, "mediation.disputes", "1862");
        var files = report("评查的412卷案卷中，行政处罚案卷306卷、行政许可案卷84卷、行政检查案卷22卷。");
        assertValue(files, "enforcement.files_reviewed", "412");
    }

    @Test
    void licencesAreAmongTheGovernmentServices() {
        var x = report("全县全年共受理并办结依申请政务服务事项52.6万件。全县行政执法机关全年办理行政处罚案件3120件、行政许可1.8万件。");
        assertValue(x, "licensing.handled", "526000");
    }

    @Test
    void anotherPlacesBenchmarkIsNoRival() {
        var x = hanchuan("全年行政复议审结208件，直接纠错率12.4%，高于孝感市10.1%的平均水平。");
        assertValue(x, "reconsideration.correction_rate", "12.4");
    }

    @Test
    void aListOfRatesOpenedByOneChannelIsThatChannels() {
        suggested("全年受理信访事项1320件，网上信访及时受理率、按期办结率均为100%。", "petitions.completion_rate");
        var whole = report("全年受理信访事项1320件，信访事项及时受理率、按期办结率均为99.6%。");
        assertValue(whole, "petitions.completion_rate", "99.6");
    }

    @Test
    void aRunInTableHeadedByPlaces() {
        var x = hanchuan("表1 2024年行政复议案件办理情况\n单位 收到申请（件） 受理（件） 审结（件） 纠错率 汉川市 236 221 208 11.5% 孝感市 986 930 880 10.2%");
        assertValue(x, "reconsideration.received", "236");
        assertValue(x, "reconsideration.correction_rate", "11.5");
    }

    @Test
    void aRunInTableClosedByAFullStop() {
        var x = hanchuan("表2 主要指标对比\n指标 孝感市 汉川市；行政复议纠错率 10.2% 11.5%；12345热线办结率 99.3% 99.6%。");
        assertValue(x, "hotline.completion_rate", "99.6");
        assertValue(x, "reconsideration.correction_rate", "11.5");
    }

    @Test
    void aListOfPlacesUnderACaptionGivesOnlyTheOwnRow() {
        var x = hanchuan("表3 2024年孝感市各县（市、区）人民调解成功率\n孝感市 98.9%；汉川市 99.1%；应城市 98.6%；云梦县 98.7%。");
        assertValue(x, "mediation.success_rate", "99.1");
        var towns = report("表4 2022年各乡镇人民调解案件情况\n城关镇 312件；大畈镇 208件；南林桥镇 196件；全县合计 716件。");
        assertValue(towns, "mediation.disputes", "716");
        var noOwnRow = report("表4 2022年各乡镇人民调解案件情况\n城关镇 312件；大畈镇 208件；南林桥镇 196件。");
        assertNoValue(noOwnRow, "mediation.disputes");
    }

    @Test
    void aListOfMeasuresUnderACaptionIsNoListOfPlaces() {
        var x = report("表1 2022年行政复议主要指标\n收到复议申请 212件；受理 198件；审结 186件；直接纠错率 10.8%。");
        assertValue(x, "reconsideration.received", "212");
        assertValue(x, "reconsideration.concluded", "186");
    }

    @Test
    void aWholeNamedBeforeItsFrameKeepsItsName() {
        var x = report("全县行政诉讼案件实现“零败诉”，全年一审审结的73件案件中，行政机关均未被判决败诉。");
        assertValue(x, "litigation.concluded", "73");
    }

    @Test
    void theHalvesOfTheYearAfterQiZhongLeaveTheRestTheYears() {
        var x = report("全年审结一审行政诉讼案件88件，其中上半年40件、下半年48件，行政机关败诉5件，败诉率5.68%。");
        assertValue(x, "litigation.lost", "5");
        assertValue(x, "litigation.loss_rate", "5.68");
        var half = report("上半年审结一审行政诉讼案件40件，行政机关败诉2件。");
        assertNoValue(half, "litigation.lost");
    }

    @Test
    void aSeriesOfYearsBeforeAFromTosEnd() {
        var x = report("县政府规范性文件合法性审核量从2020年的18件、2021年的23件增加到2022年的31件。");
        assertValue(x, "normative_docs.reviewed", "31");
    }

    @Test
    void aTownNamedForAVillageIsATown() {
        var x = report("杨村镇全年受理群众信访事项96件，按期办结率100%。");
        assertNoValue(x, "petitions.completion_rate");
        var villages = report("全县农村调解纠纷186件，调解成功率99.5%。");
        assertValue(villages, "mediation.success_rate", "99.5");
    }

    @Test
    void concludedSuitsWithTheDefendantsNamed() {
        var x = report("全年一审审结以我县行政机关为被告的行政诉讼案件74件，行政机关败诉4件。");
        assertValue(x, "litigation.concluded", "74");
    }
}

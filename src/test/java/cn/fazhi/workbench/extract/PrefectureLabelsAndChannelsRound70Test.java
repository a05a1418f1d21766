package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;

/**
 * Round 70: the autonomous prefecture above a county-level city (全州), a label that opens its own part of a summary
 * list, the hotline's number inside a rate's name, other channels' rates (论坛, 信箱), cases assigned after review beside
 * the applications, each level's service centre listed with 分别. Made-up text, not the probes'.
 */
class PrefectureLabelsAndChannelsRound70Test {

    /** A 2022 report of 凯里市, a county-level city of 黔东南苗族侗族自治州. */
    private static ReportExtractor.Extraction kaili(String results) {
        return reportOf("凯里市", 2022, results);
    }

    @Test
    void thePrefectureAboveACountyLevelCityIsAnotherLevel() {
        var x = kaili("据州司法局通报，2022年全州各级人民调解组织共调解矛盾纠纷3.56万件，调解成功率98.4%，我市调解案件数占全州的12.1%。");
        assertNoValue(x, "mediation.disputes");
        assertNoValue(x, "mediation.success_rate");
        var own = kaili("2022年全市各级人民调解组织共调解矛盾纠纷4310件，调解成功率98.9%。");
        assertValue(own, "mediation.disputes", "4310");
    }

    @Test
    void aLabelOpeningItsOwnPartNamesItsMatter() {
        var x = report("行政复议：收到申请142件，审结130件；法律援助：受理案件866件；12345热线：办结率99.5%。");
        assertValue(x, "reconsideration.received", "142");
        assertValue(x, "legal_aid.cases", "866");
        assertNoValue(x, "reconsideration.accepted");
    }

    @Test
    void theHotlinesNumberIsPartOfTheRatesName() {
        var x = report("网办率81.2%；12345工单办结率99.4%；12345工单按时办结率96.9%；信访事项按期办结率99.1%。");
        assertValue(x, "hotline.completion_rate", "99.4");
        assertValue(x, "petitions.completion_rate", "99.1");
        var whole = report("全县12345工单办结率99.4%、按时办结率96.9%，其中涉企诉求工单1.2万件，办结率100%。");
        assertValue(whole, "hotline.completion_rate", "99.4");
    }

    @Test
    void aForumsOrAMailboxsRateIsAnotherChannels() {
        var x = report("全年12345热线工单办结率99.4%，县长信箱来信按期办结率100%，“百姓问政”论坛帖件办结率97.7%。");
        assertValue(x, "hotline.completion_rate", "99.4");
        assertNoValue(x, "petitions.completion_rate");
    }

    @Test
    void casesAssignedAfterReviewBesideTheApplications() {
        var x = report("县法律援助中心全年受理法律援助申请1288件，审查后指派承办法律援助案件1250件，接待法律咨询1.1万人次。");
        assertValue(x, "legal_aid.cases", "1250");
    }

    @Test
    void eachLevelsServiceCentreListedWithRespectively() {
        var x = report("县政务服务中心和各乡镇便民服务中心全年分别办理政务服务事项41.2万件、63.5万件。");
        assertNoValue(x, "licensing.handled");
    }

    @Test
    void suitsTheCourtHeardNamedAsTheOwn() {
        var x = report("全年人民法院开庭审理涉及我县行政机关的一审行政诉讼案件64件，行政机关负责人出庭应诉63件，出庭应诉率98.44%。");
        assertValue(x, "litigation.heard", "64");
        assertValue(x, "litigation.head_appearance_rate", "98.44");
    }

    @Test
    void documentsMadeAndAllFiledWithinDays() {
        var x = report("全年以县政府和县政府办公室名义制发行政规范性文件7件，均在印发之日起30日内向县人大常委会和咸宁市人民政府报送备案。");
        assertValue(x, "normative_docs.filed", "7");
    }

    @Test
    void aCleanUpOfTheDocumentsInForceAtAnEarlierYearsEnd() {
        var x = report("对截至2021年底的现行有效规范性文件开展全面清理，共清理县政府规范性文件96件，经清理决定继续有效80件、修改4件、废止和宣布失效12件（其中废止9件、宣布失效3件）。");
        assertValue(x, "normative_docs.repealed", "12");
        // a stock up to an earlier year's end stays that year's
        assertNoValue(report("截至2021年底，全县累计清理规范性文件96件，废止12件。"), "normative_docs.repealed");
    }

    @Test
    void filesDrawnAtRandomFromTheUnits() {
        var x = report("由县司法局牵头，从19个行政执法单位随机抽取行政处罚、行政许可案卷共计300卷，逐卷评查打分。");
        assertValue(x, "enforcement.files_reviewed", "300");
    }

    @Test
    void theLevelsPlatformsNamedTogether() {
        var x = report("全年三级政务服务平台共受理并办结各类依申请政务服务事项28.6万件，其中县政务服务中心办件12.1万件、各乡镇便民服务中心办件16.5万件。");
        assertValue(x, "licensing.handled", "286000");
    }

    @Test
    void anAspectLabelWhoseClauseCannotTakeItLeavesTheMatchAsItWas() {
        // an aspect that opens the sentence ("劳动人事争议方面，") beside another matter's rate after it: no failure, the
        // arbitration's own figures stay (a null labelled context once failed the whole report, r152)
        var x = report("劳动人事争议方面，县劳动人事争议仲裁院全年立案受理劳动人事争议案件812件，结案790件，仲裁结案率97.3%，调解成功率70.2%。");
        assertValue(x, "labour_arbitration.closing_rate", "97.3");
    }

    @Test
    void whatABodyIsAmongTheWholeLeavesTheBodyTheSubject() {
        var x = report("城关镇便民服务中心作为全县办件量最大的乡镇中心，全年受理办结各类政务服务事项9.6万件，网办率85.1%。");
        assertNoValue(x, "licensing.handled");
        assertNoValue(x, "online_service.rate");
    }
}

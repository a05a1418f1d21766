package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;

/**
 * Round 67: disputes screened before the mediated ones, a court the own suits were checked with or that heard the cases
 * named after the figure, a heading or caption with a year before its matter, documents counted before their act, an
 * accepted count that only describes the cases concluded, a part's own rate, halves listed in a closed 其中, all the
 * departments and towns reviewed. Made-up text, not the probes'.
 */
class ChecksPartsAndClosedListsRound67Test {

    private static ReportExtractor.Extraction countyCity(String results) {
        return extract("乐清市人民政府2022年度法治政府建设情况报告\n一、主要举措和成效\n" + results + "\n二、存在的问题\n执法力量不足。\n");
    }

    @Test
    void mediationAfterTheDisputesScreenedIsTheWhole() {
        var x = report("全年共排查矛盾纠纷隐患4312件，其中通过人民调解程序调处4105件，调解成功4066件，调解成功率99.0%。");
        assertValue(x, "mediation.succeeded", "4066");
        assertValue(x, "mediation.success_rate", "99.0");
        // disputes mediated and then broken down stay parts
        suggested("全年共调解矛盾纠纷4312件，其中婚姻家庭纠纷805件，调解成功801件。", "mediation.succeeded");
    }

    @Test
    void aCourtTheOwnSuitsWereCheckedWithIsNotTheirSubject() {
        var x = report("经与市中级人民法院逐案核对，2022年涉及我县行政机关的一审行政诉讼案件97件，审结90件。");
        assertValue(x, "litigation.cases", "97");
        assertValue(x, "litigation.concluded", "90");
        // a court's own caseload stays the court's
        assertNoValue(report("县人民法院2022年共受理行政诉讼案件97件，审结90件。"), "litigation.cases");
    }

    @Test
    void theOwnCasesNamedAfterTheFigureTheCourtHeard() {
        var x = report("法院开庭审理的85件涉及我县行政机关的案件中，行政机关负责人出庭应诉85件，出庭应诉率100%。");
        assertValue(x, "litigation.heard", "85");
        assertValue(x, "litigation.head_appeared", "85");
    }

    @Test
    void aHeadingWithAYearBeforeItsMatterNamesTheMatter() {
        var x = report("（四）2022年行政应诉\n全县一审收案102件，审结96件。");
        assertValue(x, "litigation.cases", "102");
        var caption = report("表2 2022年行政应诉情况\n通山县合计：一审收案102件，审结96件，败诉5件。");
        assertValue(caption, "litigation.cases", "102");
        // another year's heading still dates what stands under it
        assertNoValue(report("（四）2021年行政应诉\n全县一审收案102件，审结96件。"), "litigation.cases");
    }

    @Test
    void documentsCountedBeforeTheirAct() {
        var x = report("全年对21件县政府规范性文件开展合法性审查，对已不适应经济社会发展的9件规范性文件予以废止。");
        assertValue(x, "normative_docs.reviewed", "21");
        assertValue(x, "normative_docs.repealed", "9");
        assertNoValue(report("经清理，有9件规范性文件拟予废止。"), "normative_docs.repealed");
        assertNoValue(report("全面清理后，9件规范性文件建议废止。"), "normative_docs.repealed");
    }

    @Test
    void casesAcceptedThatDescribeTheConcludedAreConcluded() {
        var x = report("截至12月31日，全年受理的行政复议案件已审结208件，尚在审理期限内17件。");
        assertValue(x, "reconsideration.concluded", "208");
        assertNoValue(x, "reconsideration.accepted");
    }

    @Test
    void aRateThatIsItsPartsRatioIsThePartsRate() {
        var x = report("全县行政诉讼案件120件。其中，涉及征地拆迁的行政诉讼案件44件，审结40件，败诉4件，败诉率10%。");
        assertNoValue(x, "litigation.loss_rate");
        assertValue(x, "litigation.cases", "120");
        // a rate that is not the part's ratio stays the text's
        var whole = report("全县行政诉讼案件120件，审结110件，败诉6件，其中涉及征地拆迁的败诉2件；败诉率5.45%。");
        assertValue(whole, "litigation.loss_rate", "5.45");
    }

    @Test
    void halvesListedInAClosedQiZhongDateOnlyTheirParts() {
        var x = report("全年新收一审行政诉讼案件96件，其中上半年41件、下半年55件；行政机关负责人出庭应诉率100%。");
        assertValue(x, "litigation.cases", "96");
        assertValue(x, "litigation.head_appearance_rate", "100");
        // a half-year before the 其中 still dates the clause after the semicolon
        assertNoValue(report("上半年新收一审行政诉讼案件41件，其中涉企8件；行政机关负责人出庭应诉率100%。"),
                "litigation.head_appearance_rate");
    }

    @Test
    void allTheDepartmentsAndTownsReviewedAreTheWhole() {
        var x = countyCity("全年共评查全市31个执法部门和12个镇街的行政处罚、行政许可案卷864卷，评出优秀案卷70卷。");
        assertValue(x, "enforcement.files_reviewed", "864");
    }
}

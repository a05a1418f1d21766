package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;

/**
 * Round 54, reports r145 and r147 and helper l's summary sentences (written against f12a5f3 before these rules):
 * courts named as the venue of the jurisdiction's own suits, a city's departments named with 执法 beside its towns,
 * the months up to the report's writing beside the year's figure, and a semicolon that ends a 其中 clause. Made-up
 * sentences.
 */
class ReportsRound54Test {
    private static final String COUNTY_CITY = "巩义市人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";
    private static final String COUNTY = "湄潭县人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";
    private static final String CITY = "湖州市人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void courtsNamedAsTheVenueOfTheOwnSuitsNameNoOtherSubject() {
        var x = extract(COUNTY_CITY + "全市各级行政机关全年新收一审行政诉讼案件173件。经巩义市人民法院、郑州铁路运输法院开庭审理的158件案件中，"
                + "行政机关负责人出庭应诉158件。全年审结一审行政诉讼案件162件，其中行政机关败诉9件，败诉率5.6%。\n");
        assertValue(x, "litigation.heard", "158");
        assertValue(x, "litigation.head_appeared", "158");
        assertValue(x, "litigation.concluded", "162");
        // a court counting its own caseload still speaks for the sentences after it
        assertNoValue(extract(COUNTY_CITY + "巩义市人民法院全年受理行政案件300件。全年审结一审行政诉讼案件162件。\n"),
                "litigation.concluded");
    }

    @Test
    void theCitysDepartmentsBesideItsTownsAreTheWhole() {
        assertValue(extract(COUNTY_CITY + "共评查市直执法部门和镇（街道）行政执法案卷426卷。\n"), "enforcement.files_reviewed", "426");
        assertNoValue(extract(COUNTY_CITY + "全年市直执法部门评查案卷200卷，镇街评查226卷。\n"), "enforcement.files_reviewed");
    }

    @Test
    void theMonthsUpToTheWritingAreNoRivalOfTheYear() {
        var x = extract(COUNTY + "县法律援助中心全年办理法律援助案件612件，同比增长8.3%；1—11月办理法律援助案件561件。\n");
        assertValue(x, "legal_aid.cases", "612");
        assertNoValue(extract(COUNTY + "1—11月全县调解矛盾纠纷5814件。\n"), "mediation.disputes");
    }

    @Test
    void aSemicolonAfterAQizhongClauseReturnsToTheWhole() {
        var x = extract(CITY + "全市法治政府建设主要指标持续向好：行政诉讼案件987件，败诉率5.4%，其中德清县败诉率最低为1.9%；"
                + "行政机关负责人出庭应诉率100%；法律援助办案7024件。\n");
        assertValue(x, "litigation.head_appearance_rate", "100");
        assertValue(x, "legal_aid.cases", "7024");
        // a colon before a list of rates makes them no parts
        assertValue(extract(CITY + "全市行政争议化解“三率”持续向好：行政复议纠错率14.8%、行政诉讼调撤率28.6%、一审败诉率2.7%。\n"),
                "litigation.loss_rate", "2.7");
    }
}

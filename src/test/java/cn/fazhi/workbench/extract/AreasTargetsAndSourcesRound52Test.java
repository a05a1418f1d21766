package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;

/**
 * Round 52, third wave (helpers m, n and p, blind): an area of the county's towns (片区), a bound written with ≥ in a
 * table, a plain 纠错率 with the direct one after 其中, and 全市 after another city's report named
 * as the source in a county-level city's report. Made-up sentences.
 */
class AreasTargetsAndSourcesRound52Test {
    private static final String COUNTY = "博罗县人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";
    private static final String COUNTY_CITY = "乐清市人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void anAreaOfTheTownsSpeaksForItself() {
        assertNoValue(extract(COUNTY + "北部片区（龙华、横河）全年调解矛盾纠纷610宗，南部片区820宗。\n"), "mediation.disputes");
    }

    @Test
    void aBoundWrittenWithAGreaterThanSignIsATarget() {
        var x = extract(COUNTY + "主要指标完成情况\n指标名称 目标值 完成值\n行政机关负责人出庭应诉率 ≥95% 100%\n");
        // the bound is the target column's; since round 54 the 完成值 column's figure is read as the result (round 52
        // helper p labels it so), no longer doubted with the bound before it
        assertValue(x, "litigation.head_appearance_rate", "100");
        assertNoValue(extract(COUNTY + "2025年主要指标\n指标名称 目标值\n行政机关负责人出庭应诉率 ≥95%\n"),
                "litigation.head_appearance_rate");
    }

    @Test
    void aPlainCorrectionRateBesideTheDirectOneIsTheWider() {
        var x = extract(COUNTY + "全年行政复议纠错率为14.2%，其中直接纠错率9.1%。\n");
        assertValue(x, "reconsideration.correction_rate", "9.1");
    }

    @Test
    void theCityWholeAfterAnotherCitysReportIsThatCitys() {
        assertNoValue(extract(COUNTY_CITY + "温州市司法局通报，全市行政复议案件纠错率为10.9%。\n"),
                "reconsideration.correction_rate");
        assertValue(extract(COUNTY_CITY + "据统计，全市行政复议案件直接纠错率为8.6%。\n"), "reconsideration.correction_rate", "8.6");
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 51 (whole report r130 and a helper's county-level-city batch, blind): the principal head named at the
 * sentence's opening makes a later 带头出庭应诉2件 theirs; a heading that opens with the city above and a year makes
 * 全市 under it that city's in a county-level city's report.
 */
class HeadsAndPlacesRound51Test {

    @Test
    void thePrincipalHeadAtTheOpeningOwnsTheAppearances() {
        String title = "成都市郫都区人民政府关于2024年度法治政府建设工作情况的报告\n一、主要举措和成效\n";
        var x = extract(title + "区政府主要负责人切实履行推进法治建设第一责任人职责，带头出庭应诉2件。\n");
        assertTrue(value(x, "litigation.head_appeared").isEmpty(), describe(x.values()));
        x = extract(title + "全区行政机关负责人切实履行职责，出庭应诉181件，出庭应诉率100%。\n");
        assertValue(x, "litigation.head_appeared", "181");
    }

    @Test
    void aHeadingOfTheCityAboveAndAYearMakesItsWhole() {
        String title = "乐清市人民政府关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n";
        var x = extract(title + "（五）温州市2024年度行政复议应诉工作情况通报\n全市各级行政复议机关共收到行政复议申请5826件。\n");
        assertTrue(value(x, "reconsideration.received").isEmpty(), describe(x.values()));
        x = extract(title + "（五）乐清市2024年度行政复议工作情况\n全市各级行政复议机关共收到行政复议申请1826件。\n");
        assertValue(x, "reconsideration.received", "1826");
    }
}

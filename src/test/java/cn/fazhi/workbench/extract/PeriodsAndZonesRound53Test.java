package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;

/**
 * Round 53, from round 52's wrong values left (helpers j and v, blind): a last clause that dates the figures before it,
 * 累计 after a from–to that began in an earlier plan period, the county's arbitration institute and a zone's parks in a
 * zone's report; a day's peak; the county's share of the city's whole after 其中. Made-up sentences.
 */
class PeriodsAndZonesRound53Test {
    private static final String COUNTY = "安吉县人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";
    private static final String ZONE = "长兴经济技术开发区2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void aLastClauseThatNamesTheDatasYearDatesThem() {
        var x = extract(COUNTY + "据统计，全县共办理法律援助案件1207件、接待法律咨询5300人次，两项数据均为2023年度全市各县区最高。\n");
        assertNoValue(x, "legal_aid.cases");
        assertValue(extract(COUNTY + "全县共办理法律援助案件1207件，以上数据均为2024年度全市最高。\n"), "legal_aid.cases", "1207");
    }

    @Test
    void summedUpAfterAFromToOfEarlierYearsSpansThem() {
        var x = extract(COUNTY + "全县出庭应诉率由“十三五”末的78.6%提升至2024年的100%，负责人出庭应诉案件累计达412件。\n");
        assertNoValue(x, "litigation.head_appeared");
        assertValue(extract(COUNTY + "全年负责人出庭应诉案件累计达412件。\n"), "litigation.head_appeared", "412");
    }

    @Test
    void theCountysArbitrationInstituteInAZonesReportIsTheCountys() {
        assertNoValue(extract(ZONE + "对调解不成的47件，移交县劳动人事争议仲裁院立案仲裁，县仲裁院全年仲裁结案率97.6%。\n"),
                "labour_arbitration.closing_rate");
        assertValue(extract(COUNTY + "县劳动人事争议仲裁院全年仲裁结案率97.6%。\n"), "labour_arbitration.closing_rate", "97.6");
    }

    @Test
    void parksNamedAndCountedAreParts() {
        assertNoValue(extract(ZONE + "开发区所辖新能源汽车产业园、智能装备产业园两个平台全年分别发生行政诉讼案件5件和3件，均已审结。\n"),
                "litigation.cases");
    }

    @Test
    void aSingleDaysPeakIsNoCountOfTheYear() {
        assertNoValue(extract(COUNTY + "全县政务服务大厅日均办件3200余件，高峰期单日办件超过5000件。\n"), "licensing.handled");
    }

    @Test
    void theCountysShareOfTheCitysWholeAfterQiZhongIsItsOwn() {
        var x = extract(COUNTY + "2024年全市行政诉讼案件1135件，其中以我县各级行政机关为被告的案件142件。\n");
        assertValue(x, "litigation.cases", "142");
    }
}

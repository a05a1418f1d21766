package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;

/**
 * Round 53, wave four (helpers x and aa, report r143; written against the round's final jar, which these rules came
 * after): a count given as a share of the jurisdiction's own whole in a city's report, one group's legal aid, the
 * sample a body above drew from the files, and (reports r139–r141, r143) the files of the county's departments and its towns
 * together. Made-up sentences.
 */
class WaveFourRound53Test {
    private static final String CITY = "湖州市人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";
    private static final String COUNTY = "安吉县人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";
    private static final String DISTRICT = "重庆市渝北区人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void aShareOfTheCitysWholeInTheCitysOwnReportIsAPart() {
        assertNoValue(extract(CITY + "市政府作为行政复议机关全年新收行政复议案件614件，占全市收案总量的25.7%。\n"),
                "reconsideration.received");
        // in a county's report 全市 is the city above: the county's count is its own whole
        assertValue(extract(COUNTY + "全年调解纠纷1200件，占全市调解总量的12%。\n"), "mediation.disputes", "1200");
    }

    @Test
    void oneGroupsLegalAidIsAPart() {
        assertNoValue(extract(COUNTY + "聚焦根治欠薪，为农民工提供讨薪法律援助274件，帮助追回欠薪1130万元。\n"), "legal_aid.cases");
    }

    @Test
    void theSampleABodyAboveDrewIsNotTheReview() {
        assertNoValue(extract(DISTRICT + "在全市统一组织的案卷抽查中，我区被抽查的45件案卷全部合格。\n"), "enforcement.files_reviewed");
        assertValue(extract(DISTRICT + "全年共评查区级执法部门和镇街行政执法案卷620件。\n"), "enforcement.files_reviewed", "620");
    }

    @Test
    void theDepartmentsAndTownsTogetherAreNoTownButTheirHeadsBesideTheGovernmentsAreAPart() {
        assertValue(extract(COUNTY + "共评查县级行政执法部门和镇（街道）行政执法案卷412件。\n"), "enforcement.files_reviewed", "412");
        assertNoValue(extract(COUNTY + "行政机关负责人出庭应诉中，县政府主要负责人出庭3件、分管负责人出庭11件，县直部门和镇街负责人出庭164件。\n"),
                "litigation.head_appeared");
    }

    @Test
    void theCourtOfTheCentralisedJurisdictionHeardTheOwnSuits() {
        var x = extract(DISTRICT + "全年全区各级行政机关作为被告的一审行政诉讼案件共432件，其中区政府作为被告的案件71件。"
                + "集中管辖法院开庭审理涉我区案件365件，行政机关负责人出庭应诉361件，出庭应诉率98.9%。\n");
        assertValue(x, "litigation.head_appearance_rate", "98.9");
        // without the district's own suits before it, the court's caseload stays the court's
        assertNoValue(extract(DISTRICT + "集中管辖法院全年受理行政案件1286件。\n"), "litigation.cases");
    }
}

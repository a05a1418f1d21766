package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;

/**
 * Round 60 (probe file a on tables, report r174, and round 58's left misses; written before these rules): a table
 * captioned as a town's, the county-level hall, the own row under a caption naming the city, the direct and the
 * comprehensive correction rates in rows, a table's unit line, long counts between bars, files drawn by units and
 * 评查案卷数 at a from–to's end, a 结案数 in a 分别 list. Made-up text, not the helpers'.
 */
class TablesOfPlacesUnitsAndListsRound60Test {
    private static final String DISTRICT = "杭州市余杭区人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";
    private static final String COUNTY = "德清县人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void aTableCaptionedAsATownsIsTheTowns() {
        var x = extract(DISTRICT + "（附）仓前街道2024年法治建设主要数据\n指标\t数值\n调解矛盾纠纷（件）\t1020\n法律援助案件（件）\t96\n");
        assertNoValue(x, "mediation.disputes");
        assertNoValue(x, "legal_aid.cases");
    }

    @Test
    void theCountyLevelHallIsOneLevel() {
        assertNoValue(extract(COUNTY + "（一）政务服务\n县级政务服务中心全年办件512306件，即办件占比51.2%。\n"), "licensing.handled");
        assertValue(extract(COUNTY + "（一）政务服务\n县行政服务中心全年办理各类政务服务事项51.2万件。\n"), "licensing.handled", "512000");
    }

    @Test
    void theOwnRowUnderACaptionNamingTheCity() {
        var x = extract(DISTRICT + "（六）行政应诉\n表5 2024年杭州市各区、县（市）行政应诉指标\n地区\t负责人出庭应诉率\t一审败诉率\n"
                + "上城区\t100%\t3.62%\n余杭区\t99.5%\t2.48%\n富阳区\t100%\t4.11%\n");
        assertValue(x, "litigation.head_appearance_rate", "99.5");
        assertValue(x, "litigation.loss_rate", "2.48");
    }

    @Test
    void theDirectRateInARowBesideTheComprehensiveOne() {
        assertValue(extract(DISTRICT + "（五）行政复议\n审结方式\t件数（件）\n维持\t412\n合计\t806\n直接纠错率\t8.06%\n"
                + "综合纠错率（含调解和解）\t36.72%\n"), "reconsideration.correction_rate", "8.06");
    }

    @Test
    void aTablesUnitLineAndLongCountsBetweenBars() {
        assertValue(extract(DISTRICT + "（一）政务服务\n单位：万件\n指标\t2023年\t2024年\n政务服务办件量\t98.1\t104.6\n"),
                "licensing.handled", "1046000");
        assertValue(extract(DISTRICT + "（一）政务服务\n表1 2024年余杭区政务服务办件情况\n层级 | 受理办件量（件） | 网办率\n"
                + "区政务服务中心 | 712,384 | 86.0%\n镇（街道）便民服务中心 | 1,207,652 | 81.0%\n合计 | 1,920,036 | 82.9%\n"),
                "licensing.handled", "1920036");
    }

    @Test
    void filesDrawnFromTheUnitsReviewed() {
        assertValue(extract(COUNTY + "组织开展全县行政执法案卷集中评查，随机抽取31个执法单位行政处罚、行政许可案卷共415卷。\n"),
                "enforcement.files_reviewed", "415");
        // the count named 评查案卷数, at the end of a from–to that names the year
        assertValue(extract(COUNTY + "评查案卷数由2023年的286卷增加到2024年的347卷。\n"), "enforcement.files_reviewed", "347");
    }

    @Test
    void listsOfMattersAndTheirActs() {
        assertValue(extract(COUNTY + "全年行政诉讼案件收案数、结案数分别为96件、88件。\n"), "litigation.concluded", "88");
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 53, helper b (blind): tables flattened to text — a caption with its number, a header row that names the
 * columns (years, a change, a target), rows of a label and figures. Made-up tables.
 */
class TableColumnsRound53Test {
    private static final String COUNTY = "安吉县人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void aHeaderRowNamesItsColumnsInOrder() {
        assertTrue(TableColumns.headerRow("项目2023年2024年增减"));
        assertTrue(TableColumns.headerRow("指标目标值"));
        assertTrue(TableColumns.headerRow("指标1—11月全年"));
        assertFalse(TableColumns.headerRow("项目"));
        assertFalse(TableColumns.headerRow("全年调解纠纷"));
        String text = "表30 行政应诉工作对比\n项目2023年2024年增减\n应诉案件（件）108 93 -15\n";
        assertEquals("2024年", TableColumns.nameOf(text, text.indexOf("93")));
        assertEquals("增减", TableColumns.nameOf(text, text.indexOf("-15")));
    }

    @Test
    void theReportingYearsColumnBesideAChangeColumnIsTheValue() {
        var x = extract(COUNTY + "表30 行政应诉工作对比\n项目 2023年 2024年 增减\n应诉案件（件） 108 93 -15\n"
                + "出庭应诉率 96.3% 100% +3.7个百分点\n败诉（件） 6 4 -2\n");
        assertValue(x, "litigation.cases", "93");
        assertValue(x, "litigation.head_appearance_rate", "100");
        assertValue(x, "litigation.lost", "4");
    }

    @Test
    void aColumnOfChangesOrTargetsHoldsNoValue() {
        assertNoValue(extract(COUNTY + "表9 主要业务指标同比变化\n指标 增减量 增减幅度\n调解纠纷 +472件 +6.2%\n"), "mediation.disputes");
        var targets = extract(COUNTY + "表10 2025年法治政府建设主要预期指标\n指标 目标值\n行政机关负责人出庭应诉率 100%\n"
                + "12345热线办结率 99%以上\n");
        assertNoValue(targets, "litigation.head_appearance_rate");
        assertNoValue(targets, "hotline.completion_rate");
    }

    @Test
    void aCaptionKeepsItsBodyOrLevelOverItsRowsWithoutItsNumber() {
        assertNoValue(extract(COUNTY + "表36 湖州市2024年政务服务主要指标（全市）\n全程网办率 93.5%\n政务服务办件量 612万件\n"),
                "licensing.handled");
        assertNoValue(extract(COUNTY + "表21 县劳动争议调解中心2024年调解情况\n项目 件数\n受理 702\n调解成功 655\n成功率 93.3%\n"),
                "mediation.success_rate");
    }

    @Test
    void aColumnOfAnotherYearIsRuledOut() {
        List<String> flags = new ArrayList<>();
        String text = "表\n指标2023年2024年\n行政应诉案件108件 93件\n";
        assertFalse(TableColumns.judge(text, text.indexOf("108"), 2024, flags));
        assertEquals(List.of("other_year"), flags);
        assertTrue(TableColumns.judge(text, text.indexOf("93"), 2024, new ArrayList<>()));
    }

    @Test
    void aTargetColumnBesideTheResultsAndAStatusColumnAndAQuartersCaptionAreRead() {
        var x = extract(COUNTY + "表7 2024年法治政府建设主要指标完成情况\n指标名称 目标值 完成值 完成情况\n"
                + "行政机关负责人出庭应诉率 100% 100% 完成\n12345热线按期办结率 98% 99.6% 完成\n");
        assertValue(x, "hotline.completion_rate", "99.6");
        assertNoValue(extract(COUNTY + "表25 2024年第四季度人民调解工作统计\n类别 件数 环比\n调解矛盾纠纷 2507 +3.9%\n"
                + "调解成功率 98.9% +0.2个百分点\n"), "mediation.success_rate");
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A report about part of a year (上半年, 前三季度, 1-11月) or several years (2021—2023年, 以来) gives no figure as one year's. */
class TitlePeriodsTest {

    private static String words(String title) {
        TitlePeriods.Span s = TitlePeriods.of(title);
        return s == null ? null : s.words();
    }

    @Test
    void aTitleAboutSeveralYearsIsRead() {
        assertEquals("multi_period", TitlePeriods.of("关于安吉县2021—2023年法治政府建设情况的报告").period());
        assertEquals("2019年以来", words("安吉县2019年以来法治政府建设情况报告"));
        assertEquals("“十四五”以来", words("安吉县“十四五”以来法治政府建设工作情况报告"));
        assertEquals("近三年", words("安吉县近三年法治政府建设工作情况报告"));
        assertNull(words("安吉县2023年法治政府建设情况报告暨“十四五”以来工作回顾"));
    }

    @Test
    void aTitleAboutPartOfTheYearIsRead() {
        assertEquals("2023年前三季度", words("关于安吉县2023年前三季度法治政府建设工作情况的报告"));
        assertEquals("2023年上半年", words("安吉县2023年上半年法治政府建设工作情况报告"));
        assertEquals("2023年1-11月", words("安吉县2023年1-11月法治政府建设工作情况报告"));
        assertNull(words("安吉县2023年度法治政府建设情况报告"));
        assertNull(words("安吉县2023年法治政府建设工作总结暨2024年上半年工作安排的报告"));
        assertEquals("2023年上半年", words("安吉县2023年上半年法治政府建设工作总结和下半年工作打算的报告"));
    }

    @Test
    void itsFiguresAreNotTheYears() {
        var x = extract("关于安吉县2023年前三季度法治政府建设工作情况的报告\n\n一、主要成效\n今年以来，全县共调解矛盾纠纷2860件，"
                + "调解成功2832件。全县共收到行政复议申请126件，受理118件。\n");
        assertTrue(x.values().isEmpty(), describe(x.values()));
        assertTrue(x.warnings().stream().anyMatch(w -> w.startsWith("period: the title covers part of a year")), x.warnings().toString());
        var several = extract("关于安吉县2021—2023年法治政府建设情况的报告\n\n一、主要成效\n全县共调解矛盾纠纷15860件，调解成功15732件。\n");
        assertTrue(several.values().isEmpty(), describe(several.values()));
    }

    @Test
    void aSentenceOfASeveralYearsReportThatWritesTheYearKeepsIt() {
        var x = extract("安吉县人民政府关于2021—2023年法治政府建设情况的报告\n\n一、主要成效\n全县共办理法律援助案件3620件。"
                + "2023年，全县共办理法律援助案件1286件。\n");
        assertValue(x, "legal_aid.cases", "1286");
    }

    @Test
    void aYearsReportKeepsItsFigures() {
        assertValue(extract("关于安吉县2023年度法治政府建设情况的报告\n\n今年以来，全县共办理法律援助案件1025件。\n"),
                "legal_aid.cases", "1025");
    }
}

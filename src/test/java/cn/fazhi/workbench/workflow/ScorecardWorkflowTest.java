package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.model.PartFinding;
import cn.fazhi.workbench.model.ReportPart;
import cn.fazhi.workbench.scorecard.ReportScore;
import cn.fazhi.workbench.scorecard.Scorecard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScorecardWorkflowTest {
    @TempDir
    Path dir;

    private static ReportScore row(Scorecard c, String name) {
        return c.rows().stream().filter(r -> r.jurisdiction().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyCountyOfTheCityIsScoredFromTheWorkspace() throws Exception {
        try (WorkspaceSession s = BriefingFixture.open(dir)) {
            assertEquals(4, s.queries().reports(null, null, false).size(), "the fixture's four reports are imported");
            Scorecard c = new BuildScorecard(s).build(2022, "江西省", "宜春市").scorecard();
            assertEquals(10, c.expected(), "宜春市 has ten county-level divisions");
            assertEquals(3, c.reported());

            ReportScore fengxin = row(c, "奉新县");
            assertEquals(ReportScore.Timeliness.ON_TIME, fengxin.timeliness());
            assertEquals(LocalDate.of(2023, 3, 20), fengxin.facts().published());
            assertEquals(cn.fazhi.workbench.scorecard.ReportFacts.DateSource.TEXT, fengxin.facts().dateSource());
            assertTrue(fengxin.complete(), fengxin.facts().structure().toString());
            assertEquals("五、其他需要报告的情况", fengxin.facts().structure().part(ReportPart.OTHER_MATTERS).heading());
            assertEquals(100, fengxin.structure());
            // 法律援助案件285件 in the same sentence as in 2021: copied; the other figures changed
            assertEquals(java.util.List.of("legal_aid.cases"), fengxin.facts().copiedIndicators());

            ReportScore wanzai = row(c, "万载县");
            assertEquals(ReportScore.Timeliness.LATE, wanzai.timeliness());
            assertEquals(0, wanzai.onTime());
            assertEquals(1, wanzai.facts().structure().partsFound());
            assertEquals(20, wanzai.structure());

            ReportScore shanggao = row(c, "上高县");
            assertEquals(ReportScore.Timeliness.DATE_UNKNOWN, shanggao.timeliness());
            PartFinding plans = shanggao.facts().structure().part(ReportPart.NEXT_YEAR);
            assertEquals("三、下一步工作打算", plans.heading());
            assertFalse(shanggao.facts().structure().part(ReportPart.LEADER_DUTIES).found());

            ReportScore gaoan = row(c, "高安市");
            assertFalse(gaoan.facts().hasReport());
            assertEquals(ReportScore.Timeliness.NO_REPORT, gaoan.timeliness());
            assertEquals(0, gaoan.total());
            assertNull(gaoan.facts().structure());

            assertTrue(fengxin.total() > shanggao.total() && shanggao.total() > 0, fengxin.total() + " " + shanggao.total());
            assertEquals(fengxin, c.ranked().get(0));
        }
    }

    @Test
    void theDatesSourceIsThePagesLabelOrTheReportsSignature() {
        var d = LocalDate.of(2018, 4, 18);
        assertEquals(cn.fazhi.workbench.scorecard.ReportFacts.DateSource.PAGE,
                BuildScorecard.dateSource("发布机构 政府办公室 发布日期 2018-04-18 19:28\n……\n2018年3月8日", d));
        assertEquals(cn.fazhi.workbench.scorecard.ReportFacts.DateSource.PAGE,
                BuildScorecard.dateSource("发文字号: 成文时间: 2018年4月18日", d));
        assertEquals(cn.fazhi.workbench.scorecard.ReportFacts.DateSource.TEXT,
                BuildScorecard.dateSource("发布日期 2018-03-08\n某县人民政府\n2018年4月18日", d), "the label names another date");
        assertEquals(cn.fazhi.workbench.scorecard.ReportFacts.DateSource.NONE, BuildScorecard.dateSource("无日期", null));
    }

    @Test
    void weightsAndTheSubmissionDeadlineAreKeptInTheWorkspace() throws Exception {
        try (WorkspaceSession s = BriefingFixture.open(dir)) {
            BuildScorecard b = new BuildScorecard(s);
            assertEquals(cn.fazhi.workbench.scorecard.ScoreWeights.DEFAULT, b.weights());
            b.setWeights(new cn.fazhi.workbench.scorecard.ScoreWeights(0, 100, 0, 0));
            b.setSubmitDeadline(java.time.MonthDay.of(2, 15));
            assertEquals(java.time.MonthDay.of(2, 15), b.deadlines().submit());
            Scorecard c = b.build(2022, "江西省", "宜春市").scorecard();
            assertEquals(100, row(c, "奉新县").total(), "only being on time counts now");
            assertEquals(0, row(c, "万载县").total());
        }
    }

    @Test
    void theWorkbookCarriesTheSheet() throws Exception {
        try (WorkspaceSession s = BriefingFixture.open(dir)) {
            BuildScorecard.Result r = new BuildScorecard(s).build(2022, "江西省", "宜春市");
            Path out = new ExportComparison().export(s, r, "2022年度评分", dir.resolve("评分.xlsx"));
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(out.toFile())) {
                var sheet = wb.getSheet("报告评分");
                assertTrue(sheet != null, "the sheet 报告评分");
                assertEquals("举措成效", sheet.getRow(0).getCell(8).getStringCellValue());
                assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().startsWith("宜春市：10个地区，有报告3份"));
                org.apache.poi.ss.usermodel.Row fengxin = null;
                for (var row : sheet) {
                    if (row.getCell(2) != null && "奉新县".equals(row.getCell(2).getStringCellValue())) {
                        fengxin = row;
                    }
                }
                assertTrue(fengxin != null);
                assertEquals("✓", fengxin.getCell(12).getStringCellValue(), "其他情况 under its heading");
                assertEquals("法律援助案件", fengxin.getCell(16).getStringCellValue(), "copied, by its name");
                assertEquals(row(r.scorecard(), "奉新县").total(), fengxin.getCell(21).getNumericCellValue(), 1e-9);
                assertTrue(fengxin.getCell(22).getStringCellValue().startsWith("●"));
                assertTrue(fengxin.getCell(23).getStringCellValue().contains("其他情况（一级标题）：五、其他需要报告的情况"));
                assertTrue(wb.getSheet("比对总表") != null, "beside the comparison of the same scope");
            }
        }
    }
}

package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.compare.PerHead;
import cn.fazhi.workbench.model.AuditEntry;
import cn.fazhi.workbench.model.PopulationFigure;
import cn.fazhi.workbench.model.Selection;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Population entered or imported by the user, and the 每万人 rows it gives the comparison (issue 12). */
class PopulationsTest {
    @TempDir
    Path dir;

    private WorkspaceSession open() throws WorkspaceException {
        return WorkspaceSession.open(dir.resolve("ws.db"), false);
    }

    @Test
    void aGbkCsvIn10000sIsImportedAndUnclearRowsAreRefusedWithTheirReason() throws Exception {
        Path csv = dir.resolve("人口.csv");
        Files.write(csv, ("行政区划代码,地区,年份,常住人口（万人）\n421224,通山县,2022,40.1\n,袁州区,2022,110.5\n"
                + ",朝阳区,2022,30\n421221,嘉鱼县,二〇二二,30\n421223,崇阳县,2022,很多\n421224,通山县,2022,41\n")
                .getBytes(Charset.forName("GBK")));
        try (WorkspaceSession s = open()) {
            s.reviewer("李四");
            Populations.ImportResult r = new Populations(s).importFile(csv);
            assertEquals(6, r.rows());
            assertEquals(2, r.stored());
            List<Populations.Problem> why = r.problems().stream().map(Populations.RowProblem::problem).toList();
            assertEquals(List.of(Populations.Problem.AMBIGUOUS_NAME, Populations.Problem.BAD_YEAR,
                    Populations.Problem.BAD_NUMBER, Populations.Problem.DUPLICATE), why);
            assertEquals(4, r.problems().get(0).line(), "the row's line in the file");
            List<PopulationFigure> all = new Populations(s).all();
            assertEquals(List.of("360902", "421224"), all.stream().map(PopulationFigure::code).toList());
            assertEquals(401_000L, all.get(1).residents(), "万人 multiplied out; the first of two figures is kept");
            assertEquals("人口.csv", all.get(1).source());
            List<AuditEntry> audit = s.queries().history(null, null).stream()
                    .filter(a -> a.action().equals("set_population")).toList();
            assertEquals(2, audit.size());
            assertEquals("李四", audit.get(0).who());
        }
    }

    @Test
    void figuresTypedInAreCheckedAndPersonsAreNotMistakenFor10000s() throws Exception {
        try (WorkspaceSession s = open()) {
            Populations p = new Populations(s);
            assertEquals(Populations.Problem.UNIT_UNCLEAR, p.set("421224", "2022", "40.1").orElseThrow().problem());
            assertEquals(Populations.Problem.UNKNOWN_JURISDICTION, p.set("999999", "2022", "400000").orElseThrow().problem());
            assertEquals(Populations.Problem.IMPLAUSIBLE, p.set("421224", "2022", "2000000000").orElseThrow().problem());
            assertTrue(p.set("湖北省咸宁市通山县", "2022", "40.1万").isEmpty());
            assertEquals(401_000L, p.all().get(0).residents());
            assertTrue(p.set("421224", "2022", "402,345").isEmpty());
            assertEquals(402_345L, p.all().get(0).residents(), "a new figure replaces the old");
            assertTrue(p.remove("421224", 2022));
            assertFalse(p.remove("421224", 2022));
            assertTrue(p.all().isEmpty());
        }
    }

    @Test
    void aSpreadsheetWorksTooAndTheComparisonGetsItsPerHeadRowOnlyThen() throws Exception {
        Path xlsx = dir.resolve("pop.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(xlsx)) {
            var sh = wb.createSheet("人口");
            sh.createRow(0).createCell(0).setCellValue("2022年常住人口");
            var h = sh.createRow(1);
            h.createCell(0).setCellValue("区划代码");
            h.createCell(1).setCellValue("年份");
            h.createCell(2).setCellValue("常住人口（人）");
            var r = sh.createRow(2);
            r.createCell(0).setCellValue("421224");
            r.createCell(1).setCellValue(2022);
            r.createCell(2).setCellValue(400000);
            wb.write(out);
        }
        Path report = dir.resolve("tongshan.txt");
        Files.writeString(report, "通山县2022年度法治政府建设情况报告\n一、主要成效\n全年共办理法律援助案件274件。\n",
                StandardCharsets.UTF_8);
        try (WorkspaceSession s = open()) {
            new ImportReports(s).run(ImportReports.sources(List.of(report.toString())), ImportReports.NewVersionPolicy.KEEP_BOTH,
                    ProgressListener.NONE, CancellationToken.none());
            assertTrue(s.perHeadIndicators().contains("legal_aid.cases"), "the bundled catalogue marks it");
            ComparisonTable before = new BuildComparison(s).build(Selection.ofYear(2022));
            assertFalse(before.indicators().stream().anyMatch(PerHead::isPerHead), "no population, no per-head row");

            assertEquals(1, new Populations(s).importFile(xlsx).stored());
            ComparisonTable after = new BuildComparison(s).build(Selection.ofYear(2022));
            int i = after.indicators().stream().map(x -> x.code()).toList().indexOf("legal_aid.cases" + PerHead.SUFFIX);
            assertTrue(i >= 0);
            assertEquals(new BigDecimal("6.85"), after.cell(0, i).value());
        }
    }
}

package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.model.Selection;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 佐证's 页码: a figure from a PDF says the page its sentence stands on, told from the stored text; a figure
 * from a .txt says nothing, for a text file has no pages.
 */
class EvidencePagesTest {
    private static final DataFormatter FMT = new DataFormatter();
    @TempDir
    Path dir;

    static void twoPagePdfAndATxt(Path folder) throws Exception {
        try (InputStream in = EvidencePagesTest.class.getResourceAsStream("/fixtures/two-page-report.pdf")) {
            Files.write(folder.resolve("two-page-report.pdf"), in.readAllBytes());
        }
        Files.writeString(folder.resolve("崇阳县2022.txt"), """
                咸宁市崇阳县人民政府2022年度法治政府建设情况报告
                一、主要举措和成效
                全县各级人民调解组织共调处矛盾纠纷2,100件。全年审查规范性文件18件，报备规范性文件12件。
                崇阳县人民政府
                2023年2月10日
                """);
    }

    @Test
    void theEvidenceSheetSaysThePageOfAPdfsFigureAndNothingForATxt() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        twoPagePdfAndATxt(in);
        try (WorkspaceSession s = WorkspaceSession.open(dir.resolve("ws.db"), false)) {
            var out = new ImportReports(s).run(ImportReports.sources(List.of(in.toString())),
                    ImportReports.NewVersionPolicy.KEEP_BOTH, ProgressListener.NONE, CancellationToken.none());
            assertEquals(2, out.stream().filter(o -> o.status() == ImportReports.Status.IMPORTED).count(), out.toString());
            var table = new BuildComparison(s).build(Selection.ofYear(2022));
            Path xlsx = new ExportComparison().export(s, table, "比对", false, null, dir.resolve("pages.xlsx"));
            try (InputStream x = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(x)) {
                Sheet ev = wb.getSheet("佐证");
                Map<String, Integer> col = new HashMap<>();
                for (var c : ev.getRow(0)) {
                    col.put(FMT.formatCellValue(c), c.getColumnIndex());
                }
                int page = col.get("页码");
                int sentence = col.get("原文句子");
                int place = col.get("地区");
                boolean sawPage1 = false;
                boolean sawPage2 = false;
                boolean sawTxt = false;
                for (Row r : ev) {
                    if (r.getRowNum() == 0) {
                        continue;
                    }
                    String where = FMT.formatCellValue(r.getCell(place));
                    String said = FMT.formatCellValue(r.getCell(sentence));
                    String p = FMT.formatCellValue(r.getCell(page));
                    if (where.contains("崇阳县")) {
                        assertEquals("", p, "a .txt has no pages: " + said);
                        sawTxt = true;
                    } else if (said.contains("审查规范性文件")) {
                        assertEquals("第2页", p, said);
                        sawPage2 = true;
                    } else if (said.contains("调处矛盾纠纷")) {
                        assertEquals("第1页", p, said);
                        sawPage1 = true;
                    }
                }
                assertTrue(sawPage1 && sawPage2 && sawTxt, "rows from both pages of the PDF and from the .txt");
            }
        }
    }

    @Test
    void aTxtNeverHasPagesEvenWithFormFeedsInIt() {
        assertEquals(0, EvidencePages.pager("第一页\n\f第二页", cn.fazhi.workbench.model.ReportFormat.TXT).applyAsInt(6));
        assertEquals(2, EvidencePages.pager("第一页\n\f第二页", cn.fazhi.workbench.model.ReportFormat.PDF).applyAsInt(6));
        assertFalse(EvidencePages.mayHavePages(cn.fazhi.workbench.model.ReportFormat.DOCX));
    }
}

package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.Selection;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web address, per-head rows and print setup in the workbook, read back cell by cell (issues 12, 13). */
class ExportDetailsTest {
    @TempDir
    Path dir;

    private static final String URL = "https://www.yichun.gov.cn/art/2023/2/14/art_1.html";

    @Test
    void addressesAreLinksPerHeadRowsAppearWithAPopulationAndListSheetsPrintReadably() throws Exception {
        try (WorkspaceSession s = WorkspaceSession.open(dir.resolve("ws.db"), true)) {
            ReportSummary yuanzhou = s.queries().reports(2022, "袁州区", false).get(0);
            new SetReportDetails(s).sourceUrl(yuanzhou.id(), URL, null);
            assertTrue(new Populations(s).set("360902", "2022", "110.5万").isEmpty());
            var table = new BuildComparison(s).build(Selection.ofYear(2022));
            Path out = new ExportComparison().export(s, table, "比对", false, null, dir.resolve("x.xlsx"));
            try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet reports = wb.getSheet("报告情况");
                Row head = reports.getRow(0);
                int urlCol = column(head, "网址");
                Row row = rowOf(reports, 1, "袁州区");
                Cell url = row.getCell(urlCol);
                assertEquals(URL, url.getStringCellValue());
                assertNotNull(url.getHyperlink());
                assertEquals(HyperlinkType.URL, url.getHyperlink().getType());
                assertEquals(URL, url.getHyperlink().getAddress());

                Sheet evidence = wb.getSheet("佐证");
                int evUrl = column(evidence.getRow(0), "网址");
                boolean linked = false;
                for (int r = 1; r <= evidence.getLastRowNum(); r++) {
                    Row e = evidence.getRow(r);
                    if (e != null && "袁州区".equals(e.getCell(1).getStringCellValue())) {
                        assertEquals(URL, e.getCell(evUrl).getStringCellValue());
                        linked |= e.getCell(evUrl).getHyperlink() != null;
                    }
                }
                assertTrue(linked, "佐证 links each figure's report address");

                Sheet main = wb.getSheet("比对总表");
                boolean perHead = false;
                boolean noPopulation = false;
                for (Row r : main) {
                    for (Cell c : r) {
                        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            perHead |= c.getStringCellValue().startsWith("每万人调解矛盾纠纷");
                            noPopulation |= c.getStringCellValue().equals("无人口数");
                        }
                    }
                }
                assertTrue(perHead, "a population gives the per-head row");
                assertTrue(noPopulation, "a jurisdiction without one says so, not 未披露");

                for (Sheet list : new Sheet[] {reports, evidence}) {
                    var ps = list.getPrintSetup();
                    assertTrue(ps.getLandscape());
                    assertFalse(list.getFitToPage(), "scaled, never shrunk below 8-point text");
                    assertTrue(ps.getScale() >= 80 && ps.getScale() <= 100, list.getSheetName() + " " + ps.getScale());
                    assertTrue(ps.getLeftToRight(), "over, then down: both halves of the same rows follow each other");
                    assertEquals("1:1", list.getRepeatingRows().formatAsString().replace("$", ""));
                }
                int width = 0;
                StringBuilder each = new StringBuilder();
                for (int c = 0; c <= ReportsColumns.LAST; c++) {
                    width += reports.getColumnWidth(c) / 256;
                    each.append(reports.getColumnWidth(c) / 256).append(' ');
                }
                assertTrue(width * 0.8 <= 110 + 1, "报告情况 fits one A4 landscape page at 80 %: " + width + " characters (" + each + ")");
            }
        }
    }

    @Test
    void withoutAPopulationThereIsNoPerHeadRow() throws Exception {
        try (WorkspaceSession s = WorkspaceSession.open(dir.resolve("ws.db"), true)) {
            var table = new BuildComparison(s).build(Selection.ofYear(2022));
            assertFalse(table.indicators().stream().anyMatch(cn.fazhi.workbench.compare.PerHead::isPerHead));
            assertNull(s.queries().reports(2022, "袁州区", false).get(0).sourceUrl(), "a .txt states no address");
        }
    }

    /** The last column of 报告情况 (网址). */
    private static final class ReportsColumns {
        static final int LAST = 16;
    }

    private static int column(Row head, String name) {
        for (Cell c : head) {
            if (name.equals(c.getStringCellValue())) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static Row rowOf(Sheet sh, int col, String name) {
        for (Row r : sh) {
            Cell c = r.getCell(col);
            if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no row " + name);
    }
}

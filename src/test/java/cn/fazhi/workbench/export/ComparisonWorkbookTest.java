package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.Comparison;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.compare.ReportData;
import cn.fazhi.workbench.model.Selection;
import cn.fazhi.workbench.extract.CatalogueLoader;
import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.JurisdictionLevel;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.model.Section;
import cn.fazhi.workbench.model.StoredValue;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.IconMultiStateFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonWorkbookTest {
    private static final DataFormatter FMT = new DataFormatter();
    private long ids = 1;

    private Jurisdiction county(String name, String code) {
        return new Jurisdiction(code, name, "湖北省咸宁市" + name, JurisdictionLevel.COUNTY, "421200", "湖北省", "咸宁市");
    }

    private ReportData report(Jurisdiction j, int year, Object[]... values) {
        long rid = ids++;
        ReportSummary r = new ReportSummary(rid, j, year, j.name() + year + "年度法治政府建设情况报告", j.name() + "人民政府",
                LocalDate.of(year + 1, 3, 1), null, j.name() + ".txt", ReportFormat.TXT, "UTF-8", "s" + rid, false, null,
                "2023-01-01T00:00:00Z", values.length, 0, 0);
        List<StoredValue> list = new ArrayList<>();
        for (Object[] v : values) {
            String code = (String) v[0];
            IndicatorValue iv = new IndicatorValue(code, new BigDecimal((String) v[1]), code.endsWith("rate") ? "%" : "件",
                    (Qualifier) v[2], false, Section.RESULTS, new Evidence(0, 12, "全县共调处矛盾纠纷" + v[1] + "件。", 9, 12), 1.0,
                    List.of(), List.of());
            list.add(new StoredValue(ids++, rid, iv, ReviewStatus.EXTRACTED, null, "2023-01-01T00:00:00Z"));
        }
        return new ReportData(r, list);
    }

    private static Object[] v(String code, String value) {
        return new Object[]{code, value, Qualifier.EXACT};
    }

    private ComparisonTable table(List<Integer> years, ReportData... data) {
        return Comparison.build(List.of(data), CatalogueLoader.bundled(),
                new Selection(years, List.of(), null, null, List.of(), List.of(), null, null));
    }

    private static XSSFWorkbook write(ComparisonTable t, boolean transpose) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ComparisonWorkbook(t, new ExportOptions("2022年度比对", transpose, null, "tester",
                LocalDateTime.of(2026, 11, 22, 9, 30))).write(out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    static Row rowNamed(Sheet sh, String name) {
        return rowNamed(sh, 0, name);
    }

    static Row rowNamed(Sheet sh, int col, String name) {
        for (Row r : sh) {
            if (r.getCell(col) != null && name.equals(FMT.formatCellValue(r.getCell(col)))) {
                return r;
            }
        }
        throw new AssertionError("no row " + name + " in " + sh.getSheetName());
    }

    static ConditionalFormattingRule iconRule(XSSFSheet sh) {
        var cf = sh.getSheetConditionalFormatting();
        for (int k = 0; k < cf.getNumConditionalFormattings(); k++) {
            var rule = cf.getConditionalFormattingAt(k).getRule(0);
            if (rule.getMultiStateFormatting() != null) {
                return rule;
            }
        }
        return null;
    }

    static int columnNamed(Sheet sh, String name) {
        return columnNamed(sh, 0, name);
    }

    static int columnNamed(Sheet sh, int headerRow, String name) {
        for (org.apache.poi.ss.usermodel.Cell c : sh.getRow(headerRow)) {
            if (name.equals(FMT.formatCellValue(c))) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    @Test
    void mainSheetHoldsNumbersWithFormatsMarkersAndNotDisclosedCells() throws Exception {
        Jurisdiction a = county("通山县", "421224");
        Jurisdiction b = county("崇阳县", "421223");
        ComparisonTable t = table(List.of(2022),
                report(a, 2022, v("mediation.disputes", "1326"), v("mediation.success_rate", "98.5")),
                report(b, 2022, new Object[]{"mediation.disputes", "4868", Qualifier.APPROX_OVER}));
        try (XSSFWorkbook wb = write(t, false)) {
            assertEquals(List.of("摘要", "比对总表", "地市汇总", "排名", "报告情况", "佐证", "说明", "图表"), sheetNames(wb));
            Sheet main = wb.getSheet("比对总表");
            Row disputes = rowNamed(main, "调解矛盾纠纷");
            org.apache.poi.ss.usermodel.Cell tongshan = disputes.getCell(columnNamed(main, "通山县"));
            assertEquals(CellType.NUMERIC, tongshan.getCellType());
            assertEquals(1326, tongshan.getNumericCellValue());
            assertEquals("1,326", FMT.formatCellValue(tongshan));
            org.apache.poi.ss.usermodel.Cell approx = disputes.getCell(columnNamed(main, "崇阳县"));
            assertEquals(CellType.NUMERIC, approx.getCellType());
            assertEquals("≥4,868", FMT.formatCellValue(approx));
            Row rate = rowNamed(main, "调解成功率");
            org.apache.poi.ss.usermodel.Cell pct = rate.getCell(columnNamed(main, "通山县"));
            assertEquals(0.985, pct.getNumericCellValue(), 1e-9);
            assertEquals("98.5%", FMT.formatCellValue(pct));
            org.apache.poi.ss.usermodel.Cell missing = rate.getCell(columnNamed(main, "崇阳县"));
            assertEquals(CellType.STRING, missing.getCellType());
            assertEquals("未披露", missing.getStringCellValue());
            assertTrue(missing.getCellStyle().getFillForegroundColor() != 0, "未披露 is greyed");
            assertEquals("件", FMT.formatCellValue(disputes.getCell(1)));
        }
    }

    @Test
    void trafficLightsAreIconSetsFrozenPanesAndPrintSetupAreThere() throws Exception {
        ComparisonTable t = table(List.of(2022),
                report(county("通山县", "421224"), 2022, v("mediation.success_rate", "98")),
                report(county("崇阳县", "421223"), 2022, v("mediation.success_rate", "80")));
        try (XSSFWorkbook wb = write(t, false)) {
            XSSFSheet main = wb.getSheet("比对总表");
            var cf = main.getSheetConditionalFormatting();
            assertTrue(cf.getNumConditionalFormattings() > 0);
            ConditionalFormattingRule rule = iconRule(main);
            IconMultiStateFormatting icons = rule.getMultiStateFormatting();
            assertNotNull(icons);
            assertEquals(IconMultiStateFormatting.IconSet.GYR_3_TRAFFIC_LIGHTS, icons.getIconSet());
            assertEquals(0.95, icons.getThresholds()[2].getValue(), 1e-9, "green from 95% (a fraction in the sheet)");
            var pane = main.getPaneInformation();
            assertTrue(pane.isFreezePane());
            assertEquals(2, pane.getVerticalSplitPosition());
            assertEquals(1, pane.getHorizontalSplitPosition());
            for (Sheet sh : wb) {
                PrintSetup ps = sh.getPrintSetup();
                assertTrue(ps.getLandscape(), sh.getSheetName());
                assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize(), sh.getSheetName());
                assertFalse(sh.getFitToPage(), sh.getSheetName() + ": scaled, never shrunk to fit");
                assertTrue(ps.getScale() >= 80 && ps.getScale() <= 100, sh.getSheetName() + " prints 10-point text at 8 points or more");
                assertTrue(sh.getFooter().getRight().contains("&P"), sh.getSheetName());
                assertTrue(sh.getHeader().getCenter().contains("2022年度比对"), sh.getSheetName());
            }
            assertEquals("1:1", main.getRepeatingRows().formatAsString().replace("$", ""));
            assertEquals("A:B", main.getRepeatingColumns().formatAsString().replace("$", ""), "name columns on every page");
            assertTrue(main.getColumnWidth(0) > 8 * 256, "the indicator column is wide enough for Chinese names");
        }
    }

    @Test
    void chartEvidenceReportsAndNotesSheets() throws Exception {
        ComparisonTable t = table(List.of(2022),
                report(county("通山县", "421224"), 2022, v("mediation.disputes", "300")),
                report(county("崇阳县", "421223"), 2022, v("mediation.disputes", "500")));
        try (XSSFWorkbook wb = write(t, false)) {
            List<XSSFChart> charts = wb.getSheet("图表").getDrawingPatriarch().getCharts();
            assertEquals(1, charts.size());
            assertEquals(1, charts.get(0).getCTChart().getPlotArea().getBarChartArray().length);
            Sheet chartData = wb.getSheet("图表");
            assertEquals("崇阳县", FMT.formatCellValue(chartData.getRow(3).getCell(0)), "best first");

            Sheet ev = wb.getSheet("佐证");
            Row first = ev.getRow(1);
            assertEquals(CellType.NUMERIC, first.getCell(4).getCellType());
            assertTrue(FMT.formatCellValue(first.getCell(EvidenceSheet.SENTENCE)).startsWith("全县共调处矛盾纠纷"));
            assertEquals("自动提取", FMT.formatCellValue(first.getCell(8)));
            assertEquals(2, ev.getLastRowNum(), "header (row 0) + one row per number");

            Sheet reports = wb.getSheet("报告情况");
            Row tongshan = rowNamed(reports, 1, "通山县");
            assertEquals("是", FMT.formatCellValue(tongshan.getCell(9)), "published 1 March, due 1 April");

            Sheet notes = wb.getSheet("说明");
            assertEquals("tester", FMT.formatCellValue(rowNamed(notes, "制表单位").getCell(1)));
            assertEquals("调解矛盾纠纷", FMT.formatCellValue(rowNamed(notes, 1, "mediation.disputes").getCell(0)));
        }
    }

    @Test
    void yearOnYearSheetOnlyWithSeveralYears() throws Exception {
        Jurisdiction a = county("通山县", "421224");
        ComparisonTable two = table(List.of(2021, 2022),
                report(a, 2021, v("legal_aid.cases", "200")), report(a, 2022, v("legal_aid.cases", "250")));
        try (XSSFWorkbook wb = write(two, false)) {
            Sheet yoy = wb.getSheet("同比");
            assertNotNull(yoy);
            Row row = rowNamed(yoy, 1, "法律援助案件");
            assertEquals(25.0, row.getCell(6).getNumericCellValue(), 1e-9);
            assertEquals("%", FMT.formatCellValue(row.getCell(7)));
        }
        ComparisonTable one = table(List.of(2022), report(a, 2022, v("legal_aid.cases", "250")));
        try (XSSFWorkbook wb = write(one, false)) {
            assertNull(wb.getSheet("同比"));
            assertEquals(1, one.jurisdictions().size(), "one jurisdiction is a valid selection");
            Row row = rowNamed(wb.getSheet("比对总表"), "法律援助案件");
            assertEquals(org.apache.poi.ss.usermodel.FillPatternType.NO_FILL, row.getCell(2).getCellStyle().getFillPattern(),
                    "no best/worst fill in the style: best and worst are conditional formats");
        }
    }

    @Test
    void transposedLayoutPutsJurisdictionsInRows() throws Exception {
        ComparisonTable t = table(List.of(2022), report(county("通山县", "421224"), 2022, v("legal_aid.cases", "250")));
        try (XSSFWorkbook wb = write(t, true)) {
            Sheet main = wb.getSheet("比对总表");
            Row row = rowNamed(main, 1, "通山县");
            int col = columnNamed(main, 1, "法律援助案件（件）");
            assertEquals(250, row.getCell(col).getNumericCellValue());
        }
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> out = new ArrayList<>();
        wb.forEach(s -> out.add(s.getSheetName()));
        return out;
    }
}

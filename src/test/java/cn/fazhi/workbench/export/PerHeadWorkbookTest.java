package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.Comparison;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.compare.PerHead;
import cn.fazhi.workbench.compare.ReportData;
import cn.fazhi.workbench.extract.CatalogueLoader;
import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.JurisdictionLevel;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.model.Section;
import cn.fazhi.workbench.model.Selection;
import cn.fazhi.workbench.model.StoredValue;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 地市汇总 sums counts but takes the median of per-head figures, as of rates (issue 12). */
class PerHeadWorkbookTest {
    private static final Catalogue CATALOGUE = CatalogueLoader.bundled();

    private static ReportData report(long id, Jurisdiction j, String cases) {
        ReportSummary r = new ReportSummary(id, j, 2022, j.name() + "报告", j.name() + "人民政府", LocalDate.of(2023, 3, 1),
                null, j.name() + ".txt", ReportFormat.TXT, "UTF-8", "s" + id, false, null, "2023-01-01T00:00:00Z", 1, 0, 0);
        String sentence = "全年共办理法律援助案件" + cases + "件。";
        IndicatorValue v = new IndicatorValue("legal_aid.cases", new BigDecimal(cases), "件", Qualifier.EXACT, false,
                Section.RESULTS, new Evidence(0, sentence.length(), sentence, 11, 11 + cases.length()), 1.0, List.of(), List.of());
        return new ReportData(r, List.of(new StoredValue(id * 10, id, v, ReviewStatus.EXTRACTED, null, "2023-01-01T00:00:00Z")));
    }

    @Test
    void perHeadFiguresAreSummedUpByTheirMedian() throws Exception {
        Jurisdiction a = new Jurisdiction("360902", "袁州区", "江西省宜春市袁州区", JurisdictionLevel.DISTRICT, "360900", "江西省", "宜春市");
        Jurisdiction b = new Jurisdiction("360921", "奉新县", "江西省宜春市奉新县", JurisdictionLevel.COUNTY, "360900", "江西省", "宜春市");
        List<ReportData> data = new ArrayList<>(List.of(report(1, a, "100"), report(2, b, "60")));
        List<ReportData> with = PerHead.addValues(data, Set.of("legal_aid.cases"),
                Map.of("360902", Map.of(2022, 1_000_000L), "360921", Map.of(2022, 300_000L)));
        Catalogue c = PerHead.withIndicators(CATALOGUE, with);
        ComparisonTable t = Comparison.build(with, c, PerHead.withPerHeadCodes(new Selection(List.of(2022), List.of(), null,
                null, List.of("legal_aid.cases"), List.of(), null, null), c));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ComparisonWorkbook(t, new ExportOptions("比对", false, null, "", LocalDateTime.of(2026, 12, 1, 9, 0))).write(out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet cities = wb.getSheet("地市汇总");
            Row head = cities.getRow(0);
            int sum = -1;
            int median = -1;
            for (Cell cell : head) {
                if (cell.getStringCellValue().equals("法律援助案件（件，合计）")) {
                    sum = cell.getColumnIndex();
                }
                if (cell.getStringCellValue().equals("每万人法律援助案件（件/万人，中位数）")) {
                    median = cell.getColumnIndex();
                }
            }
            Row yichun = null;
            for (Row r : cities) {
                if (r.getCell(0) != null && "宜春市".equals(r.getCell(0).getStringCellValue())) {
                    yichun = r;
                }
            }
            var ev = wb.getCreationHelper().createFormulaEvaluator();
            assertEquals(160, ev.evaluate(yichun.getCell(sum)).getNumberValue(), 1e-9);
            assertEquals(1.5, ev.evaluate(yichun.getCell(median)).getNumberValue(), 1e-9, "median of 1 and 2 per 10,000");
        }
    }
}

package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.Comparison;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.compare.Light;
import cn.fazhi.workbench.compare.ReportData;
import cn.fazhi.workbench.compare.Review;
import cn.fazhi.workbench.extract.CatalogueLoader;
import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.Indicator;
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
import org.apache.poi.ss.formula.ConditionalFormattingEvaluator;
import org.apache.poi.ss.formula.EvaluationConditionalFormatRule;
import org.apache.poi.ss.formula.WorkbookEvaluatorProvider;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingThreshold;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.fazhi.workbench.export.ComparisonWorkbookTest.columnNamed;
import static cn.fazhi.workbench.export.ComparisonWorkbookTest.rowNamed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every sheet read back with POI: what a person opening the file sees and what follows their edits. */
class WorkbookReadBackTest {
    private static final DataFormatter FMT = new DataFormatter();
    private static final Catalogue CATALOGUE = CatalogueLoader.bundled();
    private long ids = 1;
    private final List<ReportData> data = new ArrayList<>();

    private static Jurisdiction county(String name, String code) {
        return new Jurisdiction(code, name, "湖北省咸宁市" + name, JurisdictionLevel.COUNTY, "421200", "湖北省", "咸宁市");
    }

    /** A report; values as {code, number, status, sentence (or null), note (or null)}. */
    private ReportSummary report(Jurisdiction j, int year, String docNumber, Map<Long, Review> reviews, Object[]... values) {
        long rid = ids++;
        ReportSummary r = new ReportSummary(rid, j, year, j.name() + year + "年度法治政府建设情况报告", j.name() + "人民政府",
                LocalDate.of(year + 1, 3, 1), docNumber, j.name() + year + ".docx", ReportFormat.DOCX, "UTF-8", "s" + rid,
                false, null, "2023-01-01T00:00:00Z", values.length, 0, 0);
        List<StoredValue> list = new ArrayList<>();
        for (Object[] v : values) {
            String code = (String) v[0];
            String number = (String) v[1];
            String sentence = v.length > 3 && v[3] != null ? (String) v[3] : "全年共办理" + number + "件。";
            String figure = v.length > 5 ? (String) v[5] : number; // the figure as the sentence writes it
            int at = Math.max(0, sentence.indexOf(figure));
            IndicatorValue iv = new IndicatorValue(code, new BigDecimal(number), code.contains("rate") ? "%" : "件",
                    Qualifier.EXACT, false, Section.RESULTS, new Evidence(100, 100 + sentence.length(), sentence, 100 + at,
                    100 + at + figure.length()), 1.0, List.of(), List.of());
            list.add(new StoredValue(ids++, rid, iv, v.length > 2 && v[2] != null ? (ReviewStatus) v[2] : ReviewStatus.EXTRACTED,
                    v.length > 4 ? (String) v[4] : null, "2023-05-06T07:08:09Z"));
        }
        data.add(new ReportData(r, list, reviews));
        return r;
    }

    private ComparisonTable table(List<Integer> years, String... indicators) {
        return Comparison.build(data, CATALOGUE, new Selection(years, List.of(), null, null, List.of(indicators), List.of(),
                null, null));
    }

    private static XSSFWorkbook write(ComparisonTable t, boolean transpose) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ComparisonWorkbook(t, new ExportOptions("=2022年度比对", transpose, null, "县司法局法治督察科",
                LocalDateTime.of(2026, 11, 22, 9, 30))).write(out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void statisticsAreFormulasThatEvaluateToTheShownValues() throws Exception {
        report(county("通山县", "421224"), 2022, null, Map.of(), new Object[]{"legal_aid.cases", "100"},
                new Object[]{"mediation.success_rate", "89.6"});
        report(county("崇阳县", "421223"), 2022, null, Map.of(), new Object[]{"legal_aid.cases", "200"},
                new Object[]{"mediation.success_rate", "97"});
        report(county("嘉鱼县", "421221"), 2022, null, Map.of(), new Object[]{"legal_aid.cases", "500"});
        ComparisonTable t = table(List.of(2022), "legal_aid.cases", "mediation.success_rate");
        for (boolean transpose : new boolean[]{false, true}) {
            try (XSSFWorkbook wb = write(t, transpose)) {
                XSSFSheet main = wb.getSheet("比对总表");
                FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
                Map<String, Double> expected = Map.of("中位数", 200.0, "平均值", 800.0 / 3, "最小值", 100.0, "最大值", 500.0, "披露数", 3.0);
                for (var e : expected.entrySet()) {
                    XSSFCell cell = statCell(main, transpose, "法律援助案件", e.getKey());
                    assertEquals(CellType.FORMULA, cell.getCellType(), e.getKey() + " is live");
                    assertTrue(cell.getCellFormula().contains(":"), "over the data range: " + cell.getCellFormula());
                    double cached = cell.getNumericCellValue();
                    assertEquals(e.getValue(), cached, 1e-9, e.getKey() + " as stored");
                    assertEquals(cached, ev.evaluate(cell).getNumberValue(), 1e-9, e.getKey() + " as Excel computes it");
                }
                XSSFCell median = statCell(main, transpose, "调解成功率", "中位数");
                assertEquals(0.933, ev.evaluate(median).getNumberValue(), 1e-9);
                assertEquals("93.3%", FMT.formatCellValue(median, ev));
                XSSFCell mean = statCell(main, transpose, "法律援助案件", "平均值");
                assertEquals("266.7", FMT.formatCellValue(mean, ev));
                assertEquals("200", FMT.formatCellValue(statCell(main, transpose, "法律援助案件", "中位数"), ev), "never '200.'");
                // a number corrected in the sheet changes the statistics
                XSSFCell value = valueCell(main, transpose, "法律援助案件", "嘉鱼县");
                value.setCellValue(50);
                ev.clearAllCachedResultValues();
                assertEquals(100, ev.evaluate(statCell(main, transpose, "法律援助案件", "中位数")).getNumberValue(), 1e-9);
            }
        }
    }

    @Test
    void ratesAreExactFractionsNotNoisyFloats() throws Exception {
        report(county("通山县", "421224"), 2022, null, Map.of(), new Object[]{"mediation.success_rate", "89.6"});
        try (XSSFWorkbook wb = write(table(List.of(2022), "mediation.success_rate"), false)) {
            XSSFCell c = valueCell(wb.getSheet("比对总表"), false, "调解成功率", "通山县");
            assertEquals(0.896, c.getNumericCellValue(), 0.0, "0.896, not 0.8959999999999999");
        }
    }

    @Test
    void noReportNotStatedAndRejectedLookDifferent() throws Exception {
        Jurisdiction a = county("通山县", "421224");
        report(a, 2021, null, Map.of(), new Object[]{"legal_aid.cases", "90"});
        report(county("崇阳县", "421223"), 2022, null, Map.of(),
                new Object[]{"legal_aid.cases", "321", ReviewStatus.REJECTED, null, "报告数字有误"});
        report(county("嘉鱼县", "421221"), 2022, null, Map.of(), new Object[]{"mediation.disputes", "5"});
        report(county("赤壁市", "421281"), 2022, null, Map.of(), new Object[]{"legal_aid.cases", "40"});
        ComparisonTable t = table(List.of(2021, 2022), "legal_aid.cases");
        for (boolean transpose : new boolean[]{false, true}) {
            try (XSSFWorkbook wb = write(t, transpose)) {
                XSSFSheet main = wb.getSheet("比对总表");
                XSSFCell noReport = valueCell(main, transpose, "法律援助案件", "通山县");
                XSSFCell rejected = valueCell(main, transpose, "法律援助案件", "崇阳县");
                XSSFCell notStated = valueCell(main, transpose, "法律援助案件", "嘉鱼县");
                assertEquals("无报告", noReport.getStringCellValue());
                assertEquals("已剔除", rejected.getStringCellValue());
                assertEquals("未披露", notStated.getStringCellValue());
                Set<String> looks = new HashSet<>();
                for (XSSFCell c : List.of(noReport, rejected, notStated)) {
                    looks.add(c.getCellStyle().getFillForegroundColorColor() + "|" + c.getCellStyle().getFont().getXSSFColor()
                            + "|" + c.getCellStyle().getFont().getItalic());
                }
                assertEquals(3, looks.size(), "three looks: " + looks);
                assertEquals(1.0, statCell(main, transpose, "法律援助案件", "披露数").getNumericCellValue(), 0.0,
                        "none of the three counts");
            }
        }
        try (XSSFWorkbook wb = write(t, false)) {
            String notes = text(wb.getSheet("说明"));
            assertTrue(notes.contains("无报告") && notes.contains("已剔除") && notes.contains("未披露"), "说明 explains the three");
            Row tongshan = rowNamed(wb.getSheet("报告情况"), 1, "通山县");
            assertTrue(FMT.formatCellValue(tongshan.getCell(4)).contains("无报告"), "not '（无标题）'");
            assertEquals("", FMT.formatCellValue(tongshan.getCell(10)), "no 0/13 for a report that does not exist");
            assertEquals("无报告", FMT.formatCellValue(tongshan.getCell(9)));
            assertNotNull(wb.getSheet("未报送"));
            assertEquals("通山县", FMT.formatCellValue(wb.getSheet("未报送").getRow(1).getCell(1)));
            Row ev = rowNamed(wb.getSheet("佐证"), 1, "崇阳县");
            assertEquals("已剔除", FMT.formatCellValue(ev.getCell(4)));
            assertEquals("321 件", FMT.formatCellValue(ev.getCell(9)), "the rejected figure");
            assertEquals("报告数字有误", FMT.formatCellValue(ev.getCell(10)));
        }
    }

    /**
     * The light Excel shows for a value under the icon set as written (thresholds, ≥ or &gt;, reversed),
     * which must be the engine's light — the one 说明 describes — at and around every boundary.
     */
    @ParameterizedTest
    @ValueSource(strings = {"litigation.loss_rate", "mediation.success_rate", "litigation.head_appearance_rate"})
    void iconSetLightsAgreeWithTheEngineAtEveryBoundary(String code) throws Exception {
        Indicator ind = CATALOGUE.find(code).orElseThrow();
        double green = ind.thresholds().green();
        double red = ind.thresholds().red();
        List<String> values = new ArrayList<>();
        for (double b : new double[]{green, red}) {
            for (double d : new double[]{-0.1, 0, 0.1}) {
                values.add(BigDecimal.valueOf(b + d).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString());
            }
        }
        int k = 0;
        for (String v : values) {
            report(county("县" + k, "4212" + (10 + k)), 2022, null, Map.of(), new Object[]{code, v});
            k++;
        }
        ComparisonTable t = table(List.of(2022), code);
        try (XSSFWorkbook wb = write(t, false)) {
            XSSFSheet main = wb.getSheet("比对总表");
            XSSFConditionalFormattingRule rule = (XSSFConditionalFormattingRule) ComparisonWorkbookTest.iconRule(main);
            var icons = rule.getMultiStateFormatting();
            Row row = rowNamed(main, ind.nameZh());
            for (int j = 0; j < t.jurisdictions().size(); j++) {
                XSSFCell c = (XSSFCell) row.getCell(columnNamed(main, t.jurisdictions().get(j).name()));
                double x = c.getNumericCellValue();
                int passed = 0;
                for (int n = 1; n <= 2; n++) {
                    XSSFConditionalFormattingThreshold th = (XSSFConditionalFormattingThreshold) icons.getThresholds()[n];
                    if (th.isGte() ? x >= th.getValue() : x > th.getValue()) {
                        passed = n;
                    }
                }
                // GYR_3_TRAFFIC_LIGHTS from low to high: red, yellow, green; reversed: green, yellow, red
                Light shown = icons.isReversed() ? new Light[]{Light.GREEN, Light.YELLOW, Light.RED}[passed]
                        : new Light[]{Light.RED, Light.YELLOW, Light.GREEN}[passed];
                assertEquals(t.cell(j, 0).light(), shown, code + " at " + FMT.formatCellValue(c));
            }
        }
    }

    @Test
    void bestAndWorstAreConditionalFormatsThatNeverUseTheLightsColours() throws Exception {
        report(county("通山县", "421224"), 2022, null, Map.of(), new Object[]{"litigation.loss_rate", "10"});
        report(county("崇阳县", "421223"), 2022, null, Map.of(), new Object[]{"litigation.loss_rate", "20"});
        report(county("嘉鱼县", "421221"), 2022, null, Map.of(), new Object[]{"litigation.loss_rate", "15"});
        ComparisonTable t = table(List.of(2022), "litigation.loss_rate");
        try (XSSFWorkbook wb = write(t, false)) {
            XSSFSheet main = wb.getSheet("比对总表");
            var cfe = new ConditionalFormattingEvaluator(wb, (WorkbookEvaluatorProvider) wb.getCreationHelper().createFormulaEvaluator());
            XSSFCell best = valueCell(main, false, "行政诉讼败诉率", "通山县");
            XSSFCell worst = valueCell(main, false, "行政诉讼败诉率", "崇阳县");
            XSSFCell middle = valueCell(main, false, "行政诉讼败诉率", "嘉鱼县");
            for (int k = 0; k < main.getSheetConditionalFormatting().getNumConditionalFormattings(); k++) {
                String f = main.getSheetConditionalFormatting().getConditionalFormattingAt(k).getRule(0).getFormula1();
                if (f != null) {
                    assertTrue(f.matches(".*MAX\\(\\$C\\d+:\\$E\\d+\\).*"), "the whole row, columns fixed: " + f);
                }
            }
            assertEquals(List.of("best"), fills(cfe, best), "lower is better: 10% is best");
            assertEquals(List.of("worst"), fills(cfe, worst));
            assertEquals(List.of(), fills(cfe, middle));
            worst.setCellValue(0.05); // corrected in Excel: the best moves
            cfe.clearAllCachedValues();
            wb.getCreationHelper().createFormulaEvaluator().clearAllCachedResultValues();
            var cfe2 = new ConditionalFormattingEvaluator(wb, (WorkbookEvaluatorProvider) wb.getCreationHelper().createFormulaEvaluator());
            assertEquals(List.of("best"), fills(cfe2, worst));
            assertEquals(List.of("worst"), fills(cfe2, middle));
        }
    }

    private static List<String> fills(ConditionalFormattingEvaluator cfe, XSSFCell c) {
        List<String> out = new ArrayList<>();
        for (EvaluationConditionalFormatRule r : cfe.getConditionalFormattingForCell(new CellReference(c))) {
            var p = r.getRule().getPatternFormatting();
            if (p == null) {
                continue;
            }
            byte[] rgb = ((org.apache.poi.xssf.usermodel.XSSFColor) p.getFillBackgroundColorColor()).getRGB();
            assertFalse(rgb[1] > rgb[0] + 0x30 && rgb[1] > rgb[2] + 0x30, "never green");
            out.add(java.util.Arrays.equals(rgb, Highlights.BEST_FILL) ? "best" : "worst");
        }
        return out;
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        report(county("通山县", "421224"), 2022, null, Map.of(),
                new Object[]{"legal_aid.cases", "285", ReviewStatus.CORRECTED, "=HYPERLINK(\"http://x\",\"285\")办理285件", "+1 核对"});
        report(county("崇阳县", "421223"), 2022, null, Map.of(),
                new Object[]{"legal_aid.cases", "7", null, "-7件@全年", "@SUM(A1)"});
        try (XSSFWorkbook wb = write(table(List.of(2022), "legal_aid.cases"), false)) {
            int risky = 0;
            for (Sheet sh : wb) {
                for (Row r : sh) {
                    for (var c : r) {
                        if (c.getCellType() == CellType.FORMULA) {
                            assertTrue(c.getCellFormula().matches("(IF\\(COUNT|COUNT|MEDIAN|AVERAGE|MIN|MAX).*"),
                                    "only our statistics are formulas: " + c.getCellFormula());
                        }
                        if (c.getCellType() == CellType.STRING && SafeText.risky(c.getStringCellValue())) {
                            risky++;
                            assertTrue(c.getCellStyle().getQuotePrefixed(), sh.getSheetName() + "!" + c.getAddress()
                                    + " '" + c.getStringCellValue() + "' has the quote prefix");
                        }
                    }
                }
            }
            assertTrue(risky >= 5, "title, sentences and notes were checked: " + risky);
        }
    }

    @Test
    void aSentenceLongerThanACellIsClippedWithAMarkerAndContinued() throws Exception {
        StringBuilder b = new StringBuilder("全年共办理法律援助案件285件，");
        while (b.length() < 70_000) {
            b.append("其中为农民工、残疾人、老年人等群体提供法律援助服务，");
        }
        String sentence = b.append("群众满意。").toString();
        report(county("通山县", "421224"), 2022, null, Map.of(), new Object[]{"legal_aid.cases", "285", null, sentence});
        try (XSSFWorkbook wb = write(table(List.of(2022), "legal_aid.cases"), false)) {
            Sheet ev = wb.getSheet("佐证");
            Row row = ev.getRow(1);
            String first = row.getCell(EvidenceSheet.SENTENCE).getStringCellValue();
            assertTrue(first.length() <= SafeText.MAX_CELL);
            assertTrue(first.endsWith(SafeText.CONTINUED), "a visible marker");
            StringBuilder whole = new StringBuilder(first.substring(0, first.length() - SafeText.CONTINUED.length()));
            int col = EvidenceSheet.HEAD.length;
            assertTrue(FMT.formatCellValue(ev.getRow(0).getCell(col)).startsWith("原文（续"));
            while (row.getCell(col) != null && !row.getCell(col).getStringCellValue().isEmpty()) {
                assertTrue(row.getCell(col).getStringCellValue().length() <= SafeText.MAX_CELL);
                whole.append(row.getCell(col++).getStringCellValue());
            }
            assertEquals(sentence, whole.toString(), "the full sentence is reachable");
        }
        assertEquals(SafeText.MAX_CELL, SafeText.clip("字".repeat(40_000)).length());
        assertTrue(SafeText.clip("字".repeat(40_000)).endsWith(SafeText.CLIPPED));
    }

    @Test
    void evidenceRowsCarryReviewSourceAndTheMarkedFigureAndTheMainSheetLinksToThem() throws Exception {
        Map<Long, Review> reviews = new HashMap<>();
        long valueId = ids + 1; // the first value of the next report
        reviews.put(valueId, new Review("zhangsan", "2023-05-06T07:08:09Z", "correct", "321 件"));
        report(county("通山县", "421224"), 2022, "通政发〔2023〕5号", reviews,
                new Object[]{"legal_aid.cases", "330", ReviewStatus.CORRECTED, "全年共办理法律援助案件321件。", "原件为330件", "321"});
        report(county("崇阳县", "421223"), 2022, null, Map.of(), new Object[]{"legal_aid.cases", "200"});
        ComparisonTable t = table(List.of(2022), "legal_aid.cases");
        try (XSSFWorkbook wb = write(t, false)) {
            Sheet ev = wb.getSheet("佐证");
            Row row = rowNamed(ev, 1, "通山县");
            Map<String, String> byHead = new HashMap<>();
            for (var c : ev.getRow(0)) {
                byHead.put(FMT.formatCellValue(c), FMT.formatCellValue(row.getCell(c.getColumnIndex())));
            }
            assertEquals("330", byHead.get("数值"));
            assertEquals("321 件", byHead.get("原提取值"));
            assertEquals("原件为330件", byHead.get("审核意见"));
            assertEquals("zhangsan", byHead.get("审核人"));
            assertEquals("2023-05-06 07:08:09 UTC", byHead.get("审核时间"));
            assertEquals("已更正", byHead.get("审核状态"));
            assertEquals("通山县2022.docx", byHead.get("来源文件"));
            assertEquals("通政发〔2023〕5号", byHead.get("文号"));
            assertEquals("321", byHead.get("原文中的数字"));
            XSSFRichTextString rich = (XSSFRichTextString) row.getCell(EvidenceSheet.SENTENCE).getRichStringCellValue();
            assertTrue(rich.numFormattingRuns() >= 2, "the figure is a run of its own");
            int at = rich.getString().indexOf("321");
            boolean red = false;
            for (int k = 0; k < rich.numFormattingRuns(); k++) {
                if (rich.getIndexOfFormattingRun(k) == at) {
                    var f = rich.getFontOfFormattingRun(k);
                    red = f != null && f.getBold() && f.getColor() == org.apache.poi.ss.usermodel.IndexedColors.RED.getIndex();
                }
            }
            assertTrue(red, "321 is bold red in its sentence");

            Sheet main = wb.getSheet("比对总表");
            XSSFCell cell = valueCell(main, false, "法律援助案件", "通山县");
            assertNotNull(cell.getHyperlink(), "a link to the evidence");
            String address = cell.getHyperlink().getAddress();
            assertTrue(address.startsWith("'佐证'!A"), address);
            int target = Integer.parseInt(address.substring(address.indexOf("!A") + 2)) - 1;
            assertEquals("通山县", FMT.formatCellValue(ev.getRow(target).getCell(1)));
            assertEquals("法律援助案件", FMT.formatCellValue(ev.getRow(target).getCell(3)));
        }
    }

    @Test
    void notesRankingAndPropertiesSayTheTruth() throws Exception {
        report(county("通山县", "421224"), 2021, null, Map.of(), new Object[]{"mediation.success_rate", "90"});
        report(county("通山县", "421224"), 2022, null, Map.of(), new Object[]{"mediation.success_rate", "98"},
                new Object[]{"mediation.disputes", "10"});
        report(county("崇阳县", "421223"), 2022, null, Map.of(), new Object[]{"mediation.success_rate", "98"},
                new Object[]{"mediation.disputes", "20"});
        report(county("嘉鱼县", "421221"), 2022, null, Map.of(), new Object[]{"mediation.success_rate", "90"});
        report(county("赤壁市", "421281"), 2022, null, Map.of(), new Object[]{"mediation.disputes", "30"});
        ComparisonTable t = table(List.of(2021, 2022), "mediation.success_rate", "mediation.disputes");
        try (XSSFWorkbook wb = write(t, false)) {
            assertEquals("摘要", wb.getSheetName(0), "a one-page summary first");
            assertEquals("县司法局法治督察科", wb.getProperties().getCoreProperties().getCreator(), "not 'Apache POI'");
            Sheet notes = wb.getSheet("说明");
            assertEquals("2022年（同比：2021、2022年）", FMT.formatCellValue(rowNamed(notes, "比较年度").getCell(1)));
            assertEquals(CellType.NUMERIC, rowNamed(notes, "地区数").getCell(1).getCellType());
            assertEquals(4, rowNamed(notes, "地区数").getCell(1).getNumericCellValue());
            assertEquals(CellType.NUMERIC, rowNamed(notes, "指标数").getCell(1).getCellType());
            for (Row r : notes) {
                var c = r.getCell(1);
                if (c != null && c.getCellStyle().getWrapText() && c.getStringCellValue().length() > 60) {
                    assertTrue(r.getHeight() > notes.getDefaultRowHeight(), "row " + r.getRowNum() + " is as high as its lines");
                }
            }
            Sheet rank = wb.getSheet("排名");
            List<String> ranks = new ArrayList<>();
            for (Row r : rank) {
                if (r.getRowNum() > 0 && r.getCell(1) != null) {
                    ranks.add(FMT.formatCellValue(r.getCell(1)) + " " + FMT.formatCellValue(r.getCell(2)) + " "
                            + FMT.formatCellValue(r.getCell(3)));
                }
            }
            assertEquals(List.of("调解成功率（越高越好） 1 崇阳县", "调解成功率（越高越好） 1 通山县", "调解成功率（越高越好） 3 嘉鱼县"), ranks,
                    "ties 1, 1, 3; only stated values; 调解矛盾纠纷 has no direction and no ranks");
            assertNotNull(rank.getRepeatingRows(), "the header row on every page");
            assertNotNull(((XSSFSheet) rank).getCTWorksheet().getAutoFilter(), "filterable");
            // last year's value beside this year's
            Sheet main = wb.getSheet("比对总表");
            Row rate = rowNamed(main, "调解成功率");
            Row previous = main.getRow(rate.getRowNum() + 1);
            assertEquals("　2021年", FMT.formatCellValue(previous.getCell(0)));
            assertEquals("90.0%", FMT.formatCellValue(previous.getCell(columnNamed(main, "通山县"))));
            assertEquals("无报告", FMT.formatCellValue(previous.getCell(columnNamed(main, "崇阳县"))));
            for (String name : List.of("佐证", "排名", "报告情况")) {
                XSSFSheet sh = wb.getSheet(name);
                assertNotNull(sh.getCTWorksheet().getAutoFilter(), name + " has an autofilter");
                assertTrue(sh.getPaneInformation() != null && sh.getPaneInformation().isFreezePane(), name + " frozen");
                assertEquals("序号", FMT.formatCellValue(sh.getRow(0).getCell(0)));
            }
        }
    }

    @Test
    void citySubtotalsAreFormulasOverTheMainSheet() throws Exception {
        Jurisdiction a = new Jurisdiction("360902", "袁州区", "江西省宜春市袁州区", JurisdictionLevel.DISTRICT, "360900", "江西省", "宜春市");
        Jurisdiction b = new Jurisdiction("360921", "奉新县", "江西省宜春市奉新县", JurisdictionLevel.COUNTY, "360900", "江西省", "宜春市");
        Jurisdiction c = new Jurisdiction("360900", "宜春市", "江西省宜春市", JurisdictionLevel.CITY, "360000", "江西省", "宜春市");
        Jurisdiction d = new Jurisdiction("360102", "东湖区", "江西省南昌市东湖区", JurisdictionLevel.DISTRICT, "360100", "江西省", "南昌市");
        report(a, 2022, null, Map.of(), new Object[]{"legal_aid.cases", "100"}, new Object[]{"mediation.success_rate", "90"});
        report(b, 2022, null, Map.of(), new Object[]{"legal_aid.cases", "50"}, new Object[]{"mediation.success_rate", "96"});
        report(c, 2022, null, Map.of(), new Object[]{"legal_aid.cases", "1000"});
        report(d, 2022, null, Map.of(), new Object[]{"legal_aid.cases", "7"});
        ComparisonTable t = table(List.of(2022), "legal_aid.cases", "mediation.success_rate");
        for (boolean transpose : new boolean[]{false, true}) {
            try (XSSFWorkbook wb = write(t, transpose)) {
                Sheet cities = wb.getSheet("地市汇总");
                assertNotNull(cities);
                FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
                int cases = columnNamed(cities, "法律援助案件（件，合计）");
                int rate = columnNamed(cities, "调解成功率（%，中位数）");
                Row yichun = rowNamed(cities, "宜春市");
                assertEquals(150, ev.evaluate(yichun.getCell(cases)).getNumberValue(), 1e-9, "the city's own 1000 is not added");
                assertEquals(150, yichun.getCell(cases).getNumericCellValue(), 1e-9);
                assertEquals(0.93, ev.evaluate(yichun.getCell(rate)).getNumberValue(), 1e-9, "median of rates");
                Row province = rowNamed(cities, "江西省合计");
                assertEquals(157, ev.evaluate(province.getCell(cases)).getNumberValue(), 1e-9);
                assertEquals("—", FMT.formatCellValue(rowNamed(cities, "南昌市").getCell(rate), ev), "nobody stated it: not 0");
            }
        }
    }

    @Test
    void a3IsOffered() throws Exception {
        report(county("通山县", "421224"), 2022, null, Map.of(), new Object[]{"legal_aid.cases", "1"});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ComparisonWorkbook(table(List.of(2022)), new ExportOptions("t", false, null, "", LocalDateTime.now(), true)).write(out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Sheet sh : wb) {
                assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A3_PAPERSIZE, sh.getPrintSetup().getPaperSize(), sh.getSheetName());
            }
        }
    }

    @Test
    void wideTablesPrintOverSeveralPagesAtFullSizeWithTheirNamesRepeated() throws Exception {
        for (int k = 0; k < 60; k++) {
            report(county("测试县" + k, "4299" + (10 + k)), 2022, null, Map.of(), new Object[]{"legal_aid.cases", String.valueOf(k)});
        }
        try (XSSFWorkbook wb = write(table(List.of(2022)), false)) {
            XSSFSheet main = wb.getSheet("比对总表");
            assertEquals(100, main.getPrintSetup().getScale(), "not shrunk to one page wide");
            assertFalse(main.getFitToPage());
            assertEquals("A:B", main.getRepeatingColumns().formatAsString().replace("$", ""));
            assertTrue(main.getRowBreaks().length > 0, "page breaks between areas");
        }
    }

    private static XSSFCell statCell(Sheet main, boolean transpose, String indicator, String stat) {
        if (transpose) {
            int col = columnNamed(main, 1, indicator + "（" + (indicator.endsWith("率") ? "%" : "件") + "）");
            return (XSSFCell) rowNamed(main, 1, stat).getCell(col);
        }
        return (XSSFCell) rowNamed(main, indicator).getCell(columnNamed(main, stat));
    }

    private static XSSFCell valueCell(Sheet main, boolean transpose, String indicator, String jurisdiction) {
        if (transpose) {
            int col = columnNamed(main, 1, indicator + "（" + (indicator.endsWith("率") ? "%" : "件") + "）");
            return (XSSFCell) rowNamed(main, 1, jurisdiction).getCell(col);
        }
        return (XSSFCell) rowNamed(main, indicator).getCell(columnNamed(main, jurisdiction));
    }

    private static String text(Sheet sh) {
        StringBuilder b = new StringBuilder();
        sh.forEach(r -> r.forEach(c -> b.append(FMT.formatCellValue(c)).append('\n')));
        return b.toString();
    }

}

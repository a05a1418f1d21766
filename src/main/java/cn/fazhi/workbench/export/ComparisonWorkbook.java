package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.scorecard.Scorecard;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The comparison as a workbook for a meeting: 摘要, 比对总表, 排名, 同比 (when several years are
 * selected), 报告情况, 未报送 (when some have no report), 佐证, 说明 and 图表; one writer class per sheet.
 * Numbers are numbers; markers and units live in number formats; statistics are formulas, traffic lights
 * and best/worst conditional formats, so they follow edits. Data sheets are streamed (SXSSF), so memory
 * stays flat for thousands of jurisdictions.
 */
public final class ComparisonWorkbook implements Exporter {
    static final List<String> ORDER = List.of(Labels.SHEET_SUMMARY, Labels.SHEET_MAIN, Labels.SHEET_CITIES, Labels.SHEET_RANK, Labels.SHEET_YOY,
            Labels.SHEET_REPORTS, Labels.SHEET_SCORECARD, Labels.SHEET_NOT_REPORTED, Labels.SHEET_EVIDENCE, Labels.SHEET_NOTES, Labels.SHEET_CHART);

    private final ComparisonTable t;
    private final ExportOptions options;
    private Scorecard scorecard;

    public ComparisonWorkbook(ComparisonTable table, ExportOptions options) {
        this.t = table;
        this.options = options;
    }

    /** Adds the sheet 报告评分 with the report-compliance scorecard of the same year. */
    public ComparisonWorkbook withScorecard(Scorecard card) {
        this.scorecard = card;
        return this;
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void write(OutputStream out) throws IOException {
        XSSFWorkbook template = new XSSFWorkbook();
        var props = template.getProperties().getCoreProperties();
        props.setCreator(options.author().isBlank() ? "法治年报比对工作台" : options.author());
        props.setTitle(options.title());
        template.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("法治年报比对工作台");
        Styles styles = new Styles(template);
        Charts.barChart(template.createSheet(Labels.SHEET_CHART), t, options, styles);
        Notes.write(kit(template.createSheet(Labels.SHEET_NOTES), styles), t);
        EvidenceIndex evidence = new EvidenceIndex(t);
        // The figure is marked in red in its sentence with rich text, which SXSSF writes only through the
        // shared strings table; that table stays in memory, so large workbooks go without (the figure has
        // its own column anyway).
        boolean rich = evidence.count() <= EvidenceSheet.RICH_TEXT_LIMIT;
        SXSSFWorkbook wb = new SXSSFWorkbook(template, 200, false, rich);
        try {
            new SummarySheet(t, kit(wb.createSheet(Labels.SHEET_SUMMARY), styles)).write();
            SheetKit main = kit(wb.createSheet(Labels.SHEET_MAIN), styles);
            MainLayout layout = options.transpose() ? new MainSheetTransposed(t, main, evidence).write()
                    : new MainSheet(t, main, evidence).write();
            if (CitySheet.needed(t)) {
                new CitySheet(t, kit(wb.createSheet(Labels.SHEET_CITIES), styles), layout).write();
            }
            new RankSheet(t, kit(wb.createSheet(Labels.SHEET_RANK), styles)).write();
            if (t.selection().years().size() > 1) {
                new YoySheet(t, kit(wb.createSheet(Labels.SHEET_YOY), styles), evidence).write();
            }
            new ReportsSheet(t, kit(wb.createSheet(Labels.SHEET_REPORTS), styles)).write();
            if (scorecard != null) {
                new ScorecardSheet(scorecard, kit(wb.createSheet(Labels.SHEET_SCORECARD), styles), t.indicators().stream().collect(java.util.stream.Collectors.toMap(i -> i.code(), i -> i.nameZh(), (a, b) -> a))).write();
            }
            if (NotReportedSheet.needed(t)) {
                new NotReportedSheet(t, kit(wb.createSheet(Labels.SHEET_NOT_REPORTED), styles)).write();
            }
            new EvidenceSheet(t, kit(wb.createSheet(Labels.SHEET_EVIDENCE), styles), evidence, rich).write();
            order(wb);
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private SheetKit kit(org.apache.poi.ss.usermodel.Sheet sh, Styles styles) {
        return new SheetKit(sh, styles, options);
    }

    private static void order(Workbook wb) {
        int pos = 0;
        for (String name : ORDER) {
            if (wb.getSheet(name) != null) {
                wb.setSheetOrder(name, pos++);
            }
        }
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
    }
}

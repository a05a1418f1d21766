package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.compare.IndicatorStats;
import cn.fazhi.workbench.compare.JurisdictionProfile;
import cn.fazhi.workbench.model.Direction;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;
import cn.fazhi.workbench.model.Jurisdiction;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.IconMultiStateFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison as a workbook for a meeting: 比对总表, 排名, 同比 (when several years are selected),
 * 报告情况, 佐证, 说明, and 图表 with a native bar chart. Numbers are numbers; markers and units live in
 * number formats; traffic lights are Excel icon sets, so they follow edits. Data sheets are streamed
 * (SXSSF), so memory stays flat for thousands of jurisdictions.
 */
public final class ComparisonWorkbook {
    private static final int MAX_WIDTH_CHARS = 60;

    private final ComparisonTable t;
    private final ExportOptions options;
    private final Map<Sheet, int[]> widths = new java.util.IdentityHashMap<>();
    private Styles styles;

    public ComparisonWorkbook(ComparisonTable table, ExportOptions options) {
        this.t = table;
        this.options = options;
    }

    public void write(OutputStream out) throws IOException {
        XSSFWorkbook template = new XSSFWorkbook();
        styles = new Styles(template);
        Charts.barChart(template.createSheet(Labels.SHEET_CHART), t, options, styles);
        Notes.write(template.createSheet(Labels.SHEET_NOTES), t, options, styles);
        SXSSFWorkbook wb = new SXSSFWorkbook(template, 200);
        try {
            mainSheet(wb.createSheet(Labels.SHEET_MAIN));
            rankSheet(wb.createSheet(Labels.SHEET_RANK));
            if (t.selection().years().size() > 1) {
                yoySheet(wb.createSheet(Labels.SHEET_YOY));
            }
            reportsSheet(wb.createSheet(Labels.SHEET_REPORTS));
            evidenceSheet(wb.createSheet(Labels.SHEET_EVIDENCE));
            int pos = 0;
            for (String name : List.of(Labels.SHEET_MAIN, Labels.SHEET_RANK, Labels.SHEET_YOY, Labels.SHEET_REPORTS,
                    Labels.SHEET_EVIDENCE, Labels.SHEET_NOTES, Labels.SHEET_CHART)) {
                if (wb.getSheet(name) != null) {
                    wb.setSheetOrder(name, pos++);
                }
            }
            wb.setActiveSheet(0);
            wb.setSelectedTab(0);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    // ---- 比对总表 --------------------------------------------------------------------------------------

    private void mainSheet(Sheet sh) {
        if (options.transpose()) {
            mainSheetTransposed(sh);
        } else {
            mainSheetByIndicator(sh);
        }
    }

    /** Indicators as rows, grouped by area; jurisdictions as columns; statistics at the right. */
    private void mainSheetByIndicator(Sheet sh) {
        List<String> names = columnNames();
        int first = 2;
        int statsCol = first + names.size();
        Row h = sh.createRow(0);
        h.setHeightInPoints(30);
        text(sh, h, 0, "指标", styles.header);
        text(sh, h, 1, "单位", styles.header);
        for (int j = 0; j < names.size(); j++) {
            text(sh, h, first + j, names.get(j), styles.header);
        }
        String[] statNames = {"中位数", "平均值", "最小值", "最大值", "披露数"};
        for (int k = 0; k < statNames.length; k++) {
            text(sh, h, statsCol + k, statNames[k], styles.header);
        }
        int r = 1;
        String group = null;
        SheetConditionalFormatting cf = sh.getSheetConditionalFormatting();
        for (int i = 0; i < t.indicators().size(); i++) {
            Indicator ind = t.indicators().get(i);
            if (!ind.group().equals(group)) {
                group = ind.group();
                Row g = sh.createRow(r);
                text(sh, g, 0, t.groupNames().getOrDefault(group, group), styles.group);
                for (int c = 1; c < statsCol + statNames.length; c++) {
                    g.createCell(c).setCellStyle(styles.group);
                }
                sh.addMergedRegion(new CellRangeAddress(r, r, 0, statsCol + statNames.length - 1));
                r++;
            }
            Row row = sh.createRow(r);
            text(sh, row, 0, ind.nameZh(), styles.text);
            text(sh, row, 1, ind.unit(), styles.text);
            for (int j = 0; j < t.jurisdictions().size(); j++) {
                valueCell(sh, row, first + j, t.cell(j, i), ind);
            }
            IndicatorStats st = t.stats().get(i);
            statCell(sh, row, statsCol, st.median(), ind);
            statCell(sh, row, statsCol + 1, st.mean(), ind);
            statCell(sh, row, statsCol + 2, st.min(), ind);
            statCell(sh, row, statsCol + 3, st.max(), ind);
            number(sh, row, statsCol + 4, BigDecimal.valueOf(st.count()), styles.integer);
            trafficLights(cf, ind, new CellRangeAddress(r, r, first, first + names.size() - 1));
            r++;
        }
        legend(sh, r + 1, 0);
        sh.createFreezePane(2, 1);
        finish(sh);
    }

    /** Jurisdictions as rows, indicators as columns. */
    private void mainSheetTransposed(Sheet sh) {
        List<String> names = columnNames();
        Row h = sh.createRow(0);
        h.setHeightInPoints(45);
        text(sh, h, 0, "地区", styles.header);
        text(sh, h, 1, "级别", styles.header);
        for (int i = 0; i < t.indicators().size(); i++) {
            Indicator ind = t.indicators().get(i);
            text(sh, h, 2 + i, ind.nameZh() + "（" + ind.unit() + "）", styles.header);
        }
        for (int j = 0; j < t.jurisdictions().size(); j++) {
            Row row = sh.createRow(1 + j);
            text(sh, row, 0, names.get(j), styles.text);
            text(sh, row, 1, Labels.level(t.jurisdictions().get(j).level()), styles.text);
            for (int i = 0; i < t.indicators().size(); i++) {
                valueCell(sh, row, 2 + i, t.cell(j, i), t.indicators().get(i));
            }
        }
        SheetConditionalFormatting cf = sh.getSheetConditionalFormatting();
        for (int i = 0; i < t.indicators().size(); i++) {
            trafficLights(cf, t.indicators().get(i), new CellRangeAddress(1, t.jurisdictions().size(), 2 + i, 2 + i));
        }
        legend(sh, t.jurisdictions().size() + 2, 0);
        sh.createFreezePane(1, 1);
        finish(sh);
    }

    private void valueCell(Sheet sh, Row row, int col, Cell c, Indicator ind) {
        if (c.missing()) {
            text(sh, row, col, Labels.NOT_DISCLOSED, styles.missing);
            return;
        }
        Styles.Emphasis e = c.best() ? Styles.Emphasis.BEST : c.worst() ? Styles.Emphasis.WORST : Styles.Emphasis.NORMAL;
        boolean fractional = c.value().stripTrailingZeros().scale() > 0;
        CellStyle style = styles.number(ind.kind(), c.marker(), e, c.derived(), fractional);
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(col);
        cell.setCellValue(excelValue(c.value(), ind));
        cell.setCellStyle(style);
        width(sh, col, c.marker().length() + formattedLength(c.value(), ind) + 2);
    }

    private void statCell(Sheet sh, Row row, int col, BigDecimal v, Indicator ind) {
        if (v == null) {
            text(sh, row, col, "—", styles.missing);
            return;
        }
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(col);
        cell.setCellValue(excelValue(v, ind));
        cell.setCellStyle(styles.plain(ind.kind() == IndicatorKind.RATE ? "0.0%" : "#,##0.#"));
        width(sh, col, v.toPlainString().length() + 4);
    }

    /** Rates go to Excel as fractions (98.8 % is 0.988) so that percentage formats and formulas work. */
    static double excelValue(BigDecimal v, Indicator ind) {
        return ind.kind() == IndicatorKind.RATE ? v.doubleValue() / 100.0 : v.doubleValue();
    }

    /** Green/yellow/red traffic lights from the catalogue's thresholds, as an Excel icon set. */
    private static void trafficLights(SheetConditionalFormatting cf, Indicator ind, CellRangeAddress range) {
        Indicator.Thresholds th = ind.thresholds();
        if (th == null || th.green() == null || th.red() == null || ind.direction() == Direction.NEUTRAL
                || range.getLastColumn() < range.getFirstColumn()) {
            return;
        }
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(IconMultiStateFormatting.IconSet.GYR_3_TRAFFIC_LIGHTS);
        IconMultiStateFormatting im = rule.getMultiStateFormatting();
        boolean higher = ind.direction() == Direction.HIGHER_BETTER;
        im.setReversed(!higher);
        im.getThresholds()[0].setRangeType(RangeType.MIN);
        im.getThresholds()[1].setRangeType(RangeType.NUMBER);
        double scale = ind.kind() == IndicatorKind.RATE ? 100.0 : 1.0; // rates are fractions in the sheet
        im.getThresholds()[1].setValue((higher ? th.red() : th.green()) / scale);
        im.getThresholds()[2].setRangeType(RangeType.NUMBER);
        im.getThresholds()[2].setValue((higher ? th.green() : th.red()) / scale);
        cf.addConditionalFormatting(new CellRangeAddress[]{range}, rule);
    }

    private void legend(Sheet sh, int r, int col) {
        String[] lines = {
                "说明：“未披露”指报告未写明该项数字（不是零）；“≥”表示报告写“余/多/以上”，“约”表示约数；斜体为由其他数字推算所得。",
                "绿色底纹为该项最好，红色底纹为最差（按指标方向）；红黄绿灯按指标库阈值标示。每个数字的原文出处见“佐证”表。"};
        for (String line : lines) {
            Row row = sh.createRow(r++);
            row.createCell(col).setCellValue(line);
        }
    }

    // ---- 排名 ----------------------------------------------------------------------------------------

    private void rankSheet(Sheet sh) {
        int r = 0;
        List<String> names = columnNames();
        for (int i = 0; i < t.indicators().size(); i++) {
            Indicator ind = t.indicators().get(i);
            Row title = sh.createRow(r++);
            text(sh, title, 0, ind.nameZh() + "（" + ind.unit() + "，" + Labels.direction(ind.direction()) + "）", styles.group);
            for (int c = 1; c < 5; c++) {
                title.createCell(c).setCellStyle(styles.group);
            }
            sh.addMergedRegion(new CellRangeAddress(r - 1, r - 1, 0, 4));
            Row h = sh.createRow(r++);
            String[] head = {"名次", "地区", "数值", "说明", "与中位数之差"};
            for (int k = 0; k < head.length; k++) {
                text(sh, h, k, head[k], styles.header);
            }
            List<Integer> order = new ArrayList<>();
            for (int j = 0; j < t.jurisdictions().size(); j++) {
                order.add(j);
            }
            final int fi = i;
            order.sort(Comparator.comparing((Integer j) -> t.cell(j, fi).rank() == null ? Integer.MAX_VALUE : t.cell(j, fi).rank())
                    .thenComparing(names::get));
            for (int j : order) {
                Cell c = t.cell(j, i);
                Row row = sh.createRow(r++);
                if (c.rank() == null) {
                    text(sh, row, 0, "—", styles.missing);
                } else {
                    number(sh, row, 0, BigDecimal.valueOf(c.rank()), styles.integer);
                }
                text(sh, row, 1, names.get(j), styles.text);
                valueCell(sh, row, 2, c, ind);
                List<String> notes = new ArrayList<>();
                if (c.qualifiedRank()) {
                    notes.add("约数，名次仅供参考");
                }
                if (c.derived()) {
                    notes.add("推算");
                }
                text(sh, row, 3, String.join("；", notes), styles.text);
                if (c.distanceFromMedian() == null) {
                    text(sh, row, 4, "—", styles.missing);
                } else {
                    number(sh, row, 4, c.distanceFromMedian(),
                            styles.plain(ind.kind() == IndicatorKind.RATE ? "+0.0\"个百分点\";-0.0\"个百分点\";0" : "+#,##0.#;-#,##0.#;0"));
                }
            }
            r++;
        }
        finishNoRepeat(sh);
    }

    // ---- 同比 ----------------------------------------------------------------------------------------

    private void yoySheet(Sheet sh) {
        List<Integer> years = t.selection().years();
        List<String> names = columnNames();
        Row h = sh.createRow(0);
        List<String> head = new ArrayList<>(List.of("指标", "单位", "地区"));
        years.forEach(y -> head.add(y + "年"));
        head.add("较上年变化");
        head.add("变化单位");
        for (int k = 0; k < head.size(); k++) {
            text(sh, h, k, head.get(k), styles.header);
        }
        int r = 1;
        for (int i = 0; i < t.indicators().size(); i++) {
            Indicator ind = t.indicators().get(i);
            for (int j = 0; j < t.jurisdictions().size(); j++) {
                Row row = sh.createRow(r++);
                text(sh, row, 0, ind.nameZh(), styles.text);
                text(sh, row, 1, ind.unit(), styles.text);
                text(sh, row, 2, names.get(j), styles.text);
                for (int k = 0; k < years.size(); k++) {
                    Cell[][] cells = t.byYear().get(years.get(k));
                    valueCell(sh, row, 3 + k, cells[j][i], ind);
                }
                Cell last = t.cell(j, i);
                int col = 3 + years.size();
                if (last.change() == null) {
                    text(sh, row, col, "—", styles.missing);
                } else {
                    number(sh, row, col, last.change(), styles.plain("+0.0;-0.0;0"));
                }
                text(sh, row, col + 1, ind.kind() == IndicatorKind.RATE ? "个百分点" : "%", styles.text);
            }
        }
        sh.createFreezePane(3, 1);
        finish(sh);
    }

    // ---- 报告情况 ------------------------------------------------------------------------------------

    private void reportsSheet(Sheet sh) {
        String[] head = {"地区", "级别", "省", "市", "报告标题", "发布单位", "发布日期", "截止日期", "按时发布",
                "核心指标披露", "披露完整度", "存疑数值", "需人工处理", "来源文件"};
        Row h = sh.createRow(0);
        for (int k = 0; k < head.length; k++) {
            text(sh, h, k, head[k], styles.header);
        }
        List<String> names = columnNames();
        int r = 1;
        for (int j = 0; j < t.profiles().size(); j++) {
            JurisdictionProfile p = t.profiles().get(j);
            Jurisdiction jur = p.jurisdiction();
            Row row = sh.createRow(r++);
            text(sh, row, 0, names.get(j), styles.text);
            text(sh, row, 1, Labels.level(jur.level()), styles.text);
            text(sh, row, 2, jur.province(), styles.text);
            text(sh, row, 3, jur.city() == null ? "" : jur.city(), styles.text);
            text(sh, row, 4, p.title() == null ? "（无标题）" : p.title(), styles.text);
            text(sh, row, 5, p.issuer() == null ? "" : p.issuer(), styles.text);
            date(sh, row, 6, p.publishDate());
            date(sh, row, 7, p.deadline());
            text(sh, row, 8, p.onTime() == null ? "未知" : p.onTime() ? "是" : "否（逾期）",
                    p.onTime() == null || p.onTime() ? styles.text : styles.missing);
            text(sh, row, 9, p.coreStated() + "/" + p.coreTotal(), styles.text);
            number(sh, row, 10, BigDecimal.valueOf(p.completeness()), styles.percent);
            number(sh, row, 11, BigDecimal.valueOf(p.flagged()), styles.integer);
            text(sh, row, 12, p.needsAttention() ? "是" : "", styles.text);
            text(sh, row, 13, p.sourceName() == null ? "" : p.sourceName(), styles.text);
        }
        sh.createFreezePane(1, 1);
        finish(sh);
    }

    private void date(Sheet sh, Row row, int col, java.time.LocalDate d) {
        if (d == null) {
            text(sh, row, col, "—", styles.missing);
            return;
        }
        org.apache.poi.ss.usermodel.Cell c = row.createCell(col);
        c.setCellValue(d);
        c.setCellStyle(styles.date);
        width(sh, col, 12);
    }

    // ---- 佐证 ----------------------------------------------------------------------------------------

    private void evidenceSheet(Sheet sh) {
        String[] head = {"地区", "年份", "指标", "数值", "单位", "限定", "来源", "审核状态", "原文句子", "位置", "报告编号", "数值编号"};
        Row h = sh.createRow(0);
        for (int k = 0; k < head.length; k++) {
            text(sh, h, k, head[k], styles.header);
        }
        List<String> names = columnNames();
        int r = 1;
        for (Map.Entry<Integer, Cell[][]> year : t.byYear().entrySet()) {
            Cell[][] cells = year.getValue();
            for (int j = 0; j < t.jurisdictions().size(); j++) {
                for (int i = 0; i < t.indicators().size(); i++) {
                    Cell c = cells[j][i];
                    if (c.missing()) {
                        continue;
                    }
                    Indicator ind = t.indicators().get(i);
                    Row row = sh.createRow(r++);
                    text(sh, row, 0, names.get(j), styles.text);
                    number(sh, row, 1, BigDecimal.valueOf(year.getKey()), styles.plain("0"));
                    text(sh, row, 2, ind.nameZh(), styles.text);
                    valueCell(sh, row, 3, c, ind);
                    text(sh, row, 4, c.unit(), styles.text);
                    text(sh, row, 5, c.marker().isEmpty() ? "精确" : c.marker(), styles.text);
                    text(sh, row, 6, c.derived() ? "推算" : "原文", styles.text);
                    text(sh, row, 7, Labels.status(c.status()), styles.text);
                    String sentence = c.evidence() == null ? "（人工添加，无原文）" : c.evidence().sentence().replaceAll("\\s+", " ");
                    org.apache.poi.ss.usermodel.Cell s = row.createCell(8);
                    s.setCellValue(sentence);
                    s.setCellStyle(styles.wrapped);
                    width(sh, 8, MAX_WIDTH_CHARS);
                    // Spreadsheet programs do not grow rows for wrapped text written by a program: size them here.
                    int lines = Math.max(1, (displayWidth(sentence) + MAX_WIDTH_CHARS - 3) / (MAX_WIDTH_CHARS - 2));
                    row.setHeightInPoints(Math.min(409, 14f * lines + 2));
                    text(sh, row, 9, c.evidence() == null ? "" : c.evidence().start() + "–" + c.evidence().end(), styles.text);
                    number(sh, row, 10, c.reportId() == null ? null : BigDecimal.valueOf(c.reportId()), styles.plain("0"));
                    number(sh, row, 11, c.valueId() == null ? null : BigDecimal.valueOf(c.valueId()), styles.plain("0"));
                }
            }
        }
        sh.createFreezePane(3, 1);
        finish(sh);
    }

    // ---- shared ---------------------------------------------------------------------------------------

    /** Column names: the short name, or the full name when two selected jurisdictions share a short name. */
    private List<String> columnNames() {
        Map<String, Integer> counts = new HashMap<>();
        t.jurisdictions().forEach(j -> counts.merge(j.name(), 1, Integer::sum));
        List<String> out = new ArrayList<>();
        for (Jurisdiction j : t.jurisdictions()) {
            out.add(counts.get(j.name()) > 1 ? j.fullName() : j.name());
        }
        return out;
    }

    private void text(Sheet sh, Row row, int col, String value, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
        width(sh, col, Math.min(MAX_WIDTH_CHARS, displayWidth(value) + 2));
    }

    private void number(Sheet sh, Row row, int col, BigDecimal v, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell c = row.createCell(col);
        if (v != null) {
            c.setCellValue(v.doubleValue());
        }
        c.setCellStyle(style);
        width(sh, col, v == null ? 4 : v.toPlainString().length() + 3);
    }

    /** How many characters a formatted value takes (for column widths), without formatting it. */
    private static int formattedLength(BigDecimal v, Indicator ind) {
        if (ind.kind() == IndicatorKind.RATE) {
            return 6; // 100.0%
        }
        long n = Math.abs(v.longValue());
        int digits = n == 0 ? 1 : (int) Math.floor(Math.log10(n)) + 1;
        return digits + (digits - 1) / 3;
    }

    /** Tracks the widest content per column (Chinese characters count double), applied when the sheet is done. */
    private void width(Sheet sh, int col, int chars) {
        int[] w = widths.computeIfAbsent(sh, k -> new int[256]);
        if (col < w.length) {
            w[col] = Math.max(w[col], chars);
        }
    }

    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return w;
    }

    /** Column widths, A4 landscape one page wide, the header row repeated on every page, header and footer. */
    private void finish(Sheet sh) {
        applyWidths(sh);
        printSetup(sh);
        sh.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    private void finishNoRepeat(Sheet sh) {
        applyWidths(sh);
        printSetup(sh);
    }

    private void applyWidths(Sheet sh) {
        int[] w = widths.getOrDefault(sh, new int[0]);
        for (int c = 0; c < w.length; c++) {
            if (w[c] > 0) {
                sh.setColumnWidth(c, Math.min(255, Math.max(6, w[c])) * 256);
            }
        }
    }

    void printSetup(Sheet sh) {
        PageSetup.apply(sh, options);
    }

    /** For the notes sheet: which year, how many cells. */
    static String stamp(ExportOptions o) {
        return o.createdAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }
}

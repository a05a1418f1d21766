package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.compare.JurisdictionProfile;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.ReportSummary;
import org.apache.poi.ss.usermodel.Row;

import java.util.List;

/** 报告情况: per jurisdiction, the report of the year compared (or that there is none), on time, completeness. */
final class ReportsSheet {
    static final String[] HEAD = {"序号", "地区", "级别", "所属省市", "报告标题", "文号", "发布单位", "发布日期", "截止日期",
            "按时发布", "核心指标披露数", "核心指标数", "披露完整度", "存疑数值", "需人工处理", "来源文件", "网址"};
    /** 网址: the report's web address, a link (issue 13). */
    static final int URL = 16;

    private static final int TITLE = 14;
    private static final int URL_WIDTH = 14;

    private final ComparisonTable t;
    private final SheetKit kit;

    ReportsSheet(ComparisonTable t, SheetKit kit) {
        this.t = t;
        this.kit = kit;
    }

    void write() {
        Row header = kit.row(0);
        kit.header(header, 0, HEAD);
        header.setHeightInPoints(60); // headers in narrow columns take four lines
        List<String> names = ValueCells.names(t);
        for (int j = 0; j < t.profiles().size(); j++) {
            JurisdictionProfile p = t.profiles().get(j);
            Jurisdiction jur = p.jurisdiction();
            Row row = kit.row(j + 1);
            kit.number(row, 0, j + 1, kit.styles.integer);
            kit.text(row, 1, names.get(j), kit.styles.wrapped);
            kit.text(row, 2, Labels.level(jur.level()), kit.styles.text);
            kit.text(row, 3, jur.province() + (jur.city() == null || jur.city().equals(jur.province()) ? "" : jur.city()),
                    kit.styles.wrapped);
            if (p.reportId() == null) {
                kit.text(row, 4, "（" + t.year() + "年度无报告）", kit.styles.noReport);
                for (int c = 5; c < HEAD.length; c++) {
                    kit.text(row, c, c == 9 ? Labels.NO_REPORT : "", kit.styles.noReport);
                }
                continue;
            }
            ReportSummary r = t.reports().get(p.reportId());
            String title = p.title() == null ? "（标题未识别）" : p.title();
            kit.text(row, 4, title, kit.styles.wrapped);
            kit.text(row, 5, r == null || r.docNumber() == null ? "" : r.docNumber(), kit.styles.wrapped);
            String issuer = p.issuer() == null ? "" : p.issuer();
            kit.text(row, 6, issuer, kit.styles.wrapped);
            kit.date(row, 7, p.publishDate());
            kit.date(row, 8, p.deadline());
            kit.text(row, 9, p.onTime() == null ? "日期未知" : p.onTime() ? "是" : "否（逾期）",
                    p.onTime() == null || p.onTime() ? kit.styles.text : kit.styles.rejected);
            kit.number(row, 10, p.coreStated(), kit.styles.integer);
            kit.number(row, 11, p.coreTotal(), kit.styles.integer);
            kit.number(row, 12, java.math.BigDecimal.valueOf(p.completeness()), kit.styles.percent);
            kit.number(row, 13, p.flagged(), kit.styles.integer);
            kit.text(row, 14, p.needsAttention() ? "是" : "", kit.styles.text);
            kit.text(row, 15, p.sourceName() == null ? "" : p.sourceName(), kit.styles.wrapped);
            kit.url(row, URL, p.sourceUrl());
            String where = jur.province() + (jur.city() == null || jur.city().equals(jur.province()) ? "" : jur.city());
            int lines = Math.max(Math.max(SheetKit.lines(title, TITLE), Math.max(SheetKit.lines(names.get(j), 8),
                    SheetKit.lines(where, 8))), Math.max(SheetKit.lines(issuer, 8),
                    Math.max(SheetKit.lines(p.sourceUrl() == null ? "" : p.sourceUrl(), URL_WIDTH),
                            Math.max(SheetKit.lines(p.sourceName() == null ? "" : p.sourceName(), 8), 1))));
            if (lines > 1) {
                row.setHeightInPoints(SheetKit.height(lines));
            }
        }
        // capped widths, wrapped text: a row fits the A4 landscape page at 8-point text (137 characters at
        // 80 %, PageSetup.listSheet); the figures' headers wrap over four lines
        int[] caps = {6, 8, 6, 8, TITLE, 9, 8, 10, 10, 6, 6, 6, 6, 6, 6, 8, URL_WIDTH};
        for (int c = 0; c < caps.length; c++) {
            kit.cap(c, caps[c]);
        }
        kit.finish(1, 2, true, HEAD.length - 1);
        PageSetup.listSheet(kit.sh, kit.options, kit.totalWidth());
    }
}

package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.compare.JurisdictionProfile;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.ReportSummary;
import org.apache.poi.ss.usermodel.Row;

import java.util.List;

/** 报告情况: per jurisdiction, the report of the year compared (or that there is none), on time, completeness. */
final class ReportsSheet {
    static final String[] HEAD = {"序号", "地区", "级别", "省", "市", "报告标题", "文号", "发布单位", "发布日期", "截止日期",
            "按时发布", "核心指标披露数", "核心指标数", "披露完整度", "存疑数值", "需人工处理", "来源文件"};

    private final ComparisonTable t;
    private final SheetKit kit;

    ReportsSheet(ComparisonTable t, SheetKit kit) {
        this.t = t;
        this.kit = kit;
    }

    void write() {
        kit.header(kit.row(0), 0, HEAD);
        List<String> names = ValueCells.names(t);
        for (int j = 0; j < t.profiles().size(); j++) {
            JurisdictionProfile p = t.profiles().get(j);
            Jurisdiction jur = p.jurisdiction();
            Row row = kit.row(j + 1);
            kit.number(row, 0, j + 1, kit.styles.integer);
            kit.text(row, 1, names.get(j), kit.styles.text);
            kit.text(row, 2, Labels.level(jur.level()), kit.styles.text);
            kit.text(row, 3, jur.province(), kit.styles.text);
            kit.text(row, 4, jur.city() == null ? "" : jur.city(), kit.styles.text);
            if (p.reportId() == null) {
                kit.text(row, 5, "（" + t.year() + "年度无报告）", kit.styles.noReport);
                for (int c = 6; c < HEAD.length; c++) {
                    kit.text(row, c, c == 10 ? Labels.NO_REPORT : "", kit.styles.noReport);
                }
                continue;
            }
            ReportSummary r = t.reports().get(p.reportId());
            kit.text(row, 5, p.title() == null ? "（标题未识别）" : p.title(), kit.styles.text);
            kit.text(row, 6, r == null || r.docNumber() == null ? "" : r.docNumber(), kit.styles.text);
            kit.text(row, 7, p.issuer() == null ? "" : p.issuer(), kit.styles.text);
            kit.date(row, 8, p.publishDate());
            kit.date(row, 9, p.deadline());
            kit.text(row, 10, p.onTime() == null ? "日期未知" : p.onTime() ? "是" : "否（逾期）",
                    p.onTime() == null || p.onTime() ? kit.styles.text : kit.styles.rejected);
            kit.number(row, 11, p.coreStated(), kit.styles.integer);
            kit.number(row, 12, p.coreTotal(), kit.styles.integer);
            kit.number(row, 13, java.math.BigDecimal.valueOf(p.completeness()), kit.styles.percent);
            kit.number(row, 14, p.flagged(), kit.styles.integer);
            kit.text(row, 15, p.needsAttention() ? "是" : "", kit.styles.text);
            kit.text(row, 16, p.sourceName() == null ? "" : p.sourceName(), kit.styles.text);
        }
        kit.finish(1, 2, true, HEAD.length - 1);
    }
}

package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Selection;
import cn.fazhi.workbench.model.Indicator;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.List;

/** 说明: what was selected, when and by whom the workbook was made, how to read it, the indicators' definitions. */
final class Notes {
    private Notes() {
    }

    static void write(XSSFSheet sh, ComparisonTable t, ExportOptions o, Styles styles) {
        int r = 0;
        XSSFRow title = sh.createRow(r++);
        title.createCell(0).setCellValue(o.title());
        title.getCell(0).setCellStyle(styles.titleRow);
        r++;
        Selection s = t.selection();
        String[][] facts = {
                {"制表时间", ComparisonWorkbook.stamp(o)},
                {"制表人", o.author()},
                {"比较年度", t.year() + "年" + (s.years().size() > 1 ? "（含 " + s.years() + " 同比）" : "")},
                {"地区范围", scope(s)},
                {"地区数", String.valueOf(t.jurisdictions().size())},
                {"指标数", String.valueOf(t.indicators().size())},
                {"报告截止日期", "报告年度次年" + s.deadline().getMonthValue() + "月" + s.deadline().getDayOfMonth() + "日"},
                {"数据来源", "各地公开发布的法治政府建设年度报告；数值经本工作台提取，经人工确认或更正的以人工结果为准，已剔除的不使用。"},
        };
        for (String[] f : facts) {
            XSSFRow row = sh.createRow(r++);
            cell(row, 0, f[0], styles.header);
            cell(row, 1, f[1], styles.wrapped);
        }
        for (String w : t.warnings()) {
            XSSFRow row = sh.createRow(r++);
            cell(row, 0, "提示", styles.header);
            cell(row, 1, w, styles.wrapped);
        }
        r++;
        String[] legend = {
                "未披露：报告没有写明该项数字，不等于零。",
                "≥：报告写作“余”“多”“以上”；约：约数；≤：“以下”“不足”。这些数字参与排名，但名次仅供参考。",
                "斜体：由报告中的其他数字推算（如由调解成功件数和调解件数算出成功率）。",
                "比对总表中绿色底纹为该项最好、红色底纹为最差（按指标方向）；红黄绿灯按下表阈值标示，修改数值后会自动更新。",
                "同比：比率类为增减的百分点，件数类为增减的百分比。",
                "每个数字的原文出处（报告、句子、位置、审核状态）见“佐证”表。"};
        XSSFRow lh = sh.createRow(r++);
        cell(lh, 0, "阅读说明", styles.group);
        for (String line : legend) {
            XSSFRow row = sh.createRow(r++);
            cell(row, 0, "", styles.text);
            cell(row, 1, line, styles.wrapped);
        }
        r++;
        String[] head = {"代码", "指标", "英文名", "单位", "方向", "领域", "核心指标", "绿灯", "红灯"};
        XSSFRow h = sh.createRow(r++);
        for (int k = 0; k < head.length; k++) {
            cell(h, k, head[k], styles.header);
        }
        for (Indicator ind : t.indicators()) {
            XSSFRow row = sh.createRow(r++);
            List<String> v = List.of(ind.code(), ind.nameZh(), ind.nameEn(), ind.unit(), Labels.direction(ind.direction()),
                    t.groupNames().getOrDefault(ind.group(), ind.group()), ind.core() ? "是" : "",
                    threshold(ind, true), threshold(ind, false));
            for (int k = 0; k < v.size(); k++) {
                cell(row, k, v.get(k), styles.text);
            }
        }
        int[] widths = {30, 70, 34, 6, 10, 14, 9, 8, 8};
        for (int k = 0; k < widths.length; k++) {
            sh.setColumnWidth(k, widths[k] * 256);
        }
        PageSetup.apply(sh, o);
    }

    private static String threshold(Indicator ind, boolean green) {
        if (ind.thresholds() == null) {
            return "";
        }
        Double v = green ? ind.thresholds().green() : ind.thresholds().red();
        if (v == null) {
            return "";
        }
        String op = switch (ind.direction()) {
            case HIGHER_BETTER -> green ? "≥" : "<";
            case LOWER_BETTER -> green ? "≤" : ">";
            case NEUTRAL -> "";
        };
        return op + (v == Math.rint(v) ? String.valueOf(v.longValue()) : String.valueOf(v));
    }

    private static String scope(Selection s) {
        if (s.groupName() != null) {
            return "分组“" + s.groupName() + "”";
        }
        if (!s.jurisdictions().isEmpty()) {
            return String.join("、", s.jurisdictions());
        }
        if (s.city() != null) {
            return s.city() + "所辖全部已导入地区";
        }
        if (s.province() != null) {
            return s.province() + "全部已导入地区";
        }
        return "工作台中全部已导入地区";
    }

    private static void cell(XSSFRow row, int col, String value, CellStyle style) {
        var c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }
}

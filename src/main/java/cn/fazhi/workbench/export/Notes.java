package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.Selection;
import org.apache.poi.ss.usermodel.Row;

import java.util.ArrayList;
import java.util.List;

/** 说明: what was selected, when and by whom the workbook was made, how to read it, the indicators' definitions. */
final class Notes {
    /** Columns of the indicator table; the facts and notes are merged over B to the last. */
    private static final int[] WIDTHS = {16, 30, 6, 10, 16, 6, 9, 9};
    private static final int TEXT_WIDTH = 86;

    private Notes() {
    }

    static void write(SheetKit kit, ComparisonTable t) {
        ExportOptions o = kit.options;
        int r = 0;
        Row title = kit.row(r++);
        kit.text(title, 0, o.title(), kit.styles.titleRow);
        r++;
        Selection s = t.selection();
        r = fact(kit, r, "制表时间", ExportOptions.stamp(o));
        r = fact(kit, r, "制表单位", o.author().isBlank() ? "（未设置：在工作台设置中填写单位名称）" : o.author());
        r = fact(kit, r, "比较年度", t.year() + "年" + (s.years().size() > 1 ? "（同比：" + years(s.years()) + "）" : ""));
        r = fact(kit, r, "地区范围", scope(s));
        Row n = kit.row(r++);
        kit.text(n, 0, "地区数", kit.styles.header);
        kit.number(n, 1, t.jurisdictions().size(), kit.styles.left);
        Row m = kit.row(r++);
        kit.text(m, 0, "指标数", kit.styles.header);
        kit.number(m, 1, t.indicators().size(), kit.styles.left);
        r = fact(kit, r, "报告截止日期", "报告年度次年" + s.deadline().getMonthValue() + "月" + s.deadline().getDayOfMonth() + "日");
        r = fact(kit, r, "数据来源", "各地公开发布的法治政府建设年度报告；数值经本工作台提取，经人工确认或更正的以人工结果为准，已剔除的不使用。");
        for (String w : t.warnings()) {
            r = fact(kit, r, "提示", w);
        }
        r++;
        List<String> legend = new ArrayList<>(List.of(
                "三种“没有数字”：" + Legend.STATES,
                Legend.MARKERS,
                Legend.COLOURS,
                Legend.LIVE,
                "名次：写明数字的地区按指标方向排名，并列者名次相同、其后名次顺延（如 1、1、3）；不分高低的指标不排名；没有数字的地区不排名。",
                "同比：比率类为增减的百分点，件数类为增减的百分比。",
                "每个数字的原文出处（报告文件、页码、文号、句子、位置；页码仅 PDF、OFD 和扫描件有）及审核情况（原提取值、审核意见、审核人、时间）见“佐证”表；在“比对总表”中点击数字可直接跳转。",
                "以 = + - @ 开头的文字按文本保存（单引号前缀），编辑或另存为 CSV 时不会变成公式；超过 32,767 字的原文在单元格中截断并标注，全文接续在右侧“原文（续）”列。",
                "打印：比对总表按实际大小分页打印，每页重复地区/指标名称和表头，按领域分页；文字不小于 8 磅。"));
        if (t.indicators().stream().anyMatch(cn.fazhi.workbench.compare.PerHead::isPerHead)) {
            legend.add("每万人：指标库标明可按人口比较的件数，除以用户录入或导入的该地区当年常住人口、乘以一万（件/万人，保留两位小数）；"
                    + "可排名和标注最好/最差。人口数不是报告中的数字，本工作台不附带人口数；件数有而人口数缺的显示“无人口数”。");
        }
        Row lh = kit.row(r++);
        kit.text(lh, 0, "阅读说明", kit.styles.group);
        for (String line : legend) {
            r = fact(kit, r, "", line);
        }
        r++;
        String[] head = {"指标", "代码", "单位", "方向", "领域", "核心指标", "绿灯", "红灯"};
        int headRow = r;
        kit.header(kit.row(r++), 0, head);
        for (Indicator ind : t.indicators()) {
            Row row = kit.row(r++);
            List<String> v = List.of(ind.nameZh(), ind.code(), ind.unit(), Labels.direction(ind.direction()),
                    t.groupNames().getOrDefault(ind.group(), ind.group()), ind.core() ? "是" : "",
                    threshold(ind, true), threshold(ind, false));
            for (int k = 0; k < v.size(); k++) {
                kit.text(row, k, v.get(k), k == 0 || k == 4 ? kit.styles.wrapped : kit.styles.text);
            }
            if (SheetKit.displayWidth(ind.nameZh()) > WIDTHS[0] - 2) {
                row.setHeightInPoints(SheetKit.height(SheetKit.lines(ind.nameZh(), WIDTHS[0])));
            }
        }
        int total = 0;
        for (int k = 0; k < WIDTHS.length; k++) {
            kit.sh.setColumnWidth(k, WIDTHS[k] * 256);
            total += WIDTHS[k];
        }
        PageSetup.apply(kit.sh, o, total);
        kit.sh.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(headRow, headRow, -1, -1));
    }

    /** A label and a wrapped text whose row is as high as its lines (programs do not grow rows written by a program). */
    private static int fact(SheetKit kit, int r, String label, String text) {
        Row row = kit.row(r);
        kit.text(row, 0, label, label.isEmpty() ? kit.styles.text : kit.styles.header);
        kit.text(row, 1, text, kit.styles.wrapped);
        for (int c = 2; c < WIDTHS.length; c++) {
            row.createCell(c).setCellStyle(kit.styles.wrapped);
        }
        kit.sh.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 1, WIDTHS.length - 1));
        row.setHeightInPoints(SheetKit.height(SheetKit.lines(text, TEXT_WIDTH)));
        return r + 1;
    }

    private static String years(List<Integer> years) {
        List<String> out = new ArrayList<>();
        years.forEach(y -> out.add(String.valueOf(y)));
        return String.join("、", out) + "年";
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
        return op + (v == Math.rint(v) ? String.valueOf(v.longValue()) : String.valueOf(v))
                + (ind.kind() == cn.fazhi.workbench.model.IndicatorKind.RATE ? "%" : "");
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
}

package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.Judgement;
import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.compare.JurisdictionProfile;
import cn.fazhi.workbench.compare.Light;
import cn.fazhi.workbench.model.Direction;
import cn.fazhi.workbench.model.Indicator;
import org.apache.poi.ss.usermodel.Row;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 摘要, the first sheet, one page: per core indicator the top and bottom ten, the median and the red
 * lights; which jurisdictions leave core indicators out, report late or not at all.
 */
final class SummarySheet {
    static final int TOP = 10;
    private static final int LIST = 12;

    private final ComparisonTable t;
    private final SheetKit kit;

    SummarySheet(ComparisonTable t, SheetKit kit) {
        this.t = t;
        this.kit = kit;
    }

    void write() {
        List<String> names = ValueCells.names(t);
        int r = 0;
        Row title = kit.row(r++);
        kit.text(title, 0, kit.options.title() + " — 摘要", kit.styles.titleRow);
        int reported = (int) t.profiles().stream().filter(p -> p.reportId() != null).count();
        Row facts = kit.row(r++);
        kit.text(facts, 0, t.year() + "年度，" + t.jurisdictions().size() + "个地区，其中" + reported + "个有本年度报告"
                + (reported < t.jurisdictions().size() ? "、" + (t.jurisdictions().size() - reported) + "个无报告" : "")
                + "；" + t.indicators().size() + "项指标。名次只比较写明数字的地区。", kit.styles.text);
        r++;
        Row h = kit.row(r++);
        kit.header(h, 0, "核心指标", "披露数", "中位数", "前" + TOP + "名（最好在前）", "后" + TOP + "名（最差在前）", "红灯数");
        for (int i = 0; i < t.indicators().size(); i++) {
            Indicator ind = t.indicators().get(i);
            if (!ind.core()) {
                continue;
            }
            Row row = kit.row(r++);
            kit.text(row, 0, ind.nameZh() + "（" + ind.unit() + "）", kit.styles.wrapped);
            kit.number(row, 1, t.stats().get(i).count(), kit.styles.integer);
            var median = t.stats().get(i).median();
            if (median == null) {
                kit.text(row, 2, "—", kit.styles.notStated);
            } else {
                var c = row.createCell(2);
                c.setCellValue(ExcelValues.of(median, ind.kind()));
                c.setCellStyle(kit.styles.plain(ExcelValues.format(ind.kind(), t.stats().get(i).medianMarker(),
                        ExcelValues.fractional(median))));
            }
            String top = Judgement.judged(ind) ? ends(i, names, true)
                    : ind.direction() == Direction.NEUTRAL ? "（不分高低，不排名）" : "（件数随地区规模增减，不排名）";
            String bottom = Judgement.judged(ind) ? ends(i, names, false) : "";
            kit.text(row, 3, top, kit.styles.wrapped);
            kit.text(row, 4, bottom, kit.styles.wrapped);
            int red = 0;
            for (int j = 0; j < t.jurisdictions().size(); j++) {
                if (t.cell(j, i).light() == Light.RED) {
                    red++;
                }
            }
            kit.text(row, 5, Highlights.hasLights(ind) ? String.valueOf(red) : "—", kit.styles.text);
            row.setHeightInPoints(SheetKit.height(Math.max(SheetKit.lines(top, 40), SheetKit.lines(bottom, 40))));
        }
        r++;
        r = line(r, "核心指标未全部披露", incomplete(names));
        r = line(r, "逾期发布（截止" + t.selection().deadline().getMonthValue() + "月" + t.selection().deadline().getDayOfMonth() + "日）",
                late(names));
        r = line(r, "无本年度报告", noReport(names));
        int[] widths = {22, 7, 9, 40, 40, 7};
        for (int k = 0; k < widths.length; k++) {
            kit.width(k, widths[k]);
            kit.cap(k, widths[k]);
        }
        kit.finish(0, 0, false, 5);
        for (int k = 0; k < widths.length; k++) {
            kit.sh.setColumnWidth(k, widths[k] * 256);
        }
        onePage(r);
    }

    /** Scales the sheet down (not below 80 %) so that it prints on one page when its rows are a little too many. */
    private void onePage(int rows) {
        double height = 0;
        for (int k = 0; k <= rows; k++) {
            Row row = kit.sh.getRow(k);
            height += row == null ? 15 : row.getHeightInPoints();
        }
        double page = PageSetup.pageHeightPoints(kit.options);
        var ps = kit.sh.getPrintSetup();
        if (height > page * ps.getScale() / 100.0) {
            int scale = (int) Math.floor(100 * page / height);
            ps.setScale((short) Math.max(PageSetup.MIN_SCALE, Math.min(ps.getScale(), scale)));
        }
    }

    private int line(int r, String label, String text) {
        Row row = kit.row(r);
        kit.text(row, 0, label, kit.styles.header);
        kit.text(row, 1, text, kit.styles.wrapped);
        for (int c = 2; c <= 5; c++) {
            row.createCell(c).setCellStyle(kit.styles.wrapped);
        }
        kit.sh.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 1, 5));
        row.setHeightInPoints(SheetKit.height(SheetKit.lines(text, 100)));
        return r + 1;
    }

    /** The best (or worst) ten by rank, ties kept together, with the figure. */
    private String ends(int i, List<String> names, boolean best) {
        List<Integer> ranked = new ArrayList<>();
        for (int j = 0; j < t.jurisdictions().size(); j++) {
            if (t.cell(j, i).rank() != null) {
                ranked.add(j);
            }
        }
        if (ranked.isEmpty()) {
            return "（无人披露）";
        }
        Comparator<Integer> byRank = Comparator.comparing((Integer j) -> t.cell(j, i).rank());
        ranked.sort(best ? byRank.thenComparing(names::get) : byRank.reversed().thenComparing(names::get));
        List<String> out = new ArrayList<>();
        for (int k = 0; k < Math.min(TOP, ranked.size()); k++) {
            Cell c = t.cell(ranked.get(k), i);
            out.add(c.rank() + ". " + names.get(ranked.get(k)));
        }
        return String.join("、", out) + (ranked.size() > TOP ? "" : "（共" + ranked.size() + "个）");
    }

    private String incomplete(List<String> names) {
        List<Integer> rows = new ArrayList<>();
        for (int j = 0; j < t.profiles().size(); j++) {
            JurisdictionProfile p = t.profiles().get(j);
            if (p.reportId() != null && p.coreStated() < p.coreTotal()) {
                rows.add(j);
            }
        }
        rows.sort(Comparator.comparing((Integer j) -> t.profiles().get(j).coreStated()).thenComparing(names::get));
        return list(rows, j -> names.get(j) + "（" + t.profiles().get(j).coreStated() + "/" + t.profiles().get(j).coreTotal() + "）",
                "按披露项数从少到多；详见“报告情况”表");
    }

    private String late(List<String> names) {
        List<Integer> rows = new ArrayList<>();
        for (int j = 0; j < t.profiles().size(); j++) {
            if (Boolean.FALSE.equals(t.profiles().get(j).onTime())) {
                rows.add(j);
            }
        }
        return list(rows, j -> names.get(j) + "（" + t.profiles().get(j).publishDate() + "）", "详见“报告情况”表");
    }

    private String noReport(List<String> names) {
        List<Integer> rows = new ArrayList<>();
        for (int j = 0; j < t.profiles().size(); j++) {
            if (t.profiles().get(j).reportId() == null) {
                rows.add(j);
            }
        }
        return list(rows, names::get, "详见“未报送”表");
    }

    private static String list(List<Integer> rows, java.util.function.IntFunction<String> label, String more) {
        if (rows.isEmpty()) {
            return "无";
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < Math.min(LIST, rows.size()); k++) {
            out.add(label.apply(rows.get(k)));
        }
        return rows.size() + "个：" + String.join("、", out) + (rows.size() > LIST ? "等" : "") + "（" + more + "）";
    }
}

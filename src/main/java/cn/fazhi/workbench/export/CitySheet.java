package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.JurisdictionLevel;
import org.apache.poi.ss.usermodel.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 地市汇总: per 地市 the sum of its counties' counts and the median of their rates, then the province,
 * as formulas over 比对总表 (so corrections there carry over). Counties, districts and zones count; a
 * city's own report (市本级) stays out, so nothing is counted twice. Jurisdictions are sorted by province
 * and city, so each city's counties are one contiguous range.
 */
final class CitySheet {
    private final ComparisonTable t;
    private final SheetKit kit;
    private final MainLayout layout;

    CitySheet(ComparisonTable t, SheetKit kit, MainLayout layout) {
        this.t = t;
        this.kit = kit;
        this.layout = layout;
    }

    private record Group(String province, String city, int from, int to) {
        int size() {
            return to - from + 1;
        }
    }

    private static boolean county(Jurisdiction j) {
        return j.level() != JurisdictionLevel.CITY && j.level() != JurisdictionLevel.PROVINCE;
    }

    static List<Object> groups(ComparisonTable t) {
        List<Object> out = new ArrayList<>();
        int from = -1;
        for (int j = 0; j <= t.jurisdictions().size(); j++) {
            Jurisdiction now = j < t.jurisdictions().size() ? t.jurisdictions().get(j) : null;
            boolean member = now != null && county(now);
            if (from >= 0) {
                Jurisdiction first = t.jurisdictions().get(from);
                if (!member || !Objects.equals(first.province(), now.province()) || !Objects.equals(first.city(), now.city())) {
                    out.add(new Group(first.province(), first.city(), from, j - 1));
                    from = -1;
                }
            }
            if (member && from < 0) {
                from = j;
            }
        }
        return out;
    }

    /** Worth a sheet when some city has two or more counties in the selection. */
    static boolean needed(ComparisonTable t) {
        return groups(t).stream().anyMatch(g -> ((Group) g).size() > 1);
    }

    void write() {
        List<Group> groups = new ArrayList<>();
        groups(t).forEach(g -> groups.add((Group) g));
        List<String> head = new ArrayList<>(List.of("地区", "县级地区数"));
        for (Indicator ind : t.indicators()) {
            head.add(ind.nameZh() + "（" + ind.unit() + "，" + (byMedian(ind) ? "中位数" : "合计") + "）");
        }
        kit.header(kit.row(0), 0, head.toArray(String[]::new));
        kit.sh.getRow(0).setHeightInPoints(45);
        int r = 1;
        int k = 0;
        while (k < groups.size()) {
            String province = groups.get(k).province();
            List<Group> ofProvince = new ArrayList<>();
            while (k < groups.size() && Objects.equals(groups.get(k).province(), province)) {
                ofProvince.add(groups.get(k++));
            }
            for (Group g : ofProvince) {
                row(r++, g.city() == null ? province + "（不属地市）" : g.city(), List.of(g), kit.styles.text);
            }
            row(r++, province + "合计", ofProvince, kit.styles.group);
        }
        Row note = kit.row(r + 1);
        note.createCell(0).setCellValue("说明：件数为写明数字的县级地区之和，比率和每万人数为其中位数；都未写明时为“—”。市本级报告不计入，以免重复。");
        kit.finish(1, 1, false, head.size() - 1);
    }

    /** Rates and per-head figures are summed up by their median: adding them up across counties means nothing. */
    private static boolean byMedian(Indicator ind) {
        return ind.kind() == IndicatorKind.RATE || cn.fazhi.workbench.compare.PerHead.isPerHead(ind);
    }

    private void row(int r, String name, List<Group> groups, org.apache.poi.ss.usermodel.CellStyle labelStyle) {
        Row row = kit.row(r);
        kit.text(row, 0, name, labelStyle);
        int members = groups.stream().mapToInt(Group::size).sum();
        kit.number(row, 1, members, kit.styles.integer);
        double[] buffer = new double[members];
        for (int i = 0; i < t.indicators().size(); i++) {
            Indicator ind = t.indicators().get(i);
            List<String> ranges = new ArrayList<>();
            int n = 0;
            for (Group g : groups) {
                ranges.add(layout.range(i, g.from(), g.to()));
                for (int j = g.from(); j <= g.to(); j++) {
                    Cell c = t.cell(j, i);
                    if (!c.missing()) {
                        buffer[n++] = ExcelValues.of(c.value(), ind.kind());
                    }
                }
            }
            String args = String.join(",", ranges);
            boolean rate = ind.kind() == IndicatorKind.RATE;
            boolean median = byMedian(ind);
            Stats s = Stats.of(buffer, n);
            double value = median ? s.median() : s.sum();
            var cell = kit.formula(row, 2 + i, "IF(COUNT(" + args + ")=0,\"—\"," + (median ? "MEDIAN(" : "SUM(") + args + "))",
                    n == 0 ? null : value, kit.styles.plain(ExcelValues.format(ind.kind(), "", !rate && value != Math.rint(value))), 10);
            if (n == 0) {
                cell.setCellValue("—");
            }
        }
    }
}

package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Indicator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.ArrayList;
import java.util.List;

/**
 * 比对总表 with jurisdictions as rows and indicators as columns (one more column for last year's figure
 * when the previous year is selected), the areas named above their indicators, live statistics under the
 * table. Printed over pages at full size: 序号 and 地区 and both header rows repeated, page breaks
 * between areas.
 */
final class MainSheetTransposed {
    static final int FIRST = 4;

    private final ComparisonTable t;
    private final SheetKit kit;
    private final EvidenceIndex evidence;

    MainSheetTransposed(ComparisonTable t, SheetKit kit, EvidenceIndex evidence) {
        this.t = t;
        this.kit = kit;
        this.evidence = evidence;
    }

    /** Writes the sheet; says where the figures are. */
    MainLayout write() {
        Sheet sh = kit.sh;
        List<String> names = ValueCells.names(t);
        int n = names.size();
        Integer previousYear = t.selection().years().contains(t.year() - 1) ? t.year() - 1 : null;
        Cell[][] previous = previousYear == null ? null : t.byYear().get(previousYear);
        int per = previous == null ? 1 : 2;
        int lastCol = FIRST + t.indicators().size() * per - 1;
        Row areas = kit.row(0);
        Row h = kit.row(1);
        h.setHeightInPoints(45);
        kit.header(h, 0, "序号", "地区", "级别", "所属市");
        for (int c = 0; c < FIRST; c++) {
            areas.createCell(c).setCellStyle(kit.styles.group);
        }
        List<Integer> groupStarts = new ArrayList<>();
        String group = null;
        for (int i = 0; i < t.indicators().size(); i++) {
            Indicator ind = t.indicators().get(i);
            int col = FIRST + i * per;
            if (!ind.group().equals(group)) {
                group = ind.group();
                groupStarts.add(col);
                // written without widening its column: the name runs on over the area's empty cells
                String name = t.groupNames().getOrDefault(group, group);
                var gc = areas.createCell(col);
                gc.setCellValue(SafeText.clip(name));
                gc.setCellStyle(SafeText.risky(name) ? kit.styles.quoted(kit.styles.group) : kit.styles.group);
            } else {
                areas.createCell(col).setCellStyle(kit.styles.group);
            }
            if (per == 2) {
                areas.createCell(col + 1).setCellStyle(kit.styles.group);
            }
            kit.header(h, col, ind.nameZh() + "（" + ind.unit() + "）");
            kit.width(col, 9);
            if (per == 2) {
                kit.header(h, col + 1, previousYear + "年");
            }
        }
        boolean links = ValueCells.links(t);
        for (int j = 0; j < n; j++) {
            Row row = kit.row(2 + j);
            kit.number(row, 0, j + 1, kit.styles.integer);
            kit.text(row, 1, names.get(j), kit.styles.text);
            kit.text(row, 2, Labels.level(t.jurisdictions().get(j).level()), kit.styles.text);
            String city = t.jurisdictions().get(j).city();
            kit.text(row, 3, city == null ? "" : city, kit.styles.text);
            for (int i = 0; i < t.indicators().size(); i++) {
                Indicator ind = t.indicators().get(i);
                int col = FIRST + i * per;
                ValueCells.write(kit, row, col, t.cell(j, i), ind, links ? evidence.row(t.year(), j, i) : -1, false);
                if (per == 2) {
                    ValueCells.write(kit, row, col + 1, previous[j][i], ind, links ? evidence.row(previousYear, j, i) : -1, true);
                }
            }
        }
        int lastData = 1 + n;
        int statsRow = lastData + 2;
        Row[] stats = new Row[Stats.NAMES.length];
        for (int k = 0; k < stats.length; k++) {
            stats[k] = kit.row(statsRow + k);
            kit.text(stats[k], 1, Stats.NAMES[k], kit.styles.header);
        }
        double[] buffer = new double[n];
        for (int i = 0; i < t.indicators().size(); i++) {
            Indicator ind = t.indicators().get(i);
            for (int y = 0; y < per; y++) {
                int col = FIRST + i * per + y;
                Cell[][] cells = y == 0 ? t.cells() : previous;
                int m = 0;
                for (int j = 0; j < n; j++) {
                    if (!cells[j][i].missing()) {
                        buffer[m++] = ExcelValues.of(cells[j][i].value(), ind.kind());
                    }
                }
                CellRangeAddress data = new CellRangeAddress(2, lastData, col, col);
                Stats s = Stats.of(buffer, m);
                for (int k = 0; k < stats.length; k++) {
                    StatCells.one(kit, stats[k], col, k, MainSheet.ref(data), s, ind, y == 0 ? t.stats().get(i).medianMarker() : "");
                }
                if (y == 0) {
                    Highlights.trafficLights(sh, ind, data);
                    Highlights.bestWorst(sh, ind, data);
                }
            }
        }
        Legend.write(kit, statsRow + stats.length + 1, 1, previousYear);
        kit.finish(2, 2, lastData, lastCol);
        breakBetweenAreas(groupStarts, lastCol);
        int[] colOf = new int[t.indicators().size()];
        for (int i = 0; i < colOf.length; i++) {
            colOf[i] = FIRST + i * per;
        }
        return new MainLayout(true, colOf, 2);
    }

    /** A column break before an area that would not fit in what is left of the page's width. */
    private void breakBetweenAreas(List<Integer> groupStarts, int lastCol) {
        int page = PageSetup.pageWidthChars(kit.options) - kit.widthOf(0) - kit.widthOf(1);
        int used = kit.widthOf(2) + kit.widthOf(3);
        for (int g = 0; g < groupStarts.size(); g++) {
            int from = groupStarts.get(g);
            int to = g + 1 < groupStarts.size() ? groupStarts.get(g + 1) - 1 : lastCol;
            int width = 0;
            for (int c = from; c <= to; c++) {
                width += kit.widthOf(c);
            }
            if (used > 0 && used + Math.min(width, page) > page) {
                kit.sh.setColumnBreak(from - 1);
                used = 0;
            }
            used = (used + width) % Math.max(1, page);
        }
    }
}

package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Indicator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import java.util.List;

/**
 * 比对总表 with indicators as rows, grouped by area, and jurisdictions as columns; live statistics at the
 * right; last year's figure in a grey row under this year's when the previous year is selected. Printed
 * over as many pages as it needs at full size, indicator and unit columns and the header row on every
 * page, a page break before an area that would not fit on the page any more.
 */
final class MainSheet {
    static final int FIRST = 2;

    private final ComparisonTable t;
    private final SheetKit kit;
    private final EvidenceIndex evidence;

    MainSheet(ComparisonTable t, SheetKit kit, EvidenceIndex evidence) {
        this.t = t;
        this.kit = kit;
        this.evidence = evidence;
    }

    /** Writes the sheet; says where the figures are. */
    MainLayout write() {
        Sheet sh = kit.sh;
        int[] rowOf = new int[t.indicators().size()];
        List<String> names = ValueCells.names(t);
        int n = names.size();
        int statsCol = FIRST + n;
        int lastCol = statsCol + Stats.NAMES.length - 1;
        Row h = kit.row(0);
        h.setHeightInPoints(30);
        kit.header(h, 0, "指标", "单位");
        for (int j = 0; j < n; j++) {
            kit.text(h, FIRST + j, names.get(j), kit.styles.header);
        }
        kit.header(h, statsCol, Stats.NAMES);
        Integer previousYear = t.selection().years().contains(t.year() - 1) ? t.year() - 1 : null;
        Cell[][] previous = previousYear == null ? null : t.byYear().get(previousYear);
        boolean links = ValueCells.links(t);
        Pagination pages = new Pagination(PageSetup.pageHeightPoints(kit.options), 30);
        int r = 1;
        String group = null;
        double[] buffer = new double[n];
        for (int i = 0; i < t.indicators().size(); i++) {
            Indicator ind = t.indicators().get(i);
            if (!ind.group().equals(group)) {
                group = ind.group();
                pages.startBlock(sh, r, 15f * (1 + rowsOfGroup(group, i) * (previous == null ? 1 : 2)));
                Row g = kit.row(r);
                kit.text(g, 0, t.groupNames().getOrDefault(group, group), kit.styles.group);
                for (int c = 1; c <= lastCol; c++) {
                    g.createCell(c).setCellStyle(kit.styles.group);
                }
                pages.add(15);
                r++;
            }
            Row row = kit.row(r);
            rowOf[i] = r;
            kit.text(row, 0, ind.nameZh(), kit.styles.text);
            kit.text(row, 1, ind.unit(), kit.styles.text);
            int k = 0;
            for (int j = 0; j < n; j++) {
                Cell c = t.cell(j, i);
                ValueCells.write(kit, row, FIRST + j, c, ind, links ? evidence.row(t.year(), j, i) : -1, false);
                if (!c.missing()) {
                    buffer[k++] = ExcelValues.of(c.value(), ind.kind());
                }
            }
            CellRangeAddress data = new CellRangeAddress(r, r, FIRST, FIRST + n - 1);
            StatCells.write(kit, row, statsCol, ref(data), Stats.of(buffer, k), ind, t.stats().get(i).medianMarker());
            Highlights.trafficLights(sh, ind, data);
            Highlights.bestWorst(sh, ind, data);
            pages.add(15);
            r++;
            if (previous != null) {
                Row p = kit.row(r);
                kit.text(p, 0, "　" + previousYear + "年", kit.styles.previousLabel);
                kit.text(p, 1, ind.unit(), kit.styles.previousLabel);
                k = 0;
                for (int j = 0; j < n; j++) {
                    Cell c = previous[j][i];
                    ValueCells.write(kit, p, FIRST + j, c, ind, links ? evidence.row(previousYear, j, i) : -1, true);
                    if (!c.missing()) {
                        buffer[k++] = ExcelValues.of(c.value(), ind.kind());
                    }
                }
                StatCells.write(kit, p, statsCol, ref(new CellRangeAddress(r, r, FIRST, FIRST + n - 1)), Stats.of(buffer, k),
                        ind, "");
                pages.add(15);
                r++;
            }
        }
        Legend.write(kit, r + 1, 0, previousYear);
        kit.finish(1, 2, false, lastCol);
        return new MainLayout(false, rowOf, FIRST);
    }

    private int rowsOfGroup(String group, int from) {
        int count = 0;
        for (int i = from; i < t.indicators().size() && t.indicators().get(i).group().equals(group); i++) {
            count++;
        }
        return count;
    }

    static String ref(CellRangeAddress a) {
        return new CellReference(a.getFirstRow(), a.getFirstColumn()).formatAsString(false) + ":"
                + new CellReference(a.getLastRow(), a.getLastColumn()).formatAsString(false);
    }
}

package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.Absence;
import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.Jurisdiction;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes one comparison cell: a number with its marker in the format, or why there is none. */
final class ValueCells {
    /** Above this many value cells the links to 佐证 are left out: each costs memory until the file is written. */
    static final int LINK_LIMIT = 40_000;

    private ValueCells() {
    }

    static String absenceLabel(Absence a) {
        return switch (a) {
            case NO_REPORT -> Labels.NO_REPORT;
            case NOT_STATED -> Labels.NOT_DISCLOSED;
            case REJECTED -> Labels.REJECTED;
            case NO_POPULATION -> Labels.NO_POPULATION;
        };
    }

    /**
     * Writes the cell; {@code evidenceRow} ≥ 0 links it to its row on 佐证; {@code previous} writes last
     * year's figure in grey.
     */
    static void write(SheetKit kit, Row row, int col, Cell c, Indicator ind, int evidenceRow, boolean previous) {
        org.apache.poi.ss.usermodel.Cell cell;
        if (c.missing()) {
            cell = kit.text(row, col, absenceLabel(c.absence() == null ? Absence.NOT_STATED : c.absence()),
                    kit.styles.absent(c.absence() == null ? Absence.NOT_STATED : c.absence()));
        } else {
            cell = row.createCell(col);
            cell.setCellValue(ExcelValues.of(c.value(), ind.kind()));
            cell.setCellStyle(kit.styles.number(ind.kind(), c.marker(), c.derived(), ExcelValues.fractional(c.value()), previous));
            kit.width(col, c.marker().length() + formattedLength(c, ind) + 2);
        }
        if (evidenceRow >= 0) {
            Hyperlink link = kit.sh.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress("'" + Labels.SHEET_EVIDENCE + "'!A" + (evidenceRow + 1));
            cell.setHyperlink(link);
        }
    }

    /** How many characters a formatted value takes (for column widths), without formatting it. */
    private static int formattedLength(Cell c, Indicator ind) {
        if (ind.kind() == cn.fazhi.workbench.model.IndicatorKind.RATE) {
            return 6; // 100.0%
        }
        long n = Math.abs(c.value().longValue());
        int digits = n == 0 ? 1 : (int) Math.floor(Math.log10(n)) + 1;
        return digits + (digits - 1) / 3 + (ExcelValues.fractional(c.value()) ? 3 : 0);
    }

    /** Column names: the short name, or the full name when two selected jurisdictions share a short name. */
    static List<String> names(ComparisonTable t) {
        Map<String, Integer> counts = new HashMap<>();
        t.jurisdictions().forEach(j -> counts.merge(j.name(), 1, Integer::sum));
        List<String> out = new ArrayList<>();
        for (Jurisdiction j : t.jurisdictions()) {
            out.add(counts.get(j.name()) > 1 ? j.fullName() : j.name());
        }
        return out;
    }

    /** Whether 比对总表 links its cells to 佐证 (small and medium workbooks). */
    static boolean links(ComparisonTable t) {
        return (long) t.jurisdictions().size() * t.indicators().size() <= LINK_LIMIT;
    }
}

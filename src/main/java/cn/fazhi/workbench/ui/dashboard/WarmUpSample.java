package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.Absence;
import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.compare.Light;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.JurisdictionLevel;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.model.Selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Made-up comparison cells for {@link CellWarmUp}, never shown and never stored: every look a value cell can
 * have (a count, a rate, 约/≥/≤, 未披露, no population, best in bold, worst, derived in italics, each light) in
 * every row, so one row of them takes the cell code through each of its style sheet's states and fonts.
 */
final class WarmUpSample {
    /** The looks, cycled along a row: column i of row r has look (r + i) mod this. */
    static final int LOOKS = 8;

    private WarmUpSample() {
    }

    /** A table of {@code rows} made-up jurisdictions × {@code indicators}, in the shape the comparison gives. */
    static ComparisonTable table(List<Indicator> indicators, int rows) {
        List<Jurisdiction> places = new ArrayList<>(rows);
        Cell[][] cells = new Cell[rows][indicators.size()];
        for (int r = 0; r < rows; r++) {
            // characters that real names are made of, so their text layout is warm too
            String name = "示例" + (r + 1) + "县";
            places.add(new Jurisdiction("0000" + r, name, "某省某市" + name, JurisdictionLevel.COUNTY, null, "某省", "某市"));
            for (int i = 0; i < indicators.size(); i++) {
                cells[r][i] = look((r + i) % LOOKS, indicators.get(i));
            }
        }
        Selection selection = new Selection(List.of(2000), List.of(), null, null, List.of(), List.of(), null, null);
        return new ComparisonTable(selection, List.copyOf(indicators), Map.of(), places, cells, List.of(), List.of(), Map.of(),
                List.of(), Map.of(), Map.of());
    }

    /** Look {@code k} (0 ≤ k < {@link #LOOKS}) of a cell of {@code ind}. */
    static Cell look(int k, Indicator ind) {
        boolean rate = ind.kind() == IndicatorKind.RATE;
        BigDecimal v = rate ? new BigDecimal("98.8") : new BigDecimal(7352 + k);
        return switch (k) {
            case 0 -> cell(v, ind, Qualifier.EXACT, false, Light.NONE, false, false, null);
            case 1 -> cell(null, ind, null, false, Light.NONE, false, false, Absence.NOT_STATED);
            case 2 -> cell(v, ind, Qualifier.EXACT, false, Light.GREEN, true, false, null);
            case 3 -> cell(v, ind, Qualifier.AT_LEAST, false, Light.RED, false, true, null);
            case 4 -> cell(v, ind, Qualifier.APPROX, true, Light.YELLOW, false, false, null);
            case 5 -> cell(null, ind, null, false, Light.NONE, false, false, Absence.NO_POPULATION);
            case 6 -> cell(v, ind, Qualifier.AT_MOST, false, Light.NONE, true, false, null);
            default -> cell(v, ind, Qualifier.APPROX_OVER, true, Light.GREEN, false, true, null);
        };
    }

    private static Cell cell(BigDecimal v, Indicator ind, Qualifier q, boolean derived, Light light, boolean best,
                             boolean worst, Absence absence) {
        return new Cell(v, ind.unit(), q, derived, v == null ? null : ReviewStatus.EXTRACTED, v == null ? null : 1, false,
                null, null, light, best, worst, null, null, null, absence, null, null, null, null);
    }
}

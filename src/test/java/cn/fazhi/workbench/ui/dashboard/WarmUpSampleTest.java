package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.Absence;
import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.compare.Light;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.ui.common.I18n;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The warm-up's made-up cells take a row of the cell code through every look a value cell has. */
class WarmUpSampleTest {
    private static final List<Indicator> ALL = ManyJurisdictions.CATALOGUE.indicators();

    @Test
    void everyRowHasEveryLookOfACell() {
        ComparisonTable t = WarmUpSample.table(ALL, 3);
        assertEquals(3, t.jurisdictions().size());
        assertEquals(ALL, t.indicators());
        for (int r = 0; r < 3; r++) {
            Set<String> looks = new HashSet<>();
            for (int i = 0; i < ALL.size(); i++) {
                looks.addAll(looks(t.cell(r, i)));
            }
            assertEquals(Set.of("value", "notStated", "noPopulation", "best", "worst", "derived", "green", "yellow", "red",
                    "≥", "约", "≤"), looks, "row " + r);
        }
    }

    @Test
    void theCellsReadAsTheTableWouldShowThem() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        Indicator ind = ALL.get(0);
        Set<String> texts = new HashSet<>();
        for (int k = 0; k < WarmUpSample.LOOKS; k++) {
            Cell c = WarmUpSample.look(k, ind);
            texts.add(CellText.number(c, ind) + CellText.symbols(c));
        }
        assertEquals(WarmUpSample.LOOKS, texts.size(), "no two looks alike: " + texts);
        assertTrue(texts.contains(Cell.NOT_DISCLOSED), texts.toString());
        assertFalse(texts.stream().anyMatch(x -> x.contains("null")), texts.toString());
    }

    private static Set<String> looks(Cell c) {
        Set<String> s = new HashSet<>();
        if (c.missing()) {
            s.add(c.absence() == Absence.NO_POPULATION ? "noPopulation" : "notStated");
            return s;
        }
        s.add("value");
        if (c.best()) {
            s.add("best");
        }
        if (c.worst()) {
            s.add("worst");
        }
        if (c.derived()) {
            s.add("derived");
        }
        if (c.light() != Light.NONE) {
            s.add(c.light().name().toLowerCase(Locale.ROOT));
        }
        if (!c.marker().isEmpty()) {
            s.add(c.marker());
        }
        return s;
    }
}

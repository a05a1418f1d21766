package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.extract.CatalogueLoader;
import cn.fazhi.workbench.model.Indicator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 领域 boxes offer only areas that hold an indicator: ticking an empty one gave a table of no columns. */
class AreasWithIndicatorsTest {

    @Test
    void onlyAreasThatHoldAnIndicatorAreOffered() {
        var catalogue = CatalogueLoader.bundled();
        var areas = CatalogueAreas.withIndicators(catalogue);
        var used = catalogue.indicators().stream().map(Indicator::group).distinct().toList();
        assertEquals(new java.util.HashSet<>(used), areas.keySet());
        assertTrue(areas.size() < catalogue.groups().size(), "the bundled catalogue has areas without indicators");
        // the catalogue's order is kept
        var order = new ArrayList<>(catalogue.groups().keySet());
        order.retainAll(areas.keySet());
        assertEquals(order, new ArrayList<>(areas.keySet()));
    }
}

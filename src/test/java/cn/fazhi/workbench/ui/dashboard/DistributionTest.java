package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Indicator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The strips of the distribution view: one per 地市, a dot per stated figure, quartiles, and the dot under the mouse. */
class DistributionTest {
    @Test
    void oneStripPerCityInCodeOrderWithADotPerCountyAndItsQuartiles() {
        ComparisonTable t = ManyJurisdictions.table(40);
        Indicator ind = ManyJurisdictions.CATALOGUE.find("legal_aid.cases").orElseThrow();
        int i = t.indicators().indexOf(ind);
        Distribution d = Distribution.of(t, i, c -> c.value().toPlainString());
        assertEquals(4, d.strips().size(), "four cities");
        assertEquals(40, d.dots());
        assertEquals("湖北省咸宁市", d.strips().get(0).name(), "code 4212 first");
        Distribution.Strip s = d.strips().get(0);
        assertEquals(10, s.dots().size());
        for (int k = 1; k < s.dots().size(); k++) {
            assertTrue(s.dots().get(k - 1).value() <= s.dots().get(k).value(), "dots by value");
        }
        assertTrue(s.q1() <= s.median() && s.median() <= s.q3());
        assertEquals(10, d.min(), 1e-9);
        assertEquals(10 + 39 * 13, d.max(), 1e-9);
    }

    @Test
    void quartilesInterpolateBetweenRanks() {
        double[] v = {1, 2, 3, 4};
        assertEquals(2.5, Distribution.quantile(v, 0.5), 1e-9);
        assertEquals(1.75, Distribution.quantile(v, 0.25), 1e-9);
        assertEquals(7, Distribution.quantile(new double[] {7}, 0.75), 1e-9);
    }

    @Test
    void theMouseOnADotFindsThatCountyAndBesideItNothing() {
        ComparisonTable t = ManyJurisdictions.table(12);
        int i = t.indicators().indexOf(ManyJurisdictions.CATALOGUE.find("mediation.success_rate").orElseThrow());
        Distribution d = Distribution.of(t, i, c -> c.value().toPlainString() + "%");
        double width = 900;
        Distribution.Dot dot = d.strips().get(1).dots().get(2);
        double x = d.x(dot.value(), width);
        double y = Distribution.y(1, 2);
        Distribution.Dot found = d.dotAt(x + 2, y - 1, width);
        assertEquals(dot.value(), found.value(), 1e-9);
        assertTrue(found.fullName().startsWith("湖北省"));
        assertNull(d.dotAt(5, y, width), "the label column has no dots");
        assertNull(d.dotAt(x, d.height() + 40, width), "below the last strip");
    }

    @Test
    void anIndicatorNobodyStatesHasNoStrips() {
        ComparisonTable t = ManyJurisdictions.table(0);
        assertSame(Distribution.EMPTY, t.indicators().isEmpty() ? Distribution.EMPTY : Distribution.of(t, 0, c -> ""));
    }
}

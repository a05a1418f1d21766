package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.ui.SampleWiring;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Direction;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.ui.AppWiring;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard tabs' choices, sorting and "first N" without a window, on the sample workspace. */
class DashboardTabsTest {
    @TempDir
    Path dir;
    private AppWiring wiring;
    private DashboardViewModel vm;

    @BeforeEach
    void open() {
        wiring = SampleWiring.open(dir);
        vm = new DashboardViewModel(wiring);
        vm.load();
        vm.yearProperty().set(2022);
        vm.recompute();
        assertNotNull(vm.tableProperty().get());
    }

    @AfterEach
    void close() {
        wiring.close();
    }

    @Test
    void aNewComparisonOpensEveryTabOnTheMostStatedIndicatorAndTheFirstJurisdiction() {
        ComparisonTable t = vm.tableProperty().get();
        DashboardPickers p = vm.pickers();
        Indicator most = TabFigures.mostStated(t);
        int mostCount = t.stats().get(t.indicators().indexOf(most)).count();
        for (int i = 0; i < t.indicators().size(); i++) {
            assertTrue(t.stats().get(i).count() <= mostCount);
        }
        assertEquals(most, p.chartIndicatorProperty().get());
        assertEquals(most, p.rankIndicatorProperty().get());
        assertEquals(most, p.provinceIndicatorProperty().get());
        assertEquals(most, p.yoyIndicatorProperty().get());
        assertEquals(t.jurisdictions().get(0), p.profileJurisdictionProperty().get());
        assertEquals(t.jurisdictions().get(0), p.yoyJurisdictionProperty().get());
        assertEquals(t.indicators(), p.indicators());
        assertEquals(t.jurisdictions(), p.jurisdictions());
    }

    @Test
    void theChartKeepsAChosenIndicatorWhileTheComparisonStillHasItAndTheOtherTabsFollow() {
        DashboardPickers p = vm.pickers();
        Indicator other = p.indicators().stream().filter(i -> !i.equals(p.chartIndicatorProperty().get())).findFirst().orElseThrow();
        p.chartIndicatorProperty().set(other);
        vm.withPreviousYearProperty().set(true); // a new comparison with the same indicators
        assertEquals(other, p.chartIndicatorProperty().get());
        assertEquals(other, p.rankIndicatorProperty().get());
        assertEquals(other, p.yoyIndicatorProperty().get());
    }

    @Test
    void theBarsAreBestFirstAndCutAtTheLimitSayingHowManyStateIt() {
        ComparisonTable t = vm.tableProperty().get();
        int i = t.indicators().indexOf(TabFigures.mostStated(t));
        TabFigures.Bars all = TabFigures.bars(t, i, TabFigures.MAX_BARS);
        assertEquals(t.stats().get(i).count(), all.stated());
        assertFalse(all.cut());
        boolean lowerBetter = t.indicators().get(i).direction() == Direction.LOWER_BETTER;
        for (int k = 1; k < all.shown().size(); k++) {
            int c = t.cell(all.shown().get(k - 1), i).value().compareTo(t.cell(all.shown().get(k), i).value());
            assertTrue(lowerBetter ? c <= 0 : c >= 0, "best first");
        }
        assertTrue(all.stated() >= 2, "the samples state the most stated indicator more than once");
        TabFigures.Bars one = TabFigures.bars(t, i, 1);
        assertEquals(List.of(all.shown().get(0)), one.shown());
        assertEquals(all.stated(), one.stated());
        assertTrue(one.cut());
    }

    @Test
    void theRankingPutsRanksInOrderAndTheUndisclosedLast() {
        ComparisonTable t = vm.tableProperty().get();
        for (int i = 0; i < t.indicators().size(); i++) {
            List<Integer> rows = TabFigures.ranking(t, i);
            assertEquals(t.jurisdictions().size(), rows.size());
            boolean unranked = false;
            Integer last = null;
            for (int j : rows) {
                Integer rank = t.cell(j, i).rank();
                if (rank == null) {
                    unranked = true;
                    continue;
                }
                assertFalse(unranked, "a ranked row after an unranked one");
                assertTrue(last == null || last <= rank);
                last = rank;
            }
        }
    }

    @Test
    void aCountIsListedFromTheHighestDownWithoutRanksAndTheChartDoesNotPutTheSmallestFirst() {
        ComparisonTable t = ManyJurisdictions.table(12);
        Indicator lost = ManyJurisdictions.CATALOGUE.find("litigation.lost").orElseThrow(); // a lower-is-better count
        int i = t.indicators().indexOf(lost);
        List<Integer> order = TabFigures.ranking(t, i);
        for (int k = 1; k < order.size(); k++) {
            assertTrue(t.cell(order.get(k - 1), i).value().compareTo(t.cell(order.get(k), i).value()) >= 0);
            assertEquals(null, t.cell(order.get(k), i).rank());
        }
        List<Integer> bars = TabFigures.bars(t, i, 60).shown();
        assertTrue(t.cell(bars.get(0), i).value().compareTo(t.cell(bars.get(bars.size() - 1), i).value()) > 0,
                "highest first, not 'best' (fewest) first");
    }
}

package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Direction;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 地图块 without a window: blocks per 地市, colour classes as Judgement judges, layout and hit-testing. */
class TileMapTest {
    private static final Indicator RATE = ManyJurisdictions.CATALOGUE.find("mediation.success_rate").orElseThrow();
    private static final Indicator COUNT = ManyJurisdictions.CATALOGUE.find("legal_aid.cases").orElseThrow();

    @Test
    void oneBlockPerCityInCodeOrderWithATilePerCounty() {
        ComparisonTable t = ManyJurisdictions.table(40);
        TileMap m = TileMap.of(t, t.indicators().indexOf(COUNT), c -> "x");
        assertEquals(4, m.blocks().size());
        assertEquals("咸宁市", m.blocks().get(0).name(), "code 4212 first; one province: the city alone");
        assertEquals(40, m.tiles());
        assertEquals(10, m.blocks().get(0).tiles().size());
        assertEquals("测试1县", m.blocks().get(0).tiles().get(0).name());
    }

    @Test
    void aJudgedRateIsColouredByRankBestFifthFirst() {
        assertEquals(IndicatorKind.RATE, RATE.kind());
        assertEquals(Direction.HIGHER_BETTER, RATE.direction());
        ComparisonTable t = ManyJurisdictions.table(40);
        int i = t.indicators().indexOf(RATE);
        TileMap m = TileMap.of(t, i, c -> "");
        assertSame(TileMap.Scale.JUDGED, m.scale());
        for (TileMap.Block b : m.blocks()) {
            for (TileMap.Tile tile : b.tiles()) {
                var cell = t.cell(tile.jurisdiction(), i);
                // the fifth is the competition rank's fifth: rank 1..8 -> 0, 9..16 -> 1 … (40 stated)
                assertEquals((cell.rank() - 1) * 5 / 40, tile.colour(), tile.fullName() + " rank " + cell.rank());
            }
        }
    }

    @Test
    void aCountIsNotJudgedItsColourOnlySaysHowLarge() {
        ComparisonTable t = ManyJurisdictions.table(40);
        int i = t.indicators().indexOf(COUNT);
        TileMap m = TileMap.of(t, i, c -> "");
        assertSame(TileMap.Scale.SIZE_ONLY, m.scale());
        TileMap.Tile smallest = m.blocks().get(0).tiles().get(0); // 测试1县: 10, the lowest figure
        assertEquals(0, smallest.colour());
        TileMap.Tile largest = m.blocks().stream().flatMap(b -> b.tiles().stream())
                .filter(x -> x.name().equals("测试40县")).findFirst().orElseThrow();
        assertEquals(4, largest.colour());
    }

    @Test
    void notStatedAndNoReportAreTheirOwnClassesNotColoursOfTheScale() {
        ComparisonTable t = ManyJurisdictions.table(12, 1, 2, 2021);
        int i = t.indicators().indexOf(RATE);
        TileMap m = TileMap.of(t, i, c -> c.missing() ? String.valueOf(c.absence()) : "v");
        Set<Integer> colours = new HashSet<>();
        for (TileMap.Block b : m.blocks()) {
            for (TileMap.Tile tile : b.tiles()) {
                colours.add(tile.colour());
                if (tile.name().equals("测试2县")) {
                    assertEquals(TileMap.NOT_STATED, tile.colour());
                    assertEquals("NOT_STATED", tile.text());
                }
                if (tile.name().equals("测试3县")) {
                    assertEquals(TileMap.NO_REPORT, tile.colour());
                    assertEquals("NO_REPORT", tile.text());
                }
            }
        }
        assertTrue(colours.containsAll(List.of(TileMap.NOT_STATED, TileMap.NO_REPORT, 0, 4)), colours.toString());
    }

    @Test
    void divisionsWithoutAReportJoinTheirCitysBlockInCodeOrderAndOpenNothing() {
        ComparisonTable t = ManyJurisdictions.table(8); // 测试1县 … 测试8县; 咸宁市: 测试1县 421201, 测试5县 421202
        var unreported = new cn.fazhi.workbench.model.Jurisdiction("421203", "未报县", "湖北省咸宁市未报县",
                cn.fazhi.workbench.model.JurisdictionLevel.COUNTY, "421200", "湖北省", "咸宁市");
        var compared = t.jurisdictions().get(0);
        TileMap m = TileMap.of(t, t.indicators().indexOf(COUNT), c -> "v", List.of(unreported, compared), "无报告（名单）");
        assertEquals(9, m.tiles(), "a division already compared is not added twice");
        List<TileMap.Tile> xianning = m.blocks().get(0).tiles();
        assertEquals(List.of("测试1县", "测试5县", "未报县"), xianning.stream().map(TileMap.Tile::name).toList(), "code order");
        assertEquals(-1, xianning.get(2).jurisdiction());
        assertEquals(TileMap.NO_REPORT, xianning.get(2).colour());
        assertEquals("无报告（名单）", xianning.get(2).text());
    }

    @Test
    void equalFiguresShareAFifth() {
        double[] sorted = {1, 2, 2, 2, 2, 2, 2, 2, 2, 9};
        assertEquals(0, TileMap.fifth(sorted, 1));
        assertEquals(0, TileMap.fifth(sorted, 2), "one figure before it: the first fifth, for all nine twos");
        assertEquals(4, TileMap.fifth(sorted, 9));
    }

    @Test
    void theLayoutFitsTheHeightWhenItCanAndTheMouseFindsTheTile() {
        ComparisonTable t = ManyJurisdictions.table(400);
        TileMap m = TileMap.of(t, t.indicators().indexOf(COUNT), c -> "");
        TileMapLayout.Placement p = m.place(1100, 520);
        assertTrue(p.height() <= 520, "400 counties fit one screen: " + p.height() + " at side " + p.side());
        for (int b = 0; b < m.blocks().size(); b++) {
            assertTrue(p.blockX()[b] + p.blockWidth(b) <= 1100, "no block runs off the right edge");
        }
        TileMap.Tile tile = m.blocks().get(2).tiles().get(7);
        double x = p.tileX(2, 7) + p.side() / 2;
        double y = p.tileY(2, 7) + p.side() / 2;
        assertSame(tile, m.tileAt(p, x, y));
        assertNull(m.tileAt(p, p.blockX()[0] + 3, p.blockY()[0] + 3), "a block's title is not a tile");
        assertNull(m.tileAt(p, x, p.height() + 50), "below everything");
        assertTrue(p.columns()[2] > 1, "a block of 100 is more than one column wide");
        TileMap.Tile right = m.tileAt(p, p.tileX(2, 0) + p.side() + TileMapLayout.GAP + 1, p.tileY(2, 0) + 1);
        assertSame(m.blocks().get(2).tiles().get(1), right, "the next tile to the right");
        assertNull(m.tileAt(p, p.tileX(2, 0) + p.side() + 1, p.tileY(2, 0) + 1), "the gap between two tiles is no tile");
    }

    @Test
    void aNationalSelectionFallsBackToTheSmallestTilesAndScrolls() {
        ComparisonTable t = ManyJurisdictions.table(2854);
        TileMap m = TileMap.of(t, t.indicators().indexOf(RATE), c -> "");
        TileMapLayout.Placement p = m.place(1100, 520);
        assertEquals(2854, m.tiles());
        assertTrue(p.side() >= 14 && p.height() < 8000, p.side() + " / " + p.height());
    }
}

package cn.fazhi.workbench.ui.dashboard;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tile side 地图块 chooses: the largest that fits the area, from the counts per 地市 alone. */
class TileSideTest {
    /** A province of 183 counties in 21 地市 (Sichuan's shape), with its 地市 names' lengths. */
    private static final int[] PROVINCE = {20, 6, 5, 7, 6, 9, 7, 5, 5, 11, 9, 6, 10, 6, 7, 8, 5, 3, 13, 18, 17};
    private static final int[] NAME_CHARS = {3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 9, 7, 7};

    private static double[] titles(int[] chars) {
        return Arrays.stream(chars).mapToDouble(c -> TileMap.titleWidth("字".repeat(c))).toArray();
    }

    /** No whole-pixel side above the chosen one fits in any block shape: the choice is the largest. */
    private static void assertLargest(int[] counts, double[] titles, double width, double height, TileMap.Placement p) {
        for (int side = (int) p.side() + 1; side <= TileMap.LARGEST; side++) {
            for (double aspect : TileMap.ASPECTS) {
                double h = TileMap.atSide(counts, titles, width, side, aspect).height();
                assertTrue(h > height, "side " + side + " at aspect " + aspect + " fits (" + h + ") but "
                        + p.side() + " was chosen");
            }
        }
    }

    @Test
    void aProvinceGetsTheLargestSideThatFitsTheAreaOnA1366By768Screen() {
        double[] titles = titles(NAME_CHARS);
        // the tile area of 比对 → 地图块 in a 1366×768 window (about 794 × 437 px)
        TileMap.Placement p = TileMap.place(PROVINCE, titles, 794, 437);
        assertTrue(p.height() <= 437, "fits: " + p.height());
        assertTrue(p.side() > 22, "larger than the old fixed steps gave (18 px): " + p.side());
        assertLargest(PROVINCE, titles, 794, 437, p);
    }

    @Test
    void aLargerAreaGrowsTheTilesToTheSizeThatShowsNames() {
        double[] titles = titles(NAME_CHARS);
        TileMap.Placement p = TileMap.place(PROVINCE, titles, 1100, 520);
        assertTrue(p.side() >= 28, "names show from 28 px: " + p.side());
        assertTrue(p.height() <= 520);
        assertLargest(PROVINCE, titles, 1100, 520, p);
        assertTrue(TileMap.place(PROVINCE, titles, 1600, 900).side() > p.side(), "a full-HD window, larger still");
        assertTrue(TileMap.place(PROVINCE, titles, 850, 470).side() >= 28, "names from a tile area of about 850 × 470");
    }

    @Test
    void theBlocksKeepTheirOrderAndStayInsideTheWidth() {
        double[] titles = titles(NAME_CHARS);
        TileMap.Placement p = TileMap.place(PROVINCE, titles, 794, 437);
        for (int b = 1; b < PROVINCE.length; b++) {
            boolean sameRow = p.blockY()[b] == p.blockY()[b - 1];
            assertTrue(sameRow ? p.blockX()[b] > p.blockX()[b - 1] : p.blockY()[b] > p.blockY()[b - 1],
                    "block " + b + " after block " + (b - 1));
        }
        for (int b = 0; b < PROVINCE.length; b++) {
            assertTrue(p.blockX()[b] + p.blockWidth(b) <= 794, "block " + b + " inside the width");
            int rows = (int) Math.ceil(PROVINCE[b] / (double) p.columns()[b]);
            assertTrue(p.blockY()[b] + TileMap.TITLE + rows * (p.side() + TileMap.GAP) <= p.height() + 0.001);
        }
    }

    @Test
    void oneCityFillsTheAreaWithTheLargestTiles() {
        TileMap.Placement p = TileMap.place(new int[] {17}, titles(new int[] {7}), 794, 437);
        assertEquals(TileMap.LARGEST, p.side());
    }

    @Test
    void aNationalSelectionTakesTheSmallestSideInItsShortestShapeAndScrolls() {
        int[] counts = new int[340];
        Arrays.fill(counts, 8);
        counts[0] = 134; // 2,854 counties in all
        double[] titles = titles(new int[340]);
        TileMap.Placement p = TileMap.place(counts, titles, 794, 437);
        assertEquals(TileMap.SMALLEST, p.side());
        for (double aspect : TileMap.ASPECTS) {
            assertTrue(p.height() <= TileMap.atSide(counts, titles, 794, TileMap.SMALLEST, aspect).height());
        }
    }
}

package cn.fazhi.workbench.ui.dashboard;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shelves and tile side 地图块 chooses, from the counts per 地市 alone (no window). */
class TileMapLayoutTest {
    /** A province of 183 counties in 21 地市 (Sichuan's shape), with its 地市 names' lengths. */
    private static final int[] PROVINCE = {20, 6, 5, 7, 6, 9, 7, 5, 5, 11, 9, 6, 10, 6, 7, 8, 5, 3, 13, 18, 17};
    private static final int[] NAME_CHARS = {3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 9, 7, 7};
    /**
     * The tile area of 比对 → 地图块 in the 1280×738 window a 1366×768 screen opens: the scroll pane's viewport
     * measured on a screenshot is 794 × 423 px, of which the tab lays the tiles out in 794 × 417.
     */
    private static final double WIDTH = 794;
    private static final double HEIGHT = 417;

    private static double[] titles(int[] chars) {
        return Arrays.stream(chars).mapToDouble(c -> TileMapLayout.titleWidth("字".repeat(c))).toArray();
    }

    private static double[] threeCharTitles(int n) {
        int[] chars = new int[n];
        Arrays.fill(chars, 3);
        return titles(chars);
    }

    /**
     * Blocks in their order (left to right in a shelf, shelves top to bottom), none past the right edge or the
     * height reported, none over another, each as wide as its title and its columns.
     */
    private static void assertSound(int[] counts, double[] titles, double width, TileMapLayout.Placement p) {
        double cell = p.side() + TileMapLayout.GAP;
        for (int b = 0; b < counts.length; b++) {
            assertTrue(p.blockX()[b] >= 0 && p.blockX()[b] + p.blockWidth(b) <= width + 1e-9, "block " + b + " inside the width");
            assertTrue(p.blockWidth(b) >= Math.min(width, titles[b]) - 1e-9, "block " + b + " as wide as its title");
            assertTrue(p.columns()[b] * cell - TileMapLayout.GAP <= p.blockWidth(b) + 1e-9, "block " + b + "'s tiles inside it");
            double bottom = p.blockY()[b] + TileMapLayout.TITLE + p.rows(b, counts[b]) * cell - TileMapLayout.GAP;
            assertTrue(bottom <= p.height() + 1e-9, "block " + b + " within the height: " + bottom + " > " + p.height());
            if (b > 0) {
                boolean sameShelf = p.blockY()[b] == p.blockY()[b - 1];
                assertTrue(sameShelf ? p.blockX()[b] >= p.blockX()[b - 1] + p.blockWidth(b - 1) + TileMapLayout.BLOCK_GAP
                        : p.blockY()[b] > p.blockY()[b - 1] && p.blockX()[b] == 0, "block " + b + " after block " + (b - 1));
            }
            for (int o = 0; o < b; o++) { // a block's rectangle (title and tiles) is clear of every other
                double ob = p.blockY()[o] + TileMapLayout.TITLE + p.rows(o, counts[o]) * cell - TileMapLayout.GAP;
                boolean apart = p.blockX()[b] >= p.blockX()[o] + p.blockWidth(o) || p.blockX()[o] >= p.blockX()[b] + p.blockWidth(b)
                        || p.blockY()[b] >= ob || p.blockY()[o] >= bottom;
                assertTrue(apart, "blocks " + o + " and " + b + " overlap");
            }
        }
    }

    /** No whole-pixel side above the chosen one fits: the choice is the largest. */
    private static void assertLargest(int[] counts, double[] titles, double width, double height, TileMapLayout.Placement p) {
        for (int side = (int) p.side() + 1; side <= TileMapLayout.LARGEST; side++) {
            double h = TileMapLayout.atSide(counts, titles, width, side).height();
            assertTrue(h > height, "side " + side + " fits (" + h + ") but " + p.side() + " was chosen");
        }
    }

    @Test
    void aProvinceOf183CountiesGetsTilesLargeEnoughForNamesOnA1366By768Screen() {
        double[] titles = titles(NAME_CHARS);
        TileMapLayout.Placement p = TileMapLayout.place(PROVINCE, titles, WIDTH, HEIGHT);
        assertTrue(p.height() <= HEIGHT, "fits: " + p.height());
        assertTrue(p.side() >= 30, "names show from 28 px; the fixed block shapes gave 26: " + p.side());
        assertLargest(PROVINCE, titles, WIDTH, HEIGHT, p);
        assertSound(PROVINCE, titles, WIDTH, p);
        assertTrue(TileMapLayout.place(PROVINCE, titles, 1100, 520).side() > p.side(), "a larger window, larger tiles");
    }

    @Test
    void theShortestLayoutAtASideIsAsShortAsAnyShelfLayoutWithAnyColumns() {
        Random random = new Random(12);
        for (int trial = 0; trial < 30; trial++) {
            int n = 2 + random.nextInt(5);
            int[] counts = new int[n];
            int[] chars = new int[n];
            for (int b = 0; b < n; b++) {
                counts[b] = 1 + random.nextInt(7);
                chars[b] = 2 + random.nextInt(6);
            }
            double[] titles = titles(chars);
            int side = 20 + random.nextInt(30);
            double width = 250 + random.nextInt(400);
            TileMapLayout.Placement p = TileMapLayout.atSide(counts, titles, width, side);
            assertSound(counts, titles, width, p);
            assertEquals(bruteForceHeight(counts, titles, width, side), p.height(), 1e-9,
                    Arrays.toString(counts) + " at " + side + " px in " + width);
        }
    }

    /** Every split into shelves, every column count of every block: the shortest height there is. */
    private static double bruteForceHeight(int[] counts, double[] titles, double width, int side) {
        int n = counts.length;
        double[] best = new double[n + 1];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = -TileMapLayout.BLOCK_GAP;
        for (int i = 1; i <= n; i++) {
            for (int j = 0; j < i; j++) {
                double shelf = shortestShelf(counts, titles, width, side, j, i, j, 0, 0);
                best[i] = Math.min(best[i], best[j] + TileMapLayout.BLOCK_GAP + shelf);
            }
        }
        return best[n];
    }

    private static double shortestShelf(int[] counts, double[] titles, double width, int side, int j, int i, int b,
                                        double used, int rows) {
        double cell = side + TileMapLayout.GAP;
        if (b == i) {
            return used - TileMapLayout.BLOCK_GAP <= width ? TileMapLayout.TITLE + rows * cell - TileMapLayout.GAP
                    : Double.POSITIVE_INFINITY;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int c = 1; c <= counts[b]; c++) {
            double w = Math.max(c * cell - TileMapLayout.GAP, titles[b]);
            int r = (counts[b] + c - 1) / c;
            best = Math.min(best, shortestShelf(counts, titles, width, side, j, i, b + 1, used + w + TileMapLayout.BLOCK_GAP,
                    Math.max(rows, r)));
        }
        return best;
    }

    @Test
    void twentyOneCitiesOfThreeToTwentyCountiesShowNamesAndFillTheArea() {
        Random random = new Random(21);
        for (int trial = 0; trial < 20; trial++) {
            int[] counts = random.ints(21, 3, 21).toArray();
            double[] titles = threeCharTitles(21);
            TileMapLayout.Placement p = TileMapLayout.place(counts, titles, WIDTH, HEIGHT);
            int tiles = Arrays.stream(counts).sum();
            assertTrue(p.height() <= HEIGHT, Arrays.toString(counts));
            assertSound(counts, titles, WIDTH, p);
            assertLargest(counts, titles, WIDTH, HEIGHT, p);
            if (tiles <= 190) {
                assertTrue(p.side() >= 28, tiles + " counties, names need 28 px: " + p.side() + " " + Arrays.toString(counts));
            }
            // the tiles cover a good part of the area: title rows, gaps and ragged ends take the rest
            double covered = tiles * p.side() * p.side() / (WIDTH * HEIGHT);
            assertTrue(covered > 0.4, "tiles cover " + covered + " of the area for " + Arrays.toString(counts));
        }
    }

    @Test
    void theQuickAreaBoundNeverRulesOutASideThatFits() {
        Random random = new Random(7);
        for (int trial = 0; trial < 40; trial++) {
            int n = 1 + random.nextInt(40);
            int[] counts = random.ints(n, 1, 1 + random.nextInt(60)).toArray();
            int[] chars = random.ints(n, 2, 12).toArray();
            double[] titles = titles(chars);
            double width = 300 + random.nextInt(1500);
            double height = 200 + random.nextInt(800);
            for (int side = TileMapLayout.SMALLEST; side <= TileMapLayout.LARGEST; side++) {
                if (TileMapLayout.atSide(counts, titles, width, side).height() <= height) {
                    assertFalse(TileMapLayout.cannotFit(counts, titles, width, height, side),
                            Arrays.toString(counts) + " fits at " + side + " px in " + width + " × " + height);
                }
            }
        }
        int[] singles = new int[2854];
        Arrays.fill(singles, 1);
        assertTrue(TileMapLayout.cannotFit(singles, threeCharTitles(2854), 2400, 1300, 15),
                "2,854 blocks of one tile: their title rows alone outgrow a large screen");
    }

    @Test
    void oneCityOfSixtyFourCountiesGetsTheLargestTiles() {
        double[] titles = titles(new int[] {7});
        TileMapLayout.Placement p = TileMapLayout.place(new int[] {64}, titles, WIDTH, HEIGHT);
        assertEquals(TileMapLayout.LARGEST, p.side());
        assertTrue(p.height() <= HEIGHT);
        assertSound(new int[] {64}, titles, WIDTH, p);
        TileMapLayout.Placement narrow = TileMapLayout.place(new int[] {64}, titles, 400, HEIGHT);
        assertTrue(narrow.side() < TileMapLayout.LARGEST && narrow.height() <= HEIGHT, "a narrow window: smaller tiles that fit");
        assertLargest(new int[] {64}, titles, 400, HEIGHT, narrow);
    }

    @Test
    void theWholeCountryScrollsAtTheSmallestSideInTheShortestLayoutAndFitsALargeScreen() {
        Random random = new Random(31);
        int[] provinces = random.ints(31, 70, 111).toArray(); // 31 blocks of about 90
        double[] titles = threeCharTitles(31);
        TileMapLayout.Placement p = TileMapLayout.place(provinces, titles, WIDTH, HEIGHT);
        assertEquals(TileMapLayout.SMALLEST, p.side(), "about 2,800 tiles cannot fit 794 × 417");
        assertSound(provinces, titles, WIDTH, p);
        assertTrue(p.height() < 8000, "the canvas can be drawn: " + p.height());
        TileMapLayout.Placement large = TileMapLayout.place(provinces, titles, 1800, 880);
        assertTrue(large.height() <= 880 && large.side() > TileMapLayout.SMALLEST, "a 2,560-px-wide screen: " + large.side());
        assertLargest(provinces, titles, 1800, 880, large);

        int[] cities = new int[340];
        Arrays.fill(cities, 8);
        cities[0] = 134; // 2,854 counties in 340 地市
        double[] cityTitles = threeCharTitles(340);
        TileMapLayout.Placement national = TileMapLayout.place(cities, cityTitles, WIDTH, HEIGHT);
        assertEquals(TileMapLayout.SMALLEST, national.side());
        assertSound(cities, cityTitles, WIDTH, national);
        assertTrue(national.height() < 8000, "the canvas can be drawn: " + national.height());
    }

    @Test
    void nothingToPlaceTakesNoHeight() {
        TileMapLayout.Placement p = TileMapLayout.place(new int[0], new double[0], WIDTH, HEIGHT);
        assertEquals(0, p.height());
    }
}

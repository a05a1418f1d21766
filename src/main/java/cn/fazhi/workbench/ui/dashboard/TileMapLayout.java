package cn.fazhi.workbench.ui.dashboard;

import java.util.Arrays;

/**
 * Where 地图块's blocks (one per 地市) and their equal tiles stand in an area: pure arithmetic on the tile
 * counts and the titles' widths, no JavaFX and no node measured, so it is tested headlessly and stays cheap
 * when the canvas changes size on the FX thread.
 * <p>
 * The blocks stand in shelves (rows of blocks) in their given order, left to right, top to bottom. At a tile
 * side, every block of a shelf gets as many columns as it needs to be at most R tile rows high (and at least
 * as many as fit under its title), with R the smallest that lets the shelf fit the width; the shelf breaks are
 * then chosen together (a dynamic programme over the break points, as a paragraph's line breaks are) so that
 * the whole is as short as it can be, and among equally short layouts the one whose shelves end most evenly
 * at the right edge. The old layout gave each block a fixed shape (about √(tiles × 1.6) columns) and broke
 * greedily: a short block beside a tall one and a block too wide for the row's end left large gaps, and a
 * province of 183 counties in 21 地市 got 26-px tiles, two short of the names, on a 1366×768 screen.
 * <p>
 * The side is the largest whole pixel from {@link #LARGEST} down to {@link #SMALLEST} at which the shortest
 * layout fits the height. Sides are tried one by one, not halved: the shortest height need not fall steadily
 * with the side (a block that no longer fits a shelf moves to the next), so halving could miss the largest.
 */
final class TileMapLayout {
    /** Gaps between tiles and between blocks, and the height of a block's title, in pixels. */
    static final double GAP = 2;
    static final double BLOCK_GAP = 10;
    static final double TITLE = 18;
    /** The largest and smallest tile side in pixels; names show from 28 px ({@code TileMapPainter}). */
    static final int LARGEST = 64;
    static final int SMALLEST = 14;

    private TileMapLayout() {
    }

    /** Where each block and tile stands on a canvas: the tile side, the height used, and per block its corner, columns and width. */
    record Placement(double side, double height, double[] blockX, double[] blockY, int[] columns, double[] widths) {
        /** The top left corner of tile {@code k} of block {@code b}. */
        double tileX(int b, int k) {
            return blockX[b] + (k % columns[b]) * (side + GAP);
        }

        double tileY(int b, int k) {
            return blockY[b] + TITLE + (k / columns[b]) * (side + GAP);
        }

        /** The block's width: its tiles', or its title's when that is wider (a city of one or two counties). */
        double blockWidth(int b) {
            return widths[b];
        }

        /** How many rows of tiles block {@code b} has. */
        int rows(int b, int tiles) {
            return (tiles + columns[b] - 1) / columns[b];
        }
    }

    /** The width a block's title needs: most of the city's name and its count, at most 170 px. */
    static double titleWidth(String name) {
        return Math.min(name.length() * 13.0 + 34, 170);
    }

    /**
     * The layout with the largest tile side at which every block fits {@code width} × {@code height}; when none
     * does, the shortest layout at the smallest side (the canvas then scrolls).
     *
     * @param counts the tiles of each block, in order
     * @param titles the width each block's title needs ({@link #titleWidth})
     */
    static Placement place(int[] counts, double[] titles, double width, double height) {
        long tiles = Arrays.stream(counts).asLongStream().sum();
        for (int side = LARGEST; side > SMALLEST; side--) {
            if (tiles * side * side > width * height) {
                continue; // the tiles alone cover more than the area: no layout can fit, skip the work
            }
            Placement p = atSide(counts, titles, width, side);
            if (p.height() <= height) {
                return p;
            }
        }
        return atSide(counts, titles, width, SMALLEST);
    }

    /**
     * The shortest shelf layout at tile side {@code side} (of those, the one whose shelves but the last end
     * nearest the right edge). Cost: for each block, the shelves that can start before it (as many as fit
     * the width, a handful), each with a search over its row count.
     */
    static Placement atSide(int[] counts, double[] titles, double width, int side) {
        int n = counts.length;
        double cell = side + GAP;
        int maxColumns = Math.max(1, (int) ((width + GAP) / cell));
        // best[i]: the shortest layout of blocks 0..i-1 (height, then unevenness); from[i], rowsOf[i]: its last shelf
        double[] best = new double[n + 1];
        double[] uneven = new double[n + 1];
        int[] from = new int[n + 1];
        int[] rowsOf = new int[n + 1];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = -BLOCK_GAP; // no shelf yet: the first one adds no gap above it
        for (int i = 1; i <= n; i++) {
            int tallest = 0;
            for (int j = i - 1; j >= 0; j--) {
                tallest = Math.max(tallest, counts[j]);
                int rows = fewestRows(counts, titles, j, i, width, cell, maxColumns, tallest);
                if (rows < 0) {
                    break; // even one column each is too wide: a shelf starting further left is wider still
                }
                double h = best[j] + BLOCK_GAP + shelfHeight(counts, titles, j, i, cell, maxColumns, width, rows);
                double slack = i == n ? 0 : width - shelfWidth(counts, titles, j, i, cell, maxColumns, width, rows);
                double u = uneven[j] + slack * slack;
                if (h < best[i] || h == best[i] && u < uneven[i]) {
                    best[i] = h;
                    uneven[i] = u;
                    from[i] = j;
                    rowsOf[i] = rows;
                }
            }
        }
        return positions(counts, titles, width, side, from, rowsOf, n == 0 ? 0 : best[n]);
    }

    /**
     * The fewest tile rows R at which blocks {@code j..i-1}, each at most R rows high, fit {@code width} side by
     * side; -1 when they do not fit even one column each. A single block always fits (as many columns as the
     * width holds).
     */
    private static int fewestRows(int[] counts, double[] titles, int j, int i, double width, double cell, int maxColumns, int tallest) {
        int lo = 1;
        int hi = Math.max(1, tallest);
        if (shelfWidth(counts, titles, j, i, cell, maxColumns, width, hi) > width) {
            return i - j == 1 ? hi : -1;
        }
        while (lo < hi) { // the width only shrinks as the rows allowed grow
            int mid = (lo + hi) >>> 1;
            if (shelfWidth(counts, titles, j, i, cell, maxColumns, width, mid) <= width) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The columns block {@code b} takes at most {@code rows} rows high: enough for its tiles, and as many as fit under its title. */
    private static int columns(int[] counts, double[] titles, int b, double cell, int maxColumns, int rows) {
        int count = Math.max(1, counts[b]);
        int forRows = (count + rows - 1) / rows;
        int underTitle = (int) ((titles[b] + GAP) / cell);
        return Math.max(1, Math.min(maxColumns, Math.min(count, Math.max(forRows, underTitle))));
    }

    private static double blockWidth(int[] counts, double[] titles, int b, double cell, int maxColumns, double width, int rows) {
        int c = columns(counts, titles, b, cell, maxColumns, rows);
        return Math.min(width, Math.max(c * cell - GAP, titles[b]));
    }

    private static double shelfWidth(int[] counts, double[] titles, int j, int i, double cell, int maxColumns, double width, int rows) {
        double w = (i - j - 1) * BLOCK_GAP;
        for (int b = j; b < i; b++) {
            w += blockWidth(counts, titles, b, cell, maxColumns, width, rows);
        }
        return w;
    }

    /** The shelf's height: a title and its tallest block's rows of tiles, with the gaps between them. */
    private static double shelfHeight(int[] counts, double[] titles, int j, int i, double cell, int maxColumns, double width, int rows) {
        int tallest = 0;
        for (int b = j; b < i; b++) {
            int c = columns(counts, titles, b, cell, maxColumns, rows);
            tallest = Math.max(tallest, (counts[b] + c - 1) / c);
        }
        return TITLE + tallest * cell - GAP;
    }

    /** The blocks' corners from the chosen shelves, walked back from the last. */
    private static Placement positions(int[] counts, double[] titles, double width, int side, int[] from, int[] rowsOf, double height) {
        int n = counts.length;
        double cell = side + GAP;
        int maxColumns = Math.max(1, (int) ((width + GAP) / cell));
        double[] bx = new double[n];
        double[] by = new double[n];
        int[] cols = new int[n];
        double[] widths = new double[n];
        int shelves = 0;
        int[] starts = new int[n + 1];
        for (int i = n; i > 0; i = from[i]) {
            starts[shelves++] = i;
        }
        double y = 0;
        for (int s = shelves - 1; s >= 0; s--) {
            int i = starts[s];
            int j = from[i];
            double x = 0;
            for (int b = j; b < i; b++) {
                cols[b] = columns(counts, titles, b, cell, maxColumns, rowsOf[i]);
                widths[b] = blockWidth(counts, titles, b, cell, maxColumns, width, rowsOf[i]);
                bx[b] = x;
                by[b] = y;
                x += widths[b] + BLOCK_GAP;
            }
            y += shelfHeight(counts, titles, j, i, cell, maxColumns, width, rowsOf[i]) + BLOCK_GAP;
        }
        return new Placement(side, height, bx, by, cols, widths);
    }
}

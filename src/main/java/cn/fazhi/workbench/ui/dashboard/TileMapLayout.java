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
     * does, the shortest layout at the smallest side (the canvas then scrolls). Measured on the loaded 2-core
     * machine (CPU time, warm): at most 2.5 ms for 2,854 counties in 340 blocks and 5 ms for 2,854 blocks of
     * one tile, in areas from 794 × 417 to 2400 × 1300; well under a millisecond for a province.
     *
     * @param counts the tiles of each block, in order
     * @param titles the width each block's title needs ({@link #titleWidth})
     */
    static Placement place(int[] counts, double[] titles, double width, double height) {
        for (int side = LARGEST; side > SMALLEST; side--) {
            if (cannotFit(counts, titles, width, height, side)) {
                continue; // no layout can fit: skip the work
            }
            Placement p = atSide(counts, titles, width, side);
            if (p.height() <= height) {
                return p;
            }
        }
        return atSide(counts, titles, width, SMALLEST);
    }

    /**
     * True when the blocks at tile side {@code side} cannot fit {@code width} × {@code height} whatever the
     * shelves: each block with the gaps right of and below it takes at least its smallest area (over its
     * column counts, title row included), and these rectangles do not overlap in the area widened by one gap.
     * O(tiles); it spares the full layout at sides far too large, which matters most for many small blocks
     * (a title row each).
     */
    static boolean cannotFit(int[] counts, double[] titles, double width, double height, int side) {
        Shelf s = new Shelf(counts, titles, width, side);
        double room = (width + BLOCK_GAP) * (height + BLOCK_GAP);
        double needed = 0;
        for (int b = 0; b < counts.length && needed <= room; b++) {
            int count = Math.max(1, counts[b]);
            double least = Double.POSITIVE_INFINITY;
            for (int c = 1; c <= Math.min(count, s.maxColumns); c++) {
                double w = Math.min(width, Math.max(c * s.cell - GAP, titles[b])) + BLOCK_GAP;
                double h = TITLE + ((count + c - 1) / c) * s.cell - GAP + BLOCK_GAP;
                least = Math.min(least, w * h);
            }
            needed += least;
        }
        return needed > room;
    }

    /**
     * The shortest shelf layout at tile side {@code side} (of those, the one whose shelves but the last end
     * nearest the right edge). For each block, the shelves ending with it are tried from the shortest
     * (itself alone) leftwards, as far as they fit the width; a shelf's row limit only grows as it takes in
     * blocks, so the width is added up block by block and summed anew only when the limit grows: about
     * blocks × blocks-per-shelf steps.
     */
    static Placement atSide(int[] counts, double[] titles, double width, int side) {
        Shelf s = new Shelf(counts, titles, width, side);
        int n = counts.length;
        // best[i]: the shortest layout of blocks 0..i-1 (height, then unevenness); from[i], rowsOf[i]: its last shelf
        double[] best = new double[n + 1];
        double[] uneven = new double[n + 1];
        int[] from = new int[n + 1];
        int[] rowsOf = new int[n + 1];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = -BLOCK_GAP; // no shelf yet: the first one adds no gap above it
        for (int i = 1; i <= n; i++) {
            int limit = 1; // the fewest rows at which blocks j..i-1 fit side by side
            int most = 1; // the most tiles of one of them: a limit beyond it narrows nothing
            double used = -BLOCK_GAP; // their width at the limit
            int high = 0; // their tallest one's rows at the limit
            for (int j = i - 1; j >= 0; j--) {
                most = Math.max(most, counts[j]);
                used += BLOCK_GAP + s.blockWidth(j, limit);
                high = Math.max(high, s.rows(j, limit));
                if (used > width) { // (never for one block alone: it takes at most the width)
                    limit = s.fewestRows(j, i, limit + 1, most);
                    if (limit < 0) {
                        break; // too wide at one column each: a shelf starting further left is wider still
                    }
                    used = s.width(j, i, limit);
                    high = s.tallestRows(j, i, limit);
                }
                double h = best[j] + BLOCK_GAP + TITLE + high * s.cell - GAP;
                double slack = i == n ? 0 : width - used;
                double u = uneven[j] + slack * slack;
                if (h < best[i] || h == best[i] && u < uneven[i]) {
                    best[i] = h;
                    uneven[i] = u;
                    from[i] = j;
                    rowsOf[i] = limit;
                }
            }
        }
        return positions(s, from, rowsOf, n == 0 ? 0 : best[n]);
    }

    /** The blocks at one tile side in one width: how wide and high each is at a row limit. */
    private static final class Shelf {
        final int[] counts;
        final double[] titles;
        final double width;
        final int side;
        final double cell;
        final int maxColumns;

        Shelf(int[] counts, double[] titles, double width, int side) {
            this.counts = counts;
            this.titles = titles;
            this.width = width;
            this.side = side;
            this.cell = side + GAP;
            this.maxColumns = Math.max(1, (int) ((width + GAP) / cell));
        }

        /** The columns block {@code b} takes at most {@code limit} rows high: enough for its tiles, and as many as fit under its title. */
        int columns(int b, int limit) {
            int count = Math.max(1, counts[b]);
            int forRows = (count + limit - 1) / limit;
            int underTitle = (int) ((titles[b] + GAP) / cell);
            return Math.max(1, Math.min(maxColumns, Math.min(count, Math.max(forRows, underTitle))));
        }

        int rows(int b, int limit) {
            int c = columns(b, limit);
            return (counts[b] + c - 1) / c;
        }

        double blockWidth(int b, int limit) {
            return Math.min(width, Math.max(columns(b, limit) * cell - GAP, titles[b]));
        }

        /** Blocks {@code j..i-1} side by side. */
        double width(int j, int i, int limit) {
            double w = (i - j - 1) * BLOCK_GAP;
            for (int b = j; b < i; b++) {
                w += blockWidth(b, limit);
            }
            return w;
        }

        int tallestRows(int j, int i, int limit) {
            int tallest = 0;
            for (int b = j; b < i; b++) {
                tallest = Math.max(tallest, rows(b, limit));
            }
            return tallest;
        }

        /** The fewest rows from {@code lo} to {@code hi} at which blocks {@code j..i-1} fit the width, or -1. */
        int fewestRows(int j, int i, int lo, int hi) {
            if (lo > hi || width(j, i, hi) > width) {
                return -1;
            }
            while (lo < hi) { // the width only shrinks as the limit grows
                int mid = (lo + hi) >>> 1;
                if (width(j, i, mid) <= width) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }
    }

    /** The blocks' corners from the chosen shelves, walked back from the last. */
    private static Placement positions(Shelf s, int[] from, int[] rowsOf, double height) {
        int n = s.counts.length;
        double[] bx = new double[n];
        double[] by = new double[n];
        int[] cols = new int[n];
        double[] widths = new double[n];
        int shelves = 0;
        int[] ends = new int[n + 1];
        for (int i = n; i > 0; i = from[i]) {
            ends[shelves++] = i;
        }
        double y = 0;
        for (int k = shelves - 1; k >= 0; k--) {
            int i = ends[k];
            int j = from[i];
            double x = 0;
            for (int b = j; b < i; b++) {
                cols[b] = s.columns(b, rowsOf[i]);
                widths[b] = s.blockWidth(b, rowsOf[i]);
                bx[b] = x;
                by[b] = y;
                x += widths[b] + BLOCK_GAP;
            }
            y += TITLE + s.tallestRows(j, i, rowsOf[i]) * s.cell - GAP + BLOCK_GAP;
        }
        return new Placement(s.side, height, bx, by, cols, widths);
    }
}

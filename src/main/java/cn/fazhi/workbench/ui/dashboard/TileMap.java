package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.Absence;
import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.compare.Judgement;
import cn.fazhi.workbench.model.Direction;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.Jurisdiction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * 地图块: the province without boundary data. One block per 地市 (code order), one equal tile per county,
 * coloured by one indicator. Tiles are equal because the workspace has no size to give them (no population,
 * no area) and a bigger tile would read as "more"; the blocks stand in code order, so neighbours in the
 * code list stand near each other, which is as close to a map as we go without map data (decision 0026).
 * <p>
 * The colour class of a tile follows {@link Judgement}: a judged rate is put in fifths by its rank in the
 * selection (best fifth to worst fifth); a count, or a figure without a direction, in fifths of its value
 * from the lowest to the highest, which says "larger", never "better" (decision 0019). A county without a
 * figure is {@link #NOT_STATED} (the report does not state it, or a reviewer rejected it) or
 * {@link #NO_REPORT}, never a colour of the scale. Pure data, no JavaFX: made off the FX thread; the
 * layout ({@link #place}) is a few microseconds per county and runs when the canvas changes size.
 *
 * @param blocks the 地市 in code order, each with its counties in code order
 * @param scale  how the colour classes read (for the legend)
 */
record TileMap(List<Block> blocks, Scale scale) {
    /** Colour classes of a tile without a figure; classes 0–4 are the fifths of the scale. */
    static final int NOT_STATED = -1;
    static final int NO_REPORT = -2;
    static final int FIFTHS = 5;

    /** How the fifths read: best to worst (a judged rate) or lowest to highest (anything not judged). */
    enum Scale {
        JUDGED, SIZE_ONLY
    }

    /** One county: its column in the comparison (-1: not compared, no report), its names, its figure as words and its colour class. */
    record Tile(int jurisdiction, String name, String fullName, String text, int colour) {
    }

    /** One 地市 and its counties. */
    record Block(String name, List<Tile> tiles) {
    }

    static final TileMap EMPTY = new TileMap(List.of(), Scale.SIZE_ONLY);

    /** Gaps between tiles and between blocks, and the height of a block's title, in pixels. */
    static final double GAP = 2;
    static final double BLOCK_GAP = 12;
    static final double TITLE = 18;
    /** The largest and smallest tile side in pixels; names show from {@code TileMapPainter}'s 28 px. */
    static final int LARGEST = 64;
    static final int SMALLEST = 14;
    /**
     * Block shapes tried at each side, as columns ≈ sqrt(tiles × aspect): 1.6 first (a little wider than
     * square, as screens are), then squarer and wider ones, which fill a short wide area or a tall narrow one
     * better and so let the tiles grow.
     */
    static final double[] ASPECTS = {1.6, 1.0, 1.3, 2, 2.5, 3, 4};

    /** Tiles of indicator {@code i} of {@code t}; {@code text} words a cell (the one number format). */
    static TileMap of(ComparisonTable t, int i, Function<Cell, String> text) {
        return of(t, i, text, List.of(), "");
    }

    /**
     * As {@link #of(ComparisonTable, int, Function)}, plus a {@link #NO_REPORT} tile (column -1, words
     * {@code unreportedText}) for each of {@code unreported} — divisions the gazetteer expects that have no
     * report — not in the comparison, each in its 地市's block in code order.
     */
    static TileMap of(ComparisonTable t, int i, Function<Cell, String> text, List<Jurisdiction> unreported,
                      String unreportedText) {
        Indicator ind = t.indicators().get(i);
        boolean judged = Judgement.judged(ind);
        double[] stated = t.jurisdictions().isEmpty() ? new double[0] : new double[t.jurisdictions().size()];
        int n = 0;
        for (int j = 0; j < t.jurisdictions().size(); j++) {
            Cell c = t.cell(j, i);
            if (!c.missing()) {
                stated[n++] = orientation(ind, judged) * c.value().doubleValue();
            }
        }
        double[] sorted = Arrays.copyOf(stated, n);
        Arrays.sort(sorted);
        // the comparison's jurisdictions (their column) and the unreported ones (-1), together in code order
        java.util.Set<String> compared = new java.util.HashSet<>();
        t.jurisdictions().forEach(x -> compared.add(x.fullName()));
        List<Map.Entry<Jurisdiction, Integer>> all = new ArrayList<>();
        for (int j = 0; j < t.jurisdictions().size(); j++) {
            all.add(Map.entry(t.jurisdictions().get(j), j));
        }
        unreported.stream().filter(x -> !compared.contains(x.fullName())).forEach(x -> all.add(Map.entry(x, -1)));
        all.sort(Map.Entry.comparingByKey(DashboardChoices.CODE_ORDER));
        Map<String, List<Tile>> byCity = new LinkedHashMap<>();
        Map<String, Jurisdiction> firstOfCity = new LinkedHashMap<>();
        for (Map.Entry<Jurisdiction, Integer> e : all) {
            Jurisdiction jur = e.getKey();
            int j = e.getValue();
            Tile tile;
            if (j < 0) {
                tile = new Tile(-1, jur.name(), jur.fullName(), unreportedText, NO_REPORT);
            } else {
                Cell c = t.cell(j, i);
                int colour = c.missing() ? (c.absence() == Absence.NO_REPORT ? NO_REPORT : NOT_STATED)
                        : fifth(sorted, orientation(ind, judged) * c.value().doubleValue());
                tile = new Tile(j, jur.name(), jur.fullName(), text.apply(c), colour);
            }
            firstOfCity.putIfAbsent(DashboardChoices.cityKey(jur), jur);
            byCity.computeIfAbsent(DashboardChoices.cityKey(jur), k -> new ArrayList<>()).add(tile);
        }
        // the province's name only when the selection spans several provinces
        boolean oneProvince = all.stream().map(x -> x.getKey().province() == null ? "" : x.getKey().province()).distinct().count() <= 1;
        List<Block> blocks = new ArrayList<>();
        byCity.forEach((city, tiles) -> {
            Jurisdiction first = firstOfCity.get(city);
            String name = oneProvince && first.city() != null ? first.city() : city;
            blocks.add(new Block(name.isEmpty() ? first.fullName() : name, List.copyOf(tiles)));
        });
        return new TileMap(List.copyOf(blocks), judged ? Scale.JUDGED : Scale.SIZE_ONLY);
    }

    /**
     * Judged: figures turned so that smaller is better (class 0 = best fifth); not judged: as they are
     * (class 0 = the lowest fifth).
     */
    private static double orientation(Indicator ind, boolean judged) {
        return judged && ind.direction() == Direction.HIGHER_BETTER ? -1 : 1;
    }

    /**
     * The fifth a figure falls in: how many figures are strictly before it, as a share of all, so equal
     * figures share a class (for a judged rate this is its competition rank less one, as {@link Judgement}
     * ranks it).
     */
    static int fifth(double[] sorted, double v) {
        int before = cn.fazhi.workbench.compare.Comparison.lowerBound(sorted, v);
        return Math.min(FIFTHS - 1, (int) ((long) before * FIFTHS / Math.max(1, sorted.length)));
    }

    int tiles() {
        return blocks.stream().mapToInt(b -> b.tiles().size()).sum();
    }

    /** Where each block and tile stands on a canvas {@code width} wide: from {@link #place}. */
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
    }

    /**
     * Lays the blocks out in rows (left to right, a new row when the next block does not fit), with the
     * largest tile side at which everything fits {@code height}; the smallest side (and a scroll bar) when
     * nothing does. Computed from the counts alone (no node is measured), so it stays cheap on the FX thread.
     */
    Placement place(double width, double height) {
        int[] counts = new int[blocks.size()];
        double[] titles = new double[blocks.size()];
        for (int b = 0; b < counts.length; b++) {
            counts[b] = blocks.get(b).tiles().size();
            titles[b] = titleWidth(blocks.get(b).name());
        }
        return place(counts, titles, width, height);
    }

    /**
     * The layout with the largest tile side that fits {@code width} × {@code height}: every whole-pixel side
     * from {@link #LARGEST} down to {@link #SMALLEST}, at each side every block shape of {@link #ASPECTS}, the
     * first that fits wins. Tried one by one rather than halved: the height does not fall steadily with the
     * side (a block that no longer fits its row moves to the next one), so a binary search could miss the
     * largest. Nothing fits: the smallest side in its shortest shape, and the canvas scrolls. At most 51 × 7
     * passes over the blocks, fewer as sides whose tiles alone outgrow the area are skipped: measured warm on the
     * loaded 2-core machine, well under a millisecond for a province of 21 地市 or 2,854 counties in 340 blocks.
     *
     * @param counts the tiles of each block, in order
     * @param titles the width each block's title needs ({@link #titleWidth})
     */
    static Placement place(int[] counts, double[] titles, double width, double height) {
        long tiles = Arrays.stream(counts).asLongStream().sum();
        for (int side = LARGEST; side >= SMALLEST; side--) {
            if (tiles * side * side > width * height) {
                continue; // the tiles alone cover more than the area: no shape can fit, skip the passes
            }
            for (double aspect : ASPECTS) {
                Placement p = atSide(counts, titles, width, side, aspect);
                if (p.height() <= height) {
                    return p;
                }
            }
        }
        Placement shortest = null;
        for (double aspect : ASPECTS) {
            Placement p = atSide(counts, titles, width, SMALLEST, aspect);
            if (shortest == null || p.height() < shortest.height()) {
                shortest = p;
            }
        }
        return shortest;
    }

    /** The width a block's title needs: most of the city's name and its count, at most 170 px. */
    static double titleWidth(String name) {
        return Math.min(name.length() * 13.0 + 34, 170);
    }

    /**
     * The layout at tile side {@code side}, each block about {@code sqrt(tiles × aspect)} tiles wide (at least
     * as wide as its title, at most the canvas).
     */
    static Placement atSide(int[] counts, double[] titles, double width, double side, double aspect) {
        int n = counts.length;
        double[] bx = new double[n];
        double[] by = new double[n];
        int[] cols = new int[n];
        double[] widths = new double[n];
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        int maxColumns = Math.max(1, (int) ((width + GAP) / (side + GAP)));
        for (int b = 0; b < n; b++) {
            int count = counts[b];
            double title = titles[b];
            int c = (int) Math.ceil(Math.sqrt(count * aspect));
            int forTitle = (int) Math.ceil(title / (side + GAP));
            c = Math.min(maxColumns, Math.max(1, Math.min(count, Math.max(c, forTitle))));
            cols[b] = c;
            double w = Math.min(width, Math.max(c * (side + GAP) - GAP, title));
            widths[b] = w;
            double h = TITLE + Math.ceil(count / (double) c) * (side + GAP);
            if (x > 0 && x + w > width) {
                x = 0;
                y += rowHeight + BLOCK_GAP;
                rowHeight = 0;
            }
            bx[b] = x;
            by[b] = y;
            x += w + BLOCK_GAP;
            rowHeight = Math.max(rowHeight, h);
        }
        return new Placement(side, y + rowHeight, bx, by, cols, widths);
    }

    /** The tile under a point of the placement, or null. */
    Tile tileAt(Placement p, double mx, double my) {
        for (int b = 0; b < blocks.size(); b++) {
            double top = p.blockY()[b] + TITLE;
            if (mx < p.blockX()[b] || mx > p.blockX()[b] + p.blockWidth(b) || my < top) {
                continue;
            }
            int col = (int) ((mx - p.blockX()[b]) / (p.side() + GAP));
            int row = (int) ((my - top) / (p.side() + GAP));
            int k = row * p.columns()[b] + col;
            if (col < p.columns()[b] && k < blocks.get(b).tiles().size() && mx - p.tileX(b, k) <= p.side() && my - p.tileY(b, k) <= p.side()) {
                return blocks.get(b).tiles().get(k);
            }
        }
        return null;
    }
}

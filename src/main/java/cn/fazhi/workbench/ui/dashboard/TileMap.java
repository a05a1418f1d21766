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
 * layout ({@link #place}, {@link TileMapLayout}) runs when the canvas changes size.
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
        int before = cn.fazhi.workbench.compare.SortedNumbers.lowerBound(sorted, v);
        return Math.min(FIFTHS - 1, (int) ((long) before * FIFTHS / Math.max(1, sorted.length)));
    }

    int tiles() {
        return blocks.stream().mapToInt(b -> b.tiles().size()).sum();
    }

    /**
     * Where the blocks and tiles stand in {@code width} × {@code height}: the largest tile side at which all
     * fit, in shelves that keep the blocks' order ({@link TileMapLayout}). Computed from the counts alone (no
     * node is measured), so it stays cheap on the FX thread.
     */
    TileMapLayout.Placement place(double width, double height) {
        int[] counts = new int[blocks.size()];
        double[] titles = new double[blocks.size()];
        for (int b = 0; b < counts.length; b++) {
            counts[b] = blocks.get(b).tiles().size();
            titles[b] = TileMapLayout.titleWidth(blocks.get(b).name());
        }
        return TileMapLayout.place(counts, titles, width, height);
    }

    /** The tile under a point of the placement, or null. */
    Tile tileAt(TileMapLayout.Placement p, double mx, double my) {
        for (int b = 0; b < blocks.size(); b++) {
            double top = p.blockY()[b] + TileMapLayout.TITLE;
            if (mx < p.blockX()[b] || mx > p.blockX()[b] + p.blockWidth(b) || my < top) {
                continue;
            }
            int col = (int) ((mx - p.blockX()[b]) / (p.side() + TileMapLayout.GAP));
            int row = (int) ((my - top) / (p.side() + TileMapLayout.GAP));
            int k = row * p.columns()[b] + col;
            if (col < p.columns()[b] && k < blocks.get(b).tiles().size() && mx - p.tileX(b, k) <= p.side() && my - p.tileY(b, k) <= p.side()) {
                return blocks.get(b).tiles().get(k);
            }
        }
        return null;
    }
}

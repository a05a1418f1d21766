package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.Absence;
import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.ui.common.Fonts;
import cn.fazhi.workbench.ui.common.LatestWinsJob;
import cn.fazhi.workbench.ui.common.Numbers;
import cn.fazhi.workbench.ui.common.TaskRunner;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.workflow.MissingReports;
import javafx.scene.control.CheckBox;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.function.Consumer;

import static cn.fazhi.workbench.ui.common.I18n.tr;
import static cn.fazhi.workbench.ui.dashboard.TabControls.grow;
import static cn.fazhi.workbench.ui.dashboard.TabControls.row;

/**
 * 地图块: the chosen indicator over the province's 地市 and counties as a block of equal tiles per 地市
 * ({@link TileMap}; no boundary geometry, which would need a map-approval number). The tiles are made off
 * the FX thread; laying them out and painting them is one canvas, so 3,000 counties are one node. The mouse
 * on a tile names it and its figure; a click opens its 地区画像.
 */
final class TileMapTab implements DashboardTab {
    /** Judged rates, best fifth to worst fifth: blue to red, which reads without red–green vision. */
    static final String[] JUDGED = {"#2c7bb6", "#abd9e9", "#ffffbf", "#fdae61", "#d7191c"};
    /** Counts and figures without a direction: one hue, lightest for the lowest, which says size, not merit. */
    static final String[] SIZE_ONLY = {"#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f"};
    static final String NOT_STATED = "#bdbdbd";
    static final String NO_REPORT = "#ffffff";

    private final DashboardPickers pickers;
    private final AppWiring wiring;
    /** Also a tile for each division the gazetteer expects in the province that has no report this year. */
    private final CheckBox unreported = new CheckBox(tr("tiles.unreported"));
    private final Consumer<Jurisdiction> openProfile;
    private final Canvas canvas = new Canvas(600, 100);
    private final ScrollPane scroll = new ScrollPane(canvas);
    private final Label note = new Label();
    private final Label hover = new Label(" ");
    private final FlowPane legend = new FlowPane(10, 4);
    private final Tooltip tip = new Tooltip();
    private final VBox content;
    private final LatestWinsJob<TileMap> job;
    private ComparisonTable table;
    private TileMap shown = TileMap.EMPTY;
    private TileMapLayout.Placement placement;
    private TileMap.Tile under;
    /** The count whose 每万人 figures colour the tiles on their way or on screen; null when the chosen figure does. */
    private Indicator perHeadOf;

    TileMapTab(DashboardPickers pickers, AppWiring wiring, Consumer<Jurisdiction> openProfile) {
        this.pickers = pickers;
        this.wiring = wiring;
        unreported.setId("tiles-unreported");
        unreported.setTooltip(new Tooltip(tr("tiles.unreportedTip")));
        this.openProfile = openProfile;
        canvas.setId("tiles-canvas");
        note.setId("tiles-note");
        hover.setId("tiles-hover");
        legend.setId("tiles-legend");
        note.getStyleClass().add("legend");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE); // two lines, not one cut short, when the tiles take the rest
        hover.setStyle("-fx-font-weight: bold;");
        scroll.setFitToWidth(true);
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            if (a == null || Math.abs(a.getWidth() - b.getWidth()) > 1 || Math.abs(a.getHeight() - b.getHeight()) > 1) {
                paint();
            }
        });
        canvas.setOnMouseMoved(e -> point(placement == null ? null : shown.tileAt(placement, e.getX(), e.getY()),
                e.getScreenX(), e.getScreenY()));
        canvas.setOnMouseExited(e -> point(null, 0, 0));
        canvas.setOnMouseClicked(e -> {
            TileMap.Tile t = placement == null ? null : shown.tileAt(placement, e.getX(), e.getY());
            if (t != null && t.jurisdiction() >= 0 && table != null) {
                point(null, 0, 0); // the tab is about to go: no tooltip left behind over the profile
                openProfile.accept(table.jurisdictions().get(t.jurisdiction()));
            }
        });
        content = new VBox(8, row(tr("compare.indicator"), TabControls.indicatorBox("tiles-indicator",
                pickers.indicators(), pickers.provinceIndicatorProperty()), unreported), note, legend, hover, grow(scroll));
        job = new LatestWinsJob<>(wiring.tasks(), tr("tiles.task"), 30, this::capture, this::show, t -> show(null));
    }

    @Override
    public String id() {
        return "tab-tiles";
    }

    @Override
    public String title() {
        return tr("compare.tab.tiles");
    }

    @Override
    public Node content() {
        return content;
    }

    /** Shares the indicator with 按地市 and 分布: one question, seen as figures, dots or tiles. */
    @Override
    public List<? extends ObservableValue<?>> inputs() {
        return List.of(pickers.provinceIndicatorProperty(), unreported.selectedProperty());
    }

    @Override
    public void draw(ComparisonTable t) {
        table = t;
        note.setText(tr("tiles.computing"));
        job.request();
    }

    /** The tiles on screen and where they stand (for tests). */
    TileMap shown() {
        return shown;
    }

    TileMapLayout.Placement placement() {
        return placement;
    }

    private TaskRunner.Job<TileMap> capture() {
        ComparisonTable t = table;
        Indicator ind = pickers.provinceIndicatorProperty().get();
        int i = t == null || ind == null ? -1 : t.indicators().indexOf(ind);
        if (i < 0) {
            return null;
        }
        // a count the catalogue marks per-head comparable, with its 每万人 row in the comparison (a population was
        // entered): coloured per 10,000 residents and judged like a rate, not by a size that follows the place's
        Indicator perHead = perHeadOf(t, ind);
        Indicator by = perHead == null ? ind : perHead;
        int column = t.indicators().indexOf(by);
        perHeadOf = perHead == null ? null : ind;
        String province = onlyProvince(t);
        var session = wiring.session();
        boolean withUnreported = unreported.isSelected() && province != null && session != null;
        return (progress, cancel) -> {
            List<Jurisdiction> missing = !withUnreported ? List.of() : new MissingReports(session).find(province, null, t.year())
                    .rows().stream().filter(r -> r.state() == MissingReports.State.MISSING).map(MissingReports.Row::jurisdiction)
                    .toList();
            return TileMap.of(t, column, c -> words(c, by), missing, tr("tiles.unreportedTile"));
        };
    }

    /** The 每万人 row of count {@code ind} in {@code t}, or null (not per-head comparable, or no population). */
    static Indicator perHeadOf(ComparisonTable t, Indicator ind) {
        String code = ind.code() + cn.fazhi.workbench.compare.PerHead.SUFFIX;
        return t.indicators().stream().filter(x -> x.code().equals(code)).findFirst().orElse(null);
    }

    /** The one province all the compared jurisdictions are in, or null (none, or several: too many to list). */
    private static String onlyProvince(ComparisonTable t) {
        var provinces = t.jurisdictions().stream().map(Jurisdiction::province).distinct().toList();
        return provinces.size() == 1 ? provinces.get(0) : null;
    }

    /** A tile's figure with its unit, or why it has none: the one number format. */
    static String words(Cell c, Indicator ind) {
        if (c.missing()) {
            return c.absence() == Absence.NO_REPORT ? tr("tiles.noReport")
                    : c.absence() == Absence.NO_POPULATION ? tr("compare.noPopulation")
                    : c.absence() == Absence.REJECTED ? tr("status.rejected") : tr("compare.notDisclosed");
        }
        return Numbers.withUnit(c.value(), ind.kind() == IndicatorKind.RATE, c.marker(), ind.unit());
    }

    private void show(TileMap m) {
        shown = m == null ? TileMap.EMPTY : m;
        note.setText(shown.blocks().isEmpty() ? tr("tiles.none") : tr("tiles.summary", shown.tiles(), shown.blocks().size())
                + (perHeadOf == null ? "" : "\n" + tr("tiles.perHead", cn.fazhi.workbench.compare.PerHead.UNIT, perHeadOf.nameZh())));
        legend();
        paint();
    }

    private void point(TileMap.Tile t, double screenX, double screenY) {
        canvas.setCursor(t == null ? Cursor.DEFAULT : Cursor.HAND);
        if (t == null) {
            under = null;
            hover.setText(" ");
            tip.hide();
            return;
        }
        if (t != under) {
            under = t;
            hover.setText(tr("tiles.hover", t.fullName(), t.text()));
            tip.setText(tr("tiles.hover", t.fullName(), t.text()) + "\n" + tr("tiles.click"));
        }
        tip.show(canvas, screenX + 14, screenY + 14);
    }

    /** The colour key of the scale on screen, and the two kinds of tile without a figure. */
    private void legend() {
        legend.getChildren().clear();
        if (shown.blocks().isEmpty()) {
            return;
        }
        boolean judged = shown.scale() == TileMap.Scale.JUDGED;
        String[] colours = judged ? JUDGED : SIZE_ONLY;
        HBox scale = new HBox(2);
        scale.setAlignment(Pos.CENTER_LEFT);
        scale.getChildren().add(new Label(tr(judged ? "tiles.legend.best" : "tiles.legend.low") + " "));
        for (String c : colours) {
            scale.getChildren().add(swatch(c));
        }
        scale.getChildren().add(new Label(" " + tr(judged ? "tiles.legend.worst" : "tiles.legend.high")));
        String words = judged ? "tiles.legend.judged" : perHeadOf != null ? "tiles.legend.perHeadSizeOnly" : "tiles.legend.sizeOnly";
        legend.getChildren().addAll(new Label(tr(words)), scale,
                key(NOT_STATED, tr("compare.notDisclosed")), key(NO_REPORT, tr("tiles.noReport")));
    }

    private static HBox key(String colour, String words) {
        HBox h = new HBox(4, swatch(colour), new Label(words));
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static Region swatch(String colour) {
        Region r = new Region();
        r.setMinSize(16, 14);
        r.setPrefSize(16, 14);
        r.setStyle("-fx-background-color: " + colour + "; -fx-border-color: #7f8c8d; -fx-border-width: 0.5;");
        return r;
    }

    private void paint() {
        TileMap m = shown;
        double w = Math.max(300, scroll.getViewportBounds().getWidth());
        double viewport = Math.max(200, scroll.getViewportBounds().getHeight());
        placement = m.place(w, viewport - 6); // the canvas is 4 px taller than the tiles: no scroll bar when they fit
        double h = Math.max(60, Math.min(TileMapPainter.MAX_HEIGHT, placement.height() + 4));
        canvas.setWidth(w);
        canvas.setHeight(h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        TileMapPainter.paint(g, m, placement, Font.font(Fonts.FAMILY, 12));
    }

    /** The drawing of the tiles, apart from the tab's wiring. */
    static final class TileMapPainter {
        /** Canvases beyond this height cannot be drawn by every graphics card. */
        static final double MAX_HEIGHT = 8000;

        private TileMapPainter() {
        }

        static void paint(GraphicsContext g, TileMap m, TileMapLayout.Placement p, Font font) {
            boolean judged = m.scale() == TileMap.Scale.JUDGED;
            double s = p.side();
            Font small = Font.font(font.getFamily(), s >= 46 ? 12 : 10);
            g.setTextBaseline(VPos.CENTER);
            for (int b = 0; b < m.blocks().size(); b++) {
                TileMap.Block block = m.blocks().get(b);
                g.setFont(font);
                g.setTextAlign(TextAlignment.LEFT);
                g.setFill(Color.web("#34495e"));
                g.fillText(block.name() + "（" + block.tiles().size() + "）", p.blockX()[b], p.blockY()[b] + TileMapLayout.TITLE / 2,
                        p.blockWidth(b));
                g.setFont(small);
                g.setTextAlign(TextAlignment.CENTER);
                for (int k = 0; k < block.tiles().size(); k++) {
                    TileMap.Tile t = block.tiles().get(k);
                    double x = p.tileX(b, k);
                    double y = p.tileY(b, k);
                    if (y > MAX_HEIGHT) {
                        break;
                    }
                    tile(g, t, x, y, s, judged);
                }
            }
        }

        private static void tile(GraphicsContext g, TileMap.Tile t, double x, double y, double s, boolean judged) {
            String colour = t.colour() == TileMap.NO_REPORT ? NO_REPORT : t.colour() == TileMap.NOT_STATED ? NOT_STATED
                    : (judged ? JUDGED : SIZE_ONLY)[t.colour()];
            g.setFill(Color.web(colour));
            g.fillRect(x, y, s, s);
            if (t.colour() == TileMap.NO_REPORT) {
                // no report: an empty tile with a dashed edge, unlike 未披露's grey, whatever the screen's colours
                g.setStroke(Color.web("#7f8c8d"));
                g.setLineWidth(1);
                g.setLineDashes(3, 2);
                g.strokeRect(x + 0.5, y + 0.5, s - 1, s - 1);
                g.setLineDashes((double[]) null);
            }
            if (s < 28) {
                return;
            }
            boolean dark = t.colour() >= 0 && (judged ? t.colour() == 0 || t.colour() == 4 : t.colour() >= 3);
            g.setFill(dark ? Color.WHITE : Color.web("#1f2d3d"));
            Font font = g.getFont();
            double px = font.getSize();
            double lineHeight = px + 2;
            double room = s - 4;
            boolean figure = s >= 46; // the figure under the name, or 未披露 / 无报告 / 已剔除 in words
            int lines = Math.max(1, (int) (room / lineHeight) - (figure ? 1 : 0));
            List<String> name = TileText.lines(t.name(), room, px, lines);
            double top = y + s / 2 - (name.size() + (figure ? 1 : 0) - 1) * lineHeight / 2;
            for (int k = 0; k < name.size(); k++) {
                g.fillText(name.get(k), x + s / 2, top + k * lineHeight);
            }
            if (figure) {
                String text = t.colour() == TileMap.NO_REPORT ? tr("tiles.noReport") : t.text();
                // a smaller font for a long figure (12,345 件/万人) rather than squeezed glyphs
                double fits = Math.max(8, Math.min(px, px * room / Math.max(1, TileText.width(text, px))));
                g.setFont(Font.font(font.getFamily(), Math.floor(fits)));
                g.fillText(text, x + s / 2, top + name.size() * lineHeight, room);
                g.setFont(font);
            }
        }
    }
}

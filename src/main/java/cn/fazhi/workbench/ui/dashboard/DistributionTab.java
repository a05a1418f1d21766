package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;
import cn.fazhi.workbench.ui.common.LatestWinsJob;
import cn.fazhi.workbench.ui.common.Numbers;
import cn.fazhi.workbench.ui.common.TaskRunner;
import javafx.beans.value.ObservableValue;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.math.BigDecimal;
import java.util.List;

import static cn.fazhi.workbench.ui.common.I18n.tr;
import static cn.fazhi.workbench.ui.dashboard.TabControls.grow;
import static cn.fazhi.workbench.ui.dashboard.TabControls.row;

/**
 * 分布: one indicator across the province, a strip per 地市 with a dot per county (not stated: no dot)
 * and a box from the lower to the upper quartile with the median marked, so 400 counties fit on one
 * screen where 60 bars did not. Drawn on a canvas: thousands of dots are one node, not thousands. The
 * strips are made off the FX thread ({@link LatestWinsJob}); the mouse over a dot names it and its figure.
 */
final class DistributionTab implements DashboardTab {
    /** Canvases beyond this height cannot be drawn by every graphics card: later 地市 are left out, and said so. */
    private static final double MAX_HEIGHT = 8000;

    private final DashboardPickers pickers;
    private final Canvas canvas = new Canvas(600, 100);
    private final Label hover = new Label(" ");
    private final Label note = new Label();
    private final VBox content;
    private final LatestWinsJob<Distribution> job;
    private ComparisonTable table;
    private Distribution shown = Distribution.EMPTY;

    DistributionTab(DashboardPickers pickers, TaskRunner tasks) {
        this.pickers = pickers;
        canvas.setId("distribution-canvas");
        hover.setId("distribution-hover");
        note.setId("distribution-note");
        note.getStyleClass().add("legend");
        note.setWrapText(true);
        hover.setStyle("-fx-font-weight: bold;");
        ScrollPane scroll = new ScrollPane(canvas);
        scroll.setFitToWidth(true);
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            if (Math.abs(canvas.getWidth() - b.getWidth()) > 1) {
                canvas.setWidth(Math.max(400, b.getWidth()));
                paint();
            }
        });
        canvas.setOnMouseMoved(e -> {
            Distribution.Dot d = shown.dotAt(e.getX(), e.getY(), canvas.getWidth());
            hover.setText(d == null ? " " : d.fullName() + " · " + d.text());
        });
        canvas.setOnMouseExited(e -> hover.setText(" "));
        content = new VBox(8, row(tr("compare.indicator"), TabControls.indicatorBox("distribution-indicator",
                pickers.indicators(), pickers.provinceIndicatorProperty())), note, hover, grow(scroll));
        job = new LatestWinsJob<>(tasks, tr("distribution.task"), 30, this::capture, this::show, t -> show(null));
    }

    @Override
    public String id() {
        return "tab-distribution";
    }

    @Override
    public String title() {
        return tr("compare.tab.distribution");
    }

    @Override
    public Node content() {
        return content;
    }

    /** Shares the indicator with 按地市: the same question, seen as numbers or as dots. */
    @Override
    public List<? extends ObservableValue<?>> inputs() {
        return List.of(pickers.provinceIndicatorProperty());
    }

    @Override
    public void draw(ComparisonTable t) {
        table = t;
        note.setText(tr("distribution.computing"));
        job.request();
    }

    /** The distribution on screen (for tests). */
    Distribution shown() {
        return shown;
    }

    private TaskRunner.Job<Distribution> capture() {
        ComparisonTable t = table;
        Indicator ind = pickers.provinceIndicatorProperty().get();
        int i = t == null || ind == null ? -1 : t.indicators().indexOf(ind);
        if (i < 0) {
            return null;
        }
        return (progress, cancel) -> Distribution.of(t, i, c -> CellText.number(c, ind) + ind.unit().replace("%", ""));
    }

    private void show(Distribution d) {
        shown = d == null ? Distribution.EMPTY : d;
        note.setText(shown.strips().isEmpty() ? tr("distribution.none")
                : tr("distribution.summary", shown.dots(), shown.strips().size()));
        paint();
    }

    private void paint() {
        Distribution d = shown;
        double w = canvas.getWidth();
        double h = Math.min(MAX_HEIGHT, Math.max(60, d.height() + 30));
        canvas.setHeight(h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (d.strips().isEmpty()) {
            return;
        }
        Indicator ind = pickers.provinceIndicatorProperty().get();
        boolean rate = ind != null && ind.kind() == IndicatorKind.RATE;
        g.setFont(Font.font(12));
        g.setTextBaseline(VPos.CENTER);
        for (int s = 0; s < d.strips().size() && (s + 1) * Distribution.STRIP <= h - 30; s++) {
            Distribution.Strip strip = d.strips().get(s);
            double mid = s * Distribution.STRIP + Distribution.STRIP / 2;
            g.setFill(s % 2 == 0 ? Color.web("#f6f8fa") : Color.WHITE);
            g.fillRect(0, s * Distribution.STRIP, w, Distribution.STRIP);
            g.setFill(Color.web("#34495e"));
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(strip.name() + "（" + strip.dots().size() + "）", 4, mid, Distribution.LABEL - 8);
            // the box: lower to upper quartile, the median a dark stroke
            double x1 = d.x(strip.q1(), w);
            double x3 = d.x(strip.q3(), w);
            g.setFill(Color.web("#d6e4f0"));
            g.fillRect(x1, mid - 9, Math.max(2, x3 - x1), 18);
            g.setStroke(Color.web("#1d4f91"));
            g.setLineWidth(2);
            double xm = d.x(strip.median(), w);
            g.strokeLine(xm, mid - 11, xm, mid + 11);
            g.setFill(Color.web("#c0392b", 0.75));
            for (int k = 0; k < strip.dots().size(); k++) {
                double x = d.x(strip.dots().get(k).value(), w);
                g.fillOval(x - 3.5, Distribution.y(s, k) - 3.5, 7, 7);
            }
        }
        axis(g, d, w, Math.min(h - 30, d.height()), rate);
    }

    /** Lowest and highest figure under the strips. */
    private static void axis(GraphicsContext g, Distribution d, double w, double y, boolean rate) {
        g.setStroke(Color.web("#7f8c8d"));
        g.setLineWidth(1);
        g.strokeLine(d.x(d.min(), w), y + 4, d.x(d.max(), w), y + 4);
        g.setFill(Color.web("#34495e"));
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(Numbers.figure(BigDecimal.valueOf(d.min()).stripTrailingZeros(), rate, ""), d.x(d.min(), w), y + 16);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(Numbers.figure(BigDecimal.valueOf(d.max()).stripTrailingZeros(), rate, ""), d.x(d.max(), w), y + 16);
    }
}

package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;
import cn.fazhi.workbench.ui.common.Numbers;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

import java.math.BigDecimal;
import java.util.List;

import static cn.fazhi.workbench.ui.common.I18n.tr;
import static cn.fazhi.workbench.ui.dashboard.TabControls.grow;
import static cn.fazhi.workbench.ui.dashboard.TabControls.row;

/** 柱状图: one indicator across the selection, best first (the first 60 at most), with the median as a line. */
final class ChartTab implements DashboardTab {
    private final DashboardPickers pickers;
    private final StackPane holder = new StackPane();
    private final VBox content;

    ChartTab(DashboardPickers pickers) {
        this.pickers = pickers;
        ComboBox<Indicator> indicator = TabControls.indicatorBox("chart-indicator", pickers.indicators(),
                pickers.chartIndicatorProperty());
        content = new VBox(8, row(tr("compare.indicator"), indicator), grow(holder));
    }

    @Override
    public String id() {
        return "tab-chart";
    }

    @Override
    public String title() {
        return tr("compare.tab.chart");
    }

    @Override
    public Node content() {
        return content;
    }

    @Override
    public List<? extends ObservableValue<?>> inputs() {
        return List.of(pickers.chartIndicatorProperty());
    }

    @Override
    public void draw(ComparisonTable t) {
        holder.getChildren().clear();
        Indicator choice = pickers.chartIndicatorProperty().get();
        int i = t == null || choice == null ? -1 : t.indicators().indexOf(choice);
        if (i < 0) {
            return;
        }
        Indicator ind = t.indicators().get(i);
        TabFigures.Bars bars = TabFigures.bars(t, i, TabFigures.MAX_BARS);
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(ind.unit());
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("compare-bar-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setTitle(ind.nameZh() + "（" + ind.unit() + "）"
                + (bars.cut() ? "  " + tr("compare.chartTop", bars.shown().size(), bars.stated()) : ""));
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        for (int j : bars.shown()) {
            s.getData().add(new XYChart.Data<>(t.jurisdictions().get(j).name(), t.cell(j, i).value()));
        }
        chart.getData().add(s);
        holder.getChildren().addAll(chart, medianLine(chart, y, t.stats().get(i).median(), ind));
    }

    /** The median as a line over the bars, placed again whenever the chart is laid out. */
    private static Pane medianLine(BarChart<String, Number> chart, NumberAxis y, BigDecimal median, Indicator ind) {
        Pane overlay = new Pane();
        overlay.setMouseTransparent(true);
        Line line = new Line();
        line.getStyleClass().add("median-line");
        Label label = new Label(median == null ? "" : tr("compare.median", Numbers.figure(median, ind.kind() == IndicatorKind.RATE, "")));
        label.getStyleClass().add("median-label");
        overlay.getChildren().addAll(line, label);
        Runnable place = () -> {
            if (median == null) {
                return;
            }
            Node plot = chart.lookup(".chart-plot-background");
            if (plot == null) {
                return;
            }
            var b = overlay.sceneToLocal(plot.localToScene(plot.getBoundsInLocal()));
            double yPos = overlay.sceneToLocal(y.localToScene(0, y.getDisplayPosition(median.doubleValue()))).getY();
            line.setStartX(b.getMinX());
            line.setEndX(b.getMaxX());
            line.setStartY(yPos);
            line.setEndY(yPos);
            label.relocate(b.getMaxX() - 120, yPos - 18);
        };
        chart.needsLayoutProperty().addListener((o, a, b) -> place.run());
        chart.widthProperty().addListener((o, a, b) -> Platform.runLater(place));
        chart.heightProperty().addListener((o, a, b) -> Platform.runLater(place));
        Platform.runLater(place);
        return overlay;
    }
}

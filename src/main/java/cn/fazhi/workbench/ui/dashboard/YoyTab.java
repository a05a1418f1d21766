package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.Jurisdiction;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;

import static cn.fazhi.workbench.ui.common.I18n.tr;
import static cn.fazhi.workbench.ui.dashboard.TabControls.grow;
import static cn.fazhi.workbench.ui.dashboard.TabControls.row;

/** 历年变化: one jurisdiction's indicator over the years of the comparison. */
final class YoyTab implements DashboardTab {
    private final DashboardPickers pickers;
    private final StackPane holder = new StackPane();
    private final VBox content;

    YoyTab(DashboardPickers pickers) {
        this.pickers = pickers;
        content = new VBox(8, row(tr("compare.jurisdiction"),
                TabControls.jurisdictionBox("yoy-jurisdiction", pickers.jurisdictions(), pickers.yoyJurisdictionProperty()),
                new Label(tr("compare.indicator")),
                TabControls.indicatorBox("yoy-indicator", pickers.indicators(), pickers.yoyIndicatorProperty())), grow(holder));
    }

    @Override
    public String id() {
        return "tab-yoy";
    }

    @Override
    public String title() {
        return tr("compare.tab.yoy");
    }

    @Override
    public Node content() {
        return content;
    }

    @Override
    public List<? extends ObservableValue<?>> inputs() {
        return List.of(pickers.yoyJurisdictionProperty(), pickers.yoyIndicatorProperty());
    }

    @Override
    public void draw(ComparisonTable t) {
        holder.getChildren().clear();
        Jurisdiction j = pickers.yoyJurisdictionProperty().get();
        Indicator ind = pickers.yoyIndicatorProperty().get();
        if (t == null || j == null || ind == null) {
            return;
        }
        int i = t.indicators().indexOf(ind);
        int col = t.jurisdictions().indexOf(j);
        if (i < 0 || col < 0) {
            return;
        }
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(ind.unit());
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setId("compare-yoy-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setTitle(j.name() + " · " + ind.nameZh());
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        for (var e : t.byYear().entrySet()) {
            Cell c = e.getValue()[col][i];
            if (!c.missing()) {
                s.getData().add(new XYChart.Data<>(e.getKey() + "", c.value()));
            }
        }
        chart.getData().add(s);
        Label hint = new Label(t.byYear().size() < 2 ? tr("compare.yoyHint") : "");
        holder.getChildren().addAll(new VBox(6, hint, grow(chart)));
    }
}

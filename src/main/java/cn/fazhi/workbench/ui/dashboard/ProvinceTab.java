package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.compare.JurisdictionProfile;
import cn.fazhi.workbench.compare.Light;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.ui.common.Numbers;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.VBox;
import javafx.beans.value.ObservableValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * 按地市: the province at a glance. One row per 地市 with its counties' median and spread (min–max) of the
 * chosen indicator, disclosure completeness, share published on time and red lights; a row opens to its
 * counties. Built from the comparison on screen (a pure summary: no reading, a few milliseconds).
 */
final class ProvinceTab implements DashboardTab {
    /** One line: a city (summary of its counties) or a county. */
    record Line(String name, int count, String median, String spread, String completeness, String onTime, int redLights) {
    }

    private final TreeTableView<Line> table = new TreeTableView<>();
    private final DashboardPickers pickers;
    private final VBox content;

    ProvinceTab(DashboardPickers pickers) {
        this.pickers = pickers;
        table.setId("province-table");
        table.setShowRoot(false);
        table.setFixedCellSize(26);
        table.getColumns().add(col(tr("province.col.name"), Line::name, 260));
        table.getColumns().add(col(tr("province.col.count"), l -> l.count() == 0 ? "" : String.valueOf(l.count()), 70));
        table.getColumns().add(col(tr("province.col.median"), Line::median, 110));
        table.getColumns().add(col(tr("province.col.spread"), Line::spread, 150));
        table.getColumns().add(col(tr("province.col.completeness"), Line::completeness, 110));
        table.getColumns().add(col(tr("province.col.onTime"), Line::onTime, 100));
        table.getColumns().add(col(tr("province.col.red"), l -> String.valueOf(l.redLights()), 70));
        content = new VBox(8, TabControls.row(tr("compare.indicator"), TabControls.indicatorBox("province-indicator",
                pickers.indicators(), pickers.provinceIndicatorProperty())), TabControls.grow(table));
    }

    @Override
    public String id() {
        return "tab-province";
    }

    @Override
    public String title() {
        return tr("compare.tab.province");
    }

    @Override
    public Node content() {
        return content;
    }

    @Override
    public List<? extends ObservableValue<?>> inputs() {
        return List.of(pickers.provinceIndicatorProperty());
    }

    /** Groups the comparison's jurisdictions by city (code order) for the chosen indicator. */
    @Override
    public void draw(ComparisonTable t) {
        Indicator ind = pickers.provinceIndicatorProperty().get();
        TreeItem<Line> root = new TreeItem<>();
        if (t == null || ind == null || t.indicators().indexOf(ind) < 0) {
            table.setRoot(root);
            return;
        }
        int i = t.indicators().indexOf(ind);
        boolean rate = ind.kind() == IndicatorKind.RATE;
        Map<String, List<Integer>> byCity = new LinkedHashMap<>();
        List<Integer> order = DashboardChoices.inCodeOrder(t);
        for (int j : order) {
            Jurisdiction jur = t.jurisdictions().get(j);
            byCity.computeIfAbsent(DashboardChoices.cityKey(jur), k -> new ArrayList<>()).add(j);
        }
        for (var e : byCity.entrySet()) {
            TreeItem<Line> city = new TreeItem<>(summary(e.getKey(), e.getValue(), t, i, rate, true));
            for (int j : e.getValue()) {
                city.getChildren().add(new TreeItem<>(summary(t.jurisdictions().get(j).name(), List.of(j), t, i, rate, false)));
            }
            root.getChildren().add(city);
        }
        table.setRoot(root);
    }

    private static Line summary(String name, List<Integer> js, ComparisonTable t, int i, boolean rate, boolean group) {
        List<BigDecimal> values = new ArrayList<>();
        double completeness = 0;
        int dated = 0;
        int onTime = 0;
        int red = 0;
        for (int j : js) {
            Cell c = t.cell(j, i);
            if (!c.missing()) {
                values.add(c.value());
            }
            for (int k = 0; k < t.indicators().size(); k++) {
                if (t.cell(j, k).light() == Light.RED) {
                    red++;
                }
            }
            JurisdictionProfile p = t.profiles().get(j);
            completeness += p.completeness();
            if (p.onTime() != null) {
                dated++;
                onTime += p.onTime() ? 1 : 0;
            }
        }
        values.sort(null);
        String median = values.isEmpty() ? tr("compare.notDisclosed") : Numbers.figure(cn.fazhi.workbench.compare.SortedNumbers.median(values), rate, "");
        String spread = values.size() < 2 ? "—" : Numbers.figure(values.get(0), rate, "") + " – "
                + Numbers.figure(values.get(values.size() - 1), rate, "");
        String complete = Numbers.figure(BigDecimal.valueOf(100 * completeness / Math.max(1, js.size())), true, "");
        String timely = dated == 0 ? "—" : Numbers.figure(BigDecimal.valueOf(100.0 * onTime / dated), true, "");
        return new Line(name, group ? js.size() : 0, median, spread, complete, timely, red);
    }

    private static TreeTableColumn<Line, String> col(String name, Function<Line, String> f, double width) {
        TreeTableColumn<Line, String> c = new TreeTableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().getValue() == null ? "" : f.apply(d.getValue().getValue())));
        c.setPrefWidth(width);
        return c;
    }
}

package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.compare.JurisdictionProfile;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.Numbers;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.stage.FileChooser;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * 比对: choose year, jurisdictions and areas; see them side by side (values, ≥/约, 未披露, best ▲ worst ▼,
 * traffic lights by colour and symbol, evidence in tooltips), charts, a profile, rankings; export to Excel.
 */
public final class DashboardView {
    private final DashboardViewModel vm;
    private final AppWiring wiring;
    private final BiConsumer<Long, Long> openReport;
    private final BorderPane root = new BorderPane();
    private final ComparisonTableView table;
    private final JurisdictionTree tree;
    private TabPane tabs;
    private boolean showing;
    /** Tabs drawn for the comparison on screen; the others are drawn when they are opened. */
    private final java.util.Set<String> drawn = new java.util.HashSet<>();
    private final ComboBox<Indicator> chartIndicator = indicatorBox("chart-indicator");
    private final ComboBox<Indicator> rankIndicator = indicatorBox("rank-indicator");
    private final ComboBox<Indicator> provinceIndicator = indicatorBox("province-indicator");
    private final ProvinceView province = new ProvinceView();
    private final ComboBox<Jurisdiction> profileJurisdiction = jurisdictionBox("profile-jurisdiction");
    private final ComboBox<Jurisdiction> yoyJurisdiction = jurisdictionBox("yoy-jurisdiction");
    private final ComboBox<Indicator> yoyIndicator = indicatorBox("yoy-indicator");
    private final StackPane chartHolder = new StackPane();
    private final VBox profileBox = new VBox(8);
    private final TableView<Integer> rankTable = new TableView<>();
    private final StackPane yoyHolder = new StackPane();
    private final VBox areaBox = new VBox(4);

    public DashboardView(AppWiring wiring, BiConsumer<Long, Long> openReport) {
        this.wiring = wiring;
        this.vm = new DashboardViewModel(wiring);
        this.tree = new JurisdictionTree(vm, wiring.tasks());
        Label placeholder = new Label();
        placeholder.setId("compare-placeholder");
        placeholder.textProperty().bind(vm.placeholderProperty());
        this.table = new ComparisonTableView(openReport, placeholder);
        this.openReport = openReport;
        root.getStyleClass().add("screen");
        root.setPadding(new Insets(14));
        root.setLeft(selectionPane());
        root.setCenter(resultPane());
        root.setId("compare-root");
        root.getProperties().put(cn.fazhi.workbench.ui.shell.MainWindow.VIEW, this);
        root.getProperties().put(cn.fazhi.workbench.ui.shell.MainWindow.REFRESH, (Runnable) vm::load);
        vm.tableProperty().addListener((o, a, t) -> show(t));
        vm.available().addListener((javafx.collections.ListChangeListener<Jurisdiction>) c -> rebuildAreas());
        vm.load();
    }

    public Node node() {
        return root;
    }

    public DashboardViewModel viewModel() {
        return vm;
    }

    // ---- selection -----------------------------------------------------------------------------------

    private Node selectionPane() {
        Label title = new Label(tr("compare.title"));
        title.getStyleClass().add("screen-title");
        ComboBox<Integer> year = new ComboBox<>(vm.years());
        year.setId("compare-year");
        year.valueProperty().bindBidirectional(vm.yearProperty());
        CheckBox yoy = new CheckBox(tr("compare.withPreviousYear"));
        yoy.setId("compare-yoy");
        yoy.selectedProperty().bindBidirectional(vm.withPreviousYearProperty());
        HBox yearRow = new HBox(8, new Label(tr("compare.year")), year);
        yearRow.setAlignment(Pos.CENTER_LEFT);


        ComboBox<String> group = new ComboBox<>(vm.groups());
        group.setId("compare-group");
        group.setPromptText(tr("compare.savedGroups"));
        group.setOnAction(e -> vm.applyGroup(group.getValue()));
        Button save = new Button(tr("compare.saveGroup"));
        save.setId("compare-save-group");
        save.setOnAction(e -> {
            TextInputDialog d = new TextInputDialog();
            d.setHeaderText(tr("compare.saveGroupHint"));
            d.showAndWait().ifPresent(vm::saveGroup);
        });
        HBox groupRow = new HBox(6, group, save);

        Label areas = new Label(tr("compare.areas"));
        areas.getStyleClass().add("section-title");
        VBox left = new VBox(8, title, yearRow, yoy, new Label(tr("compare.jurisdictions")), tree.node(), groupRow, areas, areaBox);
        left.setPrefWidth(290);
        left.setPadding(new Insets(0, 12, 0, 0));
        return left;
    }

    private void rebuildAreas() {
        areaBox.getChildren().clear();
        for (Map.Entry<String, String> a : vm.areaNames().entrySet()) {
            CheckBox cb = new CheckBox(a.getValue());
            cb.setId("compare-area-" + a.getKey());
            cb.setSelected(vm.areas().isEmpty() || vm.areas().contains(a.getKey()));
            cb.selectedProperty().addListener((o, was, now) -> {
                List<String> on = new ArrayList<>();
                for (Node n : areaBox.getChildren()) {
                    if (n instanceof CheckBox c && c.isSelected()) {
                        on.add(c.getId().substring("compare-area-".length()));
                    }
                }
                vm.setAreas(on.size() == vm.areaNames().size() ? List.of() : on.isEmpty() ? List.of("—") : on);
            });
            areaBox.getChildren().add(cb);
        }
    }

    // ---- results -------------------------------------------------------------------------------------

    private Node resultPane() {
        Button export = new Button("⤓ " + tr("compare.export"));
        export.setId("compare-export");
        export.disableProperty().bind(vm.tableProperty().isNull());
        export.setOnAction(e -> exportExcel());
        // A word, not a spinning indicator: an animation repaints 60 times a second while the comparison runs.
        Label busy = new Label();
        busy.setId("compare-busy");
        busy.getStyleClass().add("legend");
        busy.textProperty().bind(javafx.beans.binding.Bindings.when(vm.computingProperty())
                .then(tr("compare.computing")).otherwise(""));
        Label message = new Label();
        message.setId("compare-message");
        message.textProperty().bind(vm.messageProperty());
        Label legend = new Label(tr("compare.legend"));
        legend.getStyleClass().add("legend");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, legend, grow, message, busy, export);
        bar.setAlignment(Pos.CENTER_LEFT);


        chartIndicator.setOnAction(e -> redraw("tab-chart"));
        rankIndicator.setOnAction(e -> redraw("tab-rank"));
        provinceIndicator.setOnAction(e -> redraw("tab-province"));
        profileJurisdiction.setOnAction(e -> redraw("tab-profile"));
        yoyJurisdiction.setOnAction(e -> redraw("tab-yoy"));
        yoyIndicator.setOnAction(e -> redraw("tab-yoy"));
        rankTable.setId("rank-table");

        TabPane tabs = new TabPane(
                tab("tab-table", tr("compare.tab.table"), table.node()),
                tab("tab-province", tr("compare.tab.province"), new VBox(8, row(tr("compare.indicator"), provinceIndicator),
                        grow((Region) province.node()))),
                tab("tab-chart", tr("compare.tab.chart"), new VBox(8, row(tr("compare.indicator"), chartIndicator), grow(chartHolder))),
                tab("tab-yoy", tr("compare.tab.yoy"), new VBox(8, row(tr("compare.jurisdiction"), yoyJurisdiction,
                        new Label(tr("compare.indicator")), yoyIndicator), grow(yoyHolder))),
                tab("tab-profile", tr("compare.tab.profile"), new VBox(8, row(tr("compare.jurisdiction"), profileJurisdiction),
                        grow(new ScrollPane(profileBox)))),
                tab("tab-rank", tr("compare.tab.rank"), new VBox(8, row(tr("compare.indicator"), rankIndicator), grow(rankTable))),
                tab("tab-missing", tr("compare.tab.missing"), new MissingReportsPane(wiring, vm).node()));
        tabs.setId("compare-tabs");
        this.tabs = tabs;
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> drawSelectedTab());
        VBox box = new VBox(8, bar, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return box;
    }

    private static <T extends Region> T grow(T n) {
        VBox.setVgrow(n, Priority.ALWAYS);
        return n;
    }

    private static Tab tab(String id, String name, Node content) {
        Tab t = new Tab(name, content);
        t.setId(id);
        t.setClosable(false);
        if (content instanceof Region r) {
            r.setPadding(new Insets(8));
        }
        return t;
    }

    private static HBox row(String label, Node... nodes) {
        HBox h = new HBox(8);
        h.getChildren().add(new Label(label));
        h.getChildren().addAll(nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private void show(ComparisonTable t) {
        showing = true;
        try {
            fill(t);
        } finally {
            showing = false;
        }
        drawn.clear();
        drawSelectedTab();
    }

    private void fill(ComparisonTable t) {
        table.show(t);
        if (t == null) {
            return;
        }
        Indicator keepChart = chartIndicator.getValue();
        chartIndicator.getItems().setAll(t.indicators());
        rankIndicator.getItems().setAll(t.indicators());
        provinceIndicator.getItems().setAll(t.indicators());
        yoyIndicator.getItems().setAll(t.indicators());
        chartIndicator.setValue(keepChart != null && t.indicators().contains(keepChart) ? keepChart : mostStated(t));
        rankIndicator.setValue(chartIndicator.getValue());
        provinceIndicator.setValue(chartIndicator.getValue());
        yoyIndicator.setValue(chartIndicator.getValue());
        profileJurisdiction.getItems().setAll(t.jurisdictions());
        yoyJurisdiction.getItems().setAll(t.jurisdictions());
        if (!t.jurisdictions().isEmpty()) {
            profileJurisdiction.setValue(t.jurisdictions().get(0));
            yoyJurisdiction.setValue(t.jurisdictions().get(0));
        }
    }

    /** A choice inside a tab changed: draw it again if it is the tab on screen. */
    private void redraw(String tabId) {
        drawn.remove(tabId);
        if (showing) {
            return;
        }
        drawSelectedTab();
    }

    /** Draws the open tab for the comparison on screen, once; the table needs nothing more. */
    private void drawSelectedTab() {
        Tab open = tabs == null ? null : tabs.getSelectionModel().getSelectedItem();
        String id = open == null ? "tab-table" : open.getId();
        if (!drawn.add(id)) {
            return;
        }
        switch (id) {
            case "tab-chart" -> drawChart();
            case "tab-rank" -> drawRanking();
            case "tab-province" -> province.show(vm.tableProperty().get(), provinceIndicator.getValue());
            case "tab-profile" -> drawProfile();
            case "tab-yoy" -> drawYoy();
            default -> { }
        }
    }

    private static Indicator mostStated(ComparisonTable t) {
        Indicator best = null;
        int count = -1;
        for (int i = 0; i < t.indicators().size(); i++) {
            if (t.stats().get(i).count() > count) {
                count = t.stats().get(i).count();
                best = t.indicators().get(i);
            }
        }
        return best;
    }

    // ---- charts, profile, ranking --------------------------------------------------------------------

    private int indexOf(ComparisonTable t, Indicator ind) {
        return ind == null ? -1 : t.indicators().indexOf(ind);
    }

    /** Bar chart of one indicator across the selection, best first, with the median as a line. */
    private void drawChart() {
        chartHolder.getChildren().clear();
        ComparisonTable t = vm.tableProperty().get();
        int i = t == null ? -1 : indexOf(t, chartIndicator.getValue());
        if (i < 0) {
            return;
        }
        Indicator ind = t.indicators().get(i);
        List<Integer> js = new ArrayList<>();
        for (int j = 0; j < t.jurisdictions().size(); j++) {
            if (!t.cell(j, i).missing()) {
                js.add(j);
            }
        }
        Comparator<Integer> byValue = Comparator.comparing(j -> t.cell(j, i).value());
        js.sort(ind.direction() == cn.fazhi.workbench.model.Direction.LOWER_BETTER ? byValue : byValue.reversed());
        int stated = js.size();
        if (js.size() > 60) {
            js = js.subList(0, 60); // said in the title: the best 60 of all that state it
        }
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(ind.unit());
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("compare-bar-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setTitle(ind.nameZh() + "（" + ind.unit() + "）" + (stated > js.size() ? "  " + tr("compare.chartTop", js.size(), stated) : ""));
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        for (int j : js) {
            s.getData().add(new XYChart.Data<>(t.jurisdictions().get(j).name(), t.cell(j, i).value()));
        }
        chart.getData().add(s);
        BigDecimal median = t.stats().get(i).median();
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
        chart.widthProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(place));
        chart.heightProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(place));
        chartHolder.getChildren().addAll(chart, overlay);
        javafx.application.Platform.runLater(place);
    }

    private void drawRanking() {
        rankTable.getColumns().clear();
        ComparisonTable t = vm.tableProperty().get();
        int i = t == null ? -1 : indexOf(t, rankIndicator.getValue());
        if (i < 0) {
            rankTable.getItems().clear();
            return;
        }
        Indicator ind = t.indicators().get(i);
        TableColumn<Integer, String> rank = new TableColumn<>(tr("compare.col.rank"));
        rank.setCellValueFactory(d -> new ReadOnlyStringWrapper(t.cell(d.getValue(), i).rank() == null ? "—"
                : (t.cell(d.getValue(), i).qualifiedRank() ? "≈" : "") + t.cell(d.getValue(), i).rank()));
        TableColumn<Integer, String> name = new TableColumn<>(tr("compare.col.jurisdiction"));
        name.setCellValueFactory(d -> new ReadOnlyStringWrapper(t.jurisdictions().get(d.getValue()).fullName()));
        name.setPrefWidth(260);
        TableColumn<Integer, String> value = new TableColumn<>(tr("compare.col.value"));
        value.setCellValueFactory(d -> new ReadOnlyStringWrapper(CellText.number(t.cell(d.getValue(), i), ind)));
        value.setPrefWidth(120);
        TableColumn<Integer, String> dist = new TableColumn<>(tr("compare.col.fromMedian"));
        dist.setCellValueFactory(d -> {
            BigDecimal v = t.cell(d.getValue(), i).distanceFromMedian();
            return new ReadOnlyStringWrapper(Numbers.difference(v, ind.kind() == IndicatorKind.RATE));
        });
        dist.setPrefWidth(120);
        rankTable.getColumns().addAll(List.of(rank, name, value, dist));
        List<Integer> rows = new ArrayList<>();
        for (int j = 0; j < t.jurisdictions().size(); j++) {
            rows.add(j);
        }
        rows.sort(Comparator.comparing(j -> t.cell(j, i).rank() == null ? Integer.MAX_VALUE : t.cell(j, i).rank()));
        rankTable.getItems().setAll(rows);
    }

    /** One jurisdiction: its figures against the selection's median, completeness, on time, flags. */
    private void drawProfile() {
        profileBox.getChildren().clear();
        ComparisonTable t = vm.tableProperty().get();
        Jurisdiction j = profileJurisdiction.getValue();
        if (t == null || j == null || !t.jurisdictions().contains(j)) {
            return;
        }
        int col = t.jurisdictions().indexOf(j);
        JurisdictionProfile p = t.profiles().get(col);
        Label head = new Label(j.fullName() + " · " + t.year());
        head.getStyleClass().add("screen-title");
        Label facts = new Label(tr("compare.profileFacts", Math.round(p.completeness() * 100), p.coreStated(), p.coreTotal(),
                p.onTime() == null ? tr("common.unknown") : p.onTime() ? tr("common.yes") : tr("common.late"),
                p.publishDate() == null ? "—" : p.publishDate().toString(), p.flagged()));
        facts.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        grid.setId("profile-grid");
        String[] head2 = {tr("compare.col.indicator"), tr("compare.col.value"), tr("compare.col.median"),
                tr("compare.col.fromMedian"), tr("compare.col.rank")};
        for (int k = 0; k < head2.length; k++) {
            Label h = new Label(head2[k]);
            h.getStyleClass().add("section-title");
            grid.add(h, k, 0);
        }
        int r = 1;
        for (int i = 0; i < t.indicators().size(); i++) {
            Cell c = t.cell(col, i);
            Indicator ind = t.indicators().get(i);
            BigDecimal median = t.stats().get(i).median();
            grid.add(new Label(ind.nameZh()), 0, r);
            Label v = new Label(CellText.number(c, ind) + "  " + CellText.symbols(c));
            if (c.missing()) {
                v.getStyleClass().add("cell-missing");
            }
            grid.add(v, 1, r);
            grid.add(new Label(Numbers.figure(median, ind.kind() == IndicatorKind.RATE, "")), 2, r);
            BigDecimal d = c.distanceFromMedian();
            grid.add(new Label(Numbers.difference(d, ind.kind() == IndicatorKind.RATE)), 3, r);
            grid.add(new Label(c.rank() == null ? "—" : c.rank() + " / " + t.stats().get(i).count()), 4, r);
            r++;
        }
        profileBox.setPadding(new Insets(8));
        profileBox.getChildren().addAll(head, facts, grid);
    }

    /** One jurisdiction's indicator over the years in the workspace. */
    private void drawYoy() {
        yoyHolder.getChildren().clear();
        ComparisonTable t = vm.tableProperty().get();
        Jurisdiction j = yoyJurisdiction.getValue();
        Indicator ind = yoyIndicator.getValue();
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
        yoyHolder.getChildren().addAll(new VBox(6, hint, grow(chart)));
    }

    private ComboBox<Indicator> indicatorBox(String id) {
        ComboBox<Indicator> b = new ComboBox<>();
        b.setId(id);
        b.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Indicator i) {
                return i == null ? "" : i.nameZh();
            }

            @Override
            public Indicator fromString(String s) {
                return null;
            }
        });
        return b;
    }

    private static ComboBox<Jurisdiction> jurisdictionBox(String id) {
        ComboBox<Jurisdiction> b = new ComboBox<>();
        b.setId(id);
        b.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Jurisdiction j) {
                return j == null ? "" : j.fullName();
            }

            @Override
            public Jurisdiction fromString(String s) {
                return null;
            }
        });
        return b;
    }

    private void exportExcel() {
        ComparisonTable t = vm.tableProperty().get();
        if (t == null) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(tr("compare.export"));
        fc.setInitialFileName(tr("compare.exportFile", t.year()));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        File f = fc.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            exportTo(f.toPath());
        }
    }

    /** Exports what is on screen to {@code file} and says where it went. */
    public void exportTo(Path file) {
        Indicator chart = chartIndicator.getValue();
        vm.export(file, vm.tableProperty().get().jurisdictions().size() > ComparisonTableView.MAX_COLUMNS, chart == null ? null : chart.code(),
                written -> ExportDone.show(root.getScene() == null ? null : root.getScene().getWindow(), written,
                        wiring::openOnDesktop));
    }
}

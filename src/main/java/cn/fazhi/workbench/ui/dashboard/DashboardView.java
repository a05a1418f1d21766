package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.FrameSteps;
import cn.fazhi.workbench.ui.common.Navigator;
import cn.fazhi.workbench.ui.common.Screen;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * 比对: choose year, jurisdictions and areas ({@link SelectionPane}); see them side by side
 * ({@link ComparisonTableView}) and in the other {@link DashboardTab}s; export to Excel. This class only
 * puts the pieces together and decides when a tab is drawn: the open one, once per comparison and choice.
 */
public final class DashboardView implements Screen {
    private final DashboardViewModel vm;
    private final AppWiring wiring;
    private final BorderPane root = new BorderPane();
    private final ComparisonTableView table;
    private final Map<String, DashboardTab> tabs = new LinkedHashMap<>();
    private final TabPane tabPane = new TabPane();
    /** Tabs drawn for the comparison on screen; the others are drawn when they are opened. */
    private final Set<String> drawn = new HashSet<>();

    public DashboardView(AppWiring wiring, Navigator navigator) {
        this.wiring = wiring;
        this.vm = new DashboardViewModel(wiring);
        Label placeholder = new Label();
        placeholder.setId("compare-placeholder");
        placeholder.textProperty().bind(vm.placeholderProperty());
        this.table = new ComparisonTableView(navigator::openReview, placeholder);
        root.getStyleClass().add("screen");
        root.setPadding(new Insets(14));
        SelectionPane selection = new SelectionPane(vm, new JurisdictionTree(vm, wiring.tasks()));
        root.setLeft(selection.node());
        root.setId("compare-root");
        // the tree's filters, its list, the rest of the choices, the results made, the results shown, a frame apart
        // (about 500 ms at once)
        Node[] results = new Node[1];
        FrameSteps.whenShown(root, List.of(selection::addTreeFilters, selection::addTree, selection::addTheRest,
                () -> results[0] = resultPane(),
                () -> {
                    root.setCenter(results[0]);
                    if (vm.tableProperty().get() != null) { // a comparison that came before its tabs
                        drawSelectedTab();
                    }
                }));
        vm.tableProperty().addListener((o, a, t) -> show(t));
        vm.comingProperty().addListener((o, a, c) -> table.prepare(c));
        vm.load();
    }

    /** The tabs in order; a new tab is one class and one line here. */
    private List<DashboardTab> tabs() {
        DashboardPickers pickers = vm.pickers();
        return List.of(
                DashboardTab.fixed("tab-table", tr("compare.tab.table"), table.node()),
                new ProvinceTab(pickers),
                new DistributionTab(pickers, wiring.tasks()),
                new TileMapTab(pickers, wiring, this::openProfile),
                new ChartTab(pickers),
                new YoyTab(pickers),
                new ProfileTab(pickers),
                new RankTab(pickers),
                new MissingReportsPane(wiring, vm));
    }

    /** A tile clicked on 地图块: that jurisdiction's 地区画像. */
    private void openProfile(cn.fazhi.workbench.model.Jurisdiction j) {
        vm.pickers().profileJurisdictionProperty().set(j);
        tabPane.getTabs().stream().filter(t -> "tab-profile".equals(t.getId())).findFirst()
                .ifPresent(t -> tabPane.getSelectionModel().select(t));
    }

    /** Coming back to 比对: read the choices again (an import or a review may have changed them), then compare. */
    @Override
    public void refresh() {
        vm.load();
    }

    @Override
    public Node node() {
        return root;
    }

    /** A tab by its node id (for tests). */
    DashboardTab tab(String id) {
        return tabs.get(id);
    }

    public DashboardViewModel viewModel() {
        return vm;
    }

    /** True while the comparison table still grows to its full height, a few rows per frame (benchmarks and the tour wait). */
    public javafx.beans.property.ReadOnlyBooleanProperty tableGrowingProperty() {
        return table.growingProperty();
    }

    private Node resultPane() {
        Button export = new Button("⤓ " + tr("compare.export"));
        export.setId("compare-export");
        export.disableProperty().bind(vm.tableProperty().isNull());
        export.setOnAction(e -> exportExcel());
        Button briefing = new Button("✎ " + tr("scorecard.briefing"));
        briefing.setId("compare-briefing");
        briefing.setTooltip(new javafx.scene.control.Tooltip(tr("compare.briefingTip")));
        briefing.disableProperty().bind(vm.tableProperty().isNull());
        briefing.setOnAction(e -> BriefingAction.chooseAndWrite(wiring, vm.tableProperty().get(), root.getScene().getWindow()));
        // A word, not a spinning indicator: an animation repaints 60 times a second while the comparison runs.
        Label busy = new Label();
        busy.setId("compare-busy");
        busy.getStyleClass().add("legend");
        busy.textProperty().bind(Bindings.when(vm.computingProperty()).then(tr("compare.computing")).otherwise(""));
        Label message = new Label();
        message.setId("compare-message");
        message.textProperty().bind(vm.messageProperty());
        Label legend = new Label(tr("compare.legend"));
        legend.getStyleClass().add("legend");
        legend.setTooltip(new javafx.scene.control.Tooltip(tr("compare.legendTip"))); // why counts are not judged
        legend.getTooltip().setWrapText(true);
        legend.getTooltip().setMaxWidth(420);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, legend, grow, message, busy, export, briefing);
        bar.setAlignment(Pos.CENTER_LEFT);

        for (DashboardTab t : tabs()) {
            tabs.put(t.id(), t);
            // Only the first tab's content is in the window at the start: the others join it when first opened, so
            // the start does not style and lay out eight hidden tabs (about 200 of stage.show()'s 550-820 ms here, issue 12).
            Tab tab = new Tab(t.title(), tabPane.getTabs().isEmpty() ? t.content() : null);
            tab.setId(t.id());
            tab.setClosable(false);
            if (t.content() instanceof Region r) {
                r.setPadding(new Insets(8));
            }
            tabPane.getTabs().add(tab);
            t.inputs().forEach(in -> in.addListener((o, a, b) -> redraw(t.id())));
        }
        tabPane.setId("compare-tabs");
        tabPane.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> drawSelectedTab());
        VBox box = new VBox(8, bar, tabPane);
        VBox.setVgrow(tabPane, Priority.ALWAYS);
        return box;
    }

    private void show(ComparisonTable t) {
        table.show(t);
        drawn.clear();
        if (!tabs.isEmpty()) { // else the tabs draw it when they join the window
            drawSelectedTab();
        }
    }

    /** A choice inside a tab changed: draw it again if it is the tab on screen (not while a new comparison sets them). */
    private void redraw(String tabId) {
        drawn.remove(tabId);
        if (!vm.pickers().offering()) {
            drawSelectedTab();
        }
    }

    /** Draws the open tab for the comparison on screen, once; the table needs nothing more. */
    private void drawSelectedTab() {
        Tab open = tabPane.getSelectionModel().getSelectedItem();
        String id = open == null ? "tab-table" : open.getId();
        if (open != null && open.getContent() == null) {
            open.setContent(tabs.get(id).content());
        }
        if (drawn.add(id)) {
            tabs.get(id).draw(vm.tableProperty().get());
        }
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

    /** Writes the 通报 of the year on screen (its province: {@link BriefingAction#provinceOf}) to {@code file}. */
    public void writeBriefingTo(Path file) {
        ComparisonTable t = vm.tableProperty().get();
        BriefingAction.write(wiring, t.year(), BriefingAction.provinceOf(t), file,
                root.getScene() == null ? null : root.getScene().getWindow());
    }

    /** Exports what is on screen to {@code file} and says where it went. */
    public void exportTo(Path file) {
        Indicator chart = vm.pickers().chartIndicatorProperty().get();
        vm.export(file, vm.tableProperty().get().jurisdictions().size() > ComparisonTableView.MAX_COLUMNS, chart == null ? null : chart.code(),
                written -> ExportDone.show(root.getScene() == null ? null : root.getScene().getWindow(), written,
                        wiring::openOnDesktop));
    }
}

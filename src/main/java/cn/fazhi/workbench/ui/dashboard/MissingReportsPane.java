package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.LatestWinsJob;
import cn.fazhi.workbench.ui.common.TaskRunner;
import cn.fazhi.workbench.workflow.MissingReports;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * 未报送: for a province or city and the dashboard's year, the county-level divisions the gazetteer expects
 * that have no report in the workspace, and those published after the deadline. Recomputed latest-wins.
 * Nothing is read (not even the gazetteer's provinces) until the tab is first opened: at start-up the
 * comparison the user waits for has the workers to itself (issue 17).
 */
final class MissingReportsPane implements DashboardTab {
    private final AppWiring wiring;
    private final DashboardViewModel vm;
    private final ComboBox<String> province = new ComboBox<>();
    private final ComboBox<String> city = new ComboBox<>();
    private final Label summary = new Label();
    private final TableView<MissingReports.Row> table = new TableView<>();
    private final LatestWinsJob<MissingReports.Result> job;
    private final VBox root;
    /** Whether the tab has been opened: until then a change of year or place computes nothing. */
    private boolean opened;

    MissingReportsPane(AppWiring wiring, DashboardViewModel vm) {
        this.wiring = wiring;
        this.vm = vm;
        this.job = new LatestWinsJob<>(wiring.tasks(), "missing", DashboardViewModel.COALESCE_MS, this::capture, this::show,
                t -> summary.setText(cn.fazhi.workbench.ui.common.Dialogs.explain(t)));
        province.setId("missing-province");
        city.setId("missing-city");
        city.setPromptText(tr("missing.wholeProvince"));
        summary.setId("missing-summary");
        summary.setWrapText(true);
        table.setId("missing-table");
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(job.pendingProperty())
                .then(tr("missing.computing")).otherwise(tr("missing.none")));
        table.setPlaceholder(placeholder);
        table.setFixedCellSize(26);
        table.getColumns().add(col(tr("missing.col.code"), r -> r.jurisdiction().code(), 80));
        table.getColumns().add(col(tr("missing.col.jurisdiction"), r -> r.jurisdiction().fullName(), 300));
        table.getColumns().add(col(tr("missing.col.level"), r -> tr("level." + r.jurisdiction().level().id()), 70));
        table.getColumns().add(col(tr("missing.col.state"), r -> r.state() == MissingReports.State.MISSING
                ? tr("missing.state.missing") : tr("missing.state.late", r.published().toString()), 220));
        province.valueProperty().addListener((o, a, p) -> {
            city.getItems().setAll(p == null ? java.util.List.of() : withWhole(MissingReports.cities(p)));
            city.setValue(null);
            requestIfOpened();
        });
        city.valueProperty().addListener((o, a, b) -> requestIfOpened());
        vm.yearProperty().addListener((o, a, b) -> requestIfOpened());
        vm.available().addListener((javafx.collections.ListChangeListener<Jurisdiction>) c -> {
            // only once the gazetteer is read (off the FX thread, when the tab is first opened): a province's
            // cities come from it, and reading it here kept the window's start busy 0.1–0.3 s
            if (province.getValue() == null && !province.getItems().isEmpty()) {
                province.setValue(mostCommonProvince());
            }
        });
        HBox bar = new HBox(8, new Label(tr("missing.province")), province, new Label(tr("missing.city")), city);
        bar.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(8, bar, summary, table);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    @Override
    public String id() {
        return "tab-missing";
    }

    @Override
    public String title() {
        return tr("compare.tab.missing");
    }

    @Override
    public Node content() {
        return root;
    }

    /** The tab was opened (or a new comparison arrived while it is open): read the provinces once, then find. */
    @Override
    public void draw(cn.fazhi.workbench.compare.ComparisonTable t) {
        if (!opened) {
            opened = true;
            wiring.tasks().run("provinces", (p, c) -> MissingReports.provinces(), list -> {
                province.getItems().setAll(list);
                if (province.getValue() == null) {
                    province.setValue(mostCommonProvince());
                }
            }, x -> { });
        }
        job.request();
    }

    private void requestIfOpened() {
        if (opened) {
            job.request();
        }
    }

    private static java.util.List<String> withWhole(java.util.List<String> cities) {
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add(tr("missing.wholeProvince"));
        out.addAll(cities);
        return out;
    }

    private String mostCommonProvince() {
        Map<String, Integer> counts = new HashMap<>();
        for (Jurisdiction j : vm.available()) {
            counts.merge(j.province(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private TaskRunner.Job<MissingReports.Result> capture() {
        var s = wiring.session();
        String p = province.getValue();
        String c = city.getValue() == null || city.getValue().equals(tr("missing.wholeProvince")) ? null : city.getValue();
        Integer y = vm.yearProperty().get();
        if (s == null || p == null || y == null) {
            return null;
        }
        return (progress, cancel) -> new MissingReports(s).find(p, c, y);
    }

    private void show(MissingReports.Result r) {
        if (r == null) {
            table.getItems().clear();
            summary.setText("");
            return;
        }
        table.getItems().setAll(r.rows());
        summary.setText(tr("missing.summary", r.city() == null ? r.province() : r.city(), r.year(), r.expected(),
                r.reported(), r.missing(), r.late()));
    }

    private static TableColumn<MissingReports.Row, String> col(String name, Function<MissingReports.Row, String> f, double width) {
        TableColumn<MissingReports.Row, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}

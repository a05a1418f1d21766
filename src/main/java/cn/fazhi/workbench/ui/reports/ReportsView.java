package cn.fazhi.workbench.ui.reports;

import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.Navigator;
import cn.fazhi.workbench.ui.common.Screen;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/** 报告: a filterable table of the reports; opening one goes to its review. */
public final class ReportsView implements Screen {
    private final ReportsViewModel vm;
    private final VBox root = new VBox(10);
    private final TableView<ReportSummary> table;
    private final AppWiring wiring;

    public ReportsView(AppWiring wiring, Navigator navigator) {
        this.wiring = wiring;
        vm = new ReportsViewModel(wiring);
        root.getStyleClass().add("screen");
        root.setPadding(new Insets(20));
        root.setId("reports-root");
        Label title = new Label(tr("reports.title"));
        title.getStyleClass().add("screen-title");

        TextField filter = new TextField();
        filter.setId("reports-filter");
        filter.setPromptText(tr("reports.filter"));
        filter.textProperty().bindBidirectional(vm.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        ComboBox<Integer> year = new ComboBox<>(vm.years());
        year.setId("reports-year");
        year.setPromptText(tr("reports.allYears"));
        year.valueProperty().bindBidirectional(vm.yearProperty());
        Button allYears = new Button(tr("reports.allYears"));
        allYears.setOnAction(e -> year.setValue(null));
        CheckBox attention = new CheckBox(tr("reports.attentionOnly"));
        attention.setId("reports-attention");
        attention.selectedProperty().bindBidirectional(vm.attentionOnlyProperty());
        Button open = new Button(tr("reports.open"));
        open.setId("reports-open");
        Button versions = new Button(tr("reports.versions"));
        versions.setId("reports-versions");
        Button details = new Button(tr("details.button"));
        details.setId("reports-details");
        HBox bar = new HBox(10, filter, year, allYears, attention, open, versions, details);
        bar.setAlignment(Pos.CENTER_LEFT);

        table = new TableView<>(vm.shown());
        table.setId("reports-table");
        Label none = new Label();
        none.setId("reports-placeholder");
        none.textProperty().bind(javafx.beans.binding.Bindings.when(vm.busyProperty())
                .then(tr("reports.loading")).otherwise(tr("reports.none")));
        table.setPlaceholder(none);
        table.getColumns().add(col(tr("reports.col.jurisdiction"), r -> r.jurisdiction() == null ? "?" : r.jurisdiction().name(), 170));
        table.getColumns().add(col(tr("reports.col.level"), r -> r.jurisdiction() == null ? "" : tr("level." + r.jurisdiction().level().id()), 70));
        table.getColumns().add(col(tr("reports.col.province"), r -> r.jurisdiction() == null ? "" : r.jurisdiction().province(), 130));
        table.getColumns().add(col(tr("reports.col.city"), r -> r.jurisdiction() == null || r.jurisdiction().city() == null ? "" : r.jurisdiction().city(), 110));
        table.getColumns().add(col(tr("reports.col.year"), r -> r.year() == null ? "?" : String.valueOf(r.year()), 60));
        // ✎: a date a person set (the scorecard's first source), not one read from the report
        table.getColumns().add(col(tr("reports.col.published"), r -> r.publishDate() == null ? "—"
                : r.publishDate() + (r.publishDateByHand() ? " ✎" : ""), 100));
        table.getColumns().add(col(tr("reports.col.onTime"), r -> {
            Boolean ok = vm.onTime(r);
            return ok == null ? tr("common.unknown") : ok ? "✓ " + tr("common.yes") : "✗ " + tr("common.late");
        }, 80));
        table.getColumns().add(num(tr("reports.col.values"), ReportSummary::values));
        table.getColumns().add(num(tr("reports.col.reviewed"), ReportSummary::reviewed));
        table.getColumns().add(num(tr("reports.col.flagged"), ReportSummary::flagged));
        table.getColumns().add(col(tr("reports.col.attention"), r -> r.needsAttention() ? "⚠ " + tr("reports.attention") : "", 110));
        table.getColumns().add(col(tr("reports.col.file"), ReportSummary::sourceName, 220));
        table.getColumns().add(col(tr("reports.col.url"), r -> r.sourceUrl() == null ? "" : r.sourceUrl(), 260));
        table.setRowFactory(tv -> {
            TableRow<ReportSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    navigator.openReview(row.getItem().id(), null);
                }
            });
            return row;
        });
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> navigator.openReview(table.getSelectionModel().getSelectedItem().id(), null));
        versions.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        versions.setOnAction(e -> vm.versions(table.getSelectionModel().getSelectedItem().id(), this::chooseVersion));
        details.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        details.setOnAction(e -> editDetails(table.getSelectionModel().getSelectedItem()));
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, bar, table);
        vm.load();
    }

    private static TableColumn<ReportSummary, String> col(String name, Function<ReportSummary, String> f, double width) {
        TableColumn<ReportSummary, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setComparator(cn.fazhi.workbench.model.PinyinOrder.names()); // a click on 地区/省/地市 sorts as a dictionary does
        return c;
    }

    private static TableColumn<ReportSummary, Integer> num(String name, Function<ReportSummary, Integer> f) {
        TableColumn<ReportSummary, Integer> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(70);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    /** Lists the versions of a report (format, file, in force) and puts the one chosen in force. */
    private void chooseVersion(java.util.List<ReportSummary> list) {
        java.util.Map<String, ReportSummary> byLabel = new java.util.LinkedHashMap<>();
        for (ReportSummary r : list) {
            byLabel.put(tr(r.supersededBy() == null ? "reports.version.inForce" : "reports.version.other",
                    r.format().id(), r.sourceName(), r.id()), r);
        }
        String current = byLabel.keySet().iterator().next();
        javafx.scene.control.ChoiceDialog<String> d = new javafx.scene.control.ChoiceDialog<>(current, byLabel.keySet());
        d.setTitle(tr("app.title"));
        d.setHeaderText(tr(list.size() > 1 ? "reports.versionsHint" : "reports.versionsOne"));
        if (root.getScene() != null) {
            d.initOwner(root.getScene().getWindow());
        }
        // Not showAndWait: this runs in a task callback, where a nested event loop is best avoided.
        d.resultProperty().addListener((o, was, chosen) -> {
            ReportSummary r = chosen == null ? null : byLabel.get(chosen);
            if (r != null && r.supersededBy() != null) {
                vm.makePrimary(r.id());
            }
        });
        d.show();
    }

    /** 报告信息: the publication date and web address a person states; the list is read again afterwards. */
    private void editDetails(ReportSummary r) {
        var owner = root.getScene() == null ? null : root.getScene().getWindow();
        cn.fazhi.workbench.ui.details.ReportDetailsDialog.ask(owner, r).ifPresent(edit -> edit.save(wiring, r,
                saved -> vm.load(), t -> cn.fazhi.workbench.ui.common.Dialogs.error(owner, tr("details.title"), t)));
    }

    /** Coming back to the list: read it again (an import or a review may have changed it). */
    @Override
    public void refresh() {
        vm.load();
    }

    @Override
    public Node node() {
        return root;
    }

    public ReportsViewModel viewModel() {
        return vm;
    }

    public void showAttentionOnly(boolean only) {
        vm.attentionOnlyProperty().set(only);
    }
}

package cn.fazhi.workbench.ui.importer;

import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.Navigator;
import cn.fazhi.workbench.ui.common.Screen;
import cn.fazhi.workbench.workflow.ImportReports;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/** 导入: drop files or folders, or choose them; the import runs in the background; every file is listed. */
public final class ImportView implements Screen {
    private final ImportViewModel vm;
    private final VBox root = new VBox(12);
    private final AppWiring wiring;

    public ImportView(AppWiring wiring, Navigator navigator) {
        this.wiring = wiring;
        this.vm = new ImportViewModel(wiring);
        root.getStyleClass().add("screen");
        root.setPadding(new Insets(20));
        root.setId("import-root");

        Label title = new Label(tr("import.title"));
        title.getStyleClass().add("screen-title");

        Label drop = new Label(tr("import.drop", dropHintExtensions()));
        drop.setId("import-drop");
        drop.getStyleClass().add("drop-zone");
        drop.setMaxWidth(Double.MAX_VALUE);
        drop.setAlignment(Pos.CENTER);
        drop.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        drop.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        drop.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            vm.importPaths(files.stream().map(File::toPath).toList());
            e.setDropCompleted(true);
            e.consume();
        });

        Button files = new Button(tr("import.chooseFiles"));
        files.setId("import-choose-files");
        files.setOnAction(e -> chooseFiles());
        Button folder = new Button(tr("import.chooseFolder"));
        folder.setId("import-choose-folder");
        folder.setOnAction(e -> chooseFolder());
        CheckBox replace = new CheckBox(tr("import.replace"));
        replace.setId("import-replace");
        replace.selectedProperty().bindBidirectional(vm.replaceProperty());
        files.disableProperty().bind(vm.runningProperty().or(wiring.sessionProperty().isNull()));
        folder.disableProperty().bind(files.disableProperty());
        HBox actions = new HBox(10, files, folder, replace);
        actions.setAlignment(Pos.CENTER_LEFT);

        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        Label current = new Label();
        current.setId("import-current");
        Button cancel = new Button(tr("action.cancel"));
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> vm.cancel());
        HBox running = new HBox(10, progress, cancel);
        HBox.setHgrow(progress, Priority.ALWAYS);
        VBox runningBox = new VBox(4, running, current);
        runningBox.visibleProperty().bind(vm.runningProperty());
        runningBox.managedProperty().bind(vm.runningProperty());
        vm.runningProperty().addListener((o, was, now) -> {
            progress.progressProperty().unbind();
            current.textProperty().unbind();
            if (now && vm.handle() != null) {
                progress.progressProperty().bind(vm.handle().progressProperty());
                current.textProperty().bind(vm.handle().messageProperty());
            }
        });

        Label summary = new Label();
        summary.setId("import-summary");
        summary.textProperty().bind(Bindings.createStringBinding(
                () -> vm.errorProperty().get() != null ? vm.errorProperty().get() : vm.summaryProperty().get(),
                vm.summaryProperty(), vm.errorProperty()));
        Button attention = new Button();
        attention.setId("import-attention");
        attention.setOnAction(e -> navigator.openReports(true));
        attention.textProperty().bind(Bindings.createStringBinding(
                () -> tr("import.attention", vm.needingAttention()), vm.outcomes()));
        attention.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.needingAttention() > 0, vm.outcomes()));
        Button reports = new Button(tr("import.openReports"));
        reports.setId("import-open-reports");
        reports.setOnAction(e -> navigator.openReports(false));
        reports.visibleProperty().bind(Bindings.isNotEmpty(vm.outcomes()));
        HBox after = new HBox(10, summary, attention, reports);
        after.setAlignment(Pos.CENTER_LEFT);

        TableView<ImportReports.FileOutcome> table = new TableView<>(vm.outcomes());
        table.setId("import-results");
        table.setPlaceholder(new Label(tr("import.none")));
        table.getColumns().add(column(tr("import.col.status"), o -> tr("import.status." + o.status().id()), 110));
        table.getColumns().add(column(tr("import.col.file"), ImportReports.FileOutcome::file, 380));
        table.getColumns().add(column(tr("import.col.jurisdiction"),
                o -> o.jurisdiction() == null ? (o.reportId() == null ? "" : "?") : o.jurisdiction(), 220));
        table.getColumns().add(column(tr("import.col.year"), o -> o.year() == null ? "" : String.valueOf(o.year()), 60));
        table.getColumns().add(column(tr("import.col.reason"), o -> {
            String reason = ImportViewModel.reason(o);
            if (o.needsAttention()) {
                return tr("import.needsAttention") + (reason.isEmpty() ? "" : "；" + reason);
            }
            return reason;
        }, 420));
        table.setRowFactory(tv -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ImportReports.FileOutcome item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("row-failed", "row-attention");
                if (!empty && item != null) {
                    if (item.status() == ImportReports.Status.FAILED) {
                        getStyleClass().add("row-failed");
                    } else if (item.needsAttention()) {
                        getStyleClass().add("row-attention");
                    }
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, drop, actions, runningBox, after, table);
    }

    private static TableColumn<ImportReports.FileOutcome, String> column(String name,
            java.util.function.Function<ImportReports.FileOutcome, String> value, double width) {
        TableColumn<ImportReports.FileOutcome, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    public ImportViewModel viewModel() {
        return vm;
    }

    @Override
    public Node node() {
        return root;
    }

    /** The file chooser's patterns, from the registry of readers: "*.txt", "*.html", … "*.tiff". */
    static List<String> chooserPatterns() {
        return cn.fazhi.workbench.workflow.ReadableFormats.chooserPatterns();
    }

    /** The formats the workbench reads, from the registry of readers: ".txt  .html/.htm  .docx …". */
    static String dropHintExtensions() {
        return cn.fazhi.workbench.workflow.ReadableFormats.hint();
    }

    private void chooseFiles() {
        FileChooser fc = new FileChooser();
        fc.setTitle(tr("import.chooseFiles"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(tr("import.filter"), chooserPatterns()));
        lastFolder().ifPresent(fc::setInitialDirectory);
        List<File> chosen = fc.showOpenMultipleDialog(root.getScene().getWindow());
        if (chosen != null && !chosen.isEmpty()) {
            wiring.prefs().put("lastFolder", chosen.get(0).getParent());
            vm.importPaths(chosen.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(tr("import.chooseFolder"));
        lastFolder().ifPresent(dc::setInitialDirectory);
        File chosen = dc.showDialog(root.getScene().getWindow());
        if (chosen != null) {
            wiring.prefs().put("lastFolder", chosen.getPath());
            vm.importPaths(List.of(chosen.toPath()));
        }
    }

    private java.util.Optional<File> lastFolder() {
        String f = wiring.prefs().get("lastFolder", null);
        return f == null || !new File(f).isDirectory() ? java.util.Optional.empty() : java.util.Optional.of(new File(f));
    }

    /** For tests and other screens: import these paths as if dropped. */
    public void importPaths(List<Path> paths) {
        vm.importPaths(paths);
    }
}

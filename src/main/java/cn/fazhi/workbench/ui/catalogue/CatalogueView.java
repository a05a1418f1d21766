package cn.fazhi.workbench.ui.catalogue;

import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.Dialogs;
import cn.fazhi.workbench.ui.common.Screen;
import cn.fazhi.workbench.workflow.Catalogues;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * 指标库: the indicators in force with the phrases that introduce them. A user edits a copy (JSON),
 * brings it into the workspace, and re-runs extraction on every report; reviewed values stay.
 */
public final class CatalogueView implements Screen {
    private final CatalogueViewModel vm;
    private final VBox root = new VBox(10);
    private final TableView<Indicator> table = new TableView<>();

    public CatalogueView(AppWiring wiring) {
        this.vm = new CatalogueViewModel(wiring);
        vm.onFailure((what, t) -> Dialogs.error(root.getScene() == null ? null : root.getScene().getWindow(), what,
                CatalogueWords.explain(t), t));
        root.setId("catalogue-root");
        root.getStyleClass().add("screen");
        root.setPadding(new Insets(20));
        Label title = new Label(tr("catalogue.title"));
        title.getStyleClass().add("screen-title");
        Label hint = new Label(tr("catalogue.hint"));
        hint.setWrapText(true);
        Button export = new Button(tr("catalogue.exportCopy"));
        export.setId("catalogue-export");
        export.setOnAction(e -> exportCopy());
        Button use = new Button(tr("catalogue.useCopy"));
        use.setId("catalogue-use");
        use.setOnAction(e -> useCopy());
        Button bundled = new Button(tr("catalogue.useBundled"));
        bundled.setId("catalogue-bundled");
        bundled.setOnAction(e -> vm.useBundled());
        Button add = new Button("+ " + tr("catalogue.add"));
        add.setId("catalogue-add");
        add.setOnAction(e -> askNewIndicator());
        Button parts = new Button(tr("catalogue.parts"));
        parts.setId("catalogue-parts");
        parts.setOnAction(e -> editPartWords());
        Button reextract = new Button(tr("catalogue.reextract"));
        reextract.setId("catalogue-reextract");
        reextract.setOnAction(e -> vm.reextract());
        Label message = new Label();
        message.setId("catalogue-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox actions = new HBox(10, add, parts, reextract, export, use, bundled);
        actions.setAlignment(Pos.CENTER_LEFT);

        table.setId("catalogue-table");
        table.setItems(vm.indicators());
        table.getColumns().add(col(tr("catalogue.col.name"), Indicator::nameZh, 180));
        table.getColumns().add(col(tr("catalogue.col.code"), Indicator::code, 230));
        table.getColumns().add(col(tr("catalogue.col.unit"), Indicator::unit, 50));
        table.getColumns().add(col(tr("catalogue.col.direction"), i -> tr("direction." + i.direction().name().toLowerCase()), 90));
        table.getColumns().add(col(tr("catalogue.col.group"), vm::areaName, 110));
        table.getColumns().add(col(tr("catalogue.col.core"), i -> i.core() ? "✓" : "", 50));
        table.getColumns().add(col(tr("catalogue.col.thresholds"), i -> i.thresholds() == null ? ""
                : tr("catalogue.thresholds", i.thresholds().green(), i.thresholds().red()), 130));
        table.getColumns().add(col(tr("catalogue.col.cues"), i -> i.cues().stream().map(Indicator.Cue::pattern)
                .collect(Collectors.joining("  |  ")), 520));
        // What makes a figure only a part of the whole is the topic's (catalogue "parts"), shown on each of its indicators.
        table.getColumns().add(col(tr("catalogue.col.partWords"), vm::partWords, 360));
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, hint, actions, message, table);
    }

    public CatalogueViewModel viewModel() {
        return vm;
    }

    private static TableColumn<Indicator, String> col(String name, Function<Indicator, String> f, double width) {
        TableColumn<Indicator, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void exportCopy() {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName("indicators.json");
        File f = fc.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            vm.exportCopy(f.toPath());
        }
    }

    private void useCopy() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        File f = fc.showOpenDialog(root.getScene().getWindow());
        if (f != null) {
            vm.useCopy(f.toPath());
        }
    }

    /** A form for a new indicator: names, unit or rate, direction, area, subject and the words before the number. */
    private void askNewIndicator() {
        if (vm.areas().isEmpty()) {
            return; // no workspace open
        }
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> d = new javafx.scene.control.Dialog<>();
        d.setTitle(tr("catalogue.add"));
        d.setHeaderText(tr("catalogue.addHint"));
        javafx.scene.control.TextField code = new javafx.scene.control.TextField("custom.");
        code.setId("add-code");
        javafx.scene.control.TextField nameZh = new javafx.scene.control.TextField();
        nameZh.setId("add-name");
        javafx.scene.control.TextField nameEn = new javafx.scene.control.TextField();
        javafx.scene.control.TextField unit = new javafx.scene.control.TextField("件");
        unit.setId("add-unit");
        javafx.scene.control.CheckBox rate = new javafx.scene.control.CheckBox(tr("catalogue.addRate"));
        rate.setId("add-rate");
        unit.disableProperty().bind(rate.selectedProperty());
        javafx.scene.control.ComboBox<String> direction = new javafx.scene.control.ComboBox<>();
        direction.getItems().setAll("higher_better", "lower_better", "neutral");
        direction.setValue("neutral");
        direction.setConverter(converter(k -> tr("direction." + k)));
        javafx.scene.control.ComboBox<String> group = new javafx.scene.control.ComboBox<>();
        group.getItems().setAll(vm.areas().keySet());
        group.setValue("disputes");
        group.setConverter(converter(k -> vm.areas().getOrDefault(k, k)));
        javafx.scene.control.ComboBox<String> topic = new javafx.scene.control.ComboBox<>();
        topic.getItems().add("");
        topic.getItems().addAll(vm.topics().keySet());
        topic.setValue("");
        topic.setConverter(converter(k -> k.isEmpty() ? tr("catalogue.addAnyTopic") : k + "（" + vm.topics().get(k) + "）"));
        javafx.scene.control.TextArea phrases = new javafx.scene.control.TextArea();
        phrases.setId("add-phrases");
        phrases.setPrefRowCount(4);
        phrases.setPromptText(tr("catalogue.addPhrasesHint"));
        javafx.scene.layout.GridPane g = new javafx.scene.layout.GridPane();
        g.setHgap(10);
        g.setVgap(8);
        String[] labels = {tr("catalogue.col.code"), tr("catalogue.col.name"), tr("catalogue.addNameEn"), tr("catalogue.col.unit"),
                "", tr("catalogue.col.direction"), tr("catalogue.col.group"), tr("catalogue.addTopic"), tr("catalogue.addPhrases")};
        javafx.scene.Node[] fields = {code, nameZh, nameEn, unit, rate, direction, group, topic, phrases};
        for (int k = 0; k < labels.length; k++) {
            g.add(new Label(labels[k]), 0, k);
            g.add(fields[k], 1, k);
        }
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        Dialogs.wordButtons(d.getDialogPane());
        d.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).ifPresent(b -> {
            var spec = new Catalogues.NewIndicator(code.getText(), nameZh.getText(), nameEn.getText(), unit.getText(),
                    rate.isSelected(), direction.getValue(), group.getValue(), topic.getValue(),
                    java.util.Arrays.asList(phrases.getText().split("\\R")), false);
            addIndicator(spec);
        });
    }

    /** The part words of the selected indicator's subject (or the first subject), edited in a dialog. */
    private void editPartWords() {
        if (vm.topics().isEmpty()) {
            return; // no workspace open
        }
        Indicator selected = table.getSelectionModel().getSelectedItem();
        new PartWordsDialog(root.getScene().getWindow(), vm.topics(), vm::partsOf,
                selected == null ? null : selected.topic()).showAndSave(vm::setPartWords);
    }

    /** Adds an indicator to the workspace's catalogue in the background. */
    public void addIndicator(Catalogues.NewIndicator spec) {
        vm.addIndicator(spec);
    }

    private static javafx.util.StringConverter<String> converter(Function<String, String> show) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(String k) {
                return k == null ? "" : show.apply(k);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }

    @Override
    public Node node() {
        return root;
    }
}

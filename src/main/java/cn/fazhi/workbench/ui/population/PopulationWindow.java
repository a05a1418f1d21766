package cn.fazhi.workbench.ui.population;

import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.Dialogs;
import cn.fazhi.workbench.ui.common.Numbers;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.math.BigDecimal;
import java.util.function.Function;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/** 常住人口: the list of figures, import from a CSV/Excel table, one figure entered, one removed (设置 opens it). */
public final class PopulationWindow {
    private PopulationWindow() {
    }

    public static void show(AppWiring wiring, Window owner) {
        PopulationViewModel vm = new PopulationViewModel(wiring);
        Stage stage = new Stage();
        stage.setTitle(tr("population.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Label hint = new Label(tr("population.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().add("legend");
        TableView<PopulationViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("population-table");
        table.setPlaceholder(new Label(tr("population.none")));
        table.getColumns().add(col(tr("population.col.code"), r -> r.figure().code(), 80));
        table.getColumns().add(col(tr("population.col.name"), PopulationViewModel.Row::name, 260));
        table.getColumns().add(col(tr("population.col.year"), r -> String.valueOf(r.figure().year()), 60));
        TableColumn<PopulationViewModel.Row, String> residents = col(tr("population.col.residents"),
                r -> Numbers.figure(BigDecimal.valueOf(r.figure().residents()), false, ""), 120);
        residents.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(residents);
        table.getColumns().add(col(tr("population.col.source"),
                r -> r.figure().source() == null ? tr("population.source.hand") : r.figure().source(), 180));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button importButton = new Button(tr("population.import"));
        importButton.setId("population-import");
        importButton.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(tr("population.import"));
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(tr("population.fileFilter"), "*.csv", "*.xlsx", "*.xls"));
            File f = fc.showOpenDialog(stage);
            if (f != null) {
                vm.importFile(f.toPath());
            }
        });
        Button add = new Button(tr("population.add"));
        add.setId("population-add");
        add.setOnAction(e -> ask(stage).ifPresent(a -> vm.add(a[0], a[1], a[2])));
        Button remove = new Button(tr("population.remove"));
        remove.setId("population-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.remove(table.getSelectionModel().getSelectedItem()));
        Button close = new Button(tr("action.close"));
        close.setOnAction(e -> stage.close());
        HBox bar = new HBox(10, importButton, add, remove, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("population-message");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());

        VBox root = new VBox(10, hint, bar, table, message);
        root.setPadding(new Insets(14));
        root.getStyleClass().add("screen");
        Scene scene = new Scene(root, 820, 520);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            root.setStyle(owner.getScene().getRoot().getStyle());
        }
        stage.setScene(scene);
        vm.load();
        stage.show();
    }

    /** Code or name, year and residents typed in; empty when cancelled. */
    private static java.util.Optional<String[]> ask(Window owner) {
        Dialog<String[]> d = new Dialog<>();
        d.setTitle(tr("population.add"));
        d.initOwner(owner);
        TextField who = new TextField();
        who.setId("population-who");
        TextField year = new TextField();
        year.setId("population-year");
        year.setPrefColumnCount(6);
        TextField residents = new TextField();
        residents.setId("population-residents");
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new Label(tr("population.askWho")), who);
        g.addRow(1, new Label(tr("population.askYear")), year);
        g.addRow(2, new Label(tr("population.askResidents")), residents);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Dialogs.wordButtons(d.getDialogPane());
        d.setResultConverter(b -> b == ButtonType.OK ? new String[] {who.getText(), year.getText(), residents.getText()} : null);
        return d.showAndWait();
    }

    private static TableColumn<PopulationViewModel.Row, String> col(String name, Function<PopulationViewModel.Row, String> f,
                                                                    double width) {
        TableColumn<PopulationViewModel.Row, String> c = new TableColumn<>(name);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}

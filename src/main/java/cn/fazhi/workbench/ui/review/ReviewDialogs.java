package cn.fazhi.workbench.ui.review;

import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.model.ValueCheck;
import cn.fazhi.workbench.ui.common.Dialogs;
import cn.fazhi.workbench.workflow.ReviewValues;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.math.BigDecimal;
import java.util.Optional;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * The review's dialogs: correct a value, set the jurisdiction (searchable gazetteer) and the year (adding a
 * value is {@link AddValueDialog}). Each returns what the person entered, or nothing when
 * they cancelled or typed a number that is not one (said in a message box).
 */
final class ReviewDialogs {
    private ReviewDialogs() {
    }

    record Correction(BigDecimal value, String unit, Qualifier qualifier, String note) {
    }

    /** Asks before confirming a whole report, saying what it will and will not change. */
    static boolean confirmReport(Window owner, cn.fazhi.workbench.model.ReportConfirmation plan) {
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION);
        a.initOwner(owner);
        a.setTitle(tr("review.confirmReport"));
        a.setHeaderText(tr("review.confirmReport.ask", plan.confirmed().size()));
        a.setContentText(tr("review.confirmReport.leaves", plan.withWarnings(), plan.alreadyDecided(), plan.openSuggestions()));
        a.getDialogPane().setId("confirm-report-dialog");
        Dialogs.wordButtons(a.getDialogPane());
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    static Optional<Correction> correction(Window owner, StoredValue v, String indicatorName) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(tr("review.correct"));
        d.setHeaderText(indicatorName);
        TextField number = new TextField(v.value().value().toPlainString());
        number.setId("correct-value");
        d.setOnShown(e -> Platform.runLater(() -> {
            number.requestFocus();
            number.selectAll(); // the number preselected: typing replaces it
        }));
        TextField unit = new TextField(v.value().unit());
        unit.setId("correct-unit");
        ComboBox<Qualifier> qualifier = qualifierBox(v.value().qualifier());
        TextField note = new TextField();
        note.setId("correct-note");
        d.getDialogPane().setContent(grid(new String[]{tr("review.field.value"), tr("review.field.unit"),
                tr("review.field.qualifier"), tr("review.field.note")}, number, unit, qualifier, note));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Dialogs.wordButtons(d.getDialogPane());
        if (d.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return Optional.empty();
        }
        return number(owner, number.getText()).map(n -> new Correction(n, unit.getText().strip(), qualifier.getValue(),
                note.getText().isBlank() ? null : note.getText().strip()));
    }

    static Optional<Jurisdiction> jurisdiction() {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(tr("review.setJurisdiction"));
        TextField search = new TextField();
        search.setId("jurisdiction-search");
        search.setPromptText(tr("review.searchJurisdiction"));
        ListView<Jurisdiction> list = new ListView<>();
        list.setId("jurisdiction-list");
        list.setPrefSize(420, 320);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Jurisdiction j, boolean empty) {
                super.updateItem(j, empty);
                setText(empty || j == null ? null : j.fullName() + (j.code() == null ? "" : "  " + j.code()));
            }
        });
        search.textProperty().addListener((o, a, q) -> list.getItems().setAll(ReviewValues.searchJurisdictions(q, 200)));
        list.getItems().setAll(ReviewValues.searchJurisdictions("", 200));
        d.getDialogPane().setContent(new VBox(8, search, list));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Dialogs.wordButtons(d.getDialogPane());
        return d.showAndWait().filter(b -> b == ButtonType.OK).map(b -> list.getSelectionModel().getSelectedItem());
    }

    static Optional<Integer> year(Window owner, Integer current) {
        TextInputDialog d = new TextInputDialog(current == null ? "" : String.valueOf(current));
        d.setTitle(tr("review.setYear"));
        d.setHeaderText(tr("review.setYearHint"));
        Dialogs.wordButtons(d.getDialogPane());
        return d.showAndWait().flatMap(s -> {
            try {
                return Optional.of(Integer.parseInt(s.strip()));
            } catch (NumberFormatException e) {
                Dialogs.info(owner, tr("review.badNumber"), s);
                return Optional.empty();
            }
        });
    }

    /** A figure a person typed, through the same door as every stored figure; says so when it is not a number. */
    static Optional<BigDecimal> number(Window owner, String typed) {
        Optional<BigDecimal> n = ValueCheck.parse(typed);
        if (n.isEmpty()) {
            Dialogs.info(owner, tr("review.badNumber"), typed);
        }
        return n;
    }

    static ComboBox<Qualifier> qualifierBox(Qualifier initial) {
        ComboBox<Qualifier> q = new ComboBox<>();
        q.getItems().setAll(Qualifier.values());
        q.setValue(initial);
        q.setConverter(converter(x -> tr("qualifier." + x.id())));
        return q;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T x) {
                return x == null ? "" : name.apply(x);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    static GridPane grid(String[] labels, Node... fields) {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        for (int k = 0; k < labels.length; k++) {
            g.add(new Label(labels[k]), 0, k);
            g.add(fields[k], 1, k);
        }
        return g;
    }
}

package cn.fazhi.workbench.ui.review;

import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.ui.common.Dialogs;
import cn.fazhi.workbench.workflow.SelectedFigure;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * 添加为指标值: the figure a person selected in the report's text becomes a value. The dialog shows the
 * sentence it stands in with the figure picked out, the value read from it (1.2万 is 12000), and a list of
 * indicators the person narrows by typing part of a name or code — the keyboard alone does it: type, ↓/↑,
 * Enter. Nothing is saved here; the caller saves through the review.
 */
final class AddValueDialog {
    private AddValueDialog() {
    }

    record Addition(Indicator indicator, BigDecimal value, Qualifier qualifier, Evidence evidence, String note) {
    }

    static Optional<Addition> ask(Window owner, List<Indicator> indicators, SelectedFigure figure) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(tr("review.addSelected"));
        d.setHeaderText(null);
        d.getDialogPane().setId("add-value-dialog");

        Evidence e = figure.evidence();
        String s = e.sentence();
        int a = e.valueStart() - e.start();
        int b = e.valueEnd() - e.start();
        Text picked = new Text(s.substring(a, b));
        picked.getStyleClass().add("add-picked");
        TextFlow sentence = new TextFlow(new Text(s.substring(0, a)), picked, new Text(s.substring(b)));
        sentence.setId("add-sentence");
        sentence.setPrefWidth(520);
        sentence.setMaxWidth(520);

        TextField find = new TextField();
        find.setId("add-find-indicator");
        find.setPromptText(tr("review.findIndicator"));
        List<Indicator> ordered = order(indicators, figure.unit());
        javafx.collections.ObservableList<Indicator> shown = FXCollections.observableArrayList(ordered);
        ListView<Indicator> list = new ListView<>(shown);
        list.setId("add-indicator-list");
        list.setPrefHeight(220);
        list.setPrefWidth(440);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Indicator i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : i.nameZh() + "（" + i.unit() + "）　" + i.code());
            }
        });
        find.textProperty().addListener((o, was, t) -> {
            shown.setAll(matching(ordered, t));
            list.getSelectionModel().selectFirst();
        });
        find.setOnKeyPressed(k -> { // the list follows ↓/↑ while the typing stays in the search field
            int at = list.getSelectionModel().getSelectedIndex();
            if (k.getCode() == KeyCode.DOWN || k.getCode() == KeyCode.UP) {
                int to = Math.max(0, Math.min(shown.size() - 1, at + (k.getCode() == KeyCode.DOWN ? 1 : -1)));
                list.getSelectionModel().select(to);
                list.scrollTo(Math.max(0, to - 3));
                k.consume();
            }
        });

        TextField number = new TextField(figure.value() == null ? "" : figure.value().toPlainString());
        number.setId("add-value");
        Label unit = new Label();
        unit.setId("add-unit");
        list.getSelectionModel().selectedItemProperty().addListener((o, was, i) -> unit.setText(i == null ? "" : i.unit()));
        ComboBox<Qualifier> qualifier = ReviewDialogs.qualifierBox(figure.qualifier() == null ? Qualifier.EXACT : figure.qualifier());
        TextField note = new TextField();
        note.setId("add-note");
        javafx.scene.layout.HBox valueRow = new javafx.scene.layout.HBox(6, number, unit, qualifier);
        valueRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label hint = new Label(figure.value() == null ? tr("review.add.noNumber") : tr("review.add.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        d.getDialogPane().setContent(new VBox(8, new Label(tr("review.add.sentence")), sentence, hint,
                ReviewDialogs.grid(new String[]{tr("review.field.find"), tr("review.field.indicator"), tr("review.field.value"),
                        tr("review.field.note")}, find, list, valueRow, note)));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Dialogs.wordButtons(d.getDialogPane());
        Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.getSelectionModel().selectFirst();
        d.setOnShown(x -> Platform.runLater(find::requestFocus));
        if (d.showAndWait().filter(x -> x == ButtonType.OK).isEmpty()) {
            return Optional.empty();
        }
        Indicator chosen = list.getSelectionModel().getSelectedItem();
        return ReviewDialogs.number(owner, number.getText()).map(n -> new Addition(chosen, n, qualifier.getValue(), e,
                note.getText().isBlank() ? null : note.getText().strip()));
    }

    /**
     * The indicators whose Chinese name or code holds {@code typed}: the name or code itself first, then those
     * that begin with it, then the rest, so that typing a whole name picks that indicator even when a longer
     * name holds it too.
     */
    static List<Indicator> matching(List<Indicator> indicators, String typed) {
        String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return indicators;
        }
        List<List<Indicator>> ranks = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Indicator i : indicators) {
            String code = i.code().toLowerCase(Locale.ROOT);
            if (i.nameZh().equals(q) || code.equals(q)) {
                ranks.get(0).add(i);
            } else if (i.nameZh().startsWith(q) || code.startsWith(q)) {
                ranks.get(1).add(i);
            } else if (i.nameZh().contains(q) || code.contains(q)) {
                ranks.get(2).add(i);
            }
        }
        return ranks.stream().flatMap(List::stream).toList();
    }

    /**
     * The catalogue's order, but the indicators whose kind fits the figure first: a rate (%) before counts
     * for 98.5%, counts first for 3,458件, so the likely one is near the top before anything is typed.
     */
    static List<Indicator> order(List<Indicator> indicators, String unit) {
        boolean percent = "%".equals(unit);
        List<Indicator> fits = new ArrayList<>();
        List<Indicator> rest = new ArrayList<>();
        for (Indicator i : indicators) {
            ("%".equals(i.unit()) == percent ? fits : rest).add(i);
        }
        fits.addAll(rest);
        return fits;
    }
}

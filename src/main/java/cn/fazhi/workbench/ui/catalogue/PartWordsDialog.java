package cn.fazhi.workbench.ui.catalogue;

import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.ui.common.Dialogs;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * Edits one subject's words for "only a part of the whole" (the catalogue's "parts"): a row per entry with its
 * words, the words that make it the whole after all, and whether a remark in brackets counts. A row left
 * without words is removed on saving.
 */
final class PartWordsDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ComboBox<String> topic = new ComboBox<>();
    private final GridPane rows = new GridPane();
    private final List<Row> entries = new ArrayList<>();
    private final Function<String, List<Catalogue.PartWords>> partsOf;

    private record Row(TextField words, TextField unless, CheckBox inBrackets) {
        Catalogue.PartWords value() {
            return new Catalogue.PartWords(words.getText(), unless.getText().isBlank() ? null : unless.getText(),
                    inBrackets.isSelected());
        }
    }

    /**
     * @param topics  topic key → its words, offered in this order
     * @param partsOf the part words in force for a topic
     * @param first   the topic shown first (the selected indicator's), or null
     */
    PartWordsDialog(Window owner, Map<String, String> topics, Function<String, List<Catalogue.PartWords>> partsOf,
                    String first) {
        this.partsOf = partsOf;
        dialog.setTitle(tr("catalogue.parts"));
        dialog.setHeaderText(tr("catalogue.partsHint"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        topic.setId("parts-topic");
        topic.getItems().setAll(topics.keySet());
        topic.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String k) {
                return k == null ? "" : k + "（" + topics.get(k) + "）";
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        topic.valueProperty().addListener((o, a, b) -> showRows());
        rows.setId("parts-rows");
        rows.setHgap(8);
        rows.setVgap(6);
        Button add = new Button("+ " + tr("catalogue.partsAdd"));
        add.setId("parts-add");
        add.setOnAction(e -> addRow(new Catalogue.PartWords("", null, false)));
        dialog.getDialogPane().setContent(new VBox(10, topic, rows, add));
        dialog.getDialogPane().setPrefWidth(820);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Dialogs.wordButtons(dialog.getDialogPane());
        topic.setValue(first != null && topics.containsKey(first) ? first : topics.keySet().stream().findFirst().orElse(null));
    }

    private void showRows() {
        rows.getChildren().clear();
        entries.clear();
        rows.addRow(0, new Label(tr("catalogue.partsWords")), new Label(tr("catalogue.partsUnless")), new Label());
        if (topic.getValue() != null) {
            partsOf.apply(topic.getValue()).forEach(this::addRow);
        }
    }

    private void addRow(Catalogue.PartWords p) {
        TextField words = new TextField(p.words());
        words.setPrefColumnCount(36);
        TextField unless = new TextField(p.unless() == null ? "" : p.unless());
        unless.setPrefColumnCount(14);
        CheckBox inBrackets = new CheckBox(tr("catalogue.partsInBrackets"));
        inBrackets.setSelected(p.inBrackets());
        entries.add(new Row(words, unless, inBrackets));
        rows.addRow(entries.size(), words, unless, inBrackets);
    }

    /** Shows the dialog; on OK hands the topic and its entries to {@code save}. */
    void showAndSave(BiConsumer<String, List<Catalogue.PartWords>> save) {
        dialog.showAndWait().filter(b -> b == ButtonType.OK && topic.getValue() != null)
                .ifPresent(b -> save.accept(topic.getValue(), entries.stream().map(Row::value).toList()));
    }
}

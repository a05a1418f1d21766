package cn.fazhi.workbench.ui.review;

import javafx.beans.property.ReadOnlyStringWrapper;
import cn.fazhi.workbench.model.AuditEntry;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;

import java.util.function.Function;

/** The review screen's small building blocks: a text column of a table, a button with its id, the history list. */
final class ReviewControls {
    private ReviewControls() {
    }

    static <T> TableColumn<T, String> column(String title, Function<T, String> text, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The review history, each entry as a sentence in the chosen language (HistoryText). */
    static ListView<AuditEntry> history(ObservableList<AuditEntry> entries) {
        ListView<AuditEntry> history = new ListView<>(entries);
        history.setId("review-history");
        history.setPrefHeight(100);
        history.setMinHeight(60);
        history.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(AuditEntry a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : HistoryText.sentence(a));
            }
        });
        return history;
    }
}

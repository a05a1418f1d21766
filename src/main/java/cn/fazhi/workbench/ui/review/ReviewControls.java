package cn.fazhi.workbench.ui.review;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;

import java.util.function.Function;

/** The review screen's small building blocks: a text column of a table and a button with its id. */
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
}

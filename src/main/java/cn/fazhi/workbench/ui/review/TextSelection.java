package cn.fazhi.workbench.ui.review;

import cn.fazhi.workbench.workflow.SelectedFigure;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.IndexRange;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Path;
import javafx.scene.text.TextFlow;

import java.util.function.Supplier;

/**
 * Selecting text in the report's text pane (a {@link TextFlow}, which has no selection of its own): drag to
 * select, double-click a figure to select all of it (digits, 万, unit), shown as a shape behind the text.
 * The selection is where a person adds a missing value from: the figure and its sentence are taken from it.
 * Offsets are the report text's; the flow holds the {@link TextWindow} shown, so they are moved by its start.
 */
final class TextSelection {
    private final TextFlow flow;
    private final Group layer = new Group();
    private final Supplier<String> text;
    private final Supplier<TextWindow> shown;
    private final ObjectProperty<IndexRange> range = new SimpleObjectProperty<>();
    private int anchor = -1;

    TextSelection(TextFlow flow, Supplier<String> text, Supplier<TextWindow> shown) {
        this.flow = flow;
        this.text = text;
        this.shown = shown;
        layer.setManaged(false);
        layer.setMouseTransparent(true);
        flow.setCursor(Cursor.TEXT);
        flow.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        flow.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        flow.widthProperty().addListener((o, a, b) -> draw()); // lines wrap anew
    }

    /** The shapes behind the text; the pane stacks it under the flow. */
    Group layer() {
        return layer;
    }

    /** The selected characters of the report's text; null when nothing is selected. */
    ReadOnlyObjectProperty<IndexRange> rangeProperty() {
        return range;
    }

    /** Whether the last press ended as a selection rather than a click (a click on a highlight selects its value). */
    boolean hasSelection() {
        return range.get() != null;
    }

    /** Selects {@code [start, end)} of the text (also for tests and keyboard-only use). */
    void select(int start, int end) {
        String t = text.get();
        if (t == null || start < 0 || end > t.length() || start >= end) {
            clear();
            return;
        }
        range.set(new IndexRange(start, end));
        draw();
    }

    void clear() {
        range.set(null);
        layer.getChildren().clear();
    }

    /** Ctrl+C: the selected text to the clipboard. */
    void copy() {
        IndexRange r = range.get();
        if (r != null) {
            ClipboardContent c = new ClipboardContent();
            c.putString(text.get().substring(r.getStart(), r.getEnd()));
            Clipboard.getSystemClipboard().setContent(c);
        }
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return; // a right click keeps the selection for its menu
        }
        int at = index(e);
        if (e.getClickCount() == 2) {
            int[] figure = SelectedFigure.at(text.get(),
                    shown.get().from() + flow.hitTest(new Point2D(e.getX(), e.getY())).getCharIndex());
            if (figure != null) {
                select(figure[0], figure[1]);
                anchor = -1;
                return;
            }
        }
        anchor = at;
        clear();
    }

    private void dragged(MouseEvent e) {
        if (anchor < 0 || !e.isPrimaryButtonDown()) {
            return;
        }
        int at = index(e);
        select(Math.min(anchor, at), Math.max(anchor, at));
    }

    private int index(MouseEvent e) {
        String t = text.get();
        TextWindow w = shown.get();
        int i = w.from() + flow.hitTest(new Point2D(e.getX(), e.getY())).getInsertionIndex();
        return t == null ? 0 : Math.max(w.from(), Math.min(w.to(), i));
    }

    private void draw() {
        layer.getChildren().clear();
        IndexRange r = range.get();
        if (r == null || flow.getChildren().isEmpty()) {
            return;
        }
        TextWindow w = shown.get();
        int start = Math.max(r.getStart(), w.from());
        int end = Math.min(r.getEnd(), w.to());
        if (start >= end) {
            return; // selected in a stretch of the text not shown now
        }
        Path shape = new Path(flow.rangeShape(start - w.from(), end - w.from()));
        shape.getStyleClass().add("text-selection");
        shape.setId("review-text-selection");
        layer.getChildren().add(shape);
    }
}

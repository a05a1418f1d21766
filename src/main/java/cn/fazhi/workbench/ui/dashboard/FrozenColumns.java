package cn.fazhi.workbench.ui.dashboard;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The leading columns of the comparison table (the jurisdiction's name, or the indicator and its unit)
 * held still while the values scroll right. JavaFX tables cannot freeze a column, and with a fixed row
 * height they do not even lay out a column scrolled out of view, so the leading columns live in a second
 * table on the left that shares the rows (same list: a sort of either moves both), the row height, the
 * vertical position and the selected row.
 */
final class FrozenColumns {
    private final TableView<ComparisonTableView.Row> main;
    private final TableView<ComparisonTableView.Row> frozen = new TableView<>();
    /** Under the frozen table, as high as the main table's horizontal scroll bar, so both show the same rows. */
    private final Region underScrollBar = new Region();
    private final HBox box;
    private boolean syncing;

    FrozenColumns(TableView<ComparisonTableView.Row> main) {
        this.main = main;
        frozen.setId("compare-frozen");
        frozen.getStyleClass().addAll("compare-table", "frozen-columns");
        frozen.setItems(main.getItems());
        frozen.setFixedCellSize(main.getFixedCellSize());
        frozen.setPlaceholder(new Label(""));
        frozen.setFocusTraversable(false);
        VBox left = new VBox(frozen, underScrollBar);
        VBox.setVgrow(frozen, Priority.ALWAYS);
        HBox.setHgrow(main, Priority.ALWAYS);
        box = new HBox(left, main);
        syncSelection();
        onSkin(main, this::syncScrolling);
        onSkin(frozen, this::syncScrolling);
    }

    Node node() {
        return box;
    }

    TableView<ComparisonTableView.Row> table() {
        return frozen;
    }

    /** Shows {@code columns} in the frozen table, as wide as they ask; the main table holds the rest. */
    void setColumns(List<TableColumn<ComparisonTableView.Row, ?>> columns) {
        // Fixed widths, not a resize policy: the policy shares out the width once, while the hidden vertical
        // bar may still take room, and leaves a gap when the bar's width drops to nothing.
        columns.forEach(c -> {
            c.setMinWidth(c.getPrefWidth());
            c.setMaxWidth(c.getPrefWidth());
        });
        frozen.getColumns().setAll(columns);
        // as wide as its columns really are (plus the border), so no empty strip opens before the values
        javafx.beans.binding.DoubleBinding width = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> columns.stream().mapToDouble(TableColumn::getWidth).sum() + 2,
                columns.stream().map(TableColumn::widthProperty).toArray(javafx.beans.Observable[]::new));
        frozen.prefWidthProperty().bind(width);
        frozen.minWidthProperty().bind(width);
        frozen.maxWidthProperty().bind(width);
    }

    private static void onSkin(TableView<?> t, Runnable then) {
        if (t.getSkin() != null) {
            then.run();
        } else {
            t.skinProperty().addListener((o, a, b) -> {
                if (b != null) {
                    then.run();
                }
            });
        }
    }

    /**
     * Once both tables have their skins: the same vertical position in both. (The headers are as high in
     * both because their column titles are: the jurisdiction title is a two-line label like the indicators'.)
     */
    private void syncScrolling() {
        VirtualFlow<?> mainFlow = flow(main);
        VirtualFlow<?> frozenFlow = flow(frozen);
        if (mainFlow == null || frozenFlow == null || frozen.getProperties().containsKey("synced")) {
            return;
        }
        frozen.getProperties().put("synced", true);
        follow(mainFlow.positionProperty(), frozenFlow);
        follow(frozenFlow.positionProperty(), mainFlow);
        ScrollBar hbar = horizontalBar(mainFlow);
        if (hbar != null) {
            underScrollBar.prefHeightProperty().bind(javafx.beans.binding.Bindings.when(hbar.visibleProperty())
                    .then(hbar.heightProperty()).otherwise(0));
            underScrollBar.minHeightProperty().bind(underScrollBar.prefHeightProperty());
        }
    }

    private void follow(ObservableValue<Number> position, VirtualFlow<?> other) {
        position.addListener((o, a, b) -> {
            if (!syncing) {
                syncing = true;
                try {
                    other.setPosition(b.doubleValue());
                } finally {
                    syncing = false;
                }
            }
        });
    }

    private void syncSelection() {
        main.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> select(frozen, b.intValue()));
        frozen.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> select(main, b.intValue()));
    }

    private void select(TableView<?> other, int index) {
        if (syncing || other.getSelectionModel().getSelectedIndex() == index) {
            return;
        }
        syncing = true;
        try {
            if (index < 0) {
                other.getSelectionModel().clearSelection();
            } else {
                other.getSelectionModel().clearAndSelect(index);
            }
        } finally {
            syncing = false;
        }
    }

    static VirtualFlow<?> flow(TableView<?> t) {
        return (VirtualFlow<?>) t.lookup(".virtual-flow");
    }

    private static ScrollBar horizontalBar(VirtualFlow<?> flow) {
        for (Node n : flow.getChildrenUnmodifiable()) {
            if (n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL) {
                return b;
            }
        }
        return null;
    }
}

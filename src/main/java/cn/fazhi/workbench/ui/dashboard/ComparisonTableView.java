package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Indicator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * The comparison table. Up to {@value #MAX_COLUMNS} jurisdictions stand side by side (one column each);
 * above that the table turns (one row per jurisdiction, one column per indicator), because tables scroll
 * rows lazily but not columns. A new comparison with the same indicators keeps the columns and their
 * cells and only swaps the rows, so a change of selection costs the visible cells, not a new table.
 */
final class ComparisonTableView {
    /** Above this many jurisdictions the table turns: jurisdictions as rows, so it stays fast. */
    static final int MAX_COLUMNS = 40;

    /** One row: its table and index. Identity equality, so every new comparison refreshes its cells. */
    static final class Row {
        final ComparisonTable t;
        final int index;

        Row(ComparisonTable t, int index) {
            this.t = t;
            this.index = index;
        }
    }

    private final TableView<Row> table = new TableView<>();
    /** The name (or indicator and unit) columns, held still while the values scroll right. */
    private final FrozenColumns frozen;
    private final BiConsumer<Long, Long> openReport;
    /** New columns: the table grows to its full height a few rows per frame (each row makes a cell per column). */
    private final StepwiseHeight growth;
    /** The indicators of the turned table's columns; null when the columns are per jurisdiction. */
    private List<Indicator> turnedColumns;
    /** The columns were made before any row: the first rows that come grow in steps too (see {@link #prepare}). */
    private boolean columnsWithoutRows;
    /** The comparison whose columns {@link #prepare} makes on the FX thread's next turn, if it is still the latest. */
    private ComingTable ahead;
    /** Columns made ahead of their rows go in a few per layout pass. */
    private final StepwiseColumns<Row> columnsAhead = new StepwiseColumns<>(table);
    /** The window's first large table: sample cells made while it is read, so its rows come in warm code. */
    private final CellWarmUp warmUp;

    ComparisonTableView(BiConsumer<Long, Long> openReport, Label placeholder) {
        this.openReport = openReport;
        table.setId("compare-table");
        table.setPlaceholder(placeholder);
        table.getStyleClass().add("compare-table");
        // With a fixed row height the table lays out and updates only the cells in view, also across columns.
        table.setFixedCellSize(26);
        frozen = new FrozenColumns(table);
        growth = new StepwiseHeight((javafx.scene.layout.Region) frozen.node(), table);
        warmUp = new CellWarmUp(frozen.node());
    }

    /** True while the table is still growing to its full height (see {@link StepwiseHeight}). */
    javafx.beans.property.ReadOnlyBooleanProperty growingProperty() {
        return growth.growingProperty();
    }

    /** The frozen columns and the table side by side. */
    javafx.scene.Node node() {
        return frozen.node();
    }

    TableView<Row> table() {
        return table;
    }

    /** The warm-up of the first large table's cells (for tests). */
    CellWarmUp warmUp() {
        return warmUp;
    }

    /**
     * A comparison has started: if it will be a large (turned) table and none is on screen, make its columns now,
     * while the workers read. Their headers are then laid out before the rows arrive, so the comparison's
     * arrival makes rows only (issue 12: the headers' layout pass right after the callback that made them was
     * the longest FX-thread wait of the window's start). A table on screen keeps its columns until its
     * replacement arrives: new columns over its old rows would show them under the wrong indicators.
     */
    void prepare(ComingTable coming) {
        ahead = coming;
        // after the next layout pass, not in the callback that started the comparison nor in the pass that lays
        // out what that callback changed (the dashboard's first load, at start-up)
        Runnable later = () -> {
            if (ahead != coming) {
                return; // the comparison arrived first, or a newer one started
            }
            ahead = null;
            if (coming == null || coming.jurisdictions() <= MAX_COLUMNS || !table.getItems().isEmpty()
                    || coming.indicators().equals(turnedColumns)) {
                return;
            }
            growth.stop();
            byJurisdictionColumns(coming.indicators(), true);
            columnsWithoutRows = true;
        };
        if (table.getScene() == null) {
            javafx.application.Platform.runLater(later);
        } else {
            StepwiseHeight.afterLayout(table.getScene(), later);
        }
    }

    void show(ComparisonTable t) {
        ahead = null;
        columnsAhead.finish();
        warmUp.stop();
        if (t == null) {
            growth.stop();
            table.getItems().clear();
            return;
        }
        if (t.jurisdictions().isEmpty() && turnedColumns != null && t.indicators().equals(turnedColumns)) {
            // Nothing chosen (全部地区 off): an empty table under the same columns. Building the small table's
            // columns here would throw away the turned columns and every cell, and the next 全部地区 on would
            // make them all again: the longest FX-thread pulse of that click (CSS of new cells, JFR).
            growth.stop();
            table.getItems().clear();
            return;
        }
        boolean turned = t.jurisdictions().size() > MAX_COLUMNS;
        if (turned) {
            boolean newColumns = !t.indicators().equals(turnedColumns);
            if (newColumns) {
                byJurisdictionColumns(t.indicators(), false);
            }
            List<Row> rows = rows(t, t.jurisdictions().size());
            rows.sort(CODE_ORDER);
            table.getItems().setAll(rows);
            table.sort(); // keeps the column the user sorted by, if any
            if (newColumns || columnsWithoutRows) {
                grow();
            }
        } else {
            byIndicator(t);
            table.getItems().setAll(rows(t, t.indicators().size()));
            grow();
        }
    }

    /**
     * New columns: the rows are made anew, a few per frame. The rows the table has already (those on screen and
     * those it keeps aside) would each make a cell per new column in the next layout pass, all at once, so
     * they are dropped first.
     */
    private void grow() {
        columnsWithoutRows = false;
        table.refresh();
        growth.start();
    }

    /** Jurisdictions in administrative-code order (the order of the 地区 tree). */
    private static final java.util.Comparator<Row> CODE_ORDER = java.util.Comparator.comparing(
            (Row r) -> r.t.jurisdictions().get(r.index), DashboardChoices.CODE_ORDER);

    /** Sorting a value column: by value, "未披露" last. */
    private static final java.util.Comparator<Cell> BY_VALUE = java.util.Comparator.nullsLast(java.util.Comparator.comparing(
            Cell::value, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));

    private static List<Row> rows(ComparisonTable t, int n) {
        List<Row> rows = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            rows.add(new Row(t, k));
        }
        return rows;
    }

    /** One row per indicator, one column per jurisdiction. */
    private void byIndicator(ComparisonTable t) {
        turnedColumns = null;
        table.getColumns().clear();
        TableColumn<Row, String> name = new TableColumn<>(tr("compare.col.indicator"));
        name.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().t.indicators().get(d.getValue().index).nameZh()));
        name.setPrefWidth(190);
        name.setStyle("-fx-alignment: CENTER-LEFT;");
        name.setId("compare-col-indicator");
        TableColumn<Row, String> unit = new TableColumn<>(tr("compare.col.unit"));
        unit.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().t.indicators().get(d.getValue().index).unit()));
        // 件/万人 (per-head rows) needs more room than 件 or %
        int longestUnit = t.indicators().stream().mapToInt(i -> i.unit() == null ? 0 : i.unit().length()).max().orElse(1);
        unit.setPrefWidth(longestUnit > 2 ? 22 + 14 * longestUnit : 46);
        frozen.setColumns(List.of(name, unit));
        List<TableColumn<Row, ?>> columns = new ArrayList<>();
        for (int j = 0; j < t.jurisdictions().size(); j++) {
            final int fj = j;
            TableColumn<Row, Cell> c = new TableColumn<>(t.jurisdictions().get(j).name());
            c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().t.cell(fj, d.getValue().index)));
            c.setCellFactory(col -> new ValueCell(openReport, false, fj, -1));
            c.setSortable(false); // rows are indicators: sorting them by one jurisdiction's values means nothing
            c.setPrefWidth(Math.max(118, 15 * t.jurisdictions().get(j).name().length() + 24));
            columns.add(c);
        }
        table.getColumns().setAll(columns);
    }

    /** One row per jurisdiction (its name frozen on the left), one column per indicator with its full name (large selections). */
    private void byJurisdictionColumns(List<Indicator> indicators, boolean ahead) {
        turnedColumns = indicators;
        table.getColumns().clear();
        TableColumn<Row, String> name = new TableColumn<>();
        // as high as the indicators' two-line headers beside it, so the frozen rows line up with theirs
        name.setGraphic(header(tr("compare.col.jurisdiction"), name));
        name.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().t.jurisdictions().get(d.getValue().index).fullName()));
        name.setPrefWidth(220);
        name.setStyle("-fx-alignment: CENTER-LEFT;");
        name.setId("compare-col-jurisdiction");
        frozen.setColumns(List.of(name));
        if (ahead) {
            // then, while the workers still read, sample cells of these columns (the first time only)
            columnsAhead.start(indicators.size(), i -> indicatorColumn(indicators, i), () -> warmUp.start(indicators));
        } else {
            List<TableColumn<Row, ?>> columns = new ArrayList<>();
            for (int i = 0; i < indicators.size(); i++) {
                columns.add(indicatorColumn(indicators, i));
            }
            table.getColumns().setAll(columns);
        }
    }

    /** The turned table's column of indicator {@code i}, headed by its full name. */
    private TableColumn<Row, ?> indicatorColumn(List<Indicator> indicators, int i) {
        Indicator ind = indicators.get(i);
        TableColumn<Row, Cell> c = new TableColumn<>();
        c.setGraphic(header(ind.nameZh() + "（" + ind.unit() + "）", c));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().t.cell(d.getValue().index, i)));
        c.setComparator(BY_VALUE);
        c.setCellFactory(col -> new ValueCell(openReport, true, -1, i));
        c.setPrefWidth(130);
        return c;
    }

    /** A header that shows the indicator's full name on as many lines as it needs. */
    private static Label header(String text, TableColumn<Row, ?> column) {
        Label h = new Label(text);
        h.setWrapText(true);
        h.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        h.setAlignment(javafx.geometry.Pos.CENTER);
        h.prefWidthProperty().bind(column.widthProperty().subtract(12));
        h.setMinHeight(40); // two lines: the header row grows to it (it does not ask a wrapping label for its height)
        h.setPrefHeight(40);
        // the tooltip made when the mouse first comes over the header: 25 of them at once slow the first table down
        h.setOnMouseEntered(e -> {
            if (h.getTooltip() == null) {
                h.setTooltip(new Tooltip(text));
            }
        });
        return h;
    }
}

package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Indicator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes a few rows of the comparison table's cells, in a table nobody sees, while the window's first large
 * comparison is still being read, so that the real table's first rows are made in warm code when it arrives.
 * The first rows of a JVM's first table made their rows and cells in code not loaded, linked or compiled yet
 * (class loading, lambdas spun, CSS looked up for each pseudo-class state, the bold and italic faces): the
 * first passes after the comparison's arrival took 25–47 ms of CPU each and, with the renderer and the JIT
 * sharing the two cores, the start's longest wall stall (a layout of 92–121 ms on the idle machine; issue 12). Here the same work is done one row at
 * a time, between the window's layout passes, while the FX thread waits for the workers anyway.
 * <p>
 * The sample table lives in a scene of its own that no window shows, styled with the window's style sheets and
 * font, laid out by hand: nothing is painted, and nothing changes in the window's scene graph (an invisible
 * table beside the real one had the renderer repaint the whole window at every sample row, 55–63 ms each).
 */
final class CellWarmUp {
    /**
     * Rows made, one more per layout pass: 8 × 26 cells, enough calls of the cells' code for the JIT (C1 compiles
     * a method after about 200 calls) to compile it before the real rows come, not while they are made.
     */
    static final int ROWS = 8;
    /** Above the rows: a header of one-line (empty) titles and the border. */
    private static final double HEADER = 28;
    /** Lower than the header: no row yet. */
    private static final double HEADER_ONLY = 20;
    /** About the table's width in a 1366-pixel window (the columns out of view get their cells too). */
    private static final double WIDTH = 800;
    private final Node host;
    private TableView<ComparisonTableView.Row> table;
    /** Counts starts and stops: a stop ends the steps of the start before it. */
    private long generation;
    /** Once per window: after the first real table the code is warm. */
    private boolean started;
    /** Sample value cells made so far (for tests). */
    private int cellsMade;

    /** {@code host}: the comparison table's node, whose window's style sheets and font the sample cells take. */
    CellWarmUp(Node host) {
        this.host = host;
    }

    /** The first time only, and only on screen: makes sample cells of {@code indicators}' columns, a row per layout pass. */
    void start(List<Indicator> indicators) {
        Scene scene = host.getScene();
        // -Dfazhi.noWarmUp=true: none, so that one jar measures the start with and without it (benchmarks)
        if (started || scene == null || indicators.isEmpty() || Boolean.getBoolean("fazhi.noWarmUp")) {
            return;
        }
        started = true;
        long g = ++generation;
        ComparisonTable sample = WarmUpSample.table(indicators, ROWS);
        table = new TableView<>();
        table.getStyleClass().add("compare-table");
        table.setFixedCellSize(26);
        table.getColumns().setAll(columns(sample));
        for (int k = 0; k < ROWS; k++) {
            table.getItems().add(new ComparisonTableView.Row(sample, k));
        }
        StackPane root = new StackPane(table);
        root.setStyle(scene.getRoot().getStyle()); // the window's font
        Scene unseen = new Scene(root, WIDTH, HEADER);
        unseen.getStylesheets().setAll(scene.getStylesheets());
        unseen.setUserAgentStylesheet(scene.getUserAgentStylesheet());
        StepwiseHeight.afterLayout(scene, () -> grow(scene, 0, g)); // not in the callback that started the comparison
    }

    /** True while sample rows are still to be made. */
    boolean running() {
        return table != null;
    }

    /** How many sample value cells were made (for tests: the warm-up did its work, out of the window). */
    int cellsMade() {
        return cellsMade;
    }

    /** The comparison has come (or the view is going): no more sample rows, and the table goes. */
    void stop() {
        generation++;
        table = null; // its scene goes with it
    }

    private void grow(Scene scene, int rows, long g) {
        if (g != generation) {
            return;
        }
        if (rows > ROWS) {
            stop();
            return;
        }
        // its skin and header alone at first (26 column headers), then one row more each time: the rows' cells are
        // made, styled and laid out here as the real table's are in a layout pass
        Parent root = table.getParent();
        root.resize(WIDTH, rows == 0 ? HEADER_ONLY : HEADER + rows * table.getFixedCellSize());
        root.applyCss();
        root.layout();
        StepwiseHeight.afterLayout(scene, () -> grow(scene, rows + 1, g));
    }

    /** A name column as the frozen table has, and a value column per indicator as the turned table has. */
    private List<TableColumn<ComparisonTableView.Row, ?>> columns(ComparisonTable sample) {
        List<TableColumn<ComparisonTableView.Row, ?>> columns = new ArrayList<>();
        TableColumn<ComparisonTableView.Row, String> name = new TableColumn<>();
        name.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().t.jurisdictions().get(d.getValue().index).fullName()));
        name.setStyle("-fx-alignment: CENTER-LEFT;");
        name.setPrefWidth(220);
        columns.add(name);
        for (int i = 0; i < sample.indicators().size(); i++) {
            final int fi = i;
            TableColumn<ComparisonTableView.Row, Cell> c = new TableColumn<>();
            c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().t.cell(d.getValue().index, fi)));
            c.setCellFactory(col -> {
                cellsMade++;
                return new ValueCell((r, v) -> { }, true, -1, fi);
            });
            c.setPrefWidth(130);
            columns.add(c);
        }
        return columns;
    }
}

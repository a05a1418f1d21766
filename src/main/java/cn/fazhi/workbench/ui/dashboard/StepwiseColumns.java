package cn.fazhi.workbench.ui.dashboard;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.function.IntFunction;

/**
 * Makes a table's new columns a few per layout pass, for columns made ahead of their rows (a comparison
 * still being read, {@link ComparisonTableView#prepare}): each column and its header are made, styled and laid
 * out in the pass that first shows them, and the 25 indicators' two-line headers made in the callback that
 * started the comparison and laid out in one pass were the longest FX-thread tasks of the window's start
 * (issue 12). Nobody waits for these columns yet, so spreading them costs nothing; {@link #finish} makes the
 * rest at once when the rows arrive first.
 */
final class StepwiseColumns<S> {
    /** Columns put in per layout pass. */
    static final int STEP = 5;
    private final TableView<S> table;
    private IntFunction<TableColumn<S, ?>> make;
    private int made;
    private int count;
    /** Runs once the last column has been laid out, unless {@link #finish} or a newer start came first. */
    private Runnable then;
    /** Counts the calls: a newer start or a finish ends an older stepping. */
    private long generation;

    StepwiseColumns(TableView<S> table) {
        this.table = table;
    }

    /**
     * Replaces the table's columns with {@code count} columns {@code make} makes (by index): none now, the first
     * few after the next layout pass (not in the callback that asked for them: it has its own work), then a few
     * per pass; then {@code then}, after the pass that lays out the last of them.
     */
    void start(int count, IntFunction<TableColumn<S, ?>> make, Runnable then) {
        long g = ++generation;
        table.getColumns().clear();
        this.make = make;
        this.count = count;
        this.made = 0;
        this.then = then;
        Scene scene = table.getScene();
        if (scene == null) {
            finish(); // not on screen: nothing is laid out until it is
            return;
        }
        StepwiseHeight.afterLayout(scene, () -> step(scene, g));
    }

    /** The columns still to come, all now (their rows have arrived, or other columns replace them). */
    void finish() {
        generation++;
        add(count - made);
    }

    private void step(Scene scene, long g) {
        if (g != generation) {
            return;
        }
        if (made >= count) {
            then.run();
            return;
        }
        add(Math.min(STEP, count - made));
        StepwiseHeight.afterLayout(scene, () -> step(scene, g));
    }

    private void add(int n) {
        if (n <= 0) {
            return;
        }
        java.util.List<TableColumn<S, ?>> next = new java.util.ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            next.add(make.apply(made++));
        }
        table.getColumns().addAll(next);
    }
}

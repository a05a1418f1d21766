package cn.fazhi.workbench.ui.dashboard;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Lets a table with new columns grow to its full height a few rows per frame. A table makes, for
 * every row that fills its view (the empty ones under the last item too), a cell per column with its skin
 * and CSS — also for the columns scrolled out of view — all in the layout pass that first shows them: the
 * turned comparison's 25 columns × a screenful of rows kept the FX thread busy 0.2–0.5 s of CPU (JFR:
 * {@code VirtualFlow.addTrailingCells} → {@code applyCss}), the window's first comparison the most (code
 * the JIT had not compiled yet). Adding items a few at a time does not help, since the empty rows fill the
 * view anyway; a view a few rows high does. The rows appear top down within a few frames, the window answers
 * between them, and the work in all is the same.
 */
final class StepwiseHeight {
    /**
     * Rows made in the first layout pass: none, since that pass makes the 25 headers, and it follows the
     * comparison's callback that made the columns (two rows in it made the two a 111–165 ms wall stall).
     */
    static final int FIRST = 0;
    /** Rows made per layout pass after it: 25 columns' cells each. */
    static final int STEP = 3;
    /** Above the rows: the indicators' two-line headers and the table's border. */
    private static final double HEADER_ALLOWANCE = 62;
    private final Region box;
    private final TableView<?> table;
    private final ReadOnlyBooleanWrapper growing = new ReadOnlyBooleanWrapper();
    /** Counts the calls: a newer start ends an older growth. */
    private long generation;

    /** {@code box} holds {@code table} (and what goes beside it) and sits in a parent that gives it its height. */
    StepwiseHeight(Region box, TableView<?> table) {
        this.box = box;
        this.table = table;
        StackPane.setAlignment(box, Pos.TOP_LEFT); // a tab's content: grow downwards from the top, not out of the middle
    }

    /** True while the table is still growing, for benchmarks and tests that wait for the whole table. */
    ReadOnlyBooleanProperty growingProperty() {
        return growing.getReadOnlyProperty();
    }

    /** The table's columns were just made: show it a few rows high, then higher each frame up to its full height. */
    void start() {
        long g = ++generation;
        Scene scene = box.getScene();
        double full = room();
        if (scene == null || full <= 0 || height(FIRST + STEP) >= full) {
            stop(); // not on screen (nothing is made until it is) or not higher than a few rows anyway
            return;
        }
        growing.set(true);
        box.setMaxHeight(height(FIRST));
        afterLayout(scene, () -> grow(scene, FIRST, g));
    }

    /** Back to full height at once (a table whose rows have their cells already, or none). */
    void stop() {
        generation++;
        growing.set(false);
        box.setMaxHeight(Region.USE_COMPUTED_SIZE);
    }

    private void grow(Scene scene, int rows, long g) {
        if (g != generation) {
            return;
        }
        int more = rows + STEP;
        if (height(more) >= room()) {
            stop();
        } else {
            box.setMaxHeight(height(more));
            afterLayout(scene, () -> grow(scene, more, g));
        }
    }

    private double height(int rows) {
        return HEADER_ALLOWANCE + rows * table.getFixedCellSize();
    }

    /** The height the box would have at full size: its parent's. */
    private double room() {
        Node parent = box.getParent();
        return parent instanceof Region r ? r.getHeight() : box.getHeight();
    }

    /** Runs {@code then} once the next layout pass is done, outside that pulse, so the window answers between. */
    static void afterLayout(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        boolean[] fired = new boolean[1];
        once[0] = () -> {
            if (!fired[0]) {
                fired[0] = true;
                // removed outside the pulse: the scene is going through its listeners now
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    then.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}

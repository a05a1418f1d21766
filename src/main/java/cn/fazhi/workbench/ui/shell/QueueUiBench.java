package cn.fazhi.workbench.ui.shell;

import cn.fazhi.workbench.model.QueueItem;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.FxStall;
import cn.fazhi.workbench.ui.review.QueueViewModel;
import cn.fazhi.workbench.ui.review.ReviewView;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.util.Duration;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * For maintainers: with -Dfazhi.queuebench=true the app opens 待审核 and times, in the window, what a reviewer
 * waits for: from choosing 待审核 until the list is filled and its first item's report is shown and laid out,
 * then {@link #WARM_UP} + {@link #MOVES} times J (next item) until the next item's report, values and mark are shown and the
 * scene has been laid out. Prints wall times and the CPU time of the whole process, then exits. Run it under
 * Xvfb on a large workspace (bench workspace --count 2700 --keep FILE).
 */
final class QueueUiBench {
    private static final int MOVES = 100;
    /** Steps before the measured ones: the JIT compiles the code of a step meanwhile (a third of the CPU of a cold run). */
    private static final int WARM_UP = 50;

    private final MainWindow window;
    private final Scene scene;
    private final long[] moves = new long[MOVES];
    private final boolean[] otherReport = new boolean[MOVES];
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpu0;

    QueueUiBench(MainWindow window, Scene scene) {
        this.window = window;
        this.scene = scene;
    }

    void start(AppWiring wiring) {
        FxStall.watch();
        wiring.sessionProperty().addListener((o, a, s) -> {
            if (s != null) {
                // from a light screen, once what the first screen started reading is done (it may be the queue)
                window.go("settings");
                PauseTransition settle = new PauseTransition(Duration.millis(4000));
                settle.setOnFinished(e -> open());
                settle.play();
            }
        });
    }

    private void open() {
        long t0 = System.nanoTime();
        long c0 = os.getProcessCpuTime();
        window.go("queue");
        ReviewView view = (ReviewView) window.current();
        whenShown(view, t0, () -> {
            System.out.printf("queuebench: 待审核 opened, first item shown and laid out after %d ms (%.0f ms CPU, all threads);"
                            + " %,d items, the query and list %d ms%n", (System.nanoTime() - t0) / 1_000_000,
                    (os.getProcessCpuTime() - c0) / 1e6, view.queueViewModel().totalProperty().get(),
                    view.queueViewModel().loadedInMillis());
            move(view, -WARM_UP);
        });
    }

    private void move(ReviewView view, int k) {
        if (k == MOVES) {
            long[] s = moves.clone();
            Arrays.sort(s);
            System.out.printf("queuebench: J × %d after %d to warm up: next item shown and laid out after median %.1f ms, 95th %.1f ms, max %.1f ms;"
                            + " %.1f ms CPU a step (all threads); longest FX-thread stall %d ms%n", MOVES, WARM_UP, s[MOVES / 2] / 1e6,
                    s[(int) (MOVES * 0.95)] / 1e6, s[MOVES - 1] / 1e6, (os.getProcessCpuTime() - cpu0) / 1e6 / MOVES,
                    FxStall.longest());
            System.out.printf("queuebench: within the same report median %.1f ms (%d steps); to another report median %.1f ms (%d steps)%n",
                    median(false) / 1e6, count(false), median(true) / 1e6, count(true));
            Platform.exit();
            return;
        }
        if (k == 0) {
            FxStall.reset();
            cpu0 = os.getProcessCpuTime();
        }
        // a pause between keys, as a person reads: each step starts with the FX thread idle
        PauseTransition read = new PauseTransition(Duration.millis(120));
        read.setOnFinished(e -> {
            var before = view.queueViewModel().currentProperty().get();
            long t0 = System.nanoTime();
            view.queueViewModel().next();
            var after = view.queueViewModel().currentProperty().get();
            boolean other = before != null && after != null && before.reportId() != after.reportId();
            whenShown(view, t0, () -> {
                if (k >= 0) {
                    moves[k] = System.nanoTime() - t0;
                    otherReport[k] = other;
                }
                move(view, k + 1);
            });
        });
        read.play();
    }

    private long median(boolean other) {
        long[] s = java.util.stream.IntStream.range(0, MOVES).filter(k -> otherReport[k] == other).mapToLong(k -> moves[k])
                .sorted().toArray();
        return s.length == 0 ? 0 : s[s.length / 2];
    }

    private int count(boolean other) {
        return (int) java.util.stream.IntStream.range(0, MOVES).filter(k -> otherReport[k] == other).count();
    }

    /**
     * Calls {@code then} once the queue's current item is the one the review shows (its report loaded, the
     * item selected) and the scene has been laid out after it, checked after every layout pulse.
     */
    private void whenShown(ReviewView view, long t0, Runnable then) {
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (shown(view)) {
                scene.removePostLayoutPulseListener(check[0]);
                then.run();
            } else {
                Platform.requestNextPulse(); // keep looking even if nothing on screen changes meanwhile
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
        Platform.requestNextPulse();
    }

    private static boolean shown(ReviewView view) {
        QueueViewModel q = view.queueViewModel();
        QueueItem i = q.currentProperty().get();
        var vm = view.viewModel();
        if (q.loadingProperty().get() || i == null || vm.reportProperty().get() == null || vm.reportProperty().get().id() != i.reportId()) {
            return false;
        }
        return i.kind() == QueueItem.Kind.VALUE
                ? vm.selectedProperty().get() != null && vm.selectedProperty().get().id() == i.id()
                : vm.selectedSuggestionProperty().get() != null && vm.selectedSuggestionProperty().get().id() == i.id();
    }
}

package cn.fazhi.workbench.ui.shell;

import cn.fazhi.workbench.ui.AppWiring;

import cn.fazhi.workbench.ui.common.FxStall;
import cn.fazhi.workbench.ui.dashboard.DashboardView;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.util.Duration;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * For maintainers: with -Dfazhi.uibench=true the app opens 比对, then clicks the way a user does (全部地区
 * off and on, one county off and on) and prints how long each took until the table was on screen, the
 * longest time the FX thread was busy and the peak heap; then exits. Run it under Xvfb on a large workspace.
 */
final class UiBench {
    private final MainWindow window;
    private final Scene scene;
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private long peakHeap;

    UiBench(MainWindow window, Scene scene) {
        this.window = window;
        this.scene = scene;
    }

    void start(AppWiring wiring) {
        FxStall.watch();
        wiring.sessionProperty().addListener((o, a, s) -> {
            if (s != null) {
                window.go("compare");
                long t0 = System.nanoTime();
                whenShown(t0, ms -> {
                    print("first comparison on screen", ms);
                    plan();
                    next();
                });
            }
        });
    }

    private void plan() {
        step("the year with most jurisdictions", () -> {
            var vm = dashboard().viewModel();
            Integer best = vm.years().stream().max(java.util.Comparator.comparingInt(y -> vm.reportedIn(y).size())).orElse(null);
            vm.yearProperty().set(best);
            System.out.printf("uibench: year %s: %d jurisdictions with a report%n", best, vm.reportedIn(best).size());
        });
        step("全部地区 off (nothing chosen)", () -> root().setSelected(false));
        step("全部地区 on (every jurisdiction)", () -> root().setSelected(true));
        step("one county off", () -> firstLeaf().setSelected(false));
        step("the same county on", () -> firstLeaf().setSelected(true));
        step("全部地区 off again", () -> root().setSelected(false));
        step("全部地区 on again", () -> root().setSelected(true));
        steps.add(() -> {
            System.out.printf("uibench: longest FX-thread stall %d ms, %d stalls over %d ms; peak heap %d MB%n",
                    FxStall.longest(), FxStall.overLimit(), FxStall.LIMIT_MS, peakHeap / (1024 * 1024));
            Platform.exit();
        });
    }

    private void step(String name, Runnable click) {
        steps.add(() -> {
            PauseTransition settle = new PauseTransition(Duration.millis(500));
            settle.setOnFinished(e -> {
                FxStall.reset();
                resetHeap();
                long t0 = System.nanoTime();
                click.run();
                System.out.printf("uibench: %-34s the click itself took %d ms%n", name, (System.nanoTime() - t0) / 1_000_000);
                whenShown(t0, ms -> {
                    print(name, ms);
                    next();
                });
            });
            settle.play();
        });
    }

    private void print(String name, long ms) {
        long heap = heap();
        peakHeap = Math.max(peakHeap, heap);
        var t = dashboard() == null ? null : dashboard().viewModel().tableProperty().get();
        System.out.printf("uibench: %-34s table on screen after %5d ms (%d × %d); longest FX stall %4d ms; heap peak %4d MB%n",
                name, ms, t == null ? 0 : t.jurisdictions().size(), t == null ? 0 : t.indicators().size(), FxStall.longest(),
                heap / (1024 * 1024));
    }

    /**
     * Polls on the FX thread (so it only answers when the thread is free) until the comparison is ready,
     * then waits one more pulse: JavaFX starts a pulse only when the previous frame has been painted.
     */
    private void whenShown(long t0, Consumer<Long> then) {
        PauseTransition poll = new PauseTransition(Duration.millis(10));
        poll.setOnFinished(e -> {
            DashboardView d = dashboard();
            if (d != null && !d.viewModel().computingProperty().get() && d.viewModel().tableProperty().get() != null
                    && System.nanoTime() - t0 > 20_000_000L) {
                // This pulse lays the new table out; the next pulse starts only once it has been painted.
                PauseTransition painted = new PauseTransition(Duration.millis(1));
                painted.setOnFinished(x -> then.accept((System.nanoTime() - t0) / 1_000_000));
                painted.play();
            } else {
                whenShown(t0, then);
            }
        });
        poll.play();
    }

    private DashboardView dashboard() {
        return window.current() instanceof DashboardView d ? d : null;
    }

    @SuppressWarnings("unchecked")
    private CheckBoxTreeItem<String> root() {
        return (CheckBoxTreeItem<String>) ((TreeView<String>) scene.lookup("#compare-jurisdictions")).getRoot();
    }

    private CheckBoxTreeItem<String> firstLeaf() {
        TreeItem<String> t = root();
        while (!t.getChildren().isEmpty()) {
            t = t.getChildren().get(0);
        }
        return (CheckBoxTreeItem<String>) t;
    }

    private void next() {
        Runnable r = steps.poll();
        if (r != null) {
            r.run();
        }
    }

    private static void resetHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long heap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}

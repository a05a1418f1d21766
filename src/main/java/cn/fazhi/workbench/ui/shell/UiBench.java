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
    private long fxCpuAtClick = -1;
    /** The JVM's collections and their time when the step began (G1: its stop-the-world pauses, which stop the FX thread too). */
    private long[] gcAtClick = gc();

    UiBench(MainWindow window, Scene scene) {
        this.window = window;
        this.scene = scene;
    }

    void start(AppWiring wiring) {
        FxStall.watch();
        // the CPU time of each pulse's CSS and layout, where the FX thread spends most of a refilled table's cost
        long[] pre = new long[1];
        scene.addPreLayoutPulseListener(() -> pre[0] = FxStall.cpu());
        scene.addPostLayoutPulseListener(() -> {
            long cpu = FxStall.cpu() - pre[0];
            FxStall.pulseCpu(cpu);
            if (cpu >= FxStall.LIMIT_MS * 1_000_000L / 2) {
                System.out.printf("uibench: a pulse's CSS and layout took %d ms CPU%n", cpu / 1_000_000);
            } else if (cpu >= FxStall.LIMIT_MS * 1_000_000L / 5) {
                System.out.printf("fx: a pulse's CSS and layout took %d ms CPU at %d ms%n", cpu / 1_000_000, FxStall.uptime());
            }
        });
        wiring.sessionProperty().addListener((o, a, s) -> {
            if (s != null) {
                // the first step's figures too: its longest pulse is the first fill of the table, in a cold JVM
                FxStall.reset();
                fxCpuAtClick = fxCpu();
                gcAtClick = gc();
                // Only when another screen is on view: going to 比对 refreshes it, and a refresh on top of the load
                // the new session starts ran a second comparison beside the first at every start of this bench,
                // the two workers taking both cores from the FX thread (the start's 92-151 ms stalls, issue 12).
                if (!(window.current() instanceof DashboardView)) {
                    window.go("compare");
                }
                printAtArrival();
                long t0 = System.nanoTime();
                whenShown(t0, ms -> {
                    print("first comparison on screen", ms);
                    plan();
                    next();
                });
            }
        });
    }

    /**
     * The start's figures up to the first comparison's arrival (first frames, the 地区 tree, the dashboard's first
     * load): the part of the first step's stall that the table's rows have no share in.
     */
    private void printAtArrival() {
        var table = dashboard().viewModel().tableProperty();
        table.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends cn.fazhi.workbench.compare.ComparisonTable> o,
                                cn.fazhi.workbench.compare.ComparisonTable a, cn.fazhi.workbench.compare.ComparisonTable t) {
                if (t != null) {
                    table.removeListener(this);
                    System.out.printf("uibench: %-34s before it arrived: longest FX stall %4d ms, longest callback or pulse %4d ms CPU; %s%n",
                            "first comparison", FxStall.longest(), FxStall.longestCpu(), gcSince());
                }
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
        // -Dfazhi.uibench.repeat=N: the pair N more times, for a profiler to see enough of it
        for (int k = 0; k < Integer.getInteger("fazhi.uibench.repeat", 0); k++) {
            step("全部地区 off (repeat)", () -> root().setSelected(false));
            step("全部地区 on (repeat)", () -> root().setSelected(true));
        }
        step("one county off", () -> firstLeaf().setSelected(false));
        step("the same county on", () -> firstLeaf().setSelected(true));
        // new columns: a table of other indicators, then all 25 again (every cell on screen made anew, JIT warm)
        step("one area of indicators", () -> {
            var vm = dashboard().viewModel();
            vm.setAreas(java.util.List.of(vm.areaNames().keySet().iterator().next()));
        });
        step("all areas again (new columns)", () -> dashboard().viewModel().setAreas(java.util.List.of()));
        step("全部地区 off again", () -> root().setSelected(false));
        step("全部地区 on again", () -> root().setSelected(true));
        watch("地图块 opened", () -> tab("tab-tiles"));
        watch("地图块: another indicator", () -> {
            var pickers = dashboard().viewModel().pickers();
            var now = pickers.provinceIndicatorProperty().get();
            pickers.provinceIndicatorProperty().set(pickers.indicators().stream().filter(i -> i != now).findFirst().orElse(now));
        });
        watch("地图块 window narrower", () -> scene.getWindow().setWidth(scene.getWindow().getWidth() - 200));
        steps.add(() -> {
            System.out.printf("uibench: longest FX-thread stall %d ms (CPU of the longest callback or pulse of the last step %d ms), %d stalls over %d ms; peak heap %d MB%n",
                    FxStall.longest(), FxStall.longestCpu(), FxStall.overLimit(), FxStall.LIMIT_MS, peakHeap / (1024 * 1024));
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
                fxCpuAtClick = fxCpu();
                gcAtClick = gc();
                click.run();
                long clickCpu = fxCpu() - fxCpuAtClick;
                FxStall.pulseCpu(clickCpu); // the click is a callback on the FX thread too
                System.out.printf("uibench: %-34s the click itself took %d ms (CPU %d ms)%n", name, (System.nanoTime() - t0) / 1_000_000,
                        clickCpu / 1_000_000);
                whenShown(t0, ms -> {
                    print(name, ms);
                    next();
                });
            });
            settle.play();
        });
    }

    /**
     * CPU time of the FX thread (this method runs on it). Unlike the wall-clock stall, it does not grow with
     * the other processes on the machine: the FX thread's CPU time over a whole step bounds what any one of
     * its tasks in that step can have cost.
     */
    private static long fxCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** A step whose work is not a comparison (a tab drawing itself): watched for two seconds, then the FX thread's figures. */
    private void watch(String name, Runnable action) {
        steps.add(() -> {
            PauseTransition settle = new PauseTransition(Duration.millis(500));
            settle.setOnFinished(e -> {
                FxStall.reset();
                fxCpuAtClick = fxCpu();
                gcAtClick = gc();
                action.run();
                PauseTransition after = new PauseTransition(Duration.seconds(2));
                after.setOnFinished(x -> {
                    System.out.printf("uibench: %-34s FX-thread CPU time over 2 s %4d ms, longest callback or pulse %4d ms;"
                            + " longest FX stall %4d ms%n", name, (fxCpu() - fxCpuAtClick) / 1_000_000, FxStall.longestCpu(),
                            FxStall.longest());
                    next();
                });
                after.play();
            });
            settle.play();
        });
    }

    private void tab(String id) {
        var tabs = (javafx.scene.control.TabPane) scene.lookup("#compare-tabs");
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private void print(String name, long ms) {
        long heap = heap();
        if (fxCpuAtClick >= 0) {
            System.out.printf("uibench: %-34s FX-thread CPU time for the step %4d ms, longest callback or pulse %4d ms; %s%n", name,
                    (fxCpu() - fxCpuAtClick) / 1_000_000, FxStall.longestCpu(), gcSince());
        }
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
                    && !d.tableGrowingProperty().get() && System.nanoTime() - t0 > 20_000_000L) {
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

    /** Collections so far and their time in ms, over all the JVM's collectors. */
    private static long[] gc() {
        long[] sum = new long[2];
        for (var b : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum[0] += Math.max(0, b.getCollectionCount());
            sum[1] += Math.max(0, b.getCollectionTime());
        }
        return sum;
    }

    /** The collections since the step began: with G1 each is a pause of every thread, the FX thread's too. */
    private String gcSince() {
        long[] now = gc();
        return String.format("GC %d collections, %d ms", now[0] - gcAtClick[0], now[1] - gcAtClick[1]);
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

package cn.fazhi.workbench.ui.shell;

import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.dashboard.DashboardView;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TreeView;
import javafx.util.Duration;

import java.lang.management.ManagementFactory;
import java.util.function.BooleanSupplier;

/**
 * For {@code bench window} (with -Dfazhi.startbench=true, a fresh preferences root, so the first screen is
 * 比对): prints, as tab-separated {@code startbench} lines, when the window was shown, when it became usable
 * (workspace open, 比对's years and jurisdiction tree on screen and painted) and when the first comparison,
 * which 比对 asks for as soon as it knows the years, was painted; each with the milliseconds since the JVM
 * started and the process's CPU so far. Then it closes the workspace and exits. The benchmark that starts
 * this process measures wall time from outside as well.
 */
final class StartBench {
    private final MainWindow window;
    private final Scene scene;
    private long requestedAt;

    StartBench(MainWindow window, Scene scene) {
        this.window = window;
        this.scene = scene;
    }

    void start(AppWiring wiring) {
        print("shown", "");
        if (!(window.current() instanceof DashboardView d)) {
            print("error", "the first screen is not 比对: start with a fresh preferences root");
            Platform.exit();
            return;
        }
        // 比对 sets the year as soon as it has read what can be chosen, and that asks for the first comparison
        d.viewModel().yearProperty().addListener((o, a, b) -> {
            if (requestedAt == 0) {
                requestedAt = System.nanoTime();
            }
        });
        whenPainted(() -> wiring.session() != null && !d.viewModel().years().isEmpty() && treeShown(), () -> {
            print("usable", d.viewModel().years().size() + " years, " + d.viewModel().available().size() + " jurisdictions");
            print("threads at usable", cpuByThread());
            whenPainted(() -> requestedAt != 0 && !d.viewModel().computingProperty().get()
                    && d.viewModel().tableProperty().get() != null, () -> {
                var t = d.viewModel().tableProperty().get();
                print("compared", String.format("%d ms after the request; %d, %d × %d", (System.nanoTime() - requestedAt) / 1_000_000,
                        t.year(), t.jurisdictions().size(), t.indicators().size()));
                print("threads at compared", cpuByThread());
                wiring.close();
                Platform.exit();
            });
        });
    }

    private boolean treeShown() {
        var tree = (TreeView<?>) scene.lookup("#compare-jurisdictions");
        return tree != null && tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty();
    }

    /**
     * Polls on the FX thread (so it only answers when the thread is free) until {@code ready}, then waits for
     * one more pulse: JavaFX starts a pulse only when the previous frame has been painted.
     */
    private static void whenPainted(BooleanSupplier ready, Runnable then) {
        PauseTransition poll = new PauseTransition(Duration.millis(10));
        poll.setOnFinished(e -> {
            if (ready.getAsBoolean()) {
                PauseTransition painted = new PauseTransition(Duration.millis(1));
                painted.setOnFinished(x -> then.run());
                painted.play();
            } else {
                whenPainted(ready, then);
            }
        });
        poll.play();
    }

    private static void print(String event, String detail) {
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("startbench\t" + event + "\t" + sinceStart + "\t" + processCpuMillis() + "\t" + detail);
        System.out.flush();
    }

    /**
     * CPU seconds so far per kind of thread (JIT compilers, GC, the FX thread, the workers…), from Linux's
     * /proc/self/task; empty elsewhere. Says where a start-up's CPU went, which a Java profiler cannot (the JIT
     * compilers and GC are not Java code).
     */
    private static String cpuByThread() {
        java.util.Map<String, Long> ticks = new java.util.TreeMap<>();
        java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
        try (var dirs = java.nio.file.Files.list(tasks)) {
            for (java.nio.file.Path t : (Iterable<java.nio.file.Path>) dirs::iterator) {
                String stat = java.nio.file.Files.readString(t.resolve("stat"));
                // pid (comm) state … utime stime are fields 14 and 15; comm may hold spaces, so split after ')'
                String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.merge(comm.replaceAll("[#0-9]+$", "").strip(), Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
            }
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        ticks.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> b.append(String.format("%s %.1f s; ", e.getKey(), e.getValue() / 100.0)));
        return b.toString();
    }

    /** CPU time of the whole process (all threads: JIT, GC, JavaFX, workers), or -1 when the JVM does not say. */
    private static long processCpuMillis() {
        try {
            return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() / 1_000_000 : -1;
        } catch (LinkageError e) { // a runtime without jdk.management (the installers' trimmed one)
            return -1;
        }
    }
}

package cn.fazhi.workbench.ui.common;

import javafx.application.Platform;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures how long the JavaFX thread is kept busy. {@link #timed} logs every callback that takes more
 * than {@value #LIMIT_MS} ms; {@link #watch()} (with -Dfazhi.timing=true) also pings the FX thread every
 * 20 ms from a daemon thread and logs each time it could not answer within the limit, whatever kept it
 * busy (layout, CSS, a listener). The longest stall is kept for benchmarks.
 */
public final class FxStall {
    public static final long LIMIT_MS = 100;
    private static final AtomicLong longest = new AtomicLong();
    private static final AtomicLong overLimit = new AtomicLong();
    /** The most CPU time of the FX thread one callback took: unlike wall time, not lengthened by other processes. */
    private static final AtomicLong longestCpu = new AtomicLong();

    private FxStall() {
    }

    /** Runs {@code work} (on the FX thread) and logs it when it took longer than the limit. */
    public static void timed(String what, Runnable work) {
        long t0 = System.nanoTime();
        long cpu0 = cpu();
        try {
            work.run();
        } finally {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long cpuMs = (cpu() - cpu0) / 1_000_000;
            longest.accumulateAndGet(ms, Math::max);
            longestCpu.accumulateAndGet(cpuMs, Math::max);
            if (ms > LIMIT_MS) {
                report("callback '" + what + "' (CPU " + cpuMs + " ms)", ms);
            } else if (cpuMs >= LIMIT_MS / 5 && Boolean.getBoolean("fazhi.timing")) {
                System.out.println("fx: callback '" + what + "' " + ms + " ms (CPU " + cpuMs + " ms) at " + uptime() + " ms");
            }
        }
    }

    /** The JVM's uptime in ms, as -Xlog:gc's uptime decorations print it (to line stalls up with collections). */
    public static long uptime() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    }

    /** The longest time the FX thread was busy (a callback, or a ping's wait) since the last reset, in ms. */
    public static long longest() {
        return longest.get();
    }

    /** How many stalls went over the limit since the last reset. */
    public static long overLimit() {
        return overLimit.get();
    }

    /** The most FX-thread CPU time one callback, or one pulse passed to {@link #pulseCpu}, took since the last reset, in ms. */
    public static long longestCpu() {
        return longestCpu.get();
    }

    /** Counts the CPU time of one pulse's CSS and layout (measured by the caller) towards {@link #longestCpu}. */
    public static void pulseCpu(long nanos) {
        longestCpu.accumulateAndGet(nanos / 1_000_000, Math::max);
    }

    /** CPU time of the current thread, in ns (-1 where the JVM does not measure it). */
    public static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    public static void reset() {
        longestCpu.set(0);
        longest.set(0);
        overLimit.set(0);
    }

    /** Starts the FX-thread ping (diagnostics: only with -Dfazhi.timing=true). */
    public static void watch() {
        ScheduledExecutorService ping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fazhi-fx-watch");
            t.setDaemon(true);
            return t;
        });
        AtomicLong waitingSince = new AtomicLong();
        ping.scheduleWithFixedDelay(() -> {
            if (waitingSince.get() != 0) {
                return; // the previous ping has not been answered yet
            }
            long posted = System.nanoTime();
            waitingSince.set(posted);
            Platform.runLater(() -> {
                long ms = (System.nanoTime() - posted) / 1_000_000;
                waitingSince.set(0);
                longest.accumulateAndGet(ms, Math::max);
                if (ms > LIMIT_MS) {
                    report("FX thread", ms);
                }
            });
        }, 20, 20, TimeUnit.MILLISECONDS);
    }

    private static void report(String what, long ms) {
        overLimit.incrementAndGet();
        String line = what + " busy " + ms + " ms (limit " + LIMIT_MS + " ms)";
        AppLog.info(line);
        if (Boolean.getBoolean("fazhi.timing")) {
            System.out.println("stall: " + line + " at " + uptime() + " ms");
        }
    }
}

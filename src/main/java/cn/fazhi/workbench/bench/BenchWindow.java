package cn.fazhi.workbench.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Start-up of the desktop window on a workspace, as a user sees it: each run starts a new JVM with the window
 * (the same class path, a fresh preferences root so the first screen is 比对, {@code -Dfazhi.startbench=true})
 * and reads the {@code startbench} lines it prints (ui.shell.StartBench): window shown, usable (比对's years and
 * jurisdiction tree painted), first comparison painted. Wall time is counted here from the moment the process
 * is started; CPU is the child's own (all its threads). Needs a display: run it under {@code xvfb-run -a}.
 */
public final class BenchWindow {
    /** What one run printed: per event, wall ms since the process was started and the child's CPU ms. */
    public record Run(Map<String, Event> events, double loadBefore, double loadAfter) {
    }

    /** One {@code startbench} line, with the wall time measured from outside. */
    public record Event(String name, long wallMillis, long jvmMillis, long cpuMillis, String detail) {
    }

    private static final long TIMEOUT_SECONDS = 180;

    /** Runs the window {@code runs} times on {@code workspace}; {@code javaOptions} go before the main class. */
    public List<Run> run(Path workspace, int runs, List<String> javaOptions, Consumer<String> progress)
            throws IOException, InterruptedException {
        List<Run> out = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            out.add(once(workspace, javaOptions));
            progress.accept("run " + (i + 1) + ": " + out.get(i).events().keySet());
        }
        return out;
    }

    private Run once(Path workspace, List<String> javaOptions) throws IOException, InterruptedException {
        Path prefs = Files.createTempDirectory("fazhi-startbench-prefs");
        try {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(javaOptions);
            cmd.add("-Djava.util.prefs.userRoot=" + prefs);
            cmd.add("-Dfazhi.startbench=true");
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add("cn.fazhi.workbench.Launcher");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("FAZHI_WORKSPACE", workspace.toAbsolutePath().toString());
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long t0 = System.nanoTime();
            Process p = pb.start();
            Map<String, Event> events = new LinkedHashMap<>();
            StringBuilder other = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    long wall = (System.nanoTime() - t0) / 1_000_000;
                    Optional<Event> e = parse(line, wall);
                    if (e.isPresent()) {
                        events.put(e.get().name(), e.get());
                    } else if (other.length() < 4000) {
                        other.append(line).append('\n');
                    }
                }
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("the window did not exit within " + TIMEOUT_SECONDS + " s");
            }
            if (!events.containsKey("compared")) {
                throw new IOException("the window ended (exit " + p.exitValue() + ") before its first comparison:\n" + other);
            }
            return new Run(events, loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            deleteQuietly(prefs);
        }
    }

    /** A {@code startbench} line ({@code startbench TAB event TAB ms since JVM start TAB cpu ms TAB detail}), or empty. */
    static Optional<Event> parse(String line, long wallMillis) {
        String[] f = line.split("\t", 5);
        if (f.length < 4 || !f[0].equals("startbench")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Event(f[1], wallMillis, Long.parseLong(f[2]), Long.parseLong(f[3]), f.length > 4 ? f[4] : ""));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The lines to print: each run, then the median of the runs for each event. */
    public static Map<String, String> lines(List<Run> runs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            StringBuilder b = new StringBuilder();
            for (Event e : r.events().values()) {
                b.append(String.format("%s %.2f s (%.2f s CPU)%s; ", e.name(), e.wallMillis() / 1000.0, e.cpuMillis() / 1000.0,
                        e.detail().isEmpty() ? "" : " [" + e.detail() + "]"));
            }
            b.append(String.format("load %.1f → %.1f", r.loadBefore(), r.loadAfter()));
            out.put("run " + (i + 1), b.toString());
        }
        for (String name : List.of("shown", "usable", "compared")) {
            List<Long> wall = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            for (Run r : runs) {
                Event e = r.events().get(name);
                if (e != null) {
                    wall.add(e.wallMillis());
                    cpu.add(e.cpuMillis());
                }
            }
            if (!wall.isEmpty()) {
                out.put("median " + name, String.format("%.2f s wall (%.2f–%.2f), %.2f s CPU",
                        median(wall) / 1000.0, wall.stream().min(Long::compare).get() / 1000.0,
                        wall.stream().max(Long::compare).get() / 1000.0, median(cpu) / 1000.0));
            }
        }
        return out;
    }

    private static double median(List<Long> xs) {
        List<Long> s = xs.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
    }

    private static void deleteQuietly(Path dir) {
        try {
            BenchExtract.deleteTree(dir);
        } catch (IOException e) {
            // a temporary preferences folder left behind costs nothing
        }
    }
}

package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.bench.BenchExtract;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code bench}: performance figures (benchmarks are commands, never timed unit tests). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print figures.",
        subcommands = {BenchCommand.Extract.class, BenchCommand.Import.class, BenchCommand.Export.class,
                BenchCommand.Accuracy.class, BenchCommand.LargeText.class,
                BenchCommand.NationalWorkspace.class, BenchCommand.Ocr.class, BenchCommand.Window.class,
                BenchCommand.Queue.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = "Extraction speed on reports generated from the samples (other jurisdictions, years and numbers): txt and html throughput on one thread, docx/pdf/doc read time, and a mixed batch of files.")
    static final class Extract implements Callable<Integer> {
        @Option(names = "--count", defaultValue = "1000", description = "Reports to generate. Default: ${DEFAULT-VALUE}")
        int count;

        @Option(names = "--keep", paramLabel = "DIR", description = "Write the generated files here and keep them (default: a temporary folder, deleted afterwards).")
        Path keep;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            Path dir = keep != null ? keep : Files.createTempDirectory("fazhi-bench");
            try {
                BenchExtract.Figures f = new BenchExtract().run(count, dir, msg -> out.println("... " + msg));
                out.println("bench extract (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                        + System.getProperty("java.version") + ")");
                for (Map.Entry<String, String> e : f.lines().entrySet()) {
                    out.printf("  %-40s %s%n", e.getKey(), e.getValue());
                }
            } finally {
                if (keep == null) {
                    BenchExtract.deleteTree(dir);
                }
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import speed: reports generated from the samples, read, extracted and stored (one transaction each) in a fresh workspace. Run with java -Xmx512m to check the memory target.")
    static final class Import implements Callable<Integer> {
        @Option(names = "--count", defaultValue = "1000", description = "Reports to generate. Default: ${DEFAULT-VALUE}")
        int count;

        @Option(names = "--keep", paramLabel = "FILE", description = "Keep the workspace the import made here (the file must not exist), e.g. to load the same rows with sqlite3 (tools/bench-sqlite-load.sh).")
        Path keep;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            if (keep != null && Files.exists(keep)) {
                out.println(keep + " exists already");
                return 2;
            }
            Path dir = Files.createTempDirectory("fazhi-bench");
            try {
                BenchExtract.Figures f = new cn.fazhi.workbench.bench.BenchImport().run(count, dir,
                        keep == null ? null : keep.toAbsolutePath());
                out.println("bench import (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                        + System.getProperty("java.version") + ")");
                for (Map.Entry<String, String> e : f.lines().entrySet()) {
                    out.printf("  %-32s %s%n", e.getKey(), e.getValue());
                }
            } finally {
                BenchExtract.deleteTree(dir);
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Comparison and Excel export of a large generated selection (default 3,000 jurisdictions × 40 indicators, with the evidence sheet). Run with java -Xmx512m to check the memory target.")
    static final class Export implements Callable<Integer> {
        @Option(names = "--jurisdictions", defaultValue = "3000")
        int jurisdictions;

        @Option(names = "--indicators", defaultValue = "40")
        int indicators;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            Path dir = Files.createTempDirectory("fazhi-bench");
            try {
                BenchExtract.Figures f = new cn.fazhi.workbench.bench.BenchExport().run(jurisdictions, indicators, dir);
                out.println("bench export (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                        + System.getProperty("java.version") + ")");
                for (Map.Entry<String, String> e : f.lines().entrySet()) {
                    out.printf("  %-28s %s%n", e.getKey(), e.getValue());
                }
            } finally {
                BenchExtract.deleteTree(dir);
            }
            return 0;
        }
    }

    @Command(name = "accuracy", mixinStandardHelpOptions = true,
            description = "Precision and recall on the labelled corpus of real sentences (docs/labelling.md), per indicator and per negative category, for the development part and the frozen test part.")
    static final class Accuracy implements Callable<Integer> {
        @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "src/test/resources/corpus",
                description = "Folder of corpus *.jsonl files. Default: ${DEFAULT-VALUE}")
        Path corpus;

        @Option(names = "--errors", description = "Also list the development part's wrongly accepted and missed figures.")
        boolean errors;

        @Option(names = "--dev-holdout", description = "Score the development part's two halves (split by page, docs/labelling.md) instead of the two parts; --errors then lists the tuning half only. The frozen test part is not scored.")
        boolean devHoldout;

        @Option(names = "--show", paramLabel = "ID", description = "Print what the extractor makes of these development-part sentences.")
        java.util.List<String> show = java.util.List.of();

        @Option(names = "--reasons", description = "Also count the development part's suggestions by reason: how many were labelled values, labelled negatives, or unlabelled (with --dev-holdout: the tuning half).")
        boolean reasons;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            var accuracy = cn.fazhi.workbench.bench.CorpusAccuracy.withBundledCatalogue();
            var items = cn.fazhi.workbench.bench.CorpusAccuracy.load(corpus);
            var dev = accuracy.score(items, false);
            out.print(cn.fazhi.workbench.bench.CorpusAccuracy.table("development part", dev));
            out.println();
            if (devHoldout) {
                dev = accuracy.score(items, cn.fazhi.workbench.bench.CorpusAccuracy.Part.DEV_TUNING);
                out.print(cn.fazhi.workbench.bench.CorpusAccuracy.table("development part, tuning half", dev));
                out.println();
                out.print(cn.fazhi.workbench.bench.CorpusAccuracy.table("development part, holdout half",
                        accuracy.score(items, cn.fazhi.workbench.bench.CorpusAccuracy.Part.DEV_HOLDOUT)));
            } else {
                out.print(cn.fazhi.workbench.bench.CorpusAccuracy.table("frozen test part", accuracy.score(items, true)));
            }
            for (String id : show) {
                out.println(accuracy.explain(items, id, devHoldout ? cn.fazhi.workbench.bench.CorpusAccuracy.Part.DEV_TUNING
                        : cn.fazhi.workbench.bench.CorpusAccuracy.Part.DEVELOPMENT));
            }
            if (reasons) {
                out.println();
                out.print(cn.fazhi.workbench.bench.CorpusAccuracy.reasonTable(devHoldout ? "development part, tuning half"
                        : "development part", dev));
            }
            if (errors) {
                out.println();
                dev.errors.forEach(e -> out.println("wrong  " + e));
                dev.misses.forEach(e -> out.println("missed " + e));
                dev.rights.forEach(e -> out.println("right  " + e));
                dev.acceptedConfidences.forEach(e -> out.println("confidence " + e));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "large", mixinStandardHelpOptions = true,
            description = "Extraction time of very large texts (1 MB and 10 MB of report text, with lines and as one line, and the sample reports joined into one line): it must grow linearly.")
    static final class LargeText implements Callable<Integer> {
        @Option(names = "--mb", split = ",", defaultValue = "1,10", description = "Sizes in MB. Default: ${DEFAULT-VALUE}")
        int[] megabytes;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            BenchExtract.Figures f = new cn.fazhi.workbench.bench.BenchLargeText().run(megabytes);
            out.println("bench large (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + ")");
            for (Map.Entry<String, String> e : f.lines().entrySet()) {
                out.printf("  %-22s %s%n", e.getKey(), e.getValue());
            }
            return 0;
        }
    }

    @Command(name = "workspace", mixinStandardHelpOptions = true,
            description = "A national-size workspace (county-level governments × ten years, default 30,000 reports) made quickly from a few extracted reports, then what a user waits for on it: open, workspace info, the full list, the first comparison of a year, and the full integrity check. Run with java -Xmx512m to check the memory target.")
    static final class NationalWorkspace implements Callable<Integer> {
        @Option(names = "--count", defaultValue = "30000", description = "Reports to make. Default: ${DEFAULT-VALUE}")
        int count;

        @Option(names = "--keep", paramLabel = "FILE", description = "Make the workspace here and keep it (the file must not exist); "
                + "with an existing file, only measure it.")
        Path keep;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            Path dir = keep == null ? Files.createTempDirectory("fazhi-bench") : null;
            Path file = keep != null ? keep.toAbsolutePath() : dir.resolve("national.db");
            try {
                var bench = new cn.fazhi.workbench.bench.BenchWorkspace();
                out.println("bench workspace (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                        + System.getProperty("java.version") + ")");
                Map<String, String> lines = new java.util.LinkedHashMap<>();
                if (!Files.exists(file)) {
                    lines.putAll(bench.make(count, file));
                }
                lines.putAll(bench.measure(file));
                for (Map.Entry<String, String> e : lines.entrySet()) {
                    out.printf("  %-28s %s%n", e.getKey(), e.getValue());
                }
            } finally {
                if (dir != null) {
                    BenchExtract.deleteTree(dir);
                }
            }
            return 0;
        }
    }

    @Command(name = "queue", mixinStandardHelpOptions = true,
            description = "The 待审核 review queue on a workspace (a copy of it; nothing is changed): how long the queue takes to open, one year of it, and moving on item by item with what the review screen reads for the next item, a decision every fourth step. Wall and CPU time. Make a workspace with bench workspace --count 2700 --keep FILE.")
    static final class Queue implements Callable<Integer> {
        @CommandLine.Parameters(paramLabel = "WORKSPACE", description = "The workspace file to measure (copied first).")
        Path workspace;

        @Option(names = "--moves", defaultValue = "200", description = "Steps through the queue. Default: ${DEFAULT-VALUE}")
        int moves;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            out.println("bench queue (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + ")");
            for (Map.Entry<String, String> e : new cn.fazhi.workbench.bench.BenchQueue().measure(workspace, moves).entrySet()) {
                out.printf("  %-28s %s%n", e.getKey(), e.getValue());
            }
            return 0;
        }
    }

    @Command(name = "ocr", mixinStandardHelpOptions = true,
            description = "OCR of scans made from the sample reports (A4, 150 and 300 dpi, slightly turned, with noise, as image-only PDFs): pages per second, character accuracy on digits, extraction precision/recall against the gold of the text versions.")
    static final class Ocr implements Callable<Integer> {
        @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "resources/samples",
                description = "Folder of the sample reports (*.txt). Default: ${DEFAULT-VALUE}")
        Path seeds;

        @Option(names = "--gold", paramLabel = "FILE", defaultValue = "src/test/resources/gold/seeds-indicators.tsv",
                description = "The gold figures of the samples. Default: ${DEFAULT-VALUE}")
        Path gold;

        @Option(names = "--dpi", split = ",", defaultValue = "150,300", description = "Scan resolutions. Default: ${DEFAULT-VALUE}")
        int[] dpis;

        @Option(names = "--rotate", defaultValue = "0.6", description = "Rotation of the scans in degrees. Default: ${DEFAULT-VALUE}")
        double degrees;

        @Option(names = "--noise", defaultValue = "0.002", description = "Share of pixels turned to noise. Default: ${DEFAULT-VALUE}")
        double noise;

        @Option(names = "--keep", paramLabel = "DIR", description = "Also write the scanned PDFs here.")
        Path keep;

        @Option(names = "--verbose", description = "List the wrong figures and jurisdictions.")
        boolean verbose;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            var bench = new cn.fazhi.workbench.bench.BenchOcr(
                    cn.fazhi.workbench.workflow.Catalogues.extractorFor(cn.fazhi.workbench.workflow.Catalogues.bundled()));
            var scores = bench.run(seeds, gold, dpis, degrees, noise, keep, msg -> { });
            out.println("bench ocr (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + ", rotation " + degrees + "°, noise " + noise + ")");
            scores.forEach((k, v) -> {
                out.printf("  %-8s %s%n", k, v.line());
                if (verbose) {
                    v.notes().forEach(n -> out.println("      " + n));
                }
            });
            return 0;
        }
    }

    @Command(name = "window", mixinStandardHelpOptions = true,
            description = "Start-up of the desktop window on a workspace (e.g. one from 'bench workspace --keep FILE'): each run starts the window in a new JVM with fresh preferences (first screen 比对) and prints when it was shown, when it was usable (years and jurisdiction tree painted) and when the first comparison was painted, with the process's CPU seconds and the load average. Needs a display: xvfb-run -a java -jar fazhi-workbench.jar bench window --workspace FILE")
    static final class Window implements Callable<Integer> {
        @Option(names = "--workspace", required = true, paramLabel = "FILE", description = "The workspace to open (it must exist).")
        Path workspace;

        @Option(names = "--runs", defaultValue = "3", description = "Window starts. Default: ${DEFAULT-VALUE}")
        int runs;

        @Option(names = "--java-option", paramLabel = "OPTION", description = "A JVM option for the window's process (repeatable), e.g. -XX:SharedArchiveFile=FILE or -Xmx512m.")
        java.util.List<String> javaOptions = new java.util.ArrayList<>();

        @Override
        public Integer call() throws Exception {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            if (!Files.isRegularFile(workspace)) {
                out.println("no workspace at " + workspace + " (make one: bench workspace --keep FILE)");
                return 2;
            }
            String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
            if (!os.contains("win") && !os.contains("mac") && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
                out.println("no display: run it under xvfb-run -a");
                return 2;
            }
            var runs = new cn.fazhi.workbench.bench.BenchWindow().run(workspace, this.runs, javaOptions, msg -> out.println("... " + msg));
            out.println("bench window (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + "): wall from the process start, CPU of the window's process");
            for (Map.Entry<String, String> e : cn.fazhi.workbench.bench.BenchWindow.lines(runs).entrySet()) {
                out.printf("  %-16s %s%n", e.getKey(), e.getValue());
            }
            return 0;
        }
    }
}

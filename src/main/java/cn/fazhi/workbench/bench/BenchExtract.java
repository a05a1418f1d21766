package cn.fazhi.workbench.bench;

import cn.fazhi.workbench.workflow.ExtractReports;
import cn.fazhi.workbench.extract.ReportExtractor;
import cn.fazhi.workbench.ingest.ReadException;
import cn.fazhi.workbench.ingest.ReportReaders;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The extraction benchmark: throughput of text extraction, read time per format, a mixed batch. */
public final class BenchExtract {
    private final ReportExtractor extractor = ReportExtractor.withBundledData();

    /** Figures, printed by the bench command and quoted in README. */
    public record Figures(Map<String, String> lines) {
    }

    public Figures run(int count, Path workDir, Consumer<String> log) throws IOException, ReadException {
        Map<String, String> out = new LinkedHashMap<>();
        BenchmarkCorpus corpus = new BenchmarkCorpus(42);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add(corpus.text(i));
        }
        log.accept("warming up");
        for (int i = 0; i < Math.min(200, count); i++) {
            extractor.extract(new ReportText(texts.get(i), ReportFormat.TXT, "UTF-8"));
        }
        long t0 = System.nanoTime();
        int values = 0;
        for (String t : texts) {
            values += extractor.extract(new ReportText(t, ReportFormat.TXT, "UTF-8")).values().size();
        }
        double txtSeconds = (System.nanoTime() - t0) / 1e9;
        out.put("txt extraction (one thread)", String.format("%d reports in %.2f s = %.0f reports/s (%d values)",
                count, txtSeconds, count / txtSeconds, values));

        List<byte[]> pages = new ArrayList<>();
        for (String t : texts) {
            pages.add(("<html><head><meta charset=\"utf-8\"></head><body><div class=\"nav\">首页</div><div id=\"zoom\"><p>"
                    + t.replace("\n", "</p><p>") + "</p></div></body></html>").getBytes(StandardCharsets.UTF_8));
        }
        long t1 = System.nanoTime();
        for (byte[] page : pages) {
            extractor.extract(ReportReaders.read("r.html", page));
        }
        double htmlSeconds = (System.nanoTime() - t1) / 1e9;
        out.put("html read + extraction (one thread)", String.format("%d reports in %.2f s = %.0f reports/s",
                count, htmlSeconds, count / htmlSeconds));

        out.put("docx read", readTime("r.docx", BenchmarkCorpus.docx(texts.get(0)), 50));
        out.put("pdf read", readTime("r.pdf", BenchmarkCorpus.resource("/fazhi/bench/sample-report.pdf"), 50));
        out.put("doc read", readTime("r.doc", BenchmarkCorpus.resource("/fazhi/bench/sample-report.doc"), 50));

        Path dir = workDir.resolve("mixed");
        log.accept("writing " + count + " mixed files to " + dir);
        List<Path> files = corpus.writeMixed(dir, count);
        Map<String, Integer> byExt = new LinkedHashMap<>();
        for (Path f : files) {
            String n = f.getFileName().toString();
            byExt.merge(n.substring(n.lastIndexOf('.') + 1), 1, Integer::sum);
        }
        ExtractReports useCase = new ExtractReports(extractor);
        List<ExtractReports.Input> inputs = ExtractReports.expand(List.of(dir.toString()));
        AtomicInteger failed = new AtomicInteger();
        System.gc();
        long t2 = System.nanoTime();
        useCase.run(inputs, r -> {
            if (!r.ok()) {
                failed.incrementAndGet();
            }
        }, ProgressListener.NONE, CancellationToken.none());
        double mixedSeconds = (System.nanoTime() - t2) / 1e9;
        out.put("mixed batch " + byExt, String.format("%d files in %.2f s = %.0f files/s, %d unreadable",
                inputs.size(), mixedSeconds, inputs.size() / mixedSeconds, failed.get()));
        Runtime rt = Runtime.getRuntime();
        out.put("heap", String.format("max %d MB, in use after run %d MB", rt.maxMemory() >> 20,
                (rt.totalMemory() - rt.freeMemory()) >> 20));
        return new Figures(out);
    }

    private String readTime(String name, byte[] bytes, int times) throws ReadException {
        ReportReaders.read(name, bytes);
        long t = System.nanoTime();
        for (int i = 0; i < times; i++) {
            extractor.extract(ReportReaders.read(name, bytes));
        }
        double ms = (System.nanoTime() - t) / 1e6 / times;
        return String.format("%.1f ms per file incl. extraction (%d KB file)", ms, bytes.length / 1024);
    }

    /** Deletes a benchmark work folder. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

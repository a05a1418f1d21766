package cn.fazhi.workbench.bench;

import cn.fazhi.workbench.workflow.ImportReports;
import cn.fazhi.workbench.workflow.WorkspaceSession;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;

import cn.fazhi.workbench.ingest.ReportReaders;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The import benchmark: reports generated from the samples (other jurisdictions, years and numbers,
 * UTF-8 and GBK), read, extracted and stored one transaction each into a fresh workspace.
 */
public final class BenchImport {
    /** Files per turn of the alternating extract-only and import passes. */
    private static final int CHUNK = 100;

    public BenchExtract.Figures run(int count, Path workDir) throws IOException, WorkspaceException,
            cn.fazhi.workbench.ingest.ReadException {
        return run(count, workDir, null);
    }

    /**
     * As {@link #run(int, Path)}; the workspace the import made is moved to {@code keep} (when not null), e.g. for
     * tools/bench-sqlite-load.sh, which loads the same rows with the sqlite3 command line.
     */
    public BenchExtract.Figures run(int count, Path workDir, Path keep) throws IOException, WorkspaceException,
            cn.fazhi.workbench.ingest.ReadException {
        BenchmarkCorpus corpus = new BenchmarkCorpus(7);
        List<ImportReports.Source> sources = new ArrayList<>();
        Charset gbk = Charset.forName("GBK");
        // the files go to disk and the import reads them from there, as a user's import does: 30,000 reports
        // held in memory at once would be the benchmark's heap, not the import's
        Path in = Files.createDirectories(workDir.resolve("in"));
        for (int i = 0; i < count; i++) {
            String text = corpus.text(i);
            byte[] bytes = i % 4 == 3 ? text.getBytes(gbk) : text.getBytes(StandardCharsets.UTF_8);
            Path f = Files.write(in.resolve("generated-" + i + ".txt"), bytes);
            sources.add(ImportReports.Source.ofPath(f.getFileName().toString(), f));
        }
        Path file = workDir.resolve("bench-workspace.db");
        Files.deleteIfExists(file);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<ImportReports.FileOutcome> outcomes;
        double seconds;
        double cpu;
        double extractSeconds;
        double extractCpu;
        try (WorkspaceSession s = WorkspaceSession.open(file, false)) {
            // read and extract the same files without storing: the import's time minus this is what storing
            // costs. A first round over a few files warms the JIT, so neither measured round pays for it.
            for (ImportReports.Source src : sources.subList(0, Math.min(300, sources.size()))) {
                s.extractor().extract(ReportReaders.read(src.name(), Files.readAllBytes(src.path())));
            }
            // the two passes alternate, a hundred files at a time: the storage part is a small difference of two
            // large times, and on a shared machine two passes run one after the other met different loads
            // (the difference swung by more than the storage part itself); the import still stores each file in
            // its own transaction, into the one workspace
            HeapPeak.reset();
            outcomes = new ArrayList<>();
            long extractNanos = 0;
            long extractCpuNanos = 0;
            long importNanos = 0;
            long importCpuNanos = 0;
            ImportReports importer = new ImportReports(s);
            for (int from = 0; from < sources.size(); from += CHUNK) {
                List<ImportReports.Source> chunk = sources.subList(from, Math.min(sources.size(), from + CHUNK));
                long e0 = System.nanoTime();
                long ec0 = threads.getCurrentThreadCpuTime();
                for (ImportReports.Source src : chunk) {
                    s.extractor().extract(ReportReaders.read(src.name(), Files.readAllBytes(src.path())));
                }
                extractNanos += System.nanoTime() - e0;
                extractCpuNanos += threads.getCurrentThreadCpuTime() - ec0;
                long t0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                outcomes.addAll(importer.run(chunk, ImportReports.NewVersionPolicy.KEEP_BOTH, ProgressListener.NONE,
                        CancellationToken.none()));
                importNanos += System.nanoTime() - t0;
                importCpuNanos += threads.getCurrentThreadCpuTime() - c0;
            }
            extractSeconds = extractNanos / 1e9;
            extractCpu = extractCpuNanos / 1e9;
            seconds = importNanos / 1e9;
            cpu = importCpuNanos / 1e9;
        }
        Map<ImportReports.Status, Integer> byStatus = new LinkedHashMap<>();
        outcomes.forEach(o -> byStatus.merge(o.status(), 1, Integer::sum));
        long size = Files.size(file);
        Map<String, String> out = new LinkedHashMap<>();
        out.put("import into a fresh workspace", String.format("%d reports in %.2f s (%.2f s CPU of the importing thread)"
                + " = %.0f reports/s %s", count, seconds, cpu, count / seconds, byStatus));
        out.put("read + extract only, same files", String.format("%.2f s (%.2f s CPU)", extractSeconds, extractCpu));
        out.put("storage part (import - extract)", String.format("%.2f s (%.2f s CPU), %.2f ms per report",
                seconds - extractSeconds, cpu - extractCpu, (seconds - extractSeconds) * 1000 / count));
        out.put("workspace file", String.format("%.1f MB, %.1f KB per report (original bytes + text + values)",
                size / 1048576.0, size / 1024.0 / count));
        if (keep != null) {
            Files.move(file, keep);
            out.put("workspace kept", keep.toString());
        }
        Runtime rt = Runtime.getRuntime();
        out.put("heap", String.format("max %d MB, peak used %d MB", rt.maxMemory() >> 20, HeapPeak.bytes() >> 20));
        return new BenchExtract.Figures(out);
    }
}

package cn.fazhi.workbench.bench;

import cn.fazhi.workbench.extract.Division;
import cn.fazhi.workbench.extract.Gazetteer;
import cn.fazhi.workbench.extract.ReportExtractor;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.JurisdictionLevel;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportMetadata;
import cn.fazhi.workbench.model.ReportText;
import cn.fazhi.workbench.model.Selection;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.model.WorkspaceInfo;
import cn.fazhi.workbench.store.NewReport;
import cn.fazhi.workbench.store.Reports;
import cn.fazhi.workbench.store.Workspace;
import cn.fazhi.workbench.workflow.BuildComparison;
import cn.fazhi.workbench.workflow.WorkspaceSession;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A national-size workspace (every county-level government × ten years ≈ 30,000 reports) made quickly, and
 * what a user waits for on it: opening, {@code workspace info}, the full list, the first comparison of a year.
 * <p>
 * Making it must not take longer than importing it would: a few dozen generated reports are read and extracted
 * once, then stored again and again under other jurisdictions and years (each copy made unique by a line at
 * its end, so its SHA-256 and the workspace check hold), many per transaction.
 */
public final class BenchWorkspace {
    private static final int TEMPLATES = 40;
    private static final int BATCH = 200;
    private static final int FIRST_YEAR = 2015;
    private static final int YEARS = 10;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    /** Makes a workspace of {@code count} reports at {@code file} (which must not exist). */
    public Map<String, String> make(int count, Path file) throws IOException, WorkspaceException {
        if (Files.exists(file)) {
            throw new IOException(file + " exists already");
        }
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        BenchmarkCorpus corpus = new BenchmarkCorpus(17);
        ReportExtractor extractor = ReportExtractor.withBundledData();
        List<String> texts = new ArrayList<>();
        List<ReportExtractor.Extraction> extractions = new ArrayList<>();
        for (int k = 0; k < TEMPLATES; k++) {
            String text = corpus.text(k);
            texts.add(text);
            extractions.add(extractor.extract(new ReportText(text, ReportFormat.TXT, "UTF-8")));
        }
        List<Division> counties = Gazetteer.bundled().divisions().stream()
                .filter(d -> d.level() == JurisdictionLevel.COUNTY || d.level() == JurisdictionLevel.DISTRICT)
                .toList();
        try (Workspace ws = Workspace.open(file)) {
            Reports reports = new Reports(ws, "bench");
            List<NewReport> batch = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int k = i % TEMPLATES;
                String text = texts.get(k) + "\n（基准工作区第" + i + "份）\n";
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                ReportExtractor.Extraction x = extractions.get(k);
                Division d = counties.get(i % counties.size());
                int year = FIRST_YEAR + (i / counties.size()) % YEARS;
                ReportMetadata m = new ReportMetadata(x.metadata().title(), d.toJurisdiction(), year,
                        x.metadata().publishDate(), x.metadata().docNumber(), x.metadata().issuer());
                batch.add(new NewReport("national-" + i + ".txt", null, sha256(bytes), bytes,
                        new ReportText(text, ReportFormat.TXT, "UTF-8"), m, x.values(), x.warnings(), x.suggestions()));
                if (batch.size() == BATCH || i == count - 1) {
                    reports.insertAll(batch);
                    batch.clear();
                }
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("make the workspace", String.format("%d reports (%d jurisdictions × up to %d years) in %.1f s (%.1f s CPU), %.0f MB",
                count, Math.min(count, counties.size()), YEARS, seconds(t0), cpu(c0), Files.size(file) / 1048576.0));
        return out;
    }

    /** Times what a user waits for on the workspace at {@code file}. */
    public Map<String, String> measure(Path file) throws WorkspaceException {
        Map<String, String> out = new LinkedHashMap<>();
        HeapPeak.reset();
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        try (WorkspaceSession s = WorkspaceSession.open(file, false)) {
            out.put("open (checks, migration)", String.format("%.2f s (%.2f s CPU)", seconds(t0), cpu(c0)));
            t0 = System.nanoTime();
            c0 = threads.getCurrentThreadCpuTime();
            WorkspaceInfo info = s.queries().info();
            out.put("workspace info", String.format("%.2f s (%.2f s CPU): %d reports in force", seconds(t0), cpu(c0),
                    info.reports()));
            t0 = System.nanoTime();
            c0 = threads.getCurrentThreadCpuTime();
            int listed = s.queries().reports(null, null, false).size();
            out.put("list of all reports", String.format("%.2f s (%.2f s CPU): %d rows", seconds(t0), cpu(c0), listed));
            t0 = System.nanoTime();
            c0 = threads.getCurrentThreadCpuTime();
            int counted = s.queries().reportCounts().size();
            out.put("counts per place and year", String.format("%.2f s (%.2f s CPU): %d rows (what the window's start reads instead of the list)",
                    seconds(t0), cpu(c0), counted));
            int year = busiestYear(s);
            BuildComparison compare = new BuildComparison(s);
            t0 = System.nanoTime();
            c0 = threads.getCurrentThreadCpuTime();
            ComparisonTable t = compare.build(Selection.ofYear(year));
            out.put("first comparison of a year", String.format("%.2f s (%.2f s CPU): %d, %d jurisdictions × %d indicators",
                    seconds(t0), cpu(c0), year, t.jurisdictions().size(), t.indicators().size()));
            t0 = System.nanoTime();
            c0 = threads.getCurrentThreadCpuTime();
            List<String> problems = s.check();
            out.put("full integrity check", String.format("%.2f s (%.2f s CPU), %s (what open no longer runs)",
                    seconds(t0), cpu(c0), problems.isEmpty() ? "ok" : problems));
        }
        Runtime rt = Runtime.getRuntime();
        out.put("heap", String.format("max %d MB, peak used %d MB", rt.maxMemory() >> 20, HeapPeak.bytes() >> 20));
        return out;
    }

    private static int busiestYear(WorkspaceSession s) throws WorkspaceException {
        Map<Integer, Integer> byYear = new LinkedHashMap<>();
        s.queries().reportCounts().forEach(r -> {
            if (r.year() != null) {
                byYear.merge(r.year(), r.reports(), Integer::sum);
            }
        });
        return byYear.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(FIRST_YEAR);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private double cpu(long c0) {
        return (threads.getCurrentThreadCpuTime() - c0) / 1e9;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

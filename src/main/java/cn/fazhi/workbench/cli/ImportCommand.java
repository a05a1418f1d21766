package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.workflow.ImportReason;
import cn.fazhi.workbench.workflow.ImportReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code import}: files and folders into the workspace, each file in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Reads ({formats}), extracts and stores reports in the workspace; scans are read last, by OCR. Every file is listed as imported, replaced, duplicate or failed (with the reason); one bad file does not stop the others.",
                "Exit status: 0 when every file was imported, a duplicate or skipped (a broken link, a pipe), 3 when some failed (also when a full disk stopped the import), 4 when the workspace cannot be used."})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOptions ws;

    @Option(names = "--replace", description = "A new report for a jurisdiction and year already in the workspace replaces the old one (which is kept, marked as replaced; reviewed values are carried over). Default: keep both.")
    boolean replace;

    @Option(names = "--source-url", paramLabel = "URL", description = "The report's web address (http:// or https://), for a single file: stored as given by a person (audited) and never replaced by an address read from a file. Without it, a saved web page's own address is taken (canonical link, og:url, the saved-from comment, an .mht's Content-Location). Change it later with 'review set-url'.")
    String sourceUrl;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
    List<String> paths;

    @Override
    public Integer call() {
        return ws.inSession((s, out, err) -> {
            List<ImportReports.Source> sources = ImportReports.sources(paths);
            ImportReports importer = new ImportReports(s);
            if (sourceUrl != null) {
                if (sources.size() != 1) {
                    err.println("--source-url names the address of one report: give exactly one file (" + sources.size()
                            + " found)");
                    return 2;
                }
                try {
                    importer.withSourceUrl(sourceUrl);
                } catch (cn.fazhi.workbench.workflow.ReviewValues.ReviewException e) {
                    err.println("refused: " + Words.of(e.key(), e.args().toArray()));
                    return 2;
                }
            }
            CancellationToken cancel = new CancellationToken();
            Thread hook = new Thread(cancel::cancel);
            Runtime.getRuntime().addShutdownHook(hook);
            List<ImportReports.FileOutcome> outcomes;
            try {
                outcomes = importer.run(sources,
                        replace ? ImportReports.NewVersionPolicy.REPLACE : ImportReports.NewVersionPolicy.KEEP_BOTH,
                        (done, total, file) -> {
                            if (!ws.json() && !file.isEmpty()) {
                                err.printf("[%d/%d] %s%n", done + 1, total, file);
                            }
                        }, cancel);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down already
                }
            }
            print(outcomes, out);
            boolean failed = outcomes.stream().anyMatch(o -> o.status() == ImportReports.Status.FAILED);
            return failed ? 3 : 0;
        });
    }

    /** One file for scripts: the reason as its code and in English words, the technical detail apart. */
    private static java.util.Map<String, Object> json(ImportReports.FileOutcome o) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("file", o.file());
        m.put("status", o.status());
        m.put("reportId", o.reportId());
        m.put("otherVersionOf", o.otherVersionOf());
        m.put("reason", Words.reason(o));
        m.put("reasonCode", o.reasonCode());
        m.put("detail", o.detail());
        m.put("needsAttention", o.needsAttention());
        m.put("jurisdiction", o.jurisdiction());
        m.put("year", o.year());
        m.put("values", o.values());
        return m;
    }

    private void print(List<ImportReports.FileOutcome> outcomes, PrintWriter out) {
        if (ws.json()) {
            outcomes.forEach(o -> out.println(Json.write(json(o))));
            return;
        }
        int[] counts = new int[ImportReports.Status.values().length];
        for (ImportReports.FileOutcome o : outcomes) {
            counts[o.status().ordinal()]++;
            StringBuilder line = new StringBuilder(String.format("%-12s %s", o.status().id(), o.file()));
            if (o.reportId() != null) {
                line.append("  -> report ").append(o.reportId());
            }
            if (o.jurisdiction() != null || o.year() != null) {
                line.append("  ").append(o.jurisdiction() == null ? "?" : o.jurisdiction()).append(' ')
                        .append(o.year() == null ? "?" : o.year());
            }
            if (o.status() == ImportReports.Status.IMPORTED || o.status() == ImportReports.Status.REPLACED) {
                line.append("  ").append(o.values()).append(" values");
            }
            if (o.needsAttention()) {
                line.append("  NEEDS ATTENTION: set jurisdiction/year (review set-jurisdiction / set-year)");
            }
            if (o.reason() != null) {
                line.append("  (").append(Words.reason(o)).append(')');
            }
            out.println(line);
        }
        out.printf("%d files: %d imported, %d replaced, %d duplicate, %d other format, %d failed, %d cancelled, %d skipped%n",
                outcomes.size(), counts[0], counts[1], counts[2], counts[6], counts[3], counts[4], counts[5]);
        outcomes.stream().filter(o -> o.reason() == ImportReason.DISK_FULL).findFirst().ifPresent(o ->
                out.println("stopped: the disk is full. Everything listed as imported is stored; free some space and "
                        + "import the rest again (files already stored are recognised as duplicates)."));
    }
}

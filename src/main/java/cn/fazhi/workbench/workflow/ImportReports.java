package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.extract.ReportExtractor;
import cn.fazhi.workbench.ingest.ReadException;
import cn.fazhi.workbench.ingest.ReportReaders;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.ReportText;
import cn.fazhi.workbench.store.NewReport;
import cn.fazhi.workbench.store.ReportStore;
import cn.fazhi.workbench.store.ReportVersions;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Use case: import files and folders into the workspace. Each file is read and extracted, then stored
 * in one transaction, so it lands whole or not at all. The same bytes again are a duplicate; the same
 * report in another format (same jurisdiction, year and content: {@link SameReport}) is kept as another
 * version of it, and the version that reads best is the one in force. Another report for a jurisdiction
 * and year already in the workspace is kept beside it or replaces it, as the user chose — values a person
 * reviewed are carried over. A file that fails does not stop the batch.
 */
public final class ImportReports {
    /** What to do with a new report for a jurisdiction and year that already have one. */
    public enum NewVersionPolicy { KEEP_BOTH, REPLACE }

    public enum Status {
        IMPORTED, REPLACED, DUPLICATE, FAILED, CANCELLED,
        /** The same report as one in the workspace, in another format: kept as another version of it. */
        OTHER_FORMAT;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A file to import: from disk, or bytes in memory (the bundled samples). */
    public record Source(String label, String name, Path path, byte[] bytes) {
        public static Source ofPath(String label, Path path) {
            return new Source(label, path.getFileName().toString(), path, null);
        }

        public static Source ofBytes(String label, String name, byte[] bytes) {
            return new Source(label, name, null, bytes);
        }
    }

    /**
     * What happened to one file.
     *
     * @param reportId       the stored report (for duplicates: the one already there)
     * @param otherVersionOf for a second report of the same jurisdiction and year: the report it replaced or sits beside
     * @param reason         why it failed, was a duplicate or was not imported
     */
    public record FileOutcome(String file, Status status, Long reportId, Long otherVersionOf, String reason,
                              boolean needsAttention, String jurisdiction, Integer year, int values) {
    }

    private final ReportStore store;
    private final ReportExtractor extractor;

    public ImportReports(WorkspaceSession session) {
        this.store = session.store();
        this.extractor = session.extractor();
    }

    /** Files and folders (recursively) as import sources, in a stable order. */
    public static List<Source> sources(List<String> paths) {
        List<Source> out = new ArrayList<>();
        for (ExtractReports.Input in : ExtractReports.expand(paths)) {
            out.add(Source.ofPath(in.label(), in.path()));
        }
        return out;
    }

    public List<FileOutcome> run(List<Source> sources, NewVersionPolicy policy, ProgressListener progress,
                                 CancellationToken cancel) {
        List<FileOutcome> out = new ArrayList<>();
        int done = 0;
        for (Source s : sources) {
            if (!cancel.isCancelled()) {
                progress.progress(done, sources.size(), s.label());
            }
            if (cancel.isCancelled()) {
                out.add(new FileOutcome(s.label(), Status.CANCELLED, null, null, "not imported: the import was cancelled",
                        false, null, null, 0));
                continue;
            }
            out.add(importOne(s, policy));
            done++;
        }
        progress.progress(done, sources.size(), "");
        return out;
    }

    FileOutcome importOne(Source s, NewVersionPolicy policy) {
        byte[] bytes;
        ReportText text;
        try {
            bytes = s.bytes() != null ? s.bytes() : ReportReaders.readBytes(s.path());
            String sha = sha256(bytes);
            var existing = store.findBySha(sha);
            if (existing.isPresent()) {
                return new FileOutcome(s.label(), Status.DUPLICATE, existing.get().id(), null,
                        "the same file is already in the workspace (report " + existing.get().id() + ")",
                        existing.get().needsAttention(), name(existing.get()), existing.get().year(), existing.get().values());
            }
            text = ReportReaders.read(s.name(), bytes);
            ReportExtractor.Extraction x = extractor.extract(text);
            NewReport report = new NewReport(s.name(), s.path() == null ? null : s.path().toString(), sha, bytes, text,
                    x.metadata(), x.values(), x.warnings());
            Long other = null;
            Status status = Status.IMPORTED;
            long id;
            if (!report.needsAttention()) {
                List<ReportSummary> same = store.activeFor(x.metadata().jurisdiction(), x.metadata().year());
                FileOutcome version = otherVersion(s, report, same);
                if (version != null) {
                    return version;
                }
                if (!same.isEmpty()) {
                    other = same.get(same.size() - 1).id();
                }
            }
            if (other != null && policy == NewVersionPolicy.REPLACE) {
                id = store.replace(other, report);
                status = Status.REPLACED;
            } else {
                id = store.insert(report);
            }
            String reason = other == null ? null : status == Status.REPLACED
                    ? "replaces report " + other + " (reviewed values carried over)"
                    : "another report for the same jurisdiction and year (report " + other + ") is kept beside it";
            return new FileOutcome(s.label(), status, id, other, reason, report.needsAttention(),
                    x.metadata().jurisdiction() == null ? null : x.metadata().jurisdiction().fullName(),
                    x.metadata().year(), x.values().size());
        } catch (ReadException e) {
            return failed(s, e.getMessage());
        } catch (WorkspaceException e) {
            return failed(s, "could not be stored: " + e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            return failed(s, "could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * When the workspace holds this report already in another format (same jurisdiction, year and
     * content), stores it as another version: the one that reads better is the version in force. Null when
     * it is not the same report as any of {@code same}.
     */
    private FileOutcome otherVersion(Source s, NewReport report, List<ReportSummary> same) throws WorkspaceException {
        if (same.isEmpty()) {
            return null;
        }
        String text = report.text().text();
        var fingerprint = SameReport.fingerprint(text);
        for (ReportSummary existing : same) {
            String existingText = store.text(existing.id()).orElse("");
            if (!SameReport.same(fingerprint, SameReport.fingerprint(existingText))) {
                continue;
            }
            boolean better = SameReport.readability(text, report.text().format())
                    > SameReport.readability(existingText, existing.format()) + 0.002;
            long id;
            String reason;
            if (better) {
                id = store.replace(existing.id(), report);
                reason = "the same report as report " + existing.id() + " (" + existing.format().id() + "); this "
                        + report.text().format().id() + " reads better and is now the version in force, report "
                        + existing.id() + " is kept as another version (reviewed values carried over)";
            } else {
                id = new ReportVersions(store).insertAlternate(existing.id(), report);
                reason = "the same report as report " + existing.id() + " (" + existing.format().id()
                        + "), which stays the version in force; this " + report.text().format().id()
                        + " is kept as another version";
            }
            var m = report.metadata();
            return new FileOutcome(s.label(), Status.OTHER_FORMAT, id, existing.id(), reason, false,
                    m.jurisdiction() == null ? null : m.jurisdiction().fullName(), m.year(), report.values().size());
        }
        return null;
    }

    private static FileOutcome failed(Source s, String reason) {
        return new FileOutcome(s.label(), Status.FAILED, null, null, reason, false, null, null, 0);
    }

    private static String name(ReportSummary r) {
        return r.jurisdiction() == null ? null : r.jurisdiction().fullName();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

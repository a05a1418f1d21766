package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.extract.ReportExtractor;
import cn.fazhi.workbench.ingest.ReadException;
import cn.fazhi.workbench.ingest.ReportReaders;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.ReportText;
import cn.fazhi.workbench.ingest.SourceAddress;
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
        IMPORTED, REPLACED, DUPLICATE, FAILED, CANCELLED, SKIPPED,
        /** The same report as one in the workspace, in another format: kept as another version of it. */
        OTHER_FORMAT;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A file to import: from disk, or bytes in memory (the bundled samples).
     *
     * @param skipped why a folder entry is not read at all (broken link, pipe…), or null
     */
    public record Source(String label, String name, Path path, byte[] bytes, SkipReason skipped) {
        public static Source ofPath(String label, Path path) {
            return new Source(label, path.getFileName().toString(), path, null, null);
        }

        public static Source ofBytes(String label, String name, byte[] bytes) {
            return new Source(label, name, null, bytes, null);
        }

        static Source of(ExtractReports.Input in) {
            Path name = in.path().getFileName();
            return new Source(in.label(), name == null ? in.label() : name.toString(), in.path(), null, in.skipped());
        }
    }

    /**
     * What happened to one file.
     *
     * @param reportId       the stored report (for duplicates: the one already there)
     * @param otherVersionOf for a second report of the same jurisdiction and year: the report it replaced or sits beside
     * @param reason         why it failed, was a duplicate, another version or not imported, as a code the window
     *                       and the command line word from their bundles; null for a plain import
     * @param detail         technical detail for the log file (an exception's message, in English), never shown; or null
     */
    public record FileOutcome(String file, Status status, Long reportId, Long otherVersionOf, ImportReason reason,
                              boolean needsAttention, String jurisdiction, Integer year, int values, String detail) {
        /** The reason's code as the bundles key it ({@code import.reason.} + this), or null. */
        public String reasonCode() {
            return reason == null ? null : reason.id();
        }

        /** The arguments of the reason's words: {0} this file's report, {1} the other version ("-" when none). */
        public Object[] reasonArgs() {
            return new Object[]{reportId == null ? "-" : String.valueOf(reportId),
                    otherVersionOf == null ? "-" : String.valueOf(otherVersionOf), ReadableFormats.hint()};
        }
    }

    private final ReportStore store;
    /** The extraction rules (the session's extractor; a test hands in rules that fail). */
    private final java.util.function.Function<ReportText, ReportExtractor.Extraction> rules;
    private final WorkspaceSession session;
    private String givenSourceUrl;

    public ImportReports(WorkspaceSession session) {
        this(session, session.extractor()::extract);
    }

    ImportReports(WorkspaceSession session, java.util.function.Function<ReportText, ReportExtractor.Extraction> rules) {
        this.store = session.store();
        this.rules = rules;
        this.session = session;
    }

    /**
     * The web address a person gives for the one file imported next (the command line's {@code --source-url}):
     * stored as set by hand and audited under the reviewer's name; for a file already in the workspace it is
     * set on that report. Checked by {@link SetReportDetails#checkUrl}.
     */
    public ImportReports withSourceUrl(String url) throws ReviewValues.ReviewException {
        this.givenSourceUrl = url == null ? null : SetReportDetails.checkUrl(url);
        return this;
    }

    /** Files and folders (recursively) as import sources, in a stable order. */
    public static List<Source> sources(List<String> paths) {
        List<Source> out = new ArrayList<>();
        for (ExtractReports.Input in : ExtractReports.expand(paths)) {
            out.add(Source.of(in));
        }
        return out;
    }

    /**
     * Imports the sources in order. A file that fails does not stop the batch, except a full disk: then the
     * remaining files are not tried (each would fail the same way) and are listed as not imported; every
     * file stored before stays stored.
     */
    public List<FileOutcome> run(List<Source> sources, NewVersionPolicy policy, ProgressListener progress,
                                 CancellationToken cancel) {
        FileOutcome[] out = new FileOutcome[sources.size()];
        int done = 0;
        boolean diskFull = false;
        for (int i : ocrLast(sources)) {
            Source s = sources.get(i);
            if (!cancel.isCancelled() && !diskFull) {
                progress.progress(done, sources.size(), s.label());
            }
            if (cancel.isCancelled() || diskFull) {
                out[i] = notImported(s, diskFull);
                continue;
            }
            int fileNo = done;
            // a scan reports every page: "name · 3/20"
            ProgressListener pages = (page, total, ignored) -> {
                if (total > 1 && page > 0 && page < total) {
                    progress.progress(fileNo, sources.size(), s.label() + " · " + (page + 1) + "/" + total);
                }
            };
            FileOutcome o = importOne(s, policy, pages, cancel);
            ActivityLog.importOutcome(o);
            out[i] = o;
            diskFull = o.reason() == ImportReason.DISK_FULL;
            done++;
        }
        progress.progress(done, sources.size(), "");
        return List.of(out);
    }

    private static FileOutcome notImported(Source s, boolean diskFull) {
        return new FileOutcome(s.label(), Status.CANCELLED, null, null,
                diskFull ? ImportReason.STOPPED_DISK_FULL : ImportReason.CANCELLED, false, null, null, 0, null);
    }

    /**
     * The order files are worked in: files that need text recognition (seconds a page) after all others,
     * so a 20-page scan never holds up the rest of the batch. Outcomes stay in the order given.
     */
    static List<Integer> ocrLast(List<Source> sources) {
        List<Integer> first = new ArrayList<>();
        List<Integer> last = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            boolean ocr = s.skipped() == null && (s.bytes() != null
                    ? ReportReaders.needsOcr(s.name(), s.bytes()) : ReportReaders.needsOcr(s.path()));
            (ocr ? last : first).add(i);
        }
        first.addAll(last);
        return first;
    }

    FileOutcome importOne(Source s, NewVersionPolicy policy) {
        return importOne(s, policy, ProgressListener.NONE, CancellationToken.none());
    }

    FileOutcome importOne(Source s, NewVersionPolicy policy, ProgressListener pages, CancellationToken cancel) {
        if (s.skipped() != null) {
            return new FileOutcome(s.label(), Status.SKIPPED, null, null, ImportReason.of(s.skipped()), false, null, null, 0,
                    s.skipped().message());
        }
        byte[] bytes;
        String sha = null;
        try {
            bytes = s.bytes() != null ? s.bytes() : ReportReaders.readBytes(s.path());
            sha = sha256(bytes);
            var existing = store.findBySha(sha);
            if (existing.isPresent()) {
                if (givenSourceUrl != null && !givenSourceUrl.equals(existing.get().sourceUrl())) {
                    session.reviewStore().details().setSourceUrl(existing.get().id(), givenSourceUrl, null);
                }
                return duplicate(s, existing.get(), false);
            }
            ReportText text = ReportReaders.read(s.name(), bytes, pages, cancel);
            ReportExtractor.Extraction x;
            try {
                x = OcrFigures.doubt(text.format(), rules.apply(text));
            } catch (ReportExtractor.TooSlowException | ReportExtractor.TooComplexException | CancellationToken.CancelledException e) {
                throw e;
            } catch (RuntimeException e) {
                // the text was read: say that the rules failed on it, not that the file could not be read
                return failed(s, ImportReason.EXTRACTION_FAILED, "extracting the indicators failed (" + e + ")");
            }
            NewReport report = new NewReport(s.name(), s.path() == null ? null : s.path().toString(), sha, bytes, text,
                    x.metadata(), x.values(), x.warnings(), x.suggestions());
            report = givenSourceUrl != null ? report.withSourceUrl(givenSourceUrl, true)
                    : report.withSourceUrl(SourceAddress.of(bytes).orElse(null), false);
            return store(s, report, x, policy);
        } catch (ReadException e) {
            return failed(s, ImportReason.of(e.kind()), e.getMessage());
        } catch (WorkspaceException e) {
            return storeFailed(s, sha, e);
        } catch (ReportExtractor.TooSlowException e) {
            return failed(s, ImportReason.TOO_SLOW, e.getMessage());
        } catch (ReportExtractor.TooComplexException e) {
            return failed(s, ImportReason.TOO_COMPLEX, e.getMessage());
        } catch (CancellationToken.CancelledException e) {
            return notImported(s, false);
        } catch (OutOfMemoryError e) {
            return failed(s, ImportReason.OUT_OF_MEMORY, "could not be read in the memory this program may use ("
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB; " + e + ")");
        } catch (RuntimeException e) {
            return failed(s, ImportReason.READ_FAILED, "could not be read (" + e + ")");
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
            boolean ocr = report.text().format().isOcr() || existing.format().isOcr();
            if (!SameReport.same(fingerprint, SameReport.fingerprint(existingText), ocr)) {
                continue;
            }
            boolean better = SameReport.readability(text, report.text().format())
                    > SameReport.readability(existingText, existing.format()) + 0.002;
            long id = better ? store.replace(existing.id(), report)
                    : new ReportVersions(store).insertAlternate(existing.id(), report);
            var m = report.metadata();
            return new FileOutcome(s.label(), Status.OTHER_FORMAT, id, existing.id(),
                    better ? ImportReason.OTHER_FORMAT_IN_FORCE : ImportReason.OTHER_FORMAT, false,
                    m.jurisdiction() == null ? null : m.jurisdiction().fullName(), m.year(), report.values().size(),
                    existing.format().id() + " -> " + report.text().format().id());
        }
        return null;
    }

    private FileOutcome store(Source s, NewReport report, ReportExtractor.Extraction x, NewVersionPolicy policy)
            throws WorkspaceException {
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
        ImportReason reason = other == null ? null : status == Status.REPLACED ? ImportReason.REPLACES : ImportReason.KEPT_BESIDE;
        return new FileOutcome(s.label(), status, id, other, reason, report.needsAttention(),
                x.metadata().jurisdiction() == null ? null : x.metadata().jurisdiction().fullName(),
                x.metadata().year(), x.values().size(), null);
    }

    /**
     * Storing failed. When the report is in the workspace all the same (another program importing the same
     * file stored it meanwhile, which our insert then hits as a unique SHA-256), it is a duplicate, never a
     * failure.
     */
    private FileOutcome storeFailed(Source s, String sha, WorkspaceException e) {
        if (sha != null && e.kind() != WorkspaceException.Kind.DISK_FULL) {
            try {
                var existing = store.findBySha(sha);
                if (existing.isPresent()) {
                    return duplicate(s, existing.get(), true);
                }
            } catch (WorkspaceException again) {
                e.addSuppressed(again);
            }
        }
        ImportReason reason = switch (e.kind()) {
            case DISK_FULL -> ImportReason.DISK_FULL;
            case LOCKED -> ImportReason.LOCKED;
            default -> ImportReason.STORE_FAILED;
        };
        return failed(s, reason, "could not be stored: " + e.getMessage());
    }

    private static FileOutcome duplicate(Source s, ReportSummary r, boolean meanwhile) {
        return new FileOutcome(s.label(), Status.DUPLICATE, r.id(), null,
                meanwhile ? ImportReason.DUPLICATE_MEANWHILE : ImportReason.DUPLICATE, r.needsAttention(), name(r), r.year(),
                r.values(), null);
    }

    private static FileOutcome failed(Source s, ImportReason reason, String detail) {
        return new FileOutcome(s.label(), Status.FAILED, null, null, reason, false, null, null, 0, detail);
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

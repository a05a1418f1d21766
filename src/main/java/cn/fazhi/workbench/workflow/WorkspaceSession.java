package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.extract.CatalogueLoader;
import cn.fazhi.workbench.extract.Gazetteer;
import cn.fazhi.workbench.extract.ReportExtractor;
import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.store.ReportStore;
import cn.fazhi.workbench.store.Workspace;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.model.WorkspaceHealth;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An open workspace with the catalogue in force (the workspace's own copy, or the bundled one) and an
 * extractor for it. On first use of a new workspace the bundled sample reports can be imported, so
 * the first screen already has something to compare.
 */
public final class WorkspaceSession implements AutoCloseable {
    private final Workspace workspace;
    private final ReportStore store;
    private volatile Catalogue catalogue;
    private volatile java.util.Set<String> perHead = java.util.Set.of();
    /** Made on first use from {@link #catalogue}: the window's start-up and lists never need it (issue 17). */
    private ReportExtractor extractor;
    private final boolean created;
    private final List<ImportReports.FileOutcome> sampleImport;
    private volatile String reviewer;
    /** The 审核人 saved in the workspace (设置 → 审核人), read when it is opened; "" when none. */
    private volatile String savedReviewer = "";

    private WorkspaceSession(Workspace workspace, boolean created, boolean withSamples) throws WorkspaceException {
        this.workspace = workspace;
        this.store = new ReportStore(workspace);
        this.created = created;
        loadCatalogue();
        this.savedReviewer = store.setting(REVIEWER_KEY).orElse("").strip();
        this.sampleImport = created && withSamples ? importSamples() : List.of();
    }

    /**
     * Opens the workspace at {@code file}; creates it when it does not exist, with the bundled sample
     * reports when {@code samplesOnCreate}.
     */
    public static WorkspaceSession open(Path file, boolean samplesOnCreate) throws WorkspaceException {
        boolean created = !Files.exists(file);
        Workspace ws = Workspace.open(file);
        try {
            return new WorkspaceSession(ws, created, samplesOnCreate);
        } catch (WorkspaceException | RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    private synchronized void loadCatalogue() throws WorkspaceException {
        String json = store.catalogueJson().orElse(null);
        if (json == null) {
            catalogue = CatalogueLoader.bundled();
        } else {
            try {
                catalogue = CatalogueLoader.parse(json);
            } catch (CatalogueLoader.CatalogueException e) {
                throw new WorkspaceException(WorkspaceException.Kind.CORRUPT,
                        "the catalogue stored in the workspace is broken: " + e.getMessage(), e);
            }
        }
        extractor = null; // the next extraction uses the catalogue now in force
        perHead = PerHeadMarks.read(json != null ? json : bundledJson(), catalogue);
    }

    private static String bundledJson() {
        try {
            return new String(CatalogueLoader.bundledBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "{}"; // the loader read the same resource a moment ago; without it no count is per-head
        }
    }

    private List<ImportReports.FileOutcome> importSamples() {
        try {
            List<ImportReports.Source> sources = new java.util.ArrayList<>();
            for (String name : SampleReports.names()) {
                sources.add(ImportReports.Source.ofBytes("samples/" + name, name, SampleReports.bytes(name)));
            }
            return new ImportReports(this).run(sources, ImportReports.NewVersionPolicy.KEEP_BOTH,
                    ProgressListener.NONE, CancellationToken.none());
        } catch (IOException e) {
            throw new IllegalStateException("the bundled sample reports are missing from this build", e);
        }
    }

    /** Makes an edited catalogue the one in force for this workspace (checked first). */
    public Catalogue useCatalogue(Path file) throws Catalogues.InvalidCatalogueException, WorkspaceException, IOException {
        Catalogues.load(file);
        store.saveCatalogue(Files.readString(file), "catalogue replaced from " + file.getFileName());
        loadCatalogue();
        return catalogue;
    }

    /** Adds an indicator to the workspace's catalogue (starting from the bundled one); then re-extract. */
    public Catalogue addIndicator(Catalogues.NewIndicator spec) throws Catalogues.InvalidCatalogueException,
            WorkspaceException, IOException {
        String current = store.catalogueJson().orElse(new String(CatalogueLoader.bundledBytes(),
                java.nio.charset.StandardCharsets.UTF_8));
        String next = Catalogues.withIndicator(current, spec);
        store.saveCatalogue(next, "indicator " + spec.code() + " added");
        loadCatalogue();
        return catalogue;
    }

    /**
     * Replaces the words that make a figure of {@code topic} only a part of the whole (checked first; the
     * catalogue in force stays if they are refused); then re-extract.
     */
    public Catalogue setPartWords(String topic, List<Catalogue.PartWords> entries)
            throws Catalogues.InvalidCatalogueException, WorkspaceException, IOException {
        String current = store.catalogueJson().orElse(new String(CatalogueLoader.bundledBytes(),
                java.nio.charset.StandardCharsets.UTF_8));
        String next = PartWordsEdit.apply(current, catalogue, topic, entries);
        store.saveCatalogue(next, "part words of topic " + topic + " changed");
        loadCatalogue();
        return catalogue;
    }

    /** Goes back to the bundled catalogue. */
    public void useBundledCatalogue() throws WorkspaceException, IOException {
        store.saveCatalogue(new String(CatalogueLoader.bundledBytes(), java.nio.charset.StandardCharsets.UTF_8),
                "bundled catalogue restored");
        loadCatalogue();
    }

    /** Writes a consistent copy of the workspace to {@code target}, which must not exist; the copy is checked. */
    public void backup(Path target) throws WorkspaceException {
        try {
            workspace.backup(target);
            ActivityLog.backup(target.toAbsolutePath());
        } catch (WorkspaceException e) {
            ActivityLog.backupFailed(target.toAbsolutePath(), e);
            throw e;
        }
    }

    /** SQLite's integrity and foreign-key checks; empty when all is well. */
    public List<String> check() throws WorkspaceException {
        return workspace.check();
    }

    /**
     * {@code workspace check} on a file, open or not (a workspace too damaged to open can still be checked):
     * integrity, foreign keys, each stored original against its SHA-256, each evidence sentence against the
     * stored text. Changes nothing.
     */
    public static WorkspaceHealth check(Path file) throws WorkspaceException {
        WorkspaceHealth h = Workspace.checkFile(file);
        ActivityLog.checked(h.path(), h.ok() ? "ok, " + h.reportsChecked() + " reports"
                : h.problems().size() + " problems, damaged reports " + h.damaged().stream()
                .map(d -> d.id() + " (" + d.sourceName() + ": " + d.reason() + ")").toList());
        return h;
    }

    /**
     * Checks that {@code backup} could replace a workspace (not empty, a workspace of a known version,
     * integrity check passed) without changing anything.
     */
    public static void verifyBackup(Path backup) throws WorkspaceException {
        try {
            Workspace.verifyBackup(backup);
        } catch (WorkspaceException e) {
            ActivityLog.restoreRefused(backup.toAbsolutePath(), null, e);
            throw e;
        }
    }

    /**
     * Replaces the (closed) workspace {@code target} with a checked backup; the replaced file is kept.
     *
     * @return where the replaced workspace was kept, or null
     */
    public static Path restore(Path backup, Path target) throws WorkspaceException {
        try {
            Path kept = Workspace.restore(backup, target);
            ActivityLog.restored(backup.toAbsolutePath(), target.toAbsolutePath(), kept);
            return kept;
        } catch (WorkspaceException e) {
            ActivityLog.restoreRefused(backup.toAbsolutePath(), target.toAbsolutePath(), e);
            throw e;
        }
    }

    ReportStore store() {
        return store;
    }

    /** The workspace setting that keeps the 审核人 (so the command line audits under the same name as the window). */
    public static final String REVIEWER_KEY = "reviewer";

    /**
     * The name review decisions are audited under: the one given for this session (the window's 设置 → 审核人
     * on this computer, or {@code --reviewer}), else the 审核人 saved in the workspace, else the OS login.
     */
    public String reviewer() {
        String r = reviewer;
        if (r != null && !r.isBlank()) {
            return r;
        }
        return savedReviewer.isBlank() ? System.getProperty("user.name", "unknown") : savedReviewer;
    }

    /** Saves the 审核人 in the workspace (blank: none) and uses it from now on. */
    public void saveReviewer(String name) throws WorkspaceException {
        String n = name == null ? "" : name.strip();
        store.putSetting(REVIEWER_KEY, n);
        savedReviewer = n;
        reviewer(n);
    }

    /** Sets the reviewer's name for the decisions that follow (blank: the OS login). */
    public void reviewer(String name) {
        reviewer = name == null ? null : name.strip();
    }

    /** The store for review steps, auditing under {@link #reviewer()}. */
    ReportStore reviewStore() {
        return new ReportStore(workspace, reviewer());
    }

    /** Decisions on suggestions, audited under the same name as the other review steps. */
    cn.fazhi.workbench.store.SuggestionStore suggestions() {
        return new cn.fazhi.workbench.store.SuggestionStore(workspace, reviewer());
    }

    /** The 待审核 queue's query. */
    cn.fazhi.workbench.store.ReviewQueueStore queueStore() {
        return new cn.fazhi.workbench.store.ReviewQueueStore(workspace);
    }

    /** Reading what the workspace holds. */
    public WorkspaceQueries queries() {
        return new WorkspaceQueries(store);
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** The counts the catalogue in force marks per-head comparable ({@code "perHead": true}). */
    public java.util.Set<String> perHeadIndicators() {
        return perHead;
    }

    /**
     * The extractor for the catalogue in force, built the first time it is needed (the gazetteer's name index
     * and the catalogue's matchers cost about half a second of CPU that opening a workspace need not pay).
     */
    public synchronized ReportExtractor extractor() {
        if (extractor == null) {
            extractor = new ReportExtractor(catalogue, Gazetteer.bundled());
        }
        return extractor;
    }

    public Path path() {
        return workspace.path();
    }

    /** Whether this open created the workspace file. */
    public boolean created() {
        return created;
    }

    /** What happened to the sample reports when the workspace was created (empty otherwise). */
    public List<ImportReports.FileOutcome> sampleImport() {
        return sampleImport;
    }

    @Override
    public void close() {
        workspace.close();
    }
}

package cn.fazhi.workbench.ui.importer;

import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.TaskRunner;
import cn.fazhi.workbench.workflow.ImportReason;
import cn.fazhi.workbench.workflow.ImportReports;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/** Import screen state: the running job and every file's outcome. No nodes here. */
public final class ImportViewModel {
    private final AppWiring wiring;
    private final ObservableList<ImportReports.FileOutcome> outcomes = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty replace = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private TaskRunner.Handle handle;
    private Runnable afterImport = () -> { };

    public ImportViewModel(AppWiring wiring) {
        this.wiring = wiring;
    }

    // Properties
    public ObservableList<ImportReports.FileOutcome> outcomes() {
        return outcomes;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** Replace an older report of the same jurisdiction and year instead of keeping both. */
    public BooleanProperty replaceProperty() {
        return replace;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public TaskRunner.Handle handle() {
        return handle;
    }

    public long needingAttention() {
        return outcomes.stream().filter(ImportReports.FileOutcome::needsAttention).count();
    }

    public void onImported(Runnable r) {
        afterImport = r;
    }

    // Commands
    public void importPaths(List<Path> paths) {
        var session = wiring.session();
        if (session == null || running.get() || paths.isEmpty()) {
            return;
        }
        outcomes.clear();
        summary.set("");
        error.set(null);
        running.set(true);
        List<ImportReports.Source> sources = ImportReports.sources(paths.stream().map(Path::toString).toList());
        ImportReports.NewVersionPolicy policy = replace.get() ? ImportReports.NewVersionPolicy.REPLACE
                : ImportReports.NewVersionPolicy.KEEP_BOTH;
        handle = wiring.tasks().run(tr("import.task"),
                (progress, cancel) -> new ImportReports(session).run(sources, policy, progress, cancel),
                result -> {
                    outcomes.setAll(result);
                    summary.set(summarize(result));
                    running.set(false);
                    afterImport.run();
                },
                failure -> {
                    error.set(cn.fazhi.workbench.ui.common.Dialogs.explain(failure));
                    running.set(false);
                });
        wiring.track(handle);
    }

    public void cancel() {
        if (handle != null) {
            handle.cancel();
        }
    }

    static String summarize(List<ImportReports.FileOutcome> result) {
        int[] c = new int[ImportReports.Status.values().length];
        result.forEach(o -> c[o.status().ordinal()]++);
        String text = tr("import.summary", result.size(), c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
        boolean diskFull = result.stream().anyMatch(o -> o.reason() == ImportReason.DISK_FULL);
        return diskFull ? text + "\n" + tr("import.diskFull") : text;
    }

    /** A file's reason in the window's language, from its reason code (every code has words: LocalizationTest). */
    static String reason(ImportReports.FileOutcome o) {
        return o.reason() == null ? "" : tr(o.reason().key(), o.reasonArgs());
    }
}

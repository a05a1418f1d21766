package cn.fazhi.workbench.ui.settings;

import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.Dialogs;
import cn.fazhi.workbench.workflow.BuildComparison;
import cn.fazhi.workbench.workflow.ExportComparison;
import cn.fazhi.workbench.workflow.WorkspaceSession;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.function.BiConsumer;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * 设置's state and commands: the report deadline and the office (kept in the workspace, shared by all who
 * open it), the reviewer's name and the language (kept on this computer), backup and restore. Every step
 * that touches the workspace runs in the background and says what it did in {@link #messageProperty()}.
 */
public final class SettingsViewModel {
    public static final String ZH = "zh";
    public static final String EN = "en";

    private final AppWiring wiring;
    private final StringProperty deadline = new SimpleStringProperty("");
    private final StringProperty office = new SimpleStringProperty("");
    private final StringProperty reviewer = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private BiConsumer<String, Throwable> onFailure = (what, t) -> message.set(Dialogs.explain(t));

    public SettingsViewModel(AppWiring wiring) {
        this.wiring = wiring;
        reviewer.set(wiring.prefs().get("reviewer", ""));
        wiring.sessionProperty().addListener((o, a, s) -> {
            loadOffice();
            loadDeadline();
        });
        loadOffice();
        loadDeadline();
    }

    /** The deadline as the field shows it: MM-DD. */
    public StringProperty deadlineProperty() {
        return deadline;
    }

    public StringProperty officeProperty() {
        return office;
    }

    public StringProperty reviewerProperty() {
        return reviewer;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Where a failed step is told (the view shows a dialog; by default the message line says it). */
    public void onFailure(BiConsumer<String, Throwable> handler) {
        this.onFailure = handler;
    }

    /** The language chosen for the next start: {@link #ZH} or {@link #EN}. */
    public String language() {
        return EN.equals(wiring.prefs().get("language", ZH)) ? EN : ZH;
    }

    public void setLanguage(String language) {
        wiring.prefs().put("language", EN.equals(language) ? EN : ZH);
        message.set(tr("settings.languageRestart"));
    }

    public void saveReviewer() {
        String name = reviewer.get().strip();
        wiring.prefs().put("reviewer", name);
        if (wiring.session() != null) {
            wiring.session().reviewer(name);
        }
        message.set(tr("settings.reviewerSaved", wiring.session() == null ? name : wiring.session().reviewer()));
    }

    /** The office named on exported workbooks (制表单位) is the workspace's, shared by everyone who opens it. */
    private void loadOffice() {
        WorkspaceSession s = wiring.session();
        if (s == null) {
            return;
        }
        wiring.tasks().run("office", (p, c) -> ExportComparison.office(s), office::set, t -> message.set(Dialogs.explain(t)));
    }

    public void saveOffice() {
        WorkspaceSession s = wiring.session();
        if (s == null) {
            return;
        }
        String name = office.get();
        wiring.tasks().run("office", (p, c) -> {
            ExportComparison.setOffice(s, name);
            return name.strip();
        }, saved -> message.set(tr("settings.officeSaved", saved)), t -> message.set(Dialogs.explain(t)));
    }

    private void loadDeadline() {
        WorkspaceSession s = wiring.session();
        if (s == null) {
            return;
        }
        wiring.tasks().run("deadline", (p, c) -> new BuildComparison(s).deadline(),
                d -> deadline.set(String.format("%02d-%02d", d.getMonthValue(), d.getDayOfMonth())), t -> { });
    }

    /** Saves the deadline typed as MM-DD; says so when it is not a day of the year. */
    public void saveDeadline() {
        WorkspaceSession s = wiring.session();
        MonthDay d;
        try {
            d = MonthDay.parse("--" + deadline.get().strip());
        } catch (DateTimeParseException e) {
            message.set(tr("settings.deadlineBad"));
            return;
        }
        wiring.tasks().run("deadline", (p, c) -> {
            new BuildComparison(s).setDeadline(d);
            return d;
        }, x -> message.set(tr("settings.deadlineSaved", d.getMonthValue(), d.getDayOfMonth())),
                t -> onFailure.accept(tr("settings.deadline"), t));
    }

    public void openWorkspace(Path file) {
        wiring.openWorkspace(file);
    }

    public void backup(Path file) {
        WorkspaceSession s = wiring.session();
        wiring.tasks().run(tr("settings.backup"), (p, c) -> {
            Files.deleteIfExists(file);
            s.backup(file);
            return file;
        }, path -> message.set(tr("settings.backedUp", path.toString())), t -> onFailure.accept(tr("settings.backup"), t));
    }

    /**
     * Restore, first half: the backup is checked while the workspace stays open; {@code confirm} is asked
     * (with the backup and the workspace it would replace) only for a good backup, and only a yes replaces.
     */
    public void restore(Path backup, RestoreConfirmation confirm, BiConsumer<String, Throwable> refused) {
        WorkspaceSession s = wiring.session();
        if (s == null) {
            return;
        }
        Path target = s.path();
        wiring.tasks().run(tr("settings.restore"), (p, c) -> {
            WorkspaceSession.verifyBackup(backup);
            return backup;
        }, good -> {
            if (confirm.replace(good, target)) {
                replaceWith(good, target);
            }
        }, t -> refused.accept(refusal(t), t));
    }

    /** Asks the person whether the workspace in use is to be replaced by the backup. */
    @FunctionalInterface
    public interface RestoreConfirmation {
        boolean replace(Path backup, Path workspace);
    }

    /** Restore, second half: closes the workspace, replaces it (keeping the old one beside it) and opens it again. */
    private void replaceWith(Path backup, Path target) {
        WorkspaceSession s = wiring.session();
        wiring.tasks().run(tr("settings.restore"), (p, c) -> {
            if (s != null) {
                s.close();
            }
            return WorkspaceSession.restore(backup, target);
        }, kept -> {
            message.set(tr("settings.restored", kept == null ? "-" : kept.toString()));
            wiring.openWorkspace(target);
        }, t -> {
            onFailure.accept(tr("settings.restoreRefused"), t);
            wiring.openWorkspace(target);
        });
    }

    /** Why a file cannot be restored, in the window's language: the backup is refused, the workspace untouched. */
    static String refusal(Throwable t) {
        Throwable e = t;
        while (e != null && !(e instanceof WorkspaceException)) {
            e = e.getCause();
        }
        if (e instanceof WorkspaceException w) {
            return switch (w.kind()) {
                case NOT_A_WORKSPACE, CORRUPT, NEWER_VERSION, NOT_FOUND -> tr("settings.restoreBad." + w.kind().id());
                default -> Dialogs.explain(t);
            };
        }
        return Dialogs.explain(t);
    }
}

package cn.fazhi.workbench.ui;

import cn.fazhi.workbench.ui.common.AppLog;
import cn.fazhi.workbench.ui.common.TaskRunner;
import cn.fazhi.workbench.ui.common.UiPrefs;
import cn.fazhi.workbench.workflow.WorkspaceSession;
import javafx.application.HostServices;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The one composition root: the task runner, the remembered preferences and the open workspace. Screens
 * get what they need from here through their constructors; nothing is looked up globally.
 */
public final class AppWiring {
    private final TaskRunner tasks;
    private final UiPrefs prefs;
    private final ObjectProperty<WorkspaceSession> session = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> workspacePath = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty();
    private final ObjectProperty<TaskRunner.Handle> currentTask = new SimpleObjectProperty<>();
    private Consumer<Throwable> onOpenFailure = t -> { };
    private HostServices hostServices;

    public AppWiring(TaskRunner tasks, UiPrefs prefs, Path workspace) {
        this.tasks = tasks;
        this.prefs = prefs;
        this.workspacePath.set(workspace);
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public UiPrefs prefs() {
        return prefs;
    }

    public ReadOnlyObjectProperty<WorkspaceSession> sessionProperty() {
        return session;
    }

    public WorkspaceSession session() {
        return session.get();
    }

    public ReadOnlyObjectProperty<Path> workspacePathProperty() {
        return workspacePath;
    }

    /** Why the workspace could not be opened, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** The long job running now (shown in the status bar with its cancel button), or null. */
    public ObjectProperty<TaskRunner.Handle> currentTaskProperty() {
        return currentTask;
    }

    public void onOpenFailure(Consumer<Throwable> handler) {
        this.onOpenFailure = handler;
    }

    /**
     * Opens (and on first run creates, with the sample reports) a workspace in the background; the
     * previous one is closed once the new one is open.
     */
    public void openWorkspace(Path file) {
        problem.set(null);
        workspacePath.set(file);
        TaskRunner.Handle h = tasks.run("open", (p, c) -> WorkspaceSession.open(file, true), opened -> {
            WorkspaceSession old = session.get();
            opened.reviewer(prefs.get("reviewer", null));
            session.set(opened);
            prefs.put("workspace", file.toAbsolutePath().toString());
            AppLog.info("workspace open: " + file);
            if (old != null && old != opened) {
                old.close();
            }
            currentTask.set(null);
        }, failure -> {
            problem.set(cn.fazhi.workbench.ui.common.Dialogs.explain(failure));
            currentTask.set(null);
            onOpenFailure.accept(failure);
        });
        if (h.runningProperty().get()) {
            currentTask.set(h);
        }
    }

    /** Shows a long job in the status bar until it ends. */
    public void track(TaskRunner.Handle h) {
        if (h.runningProperty().get()) {
            currentTask.set(h);
            h.runningProperty().addListener((o, was, now) -> {
                if (!now && currentTask.get() == h) {
                    currentTask.set(null);
                }
            });
        }
    }

    /** The application's host services (from {@link App}), used to open files and folders. */
    public void useHostServices(HostServices services) {
        this.hostServices = services;
    }

    /**
     * Opens a file or folder with the desktop's own application (file manager, Excel). Never blocks the FX
     * thread: JavaFX's host services start the desktop's opener; without them java.awt.Desktop is called in
     * the background (calling it on the FX thread deadlocks on Linux).
     */
    public void openOnDesktop(Path target) {
        if (hostServices != null) {
            hostServices.showDocument(target.toUri().toString());
            return;
        }
        tasks.run("open", (p, c) -> {
            if (java.awt.Desktop.isDesktopSupported() && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                java.awt.Desktop.getDesktop().open(target.toFile());
            }
            return target;
        }, opened -> { }, failure -> cn.fazhi.workbench.ui.common.AppLog.error("cannot open " + target, failure));
    }

    /** Closes the workspace (on exit). */
    public void close() {
        WorkspaceSession s = session.get();
        if (s != null) {
            s.close();
        }
    }
}

package cn.fazhi.workbench.ui.common;

import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.workflow.ReviewValues;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * Errors as plain sentences that say what happened and what to do; the technical detail goes to the log
 * file, never a stack trace on screen.
 */
public final class Dialogs {
    private Dialogs() {
    }

    /** The message a person sees for a failure. */
    public static String explain(Throwable t) {
        Throwable e = t;
        while (e.getCause() != null && !(e instanceof WorkspaceException)) {
            e = e.getCause();
        }
        if (t instanceof CancellationToken.CancelledException) {
            return tr("error.cancelled");
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ReviewValues.ReviewException r && r.problem() != null) {
                return tr("review.invalid." + r.problem().id());
            }
        }
        if (e instanceof WorkspaceException w) {
            return tr("error.workspace." + w.kind().id(), w.getMessage());
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return tr("error.generic", m);
    }

    public static void error(Window owner, String what, Throwable t) {
        error(owner, what, explain(t), t);
    }

    /** An error with a text of the caller's choosing (the failure itself goes to the log). */
    public static void error(Window owner, String what, String text, Throwable t) {
        AppLog.error(what, t);
        Alert a = new Alert(Alert.AlertType.ERROR, text + "\n\n" + tr("error.logHint",
                AppLog.file() == null ? "-" : AppLog.file().toString()), ButtonType.OK);
        a.setHeaderText(what);
        a.setTitle(tr("app.title"));
        if (owner != null) {
            a.initOwner(owner);
        }
        a.show();
    }

    public static void info(Window owner, String header, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        a.setHeaderText(header);
        a.setTitle(tr("app.title"));
        if (owner != null) {
            a.initOwner(owner);
        }
        a.show();
    }
}

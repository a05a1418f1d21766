package cn.fazhi.workbench.ui.common;

import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.workflow.ReviewValues;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.stage.Window;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * Errors as plain sentences that say what happened and what to do; the technical detail goes to the log
 * file, never a stack trace on screen.
 */
public final class Dialogs {
    private Dialogs() {
    }

    /**
     * The message a person sees for a failure: the words of its code (a review problem, a workspace
     * failure, a cancellation), never the exception's English message, which goes to the log.
     */
    public static String explain(Throwable t) {
        Throwable e = t;
        while (e.getCause() != null && !(e instanceof WorkspaceException)) {
            e = e.getCause();
        }
        if (t instanceof CancellationToken.CancelledException) {
            return tr("error.cancelled");
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ReviewValues.ReviewException r) {
                return tr(r.key(), r.args().toArray());
            }
        }
        // The core's own message is English technical detail: it goes to the log, the window says the code's words.
        AppLog.info("explained to the user as " + (e instanceof WorkspaceException w ? "error.workspace." + w.kind().id()
                : "error.generic") + ": " + t);
        if (e instanceof WorkspaceException w) {
            return tr("error.workspace." + w.kind().id());
        }
        return tr("error.generic");
    }

    /** JavaFX words its standard buttons once, in the OS locale; the window speaks the language chosen in 设置. */
    private static final java.util.Map<ButtonType, String> STANDARD_BUTTONS = java.util.Map.of(ButtonType.OK, "action.ok",
            ButtonType.CANCEL, "action.cancel", ButtonType.CLOSE, "action.close", ButtonType.YES, "action.yes",
            ButtonType.NO, "action.no");

    /**
     * Words a dialog's standard buttons (OK, Cancel, Close, Yes, No) in the window's language; buttons the
     * caller named keep their text. Every dialog calls this once its button types are set.
     */
    public static <P extends DialogPane> P wordButtons(P pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            String key = STANDARD_BUTTONS.get(type);
            if (key != null && pane.lookupButton(type) instanceof Labeled button) {
                button.setText(tr(key));
            }
        }
        return pane;
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
        wordButtons(a.getDialogPane());
        if (owner != null) {
            a.initOwner(owner);
        }
        a.show();
    }

    public static void info(Window owner, String header, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        a.setHeaderText(header);
        a.setTitle(tr("app.title"));
        wordButtons(a.getDialogPane());
        if (owner != null) {
            a.initOwner(owner);
        }
        a.show();
    }
}

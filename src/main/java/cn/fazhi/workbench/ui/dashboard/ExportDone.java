package cn.fazhi.workbench.ui.dashboard;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.nio.file.Path;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/** Tells where the workbook went, with a button that opens its folder. */
final class ExportDone {
    private ExportDone() {
    }

    static void show(Window owner, Path written, java.util.function.Consumer<Path> openFolder) {
        show(owner, written, openFolder, "compare.exportedTitle");
    }

    /** @param headerKey what was written, e.g. "Excel 已导出" or "通报已生成" */
    static void show(Window owner, Path written, java.util.function.Consumer<Path> openFolder, String headerKey) {
        ButtonType open = new ButtonType(tr("compare.openFolder"), ButtonBar.ButtonData.OTHER);
        Alert a = new Alert(Alert.AlertType.INFORMATION, tr("compare.exported", written.toString()), open, ButtonType.OK);
        a.setHeaderText(tr(headerKey));
        a.setTitle(tr("app.title"));
        if (owner != null) {
            a.initOwner(owner);
        }
        a.getDialogPane().lookupButton(open).setId("export-open-folder");
        cn.fazhi.workbench.ui.common.Dialogs.wordButtons(a.getDialogPane());
        // Not showAndWait: this runs in a task callback, where a nested event loop is best avoided.
        a.resultProperty().addListener((o, old, b) -> {
            if (b == open) {
                openFolder.accept(written.getParent());
            }
        });
        a.show();
    }
}

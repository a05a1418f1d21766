package cn.fazhi.workbench.ui.review;

import cn.fazhi.workbench.workflow.SelectedFigure;
import javafx.scene.control.IndexRange;
import javafx.stage.Window;

import java.util.Optional;
import java.util.function.Supplier;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * A / 添加为指标值…: the figure selected in the report's text becomes a value of the indicator the person picks
 * ({@link AddValueDialog}); saved as added by hand and audited through the review. Says how to select first
 * when nothing is selected.
 */
final class AddFromText {
    private final ReviewViewModel vm;
    private final TextSelection selection;
    private final Supplier<Window> window;

    AddFromText(ReviewViewModel vm, TextSelection selection, Supplier<Window> window) {
        this.vm = vm;
        this.selection = selection;
        this.window = window;
    }

    void add() {
        IndexRange r = selection.rangeProperty().get();
        Optional<SelectedFigure> figure = r == null ? Optional.empty()
                : SelectedFigure.of(vm.textProperty().get(), r.getStart(), r.getEnd());
        if (figure.isEmpty() || vm.reportProperty().get() == null) {
            vm.say(tr("review.selectFirst"));
            return;
        }
        AddValueDialog.ask(window.get(), vm.indicators(), figure.get()).ifPresent(a -> vm.add(a.indicator().code(), a.value(),
                a.qualifier(), a.evidence(), a.note()));
    }

    /** A adds the selection, Ctrl+C copies it (outside text fields); whether the key was taken. */
    boolean key(javafx.scene.input.KeyEvent k) {
        if (k.getCode() == javafx.scene.input.KeyCode.C && k.isShortcutDown() && selection.hasSelection()) {
            selection.copy();
        } else if (k.getCode() == javafx.scene.input.KeyCode.A && !k.isShortcutDown() && !k.isAltDown()) {
            add();
        } else {
            return false;
        }
        k.consume();
        return true;
    }

    /** Selects the first figure after the value or suggestion shown, as a double-click on it does; nothing when there is none. */
    void selectNextFigure() {
        var v = vm.selectedProperty().get();
        var g = vm.selectedSuggestionProperty().get();
        var e = v != null ? v.value().evidence() : g != null ? g.value().evidence() : null;
        String t = vm.textProperty().get();
        for (int at = e == null ? 0 : e.valueEnd(); t != null && at < t.length(); at++) {
            int[] figure = SelectedFigure.at(t, at);
            if (figure != null) {
                selection.select(figure[0], figure[1]);
                return;
            }
        }
    }
}

package cn.fazhi.workbench.ui.common;

import javafx.scene.Node;

/**
 * One main screen of the window (导入, 报告, 比对…). The shell knows screens only through this interface
 * and the one registration list in {@code ui.shell.Screens}, which also gives each its title, rail icon
 * and shortcuts; a screen knows the shell only through {@link Navigator}. So neither depends on the
 * other's package and adding a screen is one registration.
 */
public interface Screen {
    /** The screen's root node, built once. */
    Node node();

    /** Called every time the screen is shown (again): show what changed elsewhere (an import, a review). */
    default void refresh() {
    }
}

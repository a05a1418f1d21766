package cn.fazhi.workbench.archfixture.cycle.shell;

import cn.fazhi.workbench.archfixture.cycle.views.View;

/** With {@link View} forms the shell ↔ screens cycle the sub-package rule forbids; see ArchitectureRulesCanFailTest. */
public final class Window {
    public static final Object KEY = new Object(); // not a compile-time constant: javac would inline it and hide the use

    public View show() {
        return new View();
    }
}

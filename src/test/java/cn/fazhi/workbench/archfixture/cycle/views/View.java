package cn.fazhi.workbench.archfixture.cycle.views;

import cn.fazhi.workbench.archfixture.cycle.shell.Window;

/** Reaches back into the shell (as the views once did through MainWindow's node-property keys). */
public final class View {
    public Object key() {
        return Window.KEY;
    }
}

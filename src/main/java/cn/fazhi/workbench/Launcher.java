package cn.fazhi.workbench;

import cn.fazhi.workbench.cli.Main;

/**
 * The jar's entry point: with no arguments it opens the desktop workbench, with a command it runs the
 * command line. Kept outside the layered packages because it is the one place that knows both.
 * It does not extend javafx.application.Application, so the fat jar starts on the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            cn.fazhi.workbench.ui.shell.App.launchApp(args);
            return;
        }
        Main.main(args);
    }
}

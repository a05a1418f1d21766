package cn.fazhi.workbench.ui.common;

import cn.fazhi.workbench.workflow.LogFile;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The technical log: a file in the workspace folder, so dialogs can stay in plain words. */
public final class AppLog {
    private static final Logger LOG = Logger.getLogger("cn.fazhi.workbench");

    private AppLog() {
    }

    /** Starts writing to fazhi-workbench.log beside the workspace file. */
    public static void useFolder(Path folder) {
        LogFile.useFolder(folder);
    }

    public static Path file() {
        return LogFile.file();
    }

    public static void error(String what, Throwable t) {
        LOG.log(Level.SEVERE, what, t);
    }

    public static void info(String what) {
        LOG.info(what);
    }
}

package cn.fazhi.workbench.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** The technical log: a file in the workspace folder, so dialogs can stay in plain words. */
public final class AppLog {
    private static final Logger LOG = Logger.getLogger("cn.fazhi.workbench");
    private static volatile Path file;

    private AppLog() {
    }

    /** Starts writing to fazhi-workbench.log beside the workspace file. */
    public static synchronized void useFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            Path f = folder.resolve("fazhi-workbench.log");
            FileHandler handler = new FileHandler(f.toString(), 2_000_000, 1, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            for (var h : LOG.getHandlers()) {
                LOG.removeHandler(h);
                h.close();
            }
            LOG.addHandler(handler);
            LOG.setUseParentHandlers(false);
            file = f;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot write the log file in " + folder, e);
        }
    }

    public static Path file() {
        return file;
    }

    public static void error(String what, Throwable t) {
        LOG.log(Level.SEVERE, what, t);
    }

    public static void info(String what) {
        LOG.info(what);
    }
}

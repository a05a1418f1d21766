package cn.fazhi.workbench.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The technical log: {@code fazhi-workbench.log} beside the workspace, for the window and the command line
 * alike, so a person helping a user can see what failed and when. Nothing of it reaches the terminal.
 */
public final class LogFile {
    public static final String NAME = "fazhi-workbench.log";
    private static final Logger APP = Logger.getLogger("cn.fazhi.workbench");
    private static volatile Path file;

    private LogFile() {
    }

    /** Starts writing to the log file in {@code folder} (the workspace's folder); returns false when it cannot. */
    public static synchronized boolean useFolder(Path folder) {
        Path f = folder.toAbsolutePath().resolve(NAME);
        if (f.equals(file)) {
            return true;
        }
        try {
            Files.createDirectories(folder);
            FileHandler handler = new FileHandler(f.toString(), 2_000_000, 1, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            for (Handler h : APP.getHandlers()) {
                APP.removeHandler(h);
                h.close();
            }
            APP.addHandler(handler);
            APP.setUseParentHandlers(false);
            file = f;
            return true;
        } catch (IOException | RuntimeException e) {
            APP.log(Level.WARNING, "cannot write the log file in " + folder, e);
            return false;
        }
    }

    /** Keeps the program's log lines off the terminal (the command line prints its own messages). */
    public static void quiet() {
        APP.setUseParentHandlers(false);
    }

    /** The log file in use, or null. */
    public static Path file() {
        return file;
    }
}

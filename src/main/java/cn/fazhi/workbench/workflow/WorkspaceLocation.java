package cn.fazhi.workbench.workflow;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the workspace lives when the user does not choose: the per-user data folder (%APPDATA% on
 * Windows, the XDG data home elsewhere). FAZHI_WORKSPACE overrides it (scripts, tests).
 */
public final class WorkspaceLocation {
    public static final String FILE_NAME = "workspace.db";

    private WorkspaceLocation() {
    }

    public static Path defaultPath() {
        return defaultPath(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path defaultPath(Map<String, String> env, String osName, String home) {
        String override = env.get("FAZHI_WORKSPACE");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("FazhiWorkbench").resolve(FILE_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("fazhi-workbench").resolve(FILE_NAME);
    }
}

package cn.fazhi.workbench.ui.shell;

import cn.fazhi.workbench.ui.AppWiring;

import cn.fazhi.workbench.ui.common.AppLog;
import cn.fazhi.workbench.ui.common.Fonts;
import cn.fazhi.workbench.ui.common.FxTaskRunner;
import cn.fazhi.workbench.ui.common.I18n;
import cn.fazhi.workbench.ui.common.UiPrefs;
import cn.fazhi.workbench.workflow.SharedArchiveRepair;
import cn.fazhi.workbench.workflow.WorkspaceLocation;
import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.Locale;

/** The desktop workbench. */
public final class App extends Application {
    /** Started from {@link cn.fazhi.workbench.Launcher}; explains itself when there is no display. */
    public static void launchApp(String[] args) {
        try {
            Application.launch(App.class, args);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            System.err.println("The desktop window cannot be opened here (" + e.getMessage() + ").");
            System.err.println("Use the command line instead: java -jar fazhi-workbench.jar --help");
            System.exit(1);
        }
    }

    private UiPrefs prefs;

    /**
     * Runs on the launcher thread before {@link #start}: loading the bundled font and reading the preferences
     * (180-260 ms measured at start) keep the FX thread busy for that much less before the window shows (issue 12).
     */
    @Override
    public void init() {
        Fonts.register();
        prefs = UiPrefs.standard();
        I18n.use("en".equals(prefs.get("language", "zh")) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    @Override
    public void start(Stage stage) {
        long t0 = System.nanoTime();
        // An explicit FAZHI_WORKSPACE wins; otherwise the workspace used last time; otherwise the default.
        String explicit = System.getenv("FAZHI_WORKSPACE");
        String remembered = prefs.get("workspace", null);
        Path workspace = explicit != null && !explicit.isBlank() ? Path.of(explicit)
                : remembered != null ? Path.of(remembered) : WorkspaceLocation.defaultPath();
        AppLog.useFolder(workspace.toAbsolutePath().getParent());
        AppWiring wiring = new AppWiring(new FxTaskRunner(), prefs, workspace);
        wiring.useHostServices(getHostServices());
        if (Boolean.getBoolean("fazhi.timing") && !Boolean.getBoolean("fazhi.uibench")) {
            cn.fazhi.workbench.ui.common.FxStall.watch();
        }
        StartScreen.afterFirstFrame(StartScreen.show(stage, prefs), () -> showMainWindow(stage, wiring, workspace, t0));
    }

    /**
     * When the launcher's shared class archive was refused (the image was moved or unpacked elsewhere), remakes it
     * after the window has gone, on a thread the JVM waits for, so the next start is fast again and no one waits
     * for it on screen (issue 12, decision 0020).
     */
    @Override
    public void stop() {
        SharedArchiveRepair.forThisJvm().ifPresent(plan -> {
            Thread repair = new Thread(() -> SharedArchiveRepair.run(plan), "shared-archive-repair");
            repair.setDaemon(false);
            repair.start();
        });
    }

    /**
     * Builds the main window into the start screen's scene once that has been painted, its screen one frame later
     * ({@link MainWindow#showInSteps}), then opens the workspace.
     */
    private static void showMainWindow(Stage stage, AppWiring wiring, Path workspace, long t0) {
        AppLog.info(String.format("start screen on screen %.0f ms after start (%d ms after the JVM started)",
                (System.nanoTime() - t0) / 1e6, System.currentTimeMillis()
                        - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()));
        String shots = System.getProperty("fazhi.screenshots");
        if (shots != null) {
            ScreenshotTour.savePicture(stage.getScene(), Path.of(shots), "start");
        }
        MainWindow window = new MainWindow(wiring, stage);
        window.showInSteps(() -> {
            AppLog.info(String.format("window shown %.0f ms after start", (System.nanoTime() - t0) / 1e6));
            if (shots != null) {
                new ScreenshotTour(window, stage.getScene(), Path.of(shots)).start(wiring);
            }
            if (Boolean.getBoolean("fazhi.uibench")) {
                new UiBench(window, stage.getScene()).start(wiring);
            }
            if (Boolean.getBoolean("fazhi.startbench")) {
                new StartBench(window, stage.getScene()).start(wiring);
            }
            if (Boolean.getBoolean("fazhi.queuebench")) {
                new QueueUiBench(window, stage.getScene()).start(wiring);
            }
            wiring.openWorkspace(workspace);
        });
    }
}

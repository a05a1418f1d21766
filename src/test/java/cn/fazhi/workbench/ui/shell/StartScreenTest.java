package cn.fazhi.workbench.ui.shell;

import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.FxTaskRunner;
import cn.fazhi.workbench.ui.common.I18n;
import cn.fazhi.workbench.ui.common.UiPrefs;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start screen is on screen before the main window is built, and the main window then takes its scene. */
class StartScreenTest extends ApplicationTest {
    @TempDir
    static Path dir;

    private Stage stage;

    @Override
    public void start(Stage primary) {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        stage = new Stage(); // a stage of its own: TestFX's primary stage carries earlier tests' windows
    }

    @Test
    void theStartScreenSaysWhatIsHappeningAndTheMainWindowTakesItsScene() throws Exception {
        UiPrefs prefs = new UiPrefs("cn/fazhi/workbench-test/" + UUID.randomUUID());
        Scene[] start = new Scene[1];
        CountDownLatch painted = new CountDownLatch(1);
        interact(() -> {
            start[0] = StartScreen.show(stage, prefs);
            StartScreen.afterFirstFrame(start[0], painted::countDown);
        });
        assertTrue(painted.await(10, TimeUnit.SECONDS), "the build step runs after the first frame");
        assertTrue(stage.isShowing());
        String texts = onFx(() -> start[0].getRoot().lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).reduce("", String::concat));
        assertTrue(texts.contains("法治年报比对工作台") && texts.contains("正在打开工作区"), texts);
        double width = stage.getWidth();

        AppWiring wiring = new AppWiring(new FxTaskRunner(), prefs, dir.resolve("workspace.db"));
        MainWindow[] window = new MainWindow[1];
        CountDownLatch screenShown = new CountDownLatch(1);
        boolean[] noScreenYet = new boolean[1];
        interact(() -> {
            window[0] = new MainWindow(wiring, stage);
            window[0].showInSteps(screenShown::countDown);
            noScreenYet[0] = window[0].current() == null;
        });
        assertTrue(noScreenYet[0], "the rail and the status bar come a frame before the screen");
        assertTrue(screenShown.await(10, TimeUnit.SECONDS), "the screen follows");
        assertTrue(onFx(() -> window[0].current() instanceof cn.fazhi.workbench.ui.dashboard.DashboardView), "比对 first");
        org.testfx.util.WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onFx(() -> stage.getScene().lookup("#compare-tabs") != null && stage.getScene().lookup("#compare-jurisdictions") != null));
        assertSame(start[0], stage.getScene(), "the same scene: the window neither moves nor changes size");
        assertSame(window[0].root(), stage.getScene().getRoot());
        assertEquals(width, stage.getWidth(), 0.5);
        String css = MainWindow.class.getResource(MainWindow.CSS).toExternalForm();
        assertEquals(1, stage.getScene().getStylesheets().stream().filter(css::equals).count(), "the style sheet once");
        interact(() -> {
            wiring.close();
            stage.close();
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.waitFor(org.testfx.util.WaitForAsyncUtils.asyncFx(read));
    }
}

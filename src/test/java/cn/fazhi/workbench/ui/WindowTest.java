package cn.fazhi.workbench.ui;

import cn.fazhi.workbench.ui.common.I18n;
import cn.fazhi.workbench.ui.common.UiPrefs;
import cn.fazhi.workbench.ui.shell.MainWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/**
 * The whole window (headless, TestFX) in Chinese on a fresh workspace of its own, which the first start fills
 * with the sample reports; tasks run on the calling thread so a test sees their results at once.
 */
abstract class WindowTest extends ApplicationTest {
    @TempDir
    static Path dir;

    protected AppWiring wiring;
    protected MainWindow window;

    @Override
    public void start(Stage stage) {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        Path workspace = dir.resolve(UUID.randomUUID() + "/workspace.db");
        wiring = new AppWiring(new CurrentThreadTaskRunner(), new UiPrefs("cn/fazhi/workbench-test/" + UUID.randomUUID()),
                workspace);
        window = new MainWindow(wiring, stage);
        wiring.openWorkspace(workspace);
        window.show();
    }

    @AfterEach
    void closeWorkspace() {
        interact(() -> wiring.close());
    }
}

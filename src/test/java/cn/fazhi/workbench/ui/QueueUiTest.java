package cn.fazhi.workbench.ui;

import cn.fazhi.workbench.model.QueueItem;
import cn.fazhi.workbench.ui.common.I18n;
import cn.fazhi.workbench.ui.common.UiPrefs;
import cn.fazhi.workbench.ui.review.QueueStatusFilter;
import cn.fazhi.workbench.ui.review.QueueViewModel;
import cn.fazhi.workbench.ui.review.ReviewView;
import cn.fazhi.workbench.ui.shell.MainWindow;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 待审核 queue in the window (headless), driven by the keyboard only. */
@org.junit.jupiter.api.Timeout(value = 90, unit = TimeUnit.SECONDS)
class QueueUiTest extends ApplicationTest {
    @TempDir
    static Path dir;

    private AppWiring wiring;

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        UiPrefs prefs = new UiPrefs("cn/fazhi/workbench-test/" + UUID.randomUUID());
        Path workspace = dir.resolve(UUID.randomUUID() + "/workspace.db");
        wiring = new AppWiring(new CurrentThreadTaskRunner(), prefs, workspace);
        window = new MainWindow(wiring, stage);
        wiring.openWorkspace(workspace);
        window.show();
    }

    @AfterEach
    void closeWorkspace() {
        interact(() -> wiring.close());
    }

    @Test
    void theKeysDecideAndMoveOnAndTheFigureIsMarked() {
        clickOn("#nav-queue");
        WaitForAsyncUtils.waitForFxEvents();
        ReviewView view = (ReviewView) window.screen("queue");
        QueueViewModel queue = view.queueViewModel();
        interact(() -> queue.statusProperty().set(QueueStatusFilter.VALUES));
        WaitForAsyncUtils.waitForFxEvents();
        QueueItem first = queue.currentProperty().get();
        assertTrue(lookup("#queue-keys").queryAs(Label.class).getText().contains("Enter"), "the keys are shown");

        type(KeyCode.J);
        assertEquals(queue.items().get(1), queue.currentProperty().get());
        type(KeyCode.K);
        assertEquals(first, queue.currentProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#review-figure-mark").tryQuery().isPresent(), "the chosen number is marked in the text");

        type(KeyCode.ENTER);
        assertNotEquals(first, queue.currentProperty().get(), "moved on");
        assertTrue(lookup("#queue-counter").queryAs(Label.class).getText().startsWith("已审核 1 / "),
                lookup("#queue-counter").queryAs(Label.class).getText());
        type(KeyCode.Z);
        assertEquals(first, queue.currentProperty().get(), "undo goes back");
        assertEquals(0, queue.reviewedProperty().get());
    }
}

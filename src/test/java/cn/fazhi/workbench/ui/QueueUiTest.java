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

        press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#confirm-report-dialog").tryQuery().isPresent(), "Ctrl+Enter asks first");
        type(KeyCode.ENTER);                               // OK
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(queue.reviewedProperty().get() > 1, "the report's values are confirmed: " + queue.counterProperty().get());
        assertTrue(lookup("#queue-progress").tryQuery().isPresent(), "progress per year and 地市 is shown");
    }

    @Test
    void xShowsTheIndicatorAcrossReportsAndALineOpensItsValue() {
        clickOn("#nav-queue");
        WaitForAsyncUtils.waitForFxEvents();
        ReviewView view = (ReviewView) window.screen("queue");
        QueueViewModel queue = view.queueViewModel();
        interact(() -> {
            queue.statusProperty().set(QueueStatusFilter.VALUES);
            queue.indicatorProperty().set("mediation.disputes");
        });
        WaitForAsyncUtils.waitForFxEvents();
        QueueItem current = queue.currentProperty().get();
        type(KeyCode.X);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.acrossStage() != null && view.acrossStage().isShowing(), "X opens 各地对照");
        var table = lookup("#across-table").queryAs(javafx.scene.control.TableView.class);
        assertTrue(table.getItems().size() >= 1, "the year's values of the indicator");
        assertTrue(lookup("#across-title").queryAs(Label.class).getText().contains(String.valueOf(current.year())),
                lookup("#across-title").queryAs(Label.class).getText());
        var row = (cn.fazhi.workbench.workflow.ReviewAcrossReports.Row) table.getItems().get(table.getItems().size() - 1);
        interact(() -> table.requestFocus());
        interact(() -> table.getSelectionModel().select(row));
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(row.item().id(), queue.currentProperty().get().id(), "Enter on a line opens its value in the queue");
        interact(() -> view.acrossStage().hide());
    }

    @Test
    void aValueIsAddedBySelectingItsFigureInTheTextAndFindingTheIndicator() throws Exception {
        clickOn("#nav-queue");
        WaitForAsyncUtils.waitForFxEvents();
        ReviewView view = (ReviewView) window.screen("queue");
        long report = view.viewModel().reportProperty().get().id();
        clickOn("#review-add");
        WaitForAsyncUtils.waitForFxEvents();
        var source = lookup("#add-source").queryAs(javafx.scene.control.TextArea.class);
        String text = source.getText();
        var m = java.util.regex.Pattern.compile("(\\d{2,})(件|人|次)").matcher(text);
        assertTrue(m.find(), "a figure in the report");
        int at = m.start(1);
        String figure = m.group(1);
        interact(() -> source.selectRange(at, at + figure.length()));
        assertEquals(figure, lookup("#add-value").queryAs(javafx.scene.control.TextField.class).getText(),
                "the selected figure is the value");
        var have = wiring.session().queries().values(report).stream().map(v -> v.value().indicator()).toList();
        var missing = wiring.session().catalogue().indicators().stream().filter(i -> !have.contains(i.code()))
                .filter(i -> i.unit().equals("件")).findFirst().orElseThrow();
        clickOn("#add-find-indicator").write(missing.nameZh());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        var indicator = (javafx.scene.control.ComboBox<cn.fazhi.workbench.model.Indicator>) lookup("#add-indicator")
                .queryAs(javafx.scene.control.ComboBox.class);
        assertTrue(indicator.getItems().contains(missing) && indicator.getItems().size() < 5,
                "the list narrows as one types: " + indicator.getItems());
        interact(() -> indicator.setValue(missing));
        var pane = (javafx.scene.control.DialogPane) source.getScene().getRoot();
        var ok = (javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.OK);
        interact(ok::fire);
        WaitForAsyncUtils.waitForFxEvents();
        var added = wiring.session().queries().values(report).stream()
                .filter(v -> v.status() == cn.fazhi.workbench.model.ReviewStatus.MANUAL).findFirst()
                .orElseThrow(() -> new AssertionError(lookup("#review-message").queryAs(Label.class).getText()));
        assertEquals(new java.math.BigDecimal(figure), added.value().value());
        String sentence = added.value().evidence().sentence();
        assertTrue(sentence.contains(figure) && sentence.length() > figure.length() + 2, "the whole sentence: " + sentence);
    }
}

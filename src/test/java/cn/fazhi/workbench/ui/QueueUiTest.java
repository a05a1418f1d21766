package cn.fazhi.workbench.ui;

import cn.fazhi.workbench.model.QueueItem;
import cn.fazhi.workbench.ui.review.QueueStatusFilter;
import cn.fazhi.workbench.ui.review.QueueViewModel;
import cn.fazhi.workbench.ui.review.ReviewView;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 待审核 queue in the window (headless), driven by the keyboard only. */
@org.junit.jupiter.api.Timeout(value = 90, unit = TimeUnit.SECONDS)
class QueueUiTest extends WindowTest {

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
    void theCityBoxTakesItsColumnWithoutMeasuringTheCities() {
        clickOn("#nav-queue");
        WaitForAsyncUtils.waitForFxEvents();
        var city = lookup("#queue-city").queryAs(javafx.scene.control.ComboBox.class);
        var year = lookup("#queue-year").queryAs(javafx.scene.control.ComboBox.class);
        // measured from ~300 cities at every layout it was a cost of the review screen's passes (issue 12)
        assertNotEquals(javafx.scene.layout.Region.USE_COMPUTED_SIZE, city.getPrefWidth(), "a fixed preferred width");
        assertEquals(year.getWidth(), city.getWidth(), 1.0, "the two boxes share the row");
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
    void aValueIsAddedByDoubleClickingItsFigureInTheReportTextPressingAAndFindingTheIndicator() throws Exception {
        clickOn("#nav-queue");
        WaitForAsyncUtils.waitForFxEvents();
        ReviewView view = (ReviewView) window.screen("queue");
        QueueViewModel queue = view.queueViewModel();
        interact(() -> queue.statusProperty().set(QueueStatusFilter.VALUES));
        WaitForAsyncUtils.waitForFxEvents();
        long report = view.viewModel().reportProperty().get().id();
        var current = view.viewModel().selectedProperty().get();
        var shown = current.value().evidence(); // scrolled into view, so it can be clicked
        String text = view.viewModel().textProperty().get();
        var flow = lookup("#review-text").queryAs(javafx.scene.text.TextFlow.class);

        type(KeyCode.A);
        assertTrue(lookup("#review-message").queryAs(Label.class).getText().contains("选中"), "nothing selected: says how");

        var box = new javafx.scene.shape.Path(flow.rangeShape(shown.valueStart(), shown.valueStart() + 1)).getBoundsInLocal();
        doubleClickOn(flow.localToScreen(box.getCenterX(), box.getCenterY()), javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#review-text-selection").tryQuery().isPresent(), "the double-clicked figure is selected in the text");
        assertEquals(current, view.viewModel().selectedProperty().get(), "a click on a figure selects its own value");
        var have = wiring.session().queries().values(report).stream().map(v -> v.value().indicator()).toList();
        var missing = wiring.session().catalogue().indicators().stream().filter(i -> !have.contains(i.code()))
                .filter(i -> !i.unit().equals("%")).findFirst().orElseThrow();

        type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#add-value-dialog").tryQuery().isPresent(), "A opens 添加为指标值");
        String figure = lookup("#add-value").queryAs(javafx.scene.control.TextField.class).getText();
        assertEquals(0, new java.math.BigDecimal(figure).compareTo(current.value().value()),
                "the value is read from the selected figure: " + figure);
        var dialog = lookup("#add-value-dialog").query().getScene().getWindow();
        assertTrue(lookup("#add-find-indicator").query().isFocused(), "typing goes to the indicator search at once");
        targetWindow(dialog); // the keys go where the focus is: the robot needs to be told which window that is
        write(missing.nameZh());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        var list = (javafx.scene.control.ListView<cn.fazhi.workbench.model.Indicator>) lookup("#add-indicator-list")
                .queryAs(javafx.scene.control.ListView.class);
        assertEquals(missing, list.getSelectionModel().getSelectedItem(), "the list narrows as one types: " + list.getItems());
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        var added = wiring.session().queries().values(report).stream()
                .filter(v -> v.status() == cn.fazhi.workbench.model.ReviewStatus.MANUAL).findFirst()
                .orElseThrow(() -> new AssertionError(lookup("#review-message").queryAs(Label.class).getText()));
        assertEquals(missing.code(), added.value().indicator());
        assertEquals(0, new java.math.BigDecimal(figure).compareTo(added.value().value()));
        var evidence = added.value().evidence();
        assertTrue(evidence.start() <= shown.valueStart() && shown.valueEnd() <= evidence.end()
                && evidence.sentence().length() > figure.length() + 2, "the figure's sentence is the evidence: " + evidence.sentence());
        assertEquals(text.substring(evidence.start(), evidence.end()), evidence.sentence());
        assertEquals(shown.valueStart(), evidence.valueStart(), "the figure itself is where the evidence points");
        var history = wiring.session().queries().history(null, added.id());
        assertTrue(history.stream().anyMatch(h -> h.action().equals("add")), "audited: " + history);
    }
}

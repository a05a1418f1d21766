package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.ui.common.I18n;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The jurisdiction's name stays in view while the table scrolls right through the indicators, and down. */
@org.junit.jupiter.api.Timeout(value = 60, unit = TimeUnit.SECONDS)
class FrozenColumnsTest extends ApplicationTest {
    private ComparisonTableView view;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        this.stage = stage;
        view = new ComparisonTableView((r, v) -> { }, new Label());
        BorderPane root = new BorderPane(view.node());
        Scene scene = new Scene(root, 900, 500);
        scene.getStylesheets().add(getClass().getResource("/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theNameColumnStaysInViewWhileTheValuesScrollRightAndDown() {
        ComparisonTable t = ManyJurisdictions.table(120);
        show(ManyJurisdictions.table(3)); // the window starts with a few, then all are chosen
        show(t);
        TableView<ComparisonTableView.Row> main = view.table();
        TableView<?> frozen = frozenTable();
        assertEquals(1, frozen.getColumns().size());
        assertEquals(t.indicators().size(), main.getColumns().size(), "the name is not also in the scrolling table");
        assertEquals(120, frozen.getItems().size());

        // scroll all the way right: the frozen table does not move, its first row still names the first county
        ScrollBar hbar = onFx(() -> bar(main, Orientation.HORIZONTAL));
        assertTrue(hbar.isVisible(), "25 indicators are wider than the window");
        interact(() -> hbar.setValue(hbar.getMax()));
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> firstName = onFx(() -> firstVisibleNameCell(frozen));
        assertTrue(onFx(() -> onScreen(firstName)), "the name cell is inside the window");
        assertEquals(main.getItems().get(0).t.jurisdictions().get(main.getItems().get(0).index).fullName(), firstName.getText());

        // scroll down in the main table: the frozen table follows to the same row
        interact(() -> main.scrollTo(80));
        WaitForAsyncUtils.waitForFxEvents();
        int mainFirst = onFx(() -> firstVisible(main));
        assertTrue(mainFirst > 40);
        assertEquals(mainFirst, (int) onFx(() -> firstVisible(frozen)));
        // rows line up to the pixel: same header height, same row height, same scroll offset
        assertEquals(onFx(() -> rowY(main, mainFirst + 2)), onFx(() -> rowY(frozen, mainFirst + 2)), 0.5);

        // selecting a name selects the row of values
        interact(() -> frozen.getSelectionModel().clearAndSelect(mainFirst + 1));
        assertEquals(mainFirst + 1, main.getSelectionModel().getSelectedIndex());
    }

    @Test
    void aSmallComparisonFreezesTheIndicatorAndUnitColumns() {
        ComparisonTable t = ManyJurisdictions.table(30);
        show(t);
        TableView<?> frozen = frozenTable();
        assertEquals(2, frozen.getColumns().size());
        assertEquals(30, view.table().getColumns().size());
        assertEquals(t.indicators().size(), frozen.getItems().size());
        // the frozen table's own scroll bar takes no room: its columns fill it, no gap before the values
        assertEquals(0, onFx(() -> bar(frozen, Orientation.VERTICAL).getWidth()), 0.5);
        double columns = frozen.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        assertEquals(frozen.getWidth() - 2, columns, 1);
        assertFalse(view.table().getColumns().stream().anyMatch(c -> "compare-col-indicator".equals(c.getId())));
    }

    @Test
    void choosingNobodyAndEverybodyAgainKeepsTheColumnsAndTheirCells() {
        ComparisonTable all = ManyJurisdictions.table(120);
        ComparisonTable none = ManyJurisdictions.table(0);
        assertEquals(all.indicators(), none.indicators());
        show(all);
        var columns = List.copyOf(view.table().getColumns());
        interact(() -> view.show(none)); // 全部地区 off
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.table().getItems().isEmpty());
        interact(() -> view.show(all)); // 全部地区 on
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(120, view.table().getItems().size());
        for (int k = 0; k < columns.size(); k++) {
            assertTrue(columns.get(k) == view.table().getColumns().get(k), "column " + k + " kept, not made again");
        }
    }

    @Test
    void newColumnsGrowTheTableAFewRowsPerFrameToItsFullHeight() throws Exception {
        show(ManyJurisdictions.table(120));
        double full = view.table().getHeight();
        List<Double> heights = new java.util.concurrent.CopyOnWriteArrayList<>();
        interact(() -> view.table().heightProperty().addListener((o, a, h) -> heights.add(h.doubleValue())));
        show(ManyJurisdictions.table(3)); // other columns: the rows are made anew
        assertTrue(heights.size() >= 3, "grew in steps: " + heights);
        assertTrue(heights.get(0) < full / 2, "a few rows high first: " + heights + " of " + full);
        assertEquals(full, view.table().getHeight(), 0.5);
        assertFalse(view.growingProperty().get());
    }

    @Test
    void columnsMadeWhileTheComparisonIsReadAreKeptAndItsRowsStillGrowInSteps() throws Exception {
        ComparisonTable t = ManyJurisdictions.table(120);
        // a large comparison has started, nothing is on screen yet: the columns come a few per layout pass
        interact(() -> view.prepare(new ComingTable(t.indicators(), 120)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.table().getColumns().size() == t.indicators().size());
        var columns = List.copyOf(view.table().getColumns());
        assertEquals(1, ((TableView<?>) frozenTable()).getColumns().size());
        assertTrue(view.table().getItems().isEmpty(), "no rows before the comparison arrives");

        List<Double> heights = new java.util.concurrent.CopyOnWriteArrayList<>();
        interact(() -> view.table().heightProperty().addListener((o, a, h) -> heights.add(h.doubleValue())));
        show(t);
        for (int k = 0; k < columns.size(); k++) {
            assertTrue(columns.get(k) == view.table().getColumns().get(k), "column " + k + " kept, not made again");
        }
        assertTrue(heights.size() >= 3, "the first rows grew in steps: " + heights);
        assertEquals(120, view.table().getItems().size());
        String first = CellText.number(t.cell(0, 0), t.indicators().get(0));
        assertTrue(cellTexts().stream().anyMatch(x -> x.startsWith(first)), "the values are in their columns: " + first);
    }

    @Test
    void theFirstLargeComparisonWarmsItsCellsUpOutOfTheWindowWhileItIsReadAndOnlyOnce() throws Exception {
        ComparisonTable t = ManyJurisdictions.table(120);
        CellWarmUp warm = view.warmUp();
        interact(() -> view.prepare(new ComingTable(t.indicators(), 120)));
        // after the columns, sample cells are made in a table of their own, a row at a time, then it goes
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> warm.cellsMade() > 0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !warm.running());
        assertTrue(warm.cellsMade() >= 2 * t.indicators().size(), "a few rows of cells: " + warm.cellsMade());
        assertEquals(0, (int) onFx(() -> stage.getScene().getRoot().lookupAll(".value-cell").size()),
                "nothing of it in the window, and no real cell before the rows come");

        show(t);
        String first = CellText.number(t.cell(0, 0), t.indicators().get(0));
        assertTrue(cellTexts().stream().anyMatch(x -> x.startsWith(first)), "the real values are shown: " + first);
        // 全部地区 off, another area: new columns made ahead again, but the code is warm now
        int made = warm.cellsMade();
        interact(() -> view.show(ManyJurisdictions.table(0)));
        interact(() -> view.prepare(new ComingTable(t.indicators().subList(0, 5), 120)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.table().getColumns().size() == 5);
        for (int k = 0; k < 4; k++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(made, warm.cellsMade(), "warmed up once per window");
        assertFalse(warm.running());
    }

    @Test
    void aComparisonArrivingFirstEndsTheWarmUp() {
        ComparisonTable t = ManyJurisdictions.table(120);
        interact(() -> view.prepare(new ComingTable(t.indicators(), 120)));
        show(t); // before the columns made ahead are all there: no sample rows at all
        assertFalse(view.warmUp().running());
        assertEquals(0, view.warmUp().cellsMade());
        assertEquals(120, view.table().getItems().size());
    }

    @Test
    void aTableOnScreenKeepsItsColumnsUntilItsReplacementArrives() {
        ComparisonTable all = ManyJurisdictions.table(120);
        show(all);
        var columns = List.copyOf(view.table().getColumns());
        var fewer = new ComingTable(all.indicators().subList(0, 5), 120); // another area is being compared
        interact(() -> view.prepare(fewer));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(columns, view.table().getColumns(), "the rows on screen stay under their own indicators");
    }

    /**
     * Reads the scene graph on the FX thread: the table grows a few rows per frame, and a lookup from the test
     * thread could walk a children list while the FX thread changes it (seen once as an IndexOutOfBounds
     * inside TestFX's lookup on a loaded machine).
     */
    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(read));
        } catch (Exception e) {
            throw new AssertionError("reading the window failed", e);
        }
    }

    private TableView<?> frozenTable() {
        return onFx(() -> (TableView<?>) stage.getScene().getRoot().lookup("#compare-frozen"));
    }

    private java.util.Set<String> cellTexts() {
        return onFx(this::cellTextsOnFx);
    }

    private java.util.Set<String> cellTextsOnFx() {
        java.util.Set<String> texts = new java.util.HashSet<>();
        for (Node n : view.table().lookupAll(".value-cell")) {
            if (n instanceof TableCell<?, ?> c && c.getText() != null) {
                texts.add(c.getText());
            }
        }
        return texts;
    }

    /** Shows {@code t} and waits until the table has grown to its full height. */
    private void show(ComparisonTable t) {
        interact(() -> view.show(t));
        try {
            // grown, and laid out at full height (the window's height: the table is all there is in it)
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.growingProperty().get()
                    && Math.abs(view.table().getHeight() - stage.getScene().getHeight()) < 1);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the table did not reach its full height", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ScrollBar bar(TableView<?> t, Orientation o) {
        for (Node n : FrozenColumns.flow(t).getChildrenUnmodifiable()) {
            if (n instanceof ScrollBar b && b.getOrientation() == o) {
                return b;
            }
        }
        throw new AssertionError("no scroll bar");
    }

    private static int firstVisible(TableView<?> t) {
        IndexedCell<?> c = FrozenColumns.flow(t).getFirstVisibleCell();
        assertNotNull(c);
        return c.getIndex();
    }

    private static double rowY(TableView<?> t, int index) {
        VirtualFlow<?> f = FrozenColumns.flow(t);
        IndexedCell<?> c = f.getVisibleCell(index);
        assertNotNull(c, "row " + index + " shown");
        return c.localToScene(0, 0).getY();
    }

    private TableCell<?, ?> firstVisibleNameCell(TableView<?> frozen) {
        int first = firstVisible(frozen);
        for (Node n : frozen.lookupAll(".table-cell")) {
            if (n instanceof TableCell<?, ?> c && c.getIndex() == first && c.getText() != null) {
                return c;
            }
        }
        throw new AssertionError("no name cell");
    }

    private boolean onScreen(Node n) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        return b.getMinX() >= 0 && b.getMaxX() <= stage.getScene().getWidth() && b.getWidth() > 50;
    }
}

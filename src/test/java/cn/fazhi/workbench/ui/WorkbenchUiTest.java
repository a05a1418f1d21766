package cn.fazhi.workbench.ui;

import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.ui.common.I18n;
import cn.fazhi.workbench.ui.common.UiPrefs;
import cn.fazhi.workbench.ui.dashboard.DashboardView;
import cn.fazhi.workbench.ui.importer.ImportView;
import cn.fazhi.workbench.ui.shell.MainWindow;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main paths through the window, headless (Monocle), addressing controls by id. */
@org.junit.jupiter.api.Timeout(value = 90, unit = TimeUnit.SECONDS)
class WorkbenchUiTest extends ApplicationTest {
    @TempDir
    static Path dir;

    private AppWiring wiring;
    private MainWindow window;
    private UiPrefs prefs;

    @Override
    public void start(Stage stage) {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        prefs = new UiPrefs("cn/fazhi/workbench-test/" + UUID.randomUUID());
        Path workspace = dir.resolve(UUID.randomUUID() + "/workspace.db");
        wiring = new AppWiring(new CurrentThreadTaskRunner(), prefs, workspace);
        window = new MainWindow(wiring, stage);
        wiring.openWorkspace(workspace); // first run: creates it with the five sample reports
        window.show();
    }

    @AfterEach
    void closeWorkspace() {
        interact(() -> wiring.close());
    }

    private DashboardView dashboard() {
        return (DashboardView) window.screen("compare");
    }

    private int column(TableView<?> table, String header) {
        for (int k = 0; k < table.getColumns().size(); k++) {
            if (header.equals(table.getColumns().get(k).getText())) {
                return k;
            }
        }
        throw new AssertionError("no column " + header);
    }

    private Cell cellFor(String jurisdiction, String indicatorCode) {
        var t = dashboard().viewModel().tableProperty().get();
        int j = -1;
        for (int k = 0; k < t.jurisdictions().size(); k++) {
            if (t.jurisdictions().get(k).name().equals(jurisdiction)) {
                j = k;
            }
        }
        int i = -1;
        for (int k = 0; k < t.indicators().size(); k++) {
            if (t.indicators().get(k).code().equals(indicatorCode)) {
                i = k;
            }
        }
        return t.cell(j, i);
    }

    @Test
    void firstRunShowsTheSamplesSideBySideAndExportsWhatIsOnScreen() throws Exception {
        assertTrue(window.root().getScene().getWindow() instanceof Stage s && s.getTitle().startsWith("法治年报比对工作台"));
        clickOn("#nav-compare");
        TableView<?> table = lookup("#compare-table").queryTableView();
        column(table, "袁州区");
        column(table, "乌鲁木齐县");
        assertEquals(3, table.getColumns().size(), "the three 2022 reports (indicator and unit are frozen beside them)");
        assertEquals(2, lookup("#compare-frozen").queryTableView().getColumns().size());
        assertEquals("7,352", cn.fazhi.workbench.ui.dashboard.DashboardViewTexts.number(cellFor("袁州区", "mediation.disputes")));

        Path xlsx = dir.resolve("exports/" + UUID.randomUUID() + ".xlsx");
        interact(() -> dashboard().exportTo(xlsx));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane done = lookup(".dialog-pane").query();
        assertTrue(done.getContentText().contains(xlsx.getFileName().toString()), done.getContentText());
        clickOn(done.lookupButton(ButtonType.OK));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals("摘要", wb.getSheetAt(0).getSheetName()); // the one-page summary first (issue 13)
            assertEquals("比对总表", wb.getSheetAt(1).getSheetName());
            assertEquals(3 + 2 + 5, wb.getSheetAt(1).getRow(0).getLastCellNum(), "the same three jurisdictions");
        }
    }

    @Test
    void theComparisonWritesTheBriefingOfItsYearAndProvince() throws Exception {
        clickOn("#nav-compare");
        assertTrue(lookup("#compare-briefing").tryQuery().isPresent(), "比对 → 生成通报");
        Path docx = dir.resolve("exports/" + UUID.randomUUID() + ".docx");
        interact(() -> dashboard().writeBriefingTo(docx));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane done = lookup(".dialog-pane").query();
        assertEquals("通报已生成", done.getHeaderText());
        assertTrue(done.getContentText().contains(docx.getFileName().toString()), done.getContentText());
        clickOn(done.lookupButton(ButtonType.OK));
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
            String all = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", String::concat);
            assertTrue(all.contains("2022"), "the year on screen");
        }
    }

    @Test
    void importingAFolderWithABadFileListsEveryFileWithItsReason() throws Exception {
        Path folder = Files.createDirectories(dir.resolve(UUID.randomUUID().toString()));
        Files.writeString(folder.resolve("a-tongshan.txt"),
                "通山县2022年度法治政府建设情况报告\n一、主要成效\n全县共调处矛盾纠纷274件，调处成功率达到100%。\n");
        Files.writeString(folder.resolve("b-broken.docx"), "this is not a Word file");
        clickOn("#nav-import");
        ImportView view = (ImportView) window.screen("import");
        interact(() -> view.importPaths(List.of(folder)));
        TableView<?> results = lookup("#import-results").queryTableView();
        assertEquals(2, results.getItems().size());
        String summary = lookup("#import-summary").queryAs(Label.class).getText();
        assertTrue(summary.contains("导入 1") && summary.contains("失败 1"), summary);
        var failed = view.viewModel().outcomes().get(1);
        assertEquals(cn.fazhi.workbench.workflow.ImportReason.CORRUPT, failed.reason(), failed.toString());
        assertTrue(failed.detail().contains(".docx"), "the log says why: " + failed.detail());
        clickOn("#nav-compare");
        TableView<?> table = lookup("#compare-table").queryTableView();
        column(table, "通山县");
    }

    @Test
    void aCorrectedValueIsWhatTheComparisonShows() {
        clickOn("#nav-reports");
        TableView<cn.fazhi.workbench.model.ReportSummary> reports = lookup("#reports-table").queryTableView();
        clickOn("#reports-filter").write("袁州");
        assertEquals(1, reports.getItems().size());
        interact(() -> reports.getSelectionModel().select(0));
        clickOn("#reports-open");
        TableView<cn.fazhi.workbench.model.StoredValue> values = lookup("#review-values").queryTableView();
        int row = -1;
        for (int k = 0; k < values.getItems().size(); k++) {
            if (values.getItems().get(k).value().indicator().equals("mediation.disputes")) {
                row = k;
            }
        }
        final int r = row;
        interact(() -> values.getSelectionModel().select(r));
        clickOn("#review-correct");
        WaitForAsyncUtils.waitForFxEvents();
        TextField number = lookup("#correct-value").queryAs(TextField.class);
        interact(() -> number.setText("7353"));
        DialogPane dialog = lookup(".dialog-pane").query();
        clickOn(dialog.lookupButton(ButtonType.OK));
        assertEquals("已更正，已保存。", lookup("#review-message").queryAs(Label.class).getText());
        assertTrue(lookup("#review-history").queryListView().getItems().size() >= 1);
        Button undo = lookup("#review-undo").queryButton();
        assertTrue(!undo.isDisabled(), "the correction can be undone");

        clickOn("#nav-compare");
        assertEquals("7,353", cn.fazhi.workbench.ui.dashboard.DashboardViewTexts.number(cellFor("袁州区", "mediation.disputes")));
        assertEquals(cn.fazhi.workbench.model.ReviewStatus.CORRECTED, cellFor("袁州区", "mediation.disputes").status());
    }

    @Test
    void everyScreenOpensFromTheRail() {
        for (String id : new String[]{"#nav-import", "#nav-reports", "#nav-compare", "#nav-catalogue", "#nav-settings"}) {
            clickOn(id);
            Node shown = lookup(id).query();
            assertTrue(((javafx.scene.control.ToggleButton) shown).isSelected(), id);
            if (id.equals("#nav-catalogue")) {
                TableView<?> indicators = lookup("#catalogue-table").queryTableView();
                int before = indicators.getItems().size();
                assertTrue(before >= 20);
                var view = (cn.fazhi.workbench.ui.catalogue.CatalogueView) window.screen("catalogue");
                interact(() -> view.addIndicator(new cn.fazhi.workbench.workflow.Catalogues.NewIndicator("custom.visits",
                        "法律咨询", "", "人次", false, "neutral", "disputes", "legal_aid", List.of("法律咨询"), false)));
                assertEquals(before + 1, indicators.getItems().size());
                assertTrue(lookup("#catalogue-message").queryAs(Label.class).getText().contains("法律咨询"));
            }
        }
        assertEquals("04-01", lookup("#settings-deadline").queryAs(TextField.class).getText());
    }

    @Test
    void theTreeUnticksAndTicksEverythingAtOnceAndFiltersBySearch() {
        clickOn("#nav-compare");
        @SuppressWarnings("unchecked")
        var tree = (javafx.scene.control.TreeView<String>) lookup("#compare-jurisdictions").query();
        var root = (javafx.scene.control.CheckBoxTreeItem<String>) tree.getRoot();
        interact(() -> root.setSelected(false));
        assertTrue(dashboard().viewModel().tableProperty().get().isEmpty(), "nothing chosen, nothing compared");
        assertEquals("所选范围内没有报告。请导入报告，或调整年度和地区。", lookup("#compare-placeholder").queryAs(Label.class).getText());
        interact(() -> root.setSelected(true));
        assertEquals(3, dashboard().viewModel().tableProperty().get().jurisdictions().size());
        assertTrue(dashboard().viewModel().chosen().isEmpty(), "everything ticked is 'all'");
        clickOn("#compare-search").write("袁州");
        var leaves = new java.util.ArrayList<String>();
        java.util.function.Consumer<javafx.scene.control.TreeItem<String>>[] walk = new java.util.function.Consumer[1];
        walk[0] = item -> {
            if (item.getChildren().isEmpty()) {
                leaves.add(item.getValue());
            }
            item.getChildren().forEach(walk[0]);
        };
        walk[0].accept(tree.getRoot());
        assertEquals(List.of("袁州区"), leaves);
    }

    /** 未报送 reads nothing (not even the gazetteer's provinces) until its tab is opened: start-up leaves the workers to the comparison. */
    @Test
    void theNotReportedTabComputesOnlyOnceItIsOpened() {
        clickOn("#nav-compare");
        assertEquals(3, dashboard().viewModel().tableProperty().get().jurisdictions().size());
        // the tab's content joins the window only when the tab is first opened (the start styles no hidden tab)
        assertTrue(lookup("#missing-summary").tryQuery().isEmpty(), "未报送's content is in the window before it is opened");
        var tabs = (javafx.scene.control.TabPane) lookup("#compare-tabs").query();
        interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "tab-missing".equals(t.getId())).findFirst().orElseThrow()));
        Label summary = lookup("#missing-summary").queryAs(Label.class);
        @SuppressWarnings("unchecked")
        var province = (javafx.scene.control.ComboBox<String>) lookup("#missing-province").query();
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary.getText().contains("2022"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no summary: " + summary.getText(), e);
        }
        assertTrue(province.getItems().size() > 30, "the gazetteer's provinces: " + province.getItems());
    }

    private static final java.util.regex.Pattern ENGLISH_WORD = java.util.regex.Pattern.compile("[A-Za-z]{3,}");

    /**
     * The Chinese window words what the core returns as codes: no English word in the import's results
     * (status and reason of a failed, an empty, a duplicate and a skipped-free batch), and the dialogs'
     * buttons in Chinese whatever the OS locale.
     */
    @Test
    void theChineseWindowShowsNoEnglishFromTheCore() throws Exception {
        Path folder = Files.createDirectories(dir.resolve(UUID.randomUUID().toString()));
        String report = "通山县2022年度法治政府建设情况报告\n一、主要成效\n全县共调处矛盾纠纷274件，调处成功率达到100%。\n";
        Files.writeString(folder.resolve("a-tongshan.txt"), report);
        Files.writeString(folder.resolve("b-same.txt"), report);
        Files.writeString(folder.resolve("c-broken.docx"), "this is not a Word file");
        Files.write(folder.resolve("d-empty.pdf"), new byte[0]);
        Files.writeString(folder.resolve("e-broken.pdf"), "not a pdf either");
        clickOn("#nav-import");
        ImportView view = (ImportView) window.screen("import");
        interact(() -> view.importPaths(List.of(folder)));
        TableView<?> results = lookup("#import-results").queryTableView();
        assertEquals(5, results.getItems().size());
        for (String header : new String[]{"结果", "说明"}) {
            var col = results.getColumns().get(column(results, header));
            for (int r = 0; r < results.getItems().size(); r++) {
                String text = String.valueOf(col.getCellData(r));
                assertTrue(!ENGLISH_WORD.matcher(text).find() && !text.startsWith("!"), header + " of row " + r + ": " + text);
            }
        }
        String summary = lookup("#import-summary").queryAs(Label.class).getText();
        assertTrue(!ENGLISH_WORD.matcher(summary).find(), summary);

        clickOn("#nav-compare");
        clickOn("#compare-save-group"); // a dialog with OK and Cancel
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("确定", ((Button) pane.lookupButton(ButtonType.OK)).getText());
        assertEquals("取消", ((Button) pane.lookupButton(ButtonType.CANCEL)).getText());
        interact(() -> ((Button) pane.lookupButton(ButtonType.CANCEL)).fire());
    }
}

package cn.fazhi.workbench.ui.scorecard;

import cn.fazhi.workbench.scorecard.ReportScore;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.CurrentThreadTaskRunner;
import cn.fazhi.workbench.ui.common.I18n;
import cn.fazhi.workbench.ui.common.UiPrefs;
import cn.fazhi.workbench.ui.shell.MainWindow;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 报告评分 in the headless window: a sheet per 地市, Chinese words, the workbook and the 通报 written from it. */
@org.junit.jupiter.api.Timeout(value = 90, unit = TimeUnit.SECONDS)
class ScorecardUiTest extends ApplicationTest {
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
        wiring.openWorkspace(workspace); // the five sample reports; 袁州区 2022 is in 江西省宜春市
        window.show();
    }

    @AfterEach
    void closeWorkspace() {
        interact(() -> wiring.close());
    }

    @Test
    void scoresACityAndWritesTheWorkbookAndTheBriefing() throws Exception {
        clickOn("#nav-scorecard");
        ComboBox<Integer> year = lookup("#scorecard-year").query();
        ComboBox<String> province = lookup("#scorecard-province").query();
        ComboBox<String> city = lookup("#scorecard-city").query();
        interact(() -> {
            year.setValue(2022);
            province.setValue("江西省");
            city.setValue("宜春市");
        });
        clickOn("#scorecard-score");
        TabPane sheets = lookup("#scorecard-sheets").query();
        assertEquals(1, sheets.getTabs().size(), "one sheet for 宜春市");
        assertTrue(sheets.getTabs().get(0).getText().startsWith("宜春市"), sheets.getTabs().get(0).getText());
        @SuppressWarnings("unchecked")
        TableView<ReportScore> table = (TableView<ReportScore>) sheets.getTabs().get(0).getContent();
        assertEquals(10, table.getItems().size(), "the ten county-level divisions of 宜春市");
        ReportScore yuanzhou = table.getItems().stream().filter(r -> r.jurisdiction().name().equals("袁州区")).findFirst().orElseThrow();
        assertEquals(ReportScore.Timeliness.ON_TIME, yuanzhou.timeliness());
        assertEquals("举措成效", table.getColumns().get(3).getText());
        String summary = ((Label) lookup("#scorecard-summary").query()).getText();
        assertTrue(summary.startsWith("2022年度：应报 10 个县级地区，工作区中有报告 1 份"), summary);

        String shot = System.getProperty("fazhi.scorecardShot");
        if (shot != null) { // a maintainer's look at the screen: -Dfazhi.scorecardShot=FILE.png
            interact(() -> save(table.getScene(), Path.of(shot)));
        }
        ScorecardView view = (ScorecardView) window.screen("scorecard");
        Path xlsx = dir.resolve("评分.xlsx");
        Path docx = dir.resolve("通报.docx");
        interact(() -> view.exportExcelTo(xlsx));
        interact(() -> view.writeBriefingTo(docx));
        assertTrue(Files.size(xlsx) > 0 && Files.size(docx) > 0);
        assertTrue(((Label) lookup("#scorecard-summary").query()).getText().contains("通报.docx"));
    }

    private static void save(javafx.scene.Scene scene, Path file) {
        javafx.scene.image.WritableImage img = scene.snapshot(null);
        var out = new java.awt.image.BufferedImage((int) img.getWidth(), (int) img.getHeight(),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, img.getPixelReader().getArgb(x, y));
            }
        }
        try {
            javax.imageio.ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

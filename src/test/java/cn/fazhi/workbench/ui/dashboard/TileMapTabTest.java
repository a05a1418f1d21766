package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.CurrentThreadTaskRunner;
import cn.fazhi.workbench.ui.common.I18n;
import cn.fazhi.workbench.ui.common.Navigator;
import cn.fazhi.workbench.ui.common.UiPrefs;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 地图块 on the sample workspace: drawn when opened, the mouse on a tile names it, a click opens its profile. */
@org.junit.jupiter.api.Timeout(value = 60, unit = TimeUnit.SECONDS)
class TileMapTabTest extends ApplicationTest {
    @TempDir
    static Path dir;
    private AppWiring wiring;
    private DashboardView view;

    @Override
    public void start(Stage stage) {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        Path ws = dir.resolve(UUID.randomUUID() + "/ws.db");
        wiring = new AppWiring(new CurrentThreadTaskRunner(), new UiPrefs("cn/fazhi/workbench-test/" + UUID.randomUUID()), ws);
        wiring.openWorkspace(ws);
        view = new DashboardView(wiring, new Navigator() {
            @Override
            public void go(String id) {
            }

            @Override
            public void openReview(long reportId, Long valueId) {
            }

            @Override
            public void openReports(boolean attentionOnly) {
            }
        });
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1200, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        interact(() -> wiring.close());
    }

    @Test
    void hoveringATileNamesItAndAClickOpensItsProfile() {
        interact(() -> {
            view.viewModel().yearProperty().set(2022);
            view.viewModel().recompute();
        });
        TabPane tabs = lookup("#compare-tabs").query();
        interact(() -> tabs.getTabs().stream().filter(t -> "tab-tiles".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        WaitForAsyncUtils.waitForFxEvents();
        Label note = lookup("#tiles-note").query();
        assertTrue(note.getText().contains("个地区"), note.getText());
        TileMapTab tab = (TileMapTab) view.tab("tab-tiles");
        TileMap m = tab.shown();
        TileMap.Placement p = tab.placement();
        ComparisonTable t = view.viewModel().tableProperty().get();
        assertEquals(t.jurisdictions().size(), m.tiles(), "a tile per jurisdiction compared");
        int last = m.blocks().size() - 1;
        TileMap.Tile tile = m.blocks().get(last).tiles().get(0);
        Canvas canvas = lookup("#tiles-canvas").query();
        Point2D centre = canvas.localToScreen(new Point2D(p.tileX(last, 0) + p.side() / 2, p.tileY(last, 0) + p.side() / 2));
        moveTo(centre);
        WaitForAsyncUtils.waitForFxEvents();
        Label hover = lookup("#tiles-hover").query();
        assertTrue(hover.getText().startsWith(tile.fullName() + " · "), hover.getText());
        assertTrue(hover.getText().endsWith(tile.text()), hover.getText());
        clickOn(centre);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("tab-profile", tabs.getSelectionModel().getSelectedItem().getId());
        assertEquals(tile.fullName(), view.viewModel().pickers().profileJurisdictionProperty().get().fullName());

        // one county of 江西省 alone, and the province's other divisions (no report in the workspace) beside it
        interact(() -> {
            view.viewModel().setChosen(java.util.List.of("江西省宜春市袁州区"));
            view.viewModel().recompute();
        });
        interact(() -> tabs.getTabs().stream().filter(x -> "tab-tiles".equals(x.getId())).findFirst()
                .ifPresent(x -> tabs.getSelectionModel().select(x)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, tab.shown().tiles());
        clickOn("#tiles-unreported");
        WaitForAsyncUtils.waitForFxEvents();
        TileMap withGazetteer = tab.shown();
        assertTrue(withGazetteer.tiles() > 50, "江西省 has about a hundred county-level divisions: " + withGazetteer.tiles());
        long unreported = withGazetteer.blocks().stream().flatMap(b -> b.tiles().stream()).filter(x -> x.jurisdiction() < 0).count();
        assertEquals(withGazetteer.tiles() - 1, unreported, "all but 袁州区 have no report");
        assertTrue(withGazetteer.blocks().stream().anyMatch(b -> b.name().equals("宜春市")), "blocks named by city within one province");
    }
}

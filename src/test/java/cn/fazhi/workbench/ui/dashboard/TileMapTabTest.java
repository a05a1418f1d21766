package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.ComparisonTable;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 地图块 on the sample workspace: drawn when opened, the mouse on a tile names it, a click opens its profile. */
@org.junit.jupiter.api.Timeout(value = 60, unit = TimeUnit.SECONDS)
class TileMapTabTest extends SampleDashboardTest {
    @Test
    void hoveringATileNamesItAndAClickOpensItsProfile() {
        TabPane tabs = openTab(2022, "tab-tiles");
        Label note = lookup("#tiles-note").query();
        assertTrue(note.getText().contains("个地区"), note.getText());
        TileMapTab tab = (TileMapTab) view.tab("tab-tiles");
        TileMap m = tab.shown();
        TileMapLayout.Placement p = tab.placement();
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

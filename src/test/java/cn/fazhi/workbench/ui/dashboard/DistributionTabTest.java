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

/** 分布 on the sample workspace: drawn when opened, and the mouse on a dot names the county and its figure. */
@org.junit.jupiter.api.Timeout(value = 60, unit = TimeUnit.SECONDS)
class DistributionTabTest extends ApplicationTest {
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
    void hoveringADotNamesTheJurisdictionAndItsFigure() {
        interact(() -> {
            view.viewModel().yearProperty().set(2022);
            view.viewModel().recompute();
        });
        TabPane tabs = lookup("#compare-tabs").query();
        interact(() -> tabs.getTabs().stream().filter(t -> "tab-distribution".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        WaitForAsyncUtils.waitForFxEvents();
        Label note = lookup("#distribution-note").query();
        assertTrue(note.getText().contains("个地区披露"), note.getText());
        ComparisonTable t = view.viewModel().tableProperty().get();
        var ind = view.viewModel().pickers().provinceIndicatorProperty().get();
        Canvas canvas = lookup("#distribution-canvas").query();
        Distribution d = Distribution.of(t, t.indicators().indexOf(ind), c -> "");
        Distribution.Dot dot = d.strips().get(0).dots().get(0);
        moveTo(canvas.localToScreen(new Point2D(d.x(dot.value(), canvas.getWidth()), Distribution.y(0, 0))));
        WaitForAsyncUtils.waitForFxEvents();
        Label hover = lookup("#distribution-hover").query();
        assertTrue(hover.getText().startsWith(dot.fullName() + " · "), hover.getText());
        moveTo(canvas.localToScreen(new Point2D(5, canvas.getHeight() - 5)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(" ", hover.getText());
    }
}

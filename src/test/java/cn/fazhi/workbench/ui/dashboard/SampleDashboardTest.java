package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.CurrentThreadTaskRunner;
import cn.fazhi.workbench.ui.common.I18n;
import cn.fazhi.workbench.ui.common.Navigator;
import cn.fazhi.workbench.ui.common.UiPrefs;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/** The 比对 screen alone on a new workspace of the five samples, for the tests of one of its tabs. */
abstract class SampleDashboardTest extends ApplicationTest {
    @TempDir
    static Path dir;
    AppWiring wiring;
    DashboardView view;

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

    /** Compares {@code year} and brings the tab {@code tabId} to the front; returns the tabs. */
    TabPane openTab(int year, String tabId) {
        interact(() -> {
            view.viewModel().yearProperty().set(year);
            view.viewModel().recompute();
        });
        TabPane tabs = lookup("#compare-tabs").query();
        interact(() -> tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        WaitForAsyncUtils.waitForFxEvents();
        return tabs;
    }
}

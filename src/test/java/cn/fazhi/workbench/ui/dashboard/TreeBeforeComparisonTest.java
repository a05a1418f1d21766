package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.JurisdictionLevel;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.FxTaskRunner;
import cn.fazhi.workbench.ui.common.I18n;
import cn.fazhi.workbench.ui.common.UiPrefs;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A load's first comparison waits until the 地区 tree shows the new choices: read beside it, the comparison made
 * the tree's callback (the start's longest) wait for a core and meet the read's collections (issue 12).
 */
@org.junit.jupiter.api.Timeout(value = 60, unit = TimeUnit.SECONDS)
class TreeBeforeComparisonTest extends ApplicationTest {
    private JurisdictionTree tree;
    private DashboardViewModel vm;

    @Override
    public void start(Stage stage) {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        AppWiring wiring = new AppWiring(new FxTaskRunner(), new UiPrefs("cn/fazhi/workbench-test/" + UUID.randomUUID()),
                Path.of("no-workspace-opened.db"));
        vm = new DashboardViewModel(wiring);
        tree = new JurisdictionTree(vm, wiring.tasks());
        BorderPane root = new BorderPane(new Region());
        SelectionPane pane = new SelectionPane(vm, tree);
        pane.addTree();
        root.setLeft(pane.node());
        stage.setScene(new Scene(root, 1280, 740));
        stage.show();
    }

    @Test
    void whatWaitsForNewChoicesRunsOnceTheTreeHoldsThem() {
        AtomicInteger leavesWhenRun = new AtomicInteger(-1);
        interact(() -> {
            vm.available().setAll(counties(400));
            tree.whenShown(() -> leavesWhenRun.set(leaves()));
            assertEquals(-1, leavesWhenRun.get(), "the tree is built in the background: the comparison waits");
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(400, leavesWhenRun.get(), "it ran once the tree showed every county");
    }

    @Test
    void theListJoinsTheFiltersLater() {
        // at start the search box and filters are laid out a frame before the list (DashboardView's steps, issue 12)
        interact(() -> {
            AppWiring wiring = new AppWiring(new FxTaskRunner(),
                    new UiPrefs("cn/fazhi/workbench-test/" + UUID.randomUUID()), Path.of("no-workspace-opened.db"));
            DashboardViewModel model = new DashboardViewModel(wiring);
            SelectionPane pane = new SelectionPane(model, new JurisdictionTree(model, wiring.tasks()));
            pane.addTreeFilters();
            assertEquals(0, pane.node().lookupAll("#compare-jurisdictions").size(), "filters first");
            assertEquals(1, pane.node().lookupAll("#compare-search").size(), "the search box is there");
            pane.addTree();
            pane.addTree(); // once only
            assertEquals(1, pane.node().lookupAll("#compare-jurisdictions").size(), "then the list");
        });
    }

    @Test
    void withNoTreeBeingBuiltItRunsAtOnce() {
        interact(() -> vm.available().setAll(counties(3)));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        AtomicInteger ran = new AtomicInteger();
        interact(() -> tree.whenShown(ran::incrementAndGet));
        assertEquals(1, ran.get());
    }

    private int leaves() {
        @SuppressWarnings("unchecked")
        TreeView<String> view = lookup("#compare-jurisdictions").queryAs(TreeView.class);
        return view.getRoot() == null ? 0 : countLeaves(view.getRoot());
    }

    private static int countLeaves(TreeItem<String> item) {
        if (item.getChildren().isEmpty()) {
            return item.getParent() == null ? 0 : 1;
        }
        int n = 0;
        for (TreeItem<String> c : item.getChildren()) {
            n += countLeaves(c);
        }
        return n;
    }

    private static List<Jurisdiction> counties(int n) {
        List<Jurisdiction> js = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String code = String.format("33%02d%02d", k / 50 + 1, k % 50 + 1);
            String city = "城" + (k / 50) + "市";
            js.add(new Jurisdiction(code, "县" + k, "浙江省" + city + "县" + k, JurisdictionLevel.COUNTY,
                    code.substring(0, 4) + "00", "浙江省", city));
        }
        return js;
    }
}

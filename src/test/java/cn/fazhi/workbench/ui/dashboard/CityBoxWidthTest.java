package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.JurisdictionLevel;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.CurrentThreadTaskRunner;
import cn.fazhi.workbench.ui.common.I18n;
import cn.fazhi.workbench.ui.common.UiPrefs;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
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

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The 地区 tree's city box fills its row beside the level box, and its width is not measured from the cities it
 * offers: measuring ~300 of them was most of the longest layout pass of the window's start (issue 12).
 */
@org.junit.jupiter.api.Timeout(value = 60, unit = TimeUnit.SECONDS)
class CityBoxWidthTest extends ApplicationTest {
    private DashboardViewModel vm;

    @Override
    public void start(Stage stage) {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        AppWiring wiring = new AppWiring(new CurrentThreadTaskRunner(), new UiPrefs("cn/fazhi/workbench-test/" + UUID.randomUUID()),
                Path.of("no-workspace-opened.db"));
        vm = new DashboardViewModel(wiring);
        BorderPane root = new BorderPane(new Region());
        SelectionPane pane = new SelectionPane(vm, new JurisdictionTree(vm, wiring.tasks()));
        pane.addTree();
        pane.addTheRest();
        root.setLeft(pane.node());
        Scene scene = new Scene(root, 1280, 740);
        scene.getStylesheets().add(getClass().getResource("/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theCityBoxFillsItsRowWhateverTheCitiesItOffers() {
        offer(2, "市");
        ComboBox<?> city = lookup("#compare-city").queryAs(ComboBox.class);
        ComboBoxBase<?> level = lookup("#compare-level").queryAs(ComboBoxBase.class);
        HBox row = (HBox) city.getParent();
        double fewWidth = city.getWidth();
        assertEquals(row.getWidth() - level.getWidth() - row.getSpacing(), fewWidth, 0.5, "the city box fills the row");

        offer(300, "维吾尔自治区伊犁哈萨克自治州直属县级行政单位市"); // long names: measured, the box would ask for far more
        assertEquals(301, city.getItems().size(), "every city is offered, and 全部地市");
        assertEquals(JurisdictionTree.CITY_PREF_WIDTH, city.prefWidth(-1), "its width is not measured from the cities");
        assertEquals(fewWidth, city.getWidth(), 0.5, "the same width as with two cities");
        assertEquals(row.getWidth() - level.getWidth() - row.getSpacing(), city.getWidth(), 0.5);
    }

    /** What can be chosen: {@code cities} cities of one county each. */
    private void offer(int cities, String suffix) {
        List<Jurisdiction> js = new ArrayList<>();
        for (int k = 0; k < cities; k++) {
            String code = String.format("65%02d%02d", k / 100 + 1, k % 100 + 1);
            String city = "城" + k + suffix;
            js.add(new Jurisdiction(code, "测试县", "新疆" + city + "测试县", JurisdictionLevel.COUNTY, code.substring(0, 4) + "00",
                    "新疆维吾尔自治区", city));
        }
        interact(() -> vm.available().setAll(js));
        WaitForAsyncUtils.waitForFxEvents();
    }
}

package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.ComparisonTable;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 分布 on the sample workspace: drawn when opened, and the mouse on a dot names the county and its figure. */
@org.junit.jupiter.api.Timeout(value = 60, unit = TimeUnit.SECONDS)
class DistributionTabTest extends SampleDashboardTest {
    @Test
    void hoveringADotNamesTheJurisdictionAndItsFigure() {
        openTab(2022, "tab-distribution");
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

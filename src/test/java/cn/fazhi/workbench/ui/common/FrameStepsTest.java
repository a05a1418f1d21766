package cn.fazhi.workbench.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A screen's parts join the window one frame apart, in order, and only once the screen is in a scene. */
@org.junit.jupiter.api.Timeout(value = 60, unit = TimeUnit.SECONDS)
class FrameStepsTest extends ApplicationTest {
    private StackPane root;
    private final List<Integer> pulsesWhenRun = new CopyOnWriteArrayList<>();
    private volatile int pulses;

    @Override
    public void start(Stage stage) {
        root = new StackPane();
        Scene scene = new Scene(root, 300, 200);
        scene.addPostLayoutPulseListener(() -> pulses++);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void stepsRunInOrderAFrameApartOnceTheAnchorIsShown() throws Exception {
        Label anchor = new Label("screen");
        interact(() -> FrameSteps.whenShown(anchor, List.of(() -> pulsesWhenRun.add(pulses), () -> pulsesWhenRun.add(pulses),
                () -> pulsesWhenRun.add(pulses))));
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertTrue(pulsesWhenRun.isEmpty(), "nothing while the anchor is in no scene");

        interact(() -> root.getChildren().add(anchor));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pulsesWhenRun.size() == 3);
        assertTrue(pulsesWhenRun.get(0) < pulsesWhenRun.get(1) && pulsesWhenRun.get(1) < pulsesWhenRun.get(2),
                "a pulse between each two steps: " + pulsesWhenRun);
    }

    @Test
    void anAnchorAlreadyShownStartsAtTheNextFrame() throws Exception {
        Label anchor = new Label("screen");
        interact(() -> root.getChildren().add(anchor));
        interact(() -> FrameSteps.whenShown(anchor, List.of(() -> pulsesWhenRun.add(pulses))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pulsesWhenRun.size() == 1);
        assertEquals(1, pulsesWhenRun.size());
    }
}

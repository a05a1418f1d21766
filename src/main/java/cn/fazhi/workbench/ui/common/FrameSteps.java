package cn.fazhi.workbench.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Puts the parts of a screen into the window one frame apart, once the screen is in a scene. The first time a
 * kind of control is styled and laid out costs the FX thread far more than later (classes loaded, code not yet
 * compiled): 比对 built and laid out in one pulse kept it busy about 500 ms at start on a 2-core machine (issue 12).
 * Spread over frames, each pulse pays for one part, the window is painted between them, and the work in all is the
 * same. A screen that is never put in a scene never gets them (a test that builds one part alone adds what it needs).
 */
public final class FrameSteps {
    private final Deque<Runnable> steps;

    private FrameSteps(List<Runnable> steps) {
        this.steps = new ArrayDeque<>(steps);
    }

    /** Runs {@code steps} in order, each after the pulse that laid out the previous one, from when {@code anchor} is in a scene. */
    public static void whenShown(Node anchor, List<Runnable> steps) {
        FrameSteps s = new FrameSteps(steps);
        if (anchor.getScene() != null) {
            s.next(anchor.getScene());
            return;
        }
        anchor.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene scene) {
                if (scene != null) {
                    anchor.sceneProperty().removeListener(this);
                    s.next(scene);
                }
            }
        });
    }

    /** Runs {@code then} on the FX thread after the next pulse has laid the scene out and handed it to the renderer. */
    public static void afterNextFrame(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private void next(Scene scene) {
        if (!steps.isEmpty()) {
            afterNextFrame(scene, () -> {
                steps.poll().run();
                next(scene);
            });
        }
    }
}

package cn.fazhi.workbench.ui.shell;

import cn.fazhi.workbench.ui.common.Fonts;
import cn.fazhi.workbench.ui.common.UiPrefs;
import cn.fazhi.workbench.ui.common.FrameSteps;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * What the window shows while the main window is being built: the name and "正在打开工作区……". JavaFX's first
 * scene pays for loading the controls, parsing the style sheets and the Chinese font whatever it holds (measured:
 * a scene with one label 335–417 ms of FX-thread CPU on this machine under load, after which the main window took
 * 370–430 ms instead of 1,100–1,240). Showing this light scene first puts a frame on screen after that first cost
 * alone; the main window then replaces its root in the same scene (issue 12).
 */
final class StartScreen {
    private StartScreen() {
    }

    /** Shows the start screen in {@code stage}, sized as the main window will be. */
    static Scene show(Stage stage, UiPrefs prefs) {
        Label name = new Label(tr("app.title"));
        name.getStyleClass().add("start-title");
        Label opening = new Label(tr("status.opening"));
        opening.getStyleClass().add("start-message");
        VBox box = new VBox(12, name, opening);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("start-screen");
        box.setStyle("-fx-font-family: \"" + Fonts.FAMILY + "\";");
        double[] size = MainWindow.initialSize(prefs);
        Scene scene = new Scene(box, size[0], size[1]);
        scene.getStylesheets().add(StartScreen.class.getResource(MainWindow.CSS).toExternalForm());
        if (!stage.titleProperty().isBound()) { // a stage that showed a main window before keeps its binding
            stage.setTitle(tr("app.title"));
        }
        stage.setScene(scene);
        stage.show();
        return scene;
    }

    /** Runs {@code then} on the FX thread after the next pulse has laid the scene out, so the start screen is painted first. */
    static void afterFirstFrame(Scene scene, Runnable then) {
        FrameSteps.afterNextFrame(scene, then);
    }
}

package cn.fazhi.workbench.ui.shell;

import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.common.Dialogs;
import cn.fazhi.workbench.ui.common.Fonts;
import cn.fazhi.workbench.ui.common.Navigator;
import cn.fazhi.workbench.ui.common.Screen;
import cn.fazhi.workbench.ui.reports.ReportsView;
import cn.fazhi.workbench.ui.review.ReviewView;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * The main window: a navigation rail built from {@link Screens#ALL}, the current screen, and a status bar
 * with the workspace and the progress of the running job.
 */
public final class MainWindow implements Navigator {
    public static final String CSS = "/ui/app.css";

    private final AppWiring wiring;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ToggleGroup nav = new ToggleGroup();
    private final Map<String, Screens.Entry> entries = new LinkedHashMap<>();
    private final Map<String, Screen> built = new HashMap<>();
    private final Map<String, ToggleButton> buttons = new HashMap<>();
    private Screen current;

    public MainWindow(AppWiring wiring, Stage stage) {
        this.wiring = wiring;
        this.stage = stage;
        Screens.ALL.forEach(e -> entries.put(e.id(), e));
        root.getStyleClass().add("app-root");
        root.setLeft(rail());
        root.setCenter(content);
        root.setBottom(statusBar());
        wiring.onOpenFailure(t -> Dialogs.error(stage, tr("error.openWorkspace"), t));
    }

    public Parent root() {
        return root;
    }

    /**
     * Shows the window. A stage that already has a scene (the {@link StartScreen}'s) keeps it and gets this
     * window as its root, so the window does not change size or flash.
     */
    public void show() {
        showShell();
        go(wiring.prefs().get("screen", Screens.FIRST));
    }

    /**
     * Shows the rail, the status bar and "正在打开工作区……" where the screen will be, then builds the remembered screen
     * after that frame is painted, then runs {@code thenWithScreen}. The main window's first pulse laid out the rail and the whole 比对 screen at once
     * (510 ms of FX thread at start on a 2-core machine, issue 12); in two pulses each pays for half of it.
     */
    public void showInSteps(Runnable thenWithScreen) {
        showShell();
        StartScreen.afterFirstFrame(stage.getScene(), () -> {
            go(wiring.prefs().get("screen", Screens.FIRST));
            thenWithScreen.run();
        });
    }

    private void showShell() {
        Scene scene = stage.getScene();
        if (scene == null) {
            double[] size = initialSize(wiring.prefs());
            scene = new Scene(root, size[0], size[1]);
        } else {
            scene.setRoot(root);
        }
        String css = getClass().getResource(CSS).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        Scene shown = scene;
        root.setStyle("-fx-font-family: \"" + Fonts.FAMILY + "\";");
        for (Screens.Entry e : entries.values()) {
            for (KeyCombination k : e.shortcuts()) {
                scene.getAccelerators().put(k, () -> go(e.id()));
            }
        }
        stage.setScene(scene);
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> tr("app.title") + " — "
                + (wiring.workspacePathProperty().get() == null ? "" : wiring.workspacePathProperty().get().getFileName()),
                wiring.workspacePathProperty()));
        stage.setOnCloseRequest(e -> {
            wiring.prefs().putDouble("window.width", shown.getWidth());
            wiring.prefs().putDouble("window.height", shown.getHeight());
            wiring.close();
        });
        if (current == null) {
            Label opening = new Label(tr("status.opening"));
            opening.getStyleClass().add("start-message");
            content.getChildren().setAll(opening);
        }
        stage.show();
    }

    /** Width and height: fits a 1366×768 screen the first time; afterwards the size the user left it at. */
    static double[] initialSize(cn.fazhi.workbench.ui.common.UiPrefs prefs) {
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        return new double[]{Math.min(prefs.getDouble("window.width", 1280), screen.getWidth()),
                Math.min(prefs.getDouble("window.height", 740), screen.getHeight() - 30)};
    }

    private VBox rail() {
        VBox rail = new VBox(4);
        rail.getStyleClass().add("nav-rail");
        Label brand = new Label(tr("app.short"));
        brand.getStyleClass().add("brand");
        rail.getChildren().add(brand);
        for (Screens.Entry e : entries.values()) {
            ToggleButton b = new ToggleButton(e.icon() + "  " + tr(e.titleKey()));
            b.setId("nav-" + e.id());
            b.setToggleGroup(nav);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("nav-button");
            b.setOnAction(x -> go(e.id()));
            buttons.put(e.id(), b);
            rail.getChildren().add(b);
        }
        return rail;
    }

    /** ControlsFX status bar: the workspace (or why it cannot be opened), the running job's progress and its cancel button. */
    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(Bindings.createStringBinding(() -> {
            if (wiring.problemProperty().get() != null) {
                return wiring.problemProperty().get();
            }
            var s = wiring.sessionProperty().get();
            return s == null ? tr("status.opening") : tr("status.workspace", s.path().toString());
        }, wiring.sessionProperty(), wiring.problemProperty()));
        Label message = new Label();
        message.setId("status-message");
        Button cancel = new Button(tr("action.cancel"));
        cancel.setId("status-cancel");
        cancel.setVisible(false);
        bar.getRightItems().addAll(message, cancel);
        wiring.currentTaskProperty().addListener((o, old, h) -> {
            bar.progressProperty().unbind();
            message.textProperty().unbind();
            boolean running = h != null;
            cancel.setVisible(running);
            if (running) {
                bar.progressProperty().bind(h.progressProperty());
                message.textProperty().bind(h.messageProperty());
                cancel.setOnAction(e -> h.cancel());
            } else {
                bar.setProgress(0);
                message.setText("");
            }
        });
        return bar;
    }

    /** Shows a screen (building it the first time) and lets it show what changed while it was away. */
    @Override
    public void go(String id) {
        String target = entries.containsKey(id) ? id : Screens.FIRST;
        Screen screen = screen(target);
        current = screen;
        content.getChildren().setAll(screen.node());
        screen.refresh();
        buttons.get(target).setSelected(true);
        wiring.prefs().put("screen", target);
    }

    /** The screen registered as {@code id}, built now if it was not yet (tests and the tour reach views this way). */
    public Screen screen(String id) {
        return built.computeIfAbsent(id, k -> entries.get(k).factory().apply(new Screens.Context(wiring, stage, this)));
    }

    /** The screen on view (the review of a report counts as the 待审核 screen it shares its view with). */
    public Screen current() {
        return current;
    }

    /** The review of one report is the 待审核 screen's view outside queue mode, shown under 报告. */
    @Override
    public void openReview(long reportId, Long valueId) {
        ReviewView review = (ReviewView) screen("queue");
        review.leaveQueue();
        current = review;
        content.getChildren().setAll(review.node());
        buttons.get("reports").setSelected(true);
        review.open(reportId, valueId);
    }

    @Override
    public void openReports(boolean attentionOnly) {
        go("reports");
        ((ReportsView) screen("reports")).showAttentionOnly(attentionOnly);
    }
}

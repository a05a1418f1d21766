package cn.fazhi.workbench.ui.shell;

import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.catalogue.CatalogueView;
import cn.fazhi.workbench.ui.common.Dialogs;
import cn.fazhi.workbench.ui.common.Fonts;
import cn.fazhi.workbench.ui.dashboard.DashboardView;
import cn.fazhi.workbench.ui.importer.ImportView;
import cn.fazhi.workbench.ui.reports.ReportsView;
import cn.fazhi.workbench.ui.review.ReviewView;
import cn.fazhi.workbench.ui.settings.SettingsView;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.StatusBar;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * The main window: a navigation rail (导入, 报告, 比对, 指标库, 设置), the current screen, and a status bar
 * with the workspace and the progress of the running job.
 */
public final class MainWindow {
    public static final String CSS = "/ui/app.css";
    /** Node property: what to run when a screen is shown again. */
    public static final String REFRESH = "fazhi.refresh";
    /** Node property: the view object behind a screen's root node (tests reach views through it). */
    public static final String VIEW = "fazhi.view";

    private final AppWiring wiring;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ToggleGroup nav = new ToggleGroup();
    private final Map<String, Node> screens = new LinkedHashMap<>();
    private final Map<String, Supplier<Node>> factories = new LinkedHashMap<>();
    private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();
    private ReportsView reportsView;
    private ReviewView reviewView;

    public MainWindow(AppWiring wiring, Stage stage) {
        this.wiring = wiring;
        this.stage = stage;
        factories.put("import", () -> new ImportView(wiring, this::openReports).node());
        factories.put("reports", () -> reports().node());
        factories.put("queue", () -> review().node());
        factories.put("compare", () -> new DashboardView(wiring, this::openReportAt).node());
        factories.put("scorecard", () -> new cn.fazhi.workbench.ui.scorecard.ScorecardView(wiring).node());
        factories.put("catalogue", () -> new CatalogueView(wiring).node());
        factories.put("settings", () -> new SettingsView(wiring, stage).node());
        root.getStyleClass().add("app-root");
        root.setLeft(rail());
        root.setCenter(content);
        root.setBottom(statusBar());
        wiring.onOpenFailure(t -> Dialogs.error(stage, tr("error.openWorkspace"), t));
    }

    private ReportsView reports() {
        if (reportsView == null) {
            reportsView = new ReportsView(wiring, this::openReview);
        }
        return reportsView;
    }

    public Parent root() {
        return root;
    }

    public void show() {
        // Fits a 1366×768 screen the first time; afterwards the size the user left it at.
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(wiring.prefs().getDouble("window.width", 1280), screen.getWidth());
        double height = Math.min(wiring.prefs().getDouble("window.height", 740), screen.getHeight() - 30);
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(getClass().getResource(CSS).toExternalForm());
        root.setStyle("-fx-font-family: \"" + Fonts.FAMILY + "\";");
        shortcuts(scene);
        stage.setScene(scene);
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> tr("app.title") + " — "
                + (wiring.workspacePathProperty().get() == null ? "" : wiring.workspacePathProperty().get().getFileName()),
                wiring.workspacePathProperty()));
        stage.setOnCloseRequest(e -> {
            wiring.prefs().putDouble("window.width", scene.getWidth());
            wiring.prefs().putDouble("window.height", scene.getHeight());
            wiring.close();
        });
        go(wiring.prefs().get("screen", "compare"));
        stage.show();
    }

    private VBox rail() {
        VBox rail = new VBox(4);
        rail.getStyleClass().add("nav-rail");
        Label brand = new Label(tr("app.short"));
        brand.getStyleClass().add("brand");
        rail.getChildren().add(brand);
        String[][] items = {{"import", "nav.import", "⤓"}, {"reports", "nav.reports", "▤"}, {"queue", "nav.queue", "☑"}, {"compare", "nav.compare", "▦"}, {"scorecard", "nav.scorecard", "✓"},
                {"catalogue", "nav.catalogue", "☰"}, {"settings", "nav.settings", "⚙"}};
        for (String[] it : items) {
            ToggleButton b = new ToggleButton(it[2] + "  " + tr(it[1]));
            b.setId("nav-" + it[0]);
            b.setToggleGroup(nav);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("nav-button");
            b.setOnAction(e -> go(it[0]));
            buttons.put(it[0], b);
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

    private void shortcuts(Scene scene) {
        String[] order = {"import", "reports", "compare", "catalogue", "settings"};
        KeyCode[] keys = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};
        for (int k = 0; k < order.length; k++) {
            String target = order[k];
            scene.getAccelerators().put(new KeyCodeCombination(keys[k], KeyCombination.SHORTCUT_DOWN), () -> go(target));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), () -> go("import"));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT6, KeyCombination.SHORTCUT_DOWN), () -> go("queue"));
    }

    /** Shows a screen (building it the first time). */
    public void go(String screen) {
        String target = factories.containsKey(screen) ? screen : "compare";
        Node node = screens.computeIfAbsent(target, k -> factories.get(k).get());
        content.getChildren().setAll(node);
        if (node.getProperties().get(REFRESH) instanceof Runnable refresh) {
            refresh.run(); // show what changed elsewhere (a review, an import) when coming back
        }
        if (target.equals("queue")) {
            review().enterQueue(); // the review screen in queue mode: its text, marks, dialogs and undo serve the queue
        }
        buttons.get(target).setSelected(true);
        wiring.prefs().put("screen", target);
    }

    private void openReports(boolean attentionOnly) {
        go("reports");
        reports().showAttentionOnly(attentionOnly);
    }

    /** Opens the review of a report, optionally at one value. */
    public void openReview(long reportId, Long valueId) {
        review().leaveQueue();
        content.getChildren().setAll(review().node());
        buttons.get("reports").setSelected(true);
        reviewView.open(reportId, valueId);
    }

    private ReviewView review() {
        if (reviewView == null) {
            reviewView = new ReviewView(wiring, () -> go("reports"));
        }
        return reviewView;
    }

    private void openReportAt(long reportId, Long valueId) {
        openReview(reportId, valueId);
    }
}

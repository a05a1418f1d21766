package cn.fazhi.workbench.ui.shell;

import cn.fazhi.workbench.ui.AppWiring;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * For maintainers: with -Dfazhi.screenshots=DIR the app walks through every screen once it is ready,
 * saves a PNG of each and exits. Used to look at the real window (under Xvfb) and to keep the pictures in
 * docs/ true. Also prints how long the start took.
 */
final class ScreenshotTour {
    private final MainWindow window;
    private final Scene scene;
    private final Path dir;
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private AppWiring wiring;

    ScreenshotTour(MainWindow window, Scene scene, Path dir) {
        this.window = window;
        this.scene = scene;
        this.dir = dir;
    }

    void start(AppWiring wiring) {
        this.wiring = wiring;
        wiring.sessionProperty().addListener((o, a, s) -> {
            if (s != null) {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("startup: workspace open and window usable " + ms + " ms after the JVM started");
                plan(s);
                next();
            }
        });
    }

    @SuppressWarnings("unchecked")
    private void plan(cn.fazhi.workbench.workflow.WorkspaceSession s) {
        add(() -> window.go("compare"), "compare-table");
        add(this::scrollTable, "compare-table-scrolled");
        add(() -> tab("#tab-chart"), "compare-chart");
        add(() -> tab("#tab-profile"), "compare-profile");
        add(() -> tab("#tab-missing"), "compare-missing");
        add(() -> {
            tab("#tab-province");
            var t = (javafx.scene.control.TreeTableView<?>) scene.lookup("#province-table");
            if (t != null && t.getRoot() != null && !t.getRoot().getChildren().isEmpty()) {
                t.getRoot().getChildren().get(0).setExpanded(true);
            }
        }, "compare-province");
        add(() -> tab("#tab-distribution"), "compare-distribution");
        add(() -> tab("#tab-tiles"), "compare-tiles");
        add(this::oneProvince, "compare-tiles-province");
        add(() -> {
            if (scene.lookup("#tiles-unreported") instanceof javafx.scene.control.CheckBox c) {
                c.setSelected(true); // and the gazetteer's divisions of the province without a report
            }
        }, "compare-tiles-unreported");
        add(() -> {
            if (scene.lookup("#tiles-unreported") instanceof javafx.scene.control.CheckBox c) {
                c.setSelected(false);
            }
            oneCity(); // fewer, larger tiles: the names on them (long ones broken over lines, not squeezed)
        }, "compare-tiles-city");
        add(() -> window.go("import"), "import");
        add(() -> window.go("reports"), "reports");
        add(() -> {
            try {
                var reports = s.queries().reports(null, null, false);
                var r = reports.stream().filter(x -> x.jurisdiction() != null && x.jurisdiction().name().equals("袁州区"))
                        .findFirst().orElse(reports.get(0));
                var v = s.queries().values(r.id());
                window.openReview(r.id(), v.isEmpty() ? null : v.get(0).id());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "review");
        add(() -> {
            try { // 报告信息 of the first report with a web address (or the first report): date by hand, address
                var reports = s.queries().reports(null, null, false);
                var r = reports.stream().filter(x -> x.sourceUrl() != null).findFirst().orElse(reports.get(0));
                cn.fazhi.workbench.ui.details.ReportDetailsDialog.create(scene.getWindow(), r).show();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "report-details-window");
        add(this::closeOtherWindows, "report-details-closed");
        add(() -> window.go("queue"), "queue");
        add(() -> {
            if (window.current() instanceof cn.fazhi.workbench.ui.review.ReviewView v) {
                System.out.println("queue opened in " + v.queueViewModel().loadedInMillis() + " ms, "
                        + v.queueViewModel().totalProperty().get() + " items");
                v.queueViewModel().next(); // J: the next figure, marked in its report
            }
        }, "queue-next");
        add(() -> {
            if (window.current() instanceof cn.fazhi.workbench.ui.review.ReviewView v) {
                v.selectNextFigure(); // as a double-click on a figure does
            }
        }, "queue-selection");
        add(() -> {
            if (window.current() instanceof cn.fazhi.workbench.ui.review.ReviewView v) {
                Platform.runLater(v::addSelected); // A: 添加为指标值 (a dialog that waits; the tour goes on meanwhile)
            }
        }, "queue-add-window");
        add(() -> javafx.stage.Window.getWindows().stream().filter(w -> w.getScene() != scene).toList()
                .forEach(javafx.stage.Window::hide), "queue-after-add");
        add(() -> {
            if (window.current() instanceof cn.fazhi.workbench.ui.review.ReviewView v) {
                v.queueViewModel().statusProperty().set(cn.fazhi.workbench.ui.review.QueueStatusFilter.VALUES);
                v.showAcross(); // X: the current value's indicator across the reports of its year
            }
        }, "queue-across-window");
        add(() -> javafx.stage.Window.getWindows().stream().filter(w -> w.getScene() != scene).toList()
                .forEach(javafx.stage.Window::hide), "queue-after-across");
        add(() -> window.go("catalogue"), "catalogue");
        add(() -> window.go("settings"), "settings");
        add(() -> cn.fazhi.workbench.ui.population.PopulationWindow.show(wiring, scene.getWindow()), "population-window");
        add(this::closeOtherWindows, "population-closed");
        add(() -> window.go("scorecard"), "scorecard-empty");
        add(() -> { // score the province on screen: the row whose date a person set says 人工填写
            if (scene.lookup("#scorecard-city") instanceof javafx.scene.control.ComboBox<?> c && c.getItems().contains("乌鲁木齐市")) {
                ((javafx.scene.control.ComboBox<Object>) c).setValue("乌鲁木齐市"); // the sample whose date a person set
            }
            if (scene.lookup("#scorecard-score") instanceof javafx.scene.control.Button b) {
                b.fire();
            }
        }, "scorecard");
        steps.add(Platform::exit);
    }

    private void closeOtherWindows() {
        javafx.stage.Window.getWindows().stream().filter(w -> w.getScene() != scene).toList()
                .forEach(javafx.stage.Window::hide);
    }

    /** The province with most jurisdictions alone in the 地区 tree (a national workspace: one province's picture). */
    @SuppressWarnings("unchecked")
    private void oneProvince() {
        var tree = (javafx.scene.control.TreeView<String>) scene.lookup("#compare-jurisdictions");
        if (tree == null || tree.getRoot() == null || tree.getRoot().getChildren().size() < 2) {
            return;
        }
        var root = (javafx.scene.control.CheckBoxTreeItem<String>) tree.getRoot();
        var largest = root.getChildren().stream().max(java.util.Comparator.comparingInt(ScreenshotTour::leaves)).orElseThrow();
        root.setSelected(false);
        ((javafx.scene.control.CheckBoxTreeItem<String>) largest).setSelected(true);
    }

    /** Of the largest province's 地市, the one whose counties have the longest name, alone in the 地区 tree. */
    @SuppressWarnings("unchecked")
    private void oneCity() {
        var tree = (javafx.scene.control.TreeView<String>) scene.lookup("#compare-jurisdictions");
        if (tree == null || tree.getRoot() == null || tree.getRoot().getChildren().isEmpty()) {
            return;
        }
        var root = (javafx.scene.control.CheckBoxTreeItem<String>) tree.getRoot();
        java.util.Comparator<javafx.scene.control.TreeItem<String>> bySize = java.util.Comparator.comparingInt(ScreenshotTour::leaves);
        var province = root.getChildren().stream().max(bySize).orElseThrow();
        var city = province.getChildren().isEmpty() ? province : province.getChildren().stream()
                .max(java.util.Comparator.comparingInt(ScreenshotTour::longestName).thenComparing(bySize)).orElseThrow();
        root.setSelected(true); // from indeterminate (one province chosen) through all to none
        root.setSelected(false);
        ((javafx.scene.control.CheckBoxTreeItem<String>) city).setSelected(true);
    }

    private static int longestName(javafx.scene.control.TreeItem<String> t) {
        return t.getChildren().isEmpty() ? t.getValue().length()
                : t.getChildren().stream().mapToInt(ScreenshotTour::longestName).max().orElse(0);
    }

    private static int leaves(javafx.scene.control.TreeItem<String> t) {
        return t.getChildren().isEmpty() ? 1 : t.getChildren().stream().mapToInt(ScreenshotTour::leaves).sum();
    }

    /** Scrolls the comparison table right to its last indicators and down: the names stay on the left. */
    private void scrollTable() {
        var table = (javafx.scene.control.TableView<?>) scene.lookup("#compare-table");
        if (table == null || table.getItems().isEmpty()) {
            return;
        }
        table.scrollTo(Math.min(table.getItems().size() - 1, 40));
        table.scrollToColumnIndex(table.getColumns().size() - 1);
    }

    private void tab(String id) {
        var tabs = (javafx.scene.control.TabPane) scene.lookup("#compare-tabs");
        tabs.getTabs().stream().filter(t -> id.substring(1).equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private void add(Runnable show, String name) {
        steps.add(() -> {
            show.run();
            PauseTransition wait = new PauseTransition(Duration.seconds(1.5));
            wait.setOnFinished(e -> whenIdle(() -> {
                save(name);
                next();
            }, 80));
            wait.play();
        });
    }

    /** Waits (up to {@code tries} × 250 ms) until the dashboard has finished computing and the queue is read. */
    private void whenIdle(Runnable then, int tries) {
        boolean busy = window.current() instanceof cn.fazhi.workbench.ui.dashboard.DashboardView d
                && (d.viewModel().computingProperty().get() || d.tableGrowingProperty().get());
        busy |= window.current() instanceof cn.fazhi.workbench.ui.review.ReviewView v
                && v.queueViewModel().loadingProperty().get();
        busy |= window.current() instanceof cn.fazhi.workbench.ui.scorecard.ScorecardView
                && scene.lookup("#scorecard-score") instanceof javafx.scene.control.Button b && b.isDisabled();
        busy |= stillDrawing();
        if (!busy || tries <= 0) {
            // a tab draws itself after the comparison, through its own latest-wins job (150 ms later at least)
            PauseTransition drawn = new PauseTransition(Duration.millis(800));
            drawn.setOnFinished(e -> then.run());
            drawn.play();
            return;
        }
        PauseTransition again = new PauseTransition(Duration.millis(250));
        again.setOnFinished(e -> whenIdle(then, tries - 1));
        again.play();
    }

    /** A shown tab still says "正在绘制…" (the tiles or the distribution are drawn by a job of their own). */
    private boolean stillDrawing() {
        String drawing = cn.fazhi.workbench.ui.common.I18n.tr("tiles.computing");
        return scene.getRoot().lookupAll(".label").stream().anyMatch(n -> n instanceof javafx.scene.control.Labeled l
                && drawing.equals(l.getText()) && shown(n));
    }

    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void next() {
        Runnable r = steps.poll();
        if (r != null) {
            r.run();
        }
    }

    private void save(String name) {
        // a "-window" step shows a window of its own (e.g. 各地对照): that window is the picture
        Scene target = !name.endsWith("-window") ? scene : javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != scene).map(javafx.stage.Window::getScene)
                .reduce((a, b) -> b).orElse(scene);
        savePicture(target, dir, name);
    }

    /** Writes {@code target} as DIR/NAME.png (also the start screen's picture, before the tour begins). */
    static void savePicture(Scene target, Path dir, String name) {
        WritableImage img = target.snapshot(null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader px = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, px.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(dir);
            ImageIO.write(out, "png", dir.resolve(name + ".png").toFile());
            System.out.println("screenshot " + dir.resolve(name + ".png"));
        } catch (IOException e) {
            System.err.println("cannot write " + name + ": " + e.getMessage());
        }
    }

    static List<String> names() {
        return List.of("compare-table", "compare-table-scrolled", "compare-chart", "compare-profile", "compare-missing", "compare-province", "compare-distribution", "compare-tiles", "compare-tiles-province", "compare-tiles-unreported", "compare-tiles-city", "import",
                "reports", "review", "queue", "queue-next", "queue-selection", "queue-add-window", "queue-after-add", "queue-across-window", "queue-after-across", "catalogue", "settings",
                "report-details-window", "population-window", "scorecard");
    }
}

package cn.fazhi.workbench.ui.shell;

import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.ui.catalogue.CatalogueView;
import cn.fazhi.workbench.ui.common.Navigator;
import cn.fazhi.workbench.ui.common.Screen;
import cn.fazhi.workbench.ui.dashboard.DashboardView;
import cn.fazhi.workbench.ui.importer.ImportView;
import cn.fazhi.workbench.ui.reports.ReportsView;
import cn.fazhi.workbench.ui.review.ReviewView;
import cn.fazhi.workbench.ui.settings.SettingsView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import java.util.List;
import java.util.function.Function;

/**
 * THE list of main screens, in rail order. The rail, the keyboard shortcuts and the screen factories are
 * all built from it, so adding a screen is one line here (plus its {@code nav.ID} words in the bundles);
 * see docs/howto/new-export-or-view.md.
 */
public final class Screens {
    private Screens() {
    }

    /** What a screen's factory gets: the composition root, the window and the way to other screens. */
    public record Context(AppWiring wiring, Stage stage, Navigator navigator) {
    }

    /**
     * One registration: {@code id} names the screen (rail button {@code #nav-ID}, remembered last screen,
     * {@link Navigator#go}); {@code titleKey} is its bundle key; the factory runs the first time it is shown.
     */
    public record Entry(String id, String titleKey, String icon, List<KeyCombination> shortcuts,
                        Function<Context, Screen> factory) {
    }

    /** The screen shown when none was remembered (or the remembered one no longer exists). */
    public static final String FIRST = "compare";

    static final List<Entry> ALL = List.of(
            new Entry("import", "nav.import", "⤓", keys(KeyCode.DIGIT1, KeyCode.I), c -> new ImportView(c.wiring(), c.navigator())),
            new Entry("reports", "nav.reports", "▤", keys(KeyCode.DIGIT2), c -> new ReportsView(c.wiring(), c.navigator())),
            new Entry("queue", "nav.queue", "☑", keys(KeyCode.DIGIT6), c -> new ReviewView(c.wiring(), c.navigator())),
            new Entry("compare", "nav.compare", "▦", keys(KeyCode.DIGIT3), c -> new DashboardView(c.wiring(), c.navigator())),
            new Entry("catalogue", "nav.catalogue", "☰", keys(KeyCode.DIGIT4), c -> new CatalogueView(c.wiring())),
            new Entry("settings", "nav.settings", "⚙", keys(KeyCode.DIGIT5), c -> new SettingsView(c.wiring(), c.stage())));

    /** Ctrl (⌘ on a Mac) with each key. */
    private static List<KeyCombination> keys(KeyCode... codes) {
        return java.util.Arrays.stream(codes).<KeyCombination>map(k -> new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN)).toList();
    }
}

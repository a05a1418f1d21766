package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.ComparisonTable;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

import java.util.List;

/**
 * One tab of 比对 (the table, 按地市, the bar chart, 历年变化, the profile, the ranking, 未报送). The view
 * draws a tab only while it is open and only once per comparison and choice, so a tab that is never opened
 * costs nothing. Adding a tab: one class and one line in {@code DashboardView.tabs()}.
 */
interface DashboardTab {
    /** Node id of the tab ({@code tab-chart}…), for tests and the screenshot tour. */
    String id();

    /** The tab's title in the window's language. */
    String title();

    Node content();

    /** The choices inside the tab: when one changes, the tab is drawn again. */
    default List<? extends ObservableValue<?>> inputs() {
        return List.of();
    }

    /** Draws the tab for the comparison on screen (null: none yet). Called on the FX thread. */
    void draw(ComparisonTable t);

    /** A tab whose content keeps itself up to date (the comparison table): nothing to draw. */
    static DashboardTab fixed(String id, String title, Node content) {
        return new DashboardTab() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public Node content() {
                return content;
            }

            @Override
            public void draw(ComparisonTable t) {
            }
        };
    }
}

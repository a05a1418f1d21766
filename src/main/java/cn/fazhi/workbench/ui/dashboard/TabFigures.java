package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Direction;
import cn.fazhi.workbench.model.Indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the dashboard's tabs show, decided without nodes so that tests reach it: which indicator a tab
 * opens on, the bars of the chart (best first, the first {@link #MAX_BARS}), the order of the ranking.
 * Rows and columns are indexes into the {@link ComparisonTable}.
 */
final class TabFigures {
    /** More bars than this are unreadable at 1366 px; the chart's title says it shows the first ones. */
    static final int MAX_BARS = 60;

    private TabFigures() {
    }

    /** The bars of one indicator's chart: the jurisdictions shown, best first, and how many state it at all. */
    record Bars(List<Integer> shown, int stated) {
        boolean cut() {
            return stated > shown.size();
        }
    }

    /** The indicator stated by most jurisdictions (the first such in catalogue order); null for no indicators. */
    static Indicator mostStated(ComparisonTable t) {
        Indicator best = null;
        int count = -1;
        for (int i = 0; i < t.indicators().size(); i++) {
            if (t.stats().get(i).count() > count) {
                count = t.stats().get(i).count();
                best = t.indicators().get(i);
            }
        }
        return best;
    }

    /** Jurisdictions that state indicator {@code i}, best first by the indicator's direction, at most {@code limit}. */
    static Bars bars(ComparisonTable t, int i, int limit) {
        Indicator ind = t.indicators().get(i);
        List<Integer> js = new ArrayList<>();
        for (int j = 0; j < t.jurisdictions().size(); j++) {
            if (!t.cell(j, i).missing()) {
                js.add(j);
            }
        }
        Comparator<Integer> byValue = Comparator.comparing(j -> t.cell(j, i).value());
        js.sort(ind.direction() == Direction.LOWER_BETTER ? byValue : byValue.reversed());
        int stated = js.size();
        return new Bars(js.size() > limit ? List.copyOf(js.subList(0, limit)) : js, stated);
    }

    /** Every jurisdiction by its rank in indicator {@code i}; those without a rank (not disclosed) last. */
    static List<Integer> ranking(ComparisonTable t, int i) {
        List<Integer> rows = new ArrayList<>();
        for (int j = 0; j < t.jurisdictions().size(); j++) {
            rows.add(j);
        }
        rows.sort(Comparator.comparing(j -> t.cell(j, i).rank() == null ? Integer.MAX_VALUE : t.cell(j, i).rank()));
        return rows;
    }
}

package cn.fazhi.workbench.ui.review;

import cn.fazhi.workbench.model.QueueItem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.function.Function;

/**
 * 已审核 N / M per year and per 地市 of the items in the queue's scope: the office splits the work by year and
 * by city, so the queue shows how far each part is, not only the sum. Pure counting; the pane words it.
 */
public final class QueueProgress {
    private QueueProgress() {
    }

    /** What a line counts: one year or one 地市. */
    public enum Scope { YEAR, CITY }

    /**
     * One line of progress.
     *
     * @param scope    a year's or a 地市's line
     * @param name     the year ("2022") or the 地市's name; null when the reports do not say (counted apart)
     * @param reviewed items a person has decided
     * @param total    items in the line
     */
    public record Line(Scope scope, String name, int reviewed, int total) {
    }

    /** The years (in order), then the 地市 (in pinyin order); items without a year or 地市 form a last line each. */
    public static List<Line> lines(Collection<QueueItem> items) {
        List<Line> out = new ArrayList<>();
        out.addAll(group(items, Scope.YEAR, i -> i.year() == null ? null : String.valueOf(i.year()),
                Comparator.naturalOrder()));
        out.addAll(group(items, Scope.CITY, QueueItem::city, cn.fazhi.workbench.model.PinyinOrder.names()));
        return out;
    }

    private static List<Line> group(Collection<QueueItem> items, Scope scope, Function<QueueItem, String> key,
                                    Comparator<String> order) {
        // counted in a hash map, then only the few names are sorted: a collator compare per item (26,000 on a
        // province's queue) took most of a second
        Map<String, int[]> counts = new HashMap<>();
        for (QueueItem i : items) {
            int[] c = counts.computeIfAbsent(key.apply(i), k -> new int[2]);
            c[1]++;
            if (i.reviewed()) {
                c[0]++;
            }
        }
        List<String> names = new ArrayList<>(counts.keySet());
        names.sort(Comparator.nullsLast(order));
        List<Line> out = new ArrayList<>();
        for (String name : names) {
            int[] c = counts.get(name);
            out.add(new Line(scope, name, c[0], c[1]));
        }
        return out;
    }
}

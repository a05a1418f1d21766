package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.compare.Outliers;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.QueueItem;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.store.ReviewQueueStore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Use case: one indicator's values of one year across the reports in force (a province, or one 地市), side by
 * side with their sentences and last year's figure, the outliers flagged ({@link Outliers}) against the
 * figures of their peers ({@link QueueItem#peers()}: the same province, the same kind of government) — to spot
 * the figure ten times the others or taken from a different kind of sentence. Rejected values take no part.
 */
public final class ReviewAcrossReports {
    private final WorkspaceSession session;

    public ReviewAcrossReports(WorkspaceSession session) {
        this.session = session;
    }

    /**
     * One jurisdiction's value.
     *
     * @param item     the value as the queue knows it (jurisdiction, 地市, status, report)
     * @param sentence its evidence sentence, or null
     * @param previous the same jurisdiction's value of the previous year, or null
     * @param flags    why it deserves a look (empty: nothing)
     */
    public record Row(QueueItem item, String sentence, BigDecimal previous, Set<Outliers.Flag> flags) {
        public boolean flagged() {
            return !flags.isEmpty();
        }
    }

    /** The values of {@code indicator} in {@code year} (in {@code city} when not null), flagged ones first. */
    public List<Row> rows(String indicator, int year, String city) throws WorkspaceException {
        List<String> core = session.catalogue().indicators().stream().filter(Indicator::core).map(Indicator::code).toList();
        ReviewQueueStore store = session.queueStore();
        List<QueueItem> now = usable(QueueOrder.sort(store.queue(new ReviewQueueStore.Filter(year, city, indicator), core)));
        Map<String, BigDecimal> before = new HashMap<>();
        for (QueueItem i : usable(store.queue(new ReviewQueueStore.Filter(year - 1, city, indicator), core))) {
            if (i.jurisdiction() != null) {
                before.putIfAbsent(i.jurisdiction(), i.value());
            }
        }
        // judged against its peers: the same province's governments of the same kind (a nation-wide list would
        // judge a county in Tibet against one in Jiangsu, a city's totals against counties')
        Map<String, List<Outliers.Figure>> byPeers = new java.util.LinkedHashMap<>();
        for (QueueItem i : now) {
            byPeers.computeIfAbsent(i.peers(), k -> new ArrayList<>()).add(new Outliers.Figure(String.valueOf(i.id()), i.value(),
                    i.jurisdiction() == null ? null : before.get(i.jurisdiction())));
        }
        boolean rate = session.catalogue().find(indicator).map(i -> "%".equals(i.unit())).orElse(false);
        Map<String, Set<Outliers.Flag>> flags = new HashMap<>();
        byPeers.values().forEach(figures -> flags.putAll(Outliers.flag(figures, rate)));
        Map<Long, String> sentences = store.sentences(now.stream().map(QueueItem::id).toList());
        List<Row> rows = new ArrayList<>();
        for (QueueItem i : now) {
            rows.add(new Row(i, sentences.get(i.id()), i.jurisdiction() == null ? null : before.get(i.jurisdiction()),
                    flags.get(String.valueOf(i.id()))));
        }
        rows.sort(Comparator.comparing((Row r) -> !r.flagged())); // stable: the queue's order within each part
        return rows;
    }

    /** Values (not suggestions) a person has not rejected. */
    private static List<QueueItem> usable(List<QueueItem> items) {
        return items.stream().filter(i -> i.kind() == QueueItem.Kind.VALUE && !i.status().equals("rejected")).toList();
    }
}

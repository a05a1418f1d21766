package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.QueueItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 待审核 queue's one query: what it holds, its order and its filters. */
class ReviewQueueStoreTest {
    private static final String TONGSHAN = "通山县2022年度法治政府建设情况报告\n一、主要成效\n"
            + "全年共办理“一次不跑”事项34583件,办理“一次办好”事项109081件。全县共调处矛盾纠纷274件。\n";
    private static final Set<String> CORE = Set.of("mediation.disputes", "reconsideration.received", "licensing.handled");

    @TempDir
    Path dir;

    @Test
    void suggestionsComeFirstThenCoreIndicatorsThenJurisdictionsAndFiltersNarrowIt() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.db"))) {
            ReportStore store = new ReportStore(ws);
            long tongshan = store.insert(TestReports.of("a.txt", TONGSHAN));
            long yuanzhou = store.insert(TestReports.county("袁州区", 2021, 88));
            ReviewQueueStore queue = new ReviewQueueStore(ws);

            List<QueueItem> all = queue.queue(ReviewQueueStore.Filter.ALL, CORE);
            int values = store.values(tongshan).size() + store.values(yuanzhou).size();
            assertEquals(values + 2, all.size(), "every value and both open suggestions: " + all);
            assertEquals(QueueItem.Kind.SUGGESTION, all.get(0).kind());
            assertEquals(QueueItem.Kind.SUGGESTION, all.get(1).kind());
            List<QueueItem> plain = all.subList(2, all.size());
            assertTrue(plain.stream().noneMatch(QueueItem::flagged), "no value here has a warning: " + plain);
            int lastCore = -1;
            int firstOther = Integer.MAX_VALUE;
            for (int k = 0; k < plain.size(); k++) {
                if (plain.get(k).core()) {
                    lastCore = k;
                } else {
                    firstOther = Math.min(firstOther, k);
                }
            }
            assertTrue(lastCore < firstOther, "core indicators before the others: " + plain);
            assertTrue(all.stream().noneMatch(QueueItem::reviewed));

            List<QueueItem> y2021 = queue.queue(new ReviewQueueStore.Filter(2021, null, null), CORE);
            assertFalse(y2021.isEmpty());
            assertTrue(y2021.stream().allMatch(i -> i.reportId() == yuanzhou && i.year() == 2021));
            assertTrue(queue.queue(new ReviewQueueStore.Filter(null, "咸宁市", null), CORE).stream()
                    .allMatch(i -> i.reportId() == tongshan && "咸宁市".equals(i.city())));
            List<QueueItem> disputes = queue.queue(new ReviewQueueStore.Filter(null, null, "mediation.disputes"), CORE);
            assertEquals(2, disputes.size());
            assertTrue(disputes.stream().allMatch(i -> i.indicator().equals("mediation.disputes")));
            assertEquals(List.of(2021, 2022), queue.options().years());
            assertTrue(queue.options().cities().containsAll(List.of("咸宁市", "宜春市")), queue.options().cities().toString());
        }
    }

    @Test
    void decidedItemsStayWithTheirStatusAndAnAcceptedSuggestionBecomesItsValue() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.db"))) {
            ReportStore store = new ReportStore(ws);
            long id = store.insert(TestReports.of("a.txt", TONGSHAN));
            ReviewQueueStore queue = new ReviewQueueStore(ws);
            List<QueueItem> before = queue.queue(ReviewQueueStore.Filter.ALL, CORE);
            QueueItem value = before.stream().filter(i -> i.kind() == QueueItem.Kind.VALUE).findFirst().orElseThrow();
            store.confirm(value.id(), null);
            QueueItem suggestion = before.get(0);
            new SuggestionStore(ws, "张三").accept(suggestion.id(), null);
            List<QueueItem> after = queue.queue(ReviewQueueStore.Filter.ALL, CORE);
            assertEquals("confirmed", after.stream().filter(i -> i.kind() == QueueItem.Kind.VALUE && i.id() == value.id())
                    .findFirst().orElseThrow().status());
            assertTrue(after.stream().noneMatch(i -> i.kind() == QueueItem.Kind.SUGGESTION && i.id() == suggestion.id()),
                    "an accepted suggestion is its value now");
            assertTrue(after.stream().anyMatch(i -> i.kind() == QueueItem.Kind.VALUE && i.indicator().equals(suggestion.indicator())
                    && i.status().equals("confirmed")));
            assertEquals(store.values(id).size() + 1, after.size(), "the other suggestion is still open");
        }
    }
}

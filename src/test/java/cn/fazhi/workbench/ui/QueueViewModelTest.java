package cn.fazhi.workbench.ui;

import cn.fazhi.workbench.model.QueueItem;
import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.ui.common.I18n;
import cn.fazhi.workbench.ui.review.QueueStatusFilter;
import cn.fazhi.workbench.ui.review.QueueViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 待审核 queue without a window, on the sample workspace: order, filters, counter, keys moving on. */
class QueueViewModelTest {
    @TempDir
    Path dir;
    private AppWiring wiring;
    private QueueViewModel queue;

    @BeforeEach
    void open() {
        wiring = SampleWiring.open(dir);
        assertNotNull(wiring.session());
        queue = new QueueViewModel(wiring);
        queue.load();
    }

    @AfterEach
    void close() {
        wiring.close();
    }

    private ReviewStatus statusInStore(QueueItem i) throws Exception {
        return wiring.session().queries().values(i.reportId()).stream().filter(v -> v.id() == i.id()).findFirst()
                .orElseThrow().status();
    }

    @Test
    void theQueueHoldsEverythingUndecidedSuggestionsAndWarningsFirstThenCoreIndicators() {
        List<QueueItem> items = List.copyOf(queue.items());
        assertTrue(items.size() > 30, "five sample reports: " + items.size());
        assertTrue(items.stream().noneMatch(QueueItem::reviewed));
        assertTrue(items.stream().anyMatch(i -> i.kind() == QueueItem.Kind.SUGGESTION), "the samples have suggestions");
        int lastFlagged = -1;
        for (int k = 0; k < items.size(); k++) {
            if (items.get(k).flagged()) {
                assertEquals(lastFlagged + 1, k, "suggestions and values with warnings come first: " + items.get(k));
                lastFlagged = k;
            }
        }
        List<QueueItem> plain = items.subList(lastFlagged + 1, items.size());
        int firstOther = plain.indexOf(plain.stream().filter(i -> !i.core()).findFirst().orElseThrow());
        assertTrue(plain.subList(firstOther, plain.size()).stream().noneMatch(QueueItem::core), "core indicators next");
        assertEquals(items.get(0), queue.currentProperty().get());
        assertEquals("已审核 0 / " + String.format("%,d", items.size()), queue.counterProperty().get());
    }

    @Test
    void aValueDecidedElsewhereAfterTheQueueWasReadIsNotDecidedAgainAndItsLineShowsTheDecision() throws Exception {
        queue.statusProperty().set(cn.fazhi.workbench.ui.review.QueueStatusFilter.VALUES);
        QueueItem shown = queue.currentProperty().get();
        new cn.fazhi.workbench.workflow.ReviewValues(wiring.session()).reject(shown.id(), "another person");
        queue.confirm();
        assertEquals(ReviewStatus.REJECTED, statusInStore(shown), "the other person's rejection stands");
        assertTrue(queue.messageProperty().get().startsWith("没有修改"), queue.messageProperty().get());
        QueueItem line = queue.currentProperty().get();
        assertEquals(shown.id(), line.id(), "the queue stays on the value");
        assertEquals("rejected", line.status(), "and its line shows what is stored now");
    }

    @Test
    void filtersNarrowTheQueueAndTheCounterCountsTheFilteredSet() {
        int everything = queue.totalProperty().get();
        queue.yearProperty().set(2022);
        assertTrue(queue.items().stream().allMatch(i -> i.year() != null && i.year() == 2022));
        assertTrue(queue.totalProperty().get() < everything);
        String city = queue.cities().get(0);
        queue.cityProperty().set(city);
        assertFalse(queue.items().isEmpty());
        assertTrue(queue.items().stream().allMatch(i -> city.equals(i.city())));
        queue.cityProperty().set(null);
        queue.indicatorProperty().set("mediation.disputes");
        assertFalse(queue.items().isEmpty());
        assertTrue(queue.items().stream().allMatch(i -> i.indicator().equals("mediation.disputes")));
        assertEquals(queue.items().size(), queue.totalProperty().get());
        queue.indicatorProperty().set(null);
        queue.yearProperty().set(null);
        queue.statusProperty().set(QueueStatusFilter.SUGGESTIONS);
        assertFalse(queue.items().isEmpty());
        assertTrue(queue.items().stream().allMatch(i -> i.kind() == QueueItem.Kind.SUGGESTION));
        assertEquals(everything, queue.totalProperty().get(), "the counter is for year, 地市 and indicator, not the status view");
    }

    @Test
    void theReasonFilterShowsOnlyItemsWithThatReasonAndTheCounterFollowsIt() {
        int everything = queue.totalProperty().get();
        assertTrue(queue.reasons().contains("competing"), "the samples have competing figures: " + queue.reasons());
        assertEquals(queue.reasons().stream().distinct().sorted(java.util.Comparator.comparing(
                (String code) -> cn.fazhi.workbench.ui.common.I18n.tr("reason." + code), cn.fazhi.workbench.model.PinyinOrder.names()))
                .toList(), List.copyOf(queue.reasons()), "in the order of their words (pinyin), no repeats");
        queue.reasonProperty().set("competing");
        assertFalse(queue.items().isEmpty());
        assertTrue(queue.items().stream().allMatch(i -> i.flags().contains("competing")));
        assertEquals(queue.items().size(), queue.totalProperty().get(), "nothing decided yet: the counter is the list");
        assertTrue(queue.totalProperty().get() < everything);
        assertTrue(queue.currentProperty().get().flags().contains("competing"));
        queue.reasonProperty().set(null);
        assertEquals(everything, queue.totalProperty().get());
    }

    @Test
    void progressIsCountedPerYearAndPer地市OfTheSameScope() {
        var lines = List.copyOf(queue.progress());
        var years = lines.stream().filter(l -> l.scope() == cn.fazhi.workbench.ui.review.QueueProgress.Scope.YEAR).toList();
        var cities = lines.stream().filter(l -> l.scope() == cn.fazhi.workbench.ui.review.QueueProgress.Scope.CITY).toList();
        assertTrue(years.size() >= 2, "the samples span years: " + years);
        assertEquals(queue.totalProperty().get(), years.stream().mapToInt(l -> l.total()).sum(), "years add up to the total");
        assertEquals(queue.totalProperty().get(), cities.stream().mapToInt(l -> l.total()).sum(), "地市 add up to the total");
        assertEquals(years.stream().map(l -> l.name()).filter(java.util.Objects::nonNull).sorted().toList(),
                years.stream().map(l -> l.name()).filter(java.util.Objects::nonNull).toList(), "years in order");

        queue.statusProperty().set(QueueStatusFilter.VALUES);
        QueueItem first = queue.currentProperty().get();
        queue.confirm();
        var yearLine = queue.progress().stream().filter(l -> l.scope() == cn.fazhi.workbench.ui.review.QueueProgress.Scope.YEAR
                && java.util.Objects.equals(l.name(), first.year() == null ? null : String.valueOf(first.year()))).findFirst().orElseThrow();
        assertEquals(1, yearLine.reviewed(), "the decision counts in its year's line");

        queue.yearProperty().set(2022);
        assertTrue(queue.progress().stream().filter(l -> l.scope() == cn.fazhi.workbench.ui.review.QueueProgress.Scope.YEAR)
                .allMatch(l -> "2022".equals(l.name())), "the lines follow the year filter");
    }

    @Test
    void the地市FilterAndTheQueueListPlacesInPinyinOrder() {
        var order = cn.fazhi.workbench.model.PinyinOrder.names();
        List<String> cities = new java.util.ArrayList<>(queue.cities());
        cities.sort(order);
        assertEquals(cities, queue.cities());
        queue.statusProperty().set(QueueStatusFilter.ALL);
        List<QueueItem> items = queue.items();
        for (int k = 1; k < items.size(); k++) {
            QueueItem a = items.get(k - 1);
            QueueItem b = items.get(k);
            if (a.flagged() == b.flagged() && a.core() == b.core() && java.util.Objects.equals(a.province(), b.province())
                    && a.city() != null && b.city() != null) {
                assertTrue(order.compare(a.city(), b.city()) <= 0, a.city() + " before " + b.city());
            }
        }
    }

    @Test
    void confirmReportConfirmsTheRestOfTheCurrentReportAndUndoPutsItBack() throws Exception {
        queue.statusProperty().set(QueueStatusFilter.VALUES);
        QueueItem first = queue.currentProperty().get();
        queue.reject();                                    // a person's decision in that report first
        queue.select(queue.items().stream().filter(i -> i.reportId() == first.reportId() && !i.reviewed())
                .findFirst().orElseThrow());
        long before = queue.reviewedProperty().get();
        queue.confirmReport();
        var stored = wiring.session().queries().values(first.reportId());
        assertEquals(ReviewStatus.REJECTED, stored.stream().filter(v -> v.id() == first.id()).findFirst().orElseThrow().status());
        assertTrue(stored.stream().filter(v -> v.id() != first.id() && v.value().flags().isEmpty())
                .allMatch(v -> v.status() == ReviewStatus.CONFIRMED), "the rest confirmed");
        assertTrue(queue.reviewedProperty().get() > before, "the queue counts them");
        assertTrue(queue.currentProperty().get() == null || queue.currentProperty().get().reportId() != first.reportId()
                || queue.currentProperty().get().reviewed() == false, "moved on");
        assertTrue(queue.messageProperty().get().startsWith("已确认 "), queue.messageProperty().get());
        assertTrue(wiring.session().queries().history(first.reportId(), null).stream().anyMatch(a -> a.action().equals("confirm_report")));

        queue.undo();
        assertTrue(wiring.session().queries().values(first.reportId()).stream().filter(v -> v.id() != first.id())
                .allMatch(v -> v.status() == ReviewStatus.EXTRACTED), "undo puts them back");
        assertEquals(before, queue.reviewedProperty().get());
    }

    @Test
    void eachKeySavesAtOnceAndMovesOnAndUndoGoesBack() throws Exception {
        queue.statusProperty().set(QueueStatusFilter.VALUES);
        QueueItem first = queue.currentProperty().get();
        QueueItem second = queue.items().get(1);
        QueueItem third = queue.items().get(2);
        assertEquals(QueueItem.Kind.VALUE, first.kind());

        queue.confirm();                                   // Enter
        assertEquals(ReviewStatus.CONFIRMED, statusInStore(first));
        assertEquals(second, queue.currentProperty().get(), "moved on to the next item");
        assertEquals(1, queue.reviewedProperty().get());
        assertTrue(queue.counterProperty().get().startsWith("已审核 1 / "));

        queue.reject();                                    // Delete
        assertEquals(ReviewStatus.REJECTED, statusInStore(second));
        assertEquals(third, queue.currentProperty().get());

        queue.correct(new BigDecimal("4321"), null, null, "typo in the report");   // E
        assertEquals(ReviewStatus.CORRECTED, statusInStore(third));
        assertEquals(3, queue.reviewedProperty().get());
        assertTrue(wiring.session().queries().history(null, third.id()).stream().anyMatch(a -> a.action().equals("correct")),
                "audited");

        queue.undo();                                      // Z
        assertEquals(ReviewStatus.EXTRACTED, statusInStore(third));
        assertEquals(third, queue.currentProperty().get(), "back on the item undone");
        assertEquals(2, queue.reviewedProperty().get());

        queue.previous();                                  // K
        assertEquals("rejected", queue.currentProperty().get().status(), "decided items stay in the list");
        queue.next();                                      // J
        assertEquals(third, queue.currentProperty().get());
    }

    @Test
    void decisionsAreRecordedUnderTheReviewerNameFromSettings() throws Exception {
        wiring.session().reviewer("张三");
        queue.statusProperty().set(QueueStatusFilter.VALUES);
        QueueItem first = queue.items().stream().filter(i -> i.unit().equals("件")).findFirst().orElseThrow();
        queue.select(first);
        queue.correct(new BigDecimal("143664"), null, null, "两项合计");
        var history = wiring.session().queries().history(null, first.id());
        var correction = history.stream().filter(a -> a.action().equals("correct")).findFirst().orElseThrow();
        assertEquals("张三", correction.who());
        assertTrue(cn.fazhi.workbench.ui.review.HistoryText.sentence(correction).matches("张三 \\d{4}-\\d{2}-\\d{2} 将 .+ 更正为 143,664 .+：两项合计"),
                cn.fazhi.workbench.ui.review.HistoryText.sentence(correction));
    }

    @Test
    void suggestionsAreAcceptedOrDismissedWithSAndDelete() throws Exception {
        queue.statusProperty().set(QueueStatusFilter.SUGGESTIONS);
        assertTrue(queue.items().size() >= 2, "the samples have competing figures");
        QueueItem first = queue.currentProperty().get();
        queue.confirm();                                   // Enter is for values
        assertEquals(first, queue.currentProperty().get());
        assertTrue(queue.messageProperty().get().contains("S 采纳"), queue.messageProperty().get());

        queue.reject();                                    // Delete dismisses
        assertEquals("dismissed", queue.items().get(0).status());
        assertNotEquals(first, queue.currentProperty().get());
        QueueItem second = queue.currentProperty().get();
        queue.undo();
        assertEquals(first, queue.currentProperty().get());
        assertEquals("open", wiring.session().queries().values(first.reportId()).isEmpty() ? "?" : queue.items().get(0).status());

        queue.next();
        assertEquals(second, queue.currentProperty().get());
        queue.accept();                                    // S
        assertTrue(wiring.session().queries().values(second.reportId()).stream()
                .anyMatch(v -> v.value().indicator().equals(second.indicator()) && v.status() == ReviewStatus.CONFIRMED
                        && v.value().value().compareTo(second.value()) == 0));
        assertEquals("accepted", queue.items().get(1).status());

        queue.undo();                                      // Z after S: the suggestion is open again, its value gone
        assertEquals(second, queue.currentProperty().get());
        assertTrue(wiring.session().queries().values(second.reportId()).stream()
                .noneMatch(v -> v.value().indicator().equals(second.indicator()) && v.status() == ReviewStatus.CONFIRMED));
        queue.load();
        assertTrue(queue.items().stream().anyMatch(i -> i.kind() == QueueItem.Kind.SUGGESTION && i.id() == second.id()
                && i.status().equals("open")));
    }
}

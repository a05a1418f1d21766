package cn.fazhi.workbench.ui.review;

import cn.fazhi.workbench.model.PinyinOrder;
import cn.fazhi.workbench.model.QueueItem;
import cn.fazhi.workbench.workflow.ReviewQueue;

import java.util.Comparator;
import java.util.List;

/**
 * The queue as read, with everything the list and its counters show worked out on the worker that read it:
 * the 地市 and reasons in the order of their words, the items the status and reason filters show, the counter
 * and the progress lines. Each of those is a pass over the whole queue (26,000 items on a province's
 * workspace); on the FX thread, in code the JIT had not compiled yet when 待审核 is first opened, they cost
 * 0.1–0.3 s before the first item could be shown.
 *
 * @param all      the queue in review order
 * @param years    the year filter's choices
 * @param cities   the 地市 filter's choices, in pinyin order
 * @param reasons  reason codes that occur, in the order of their words
 * @param shown    what the list shows under {@code status} and {@code reason}
 * @param status   the status filter this was worked out for
 * @param reason   the reason filter this was worked out for (null: any)
 * @param reviewed decided items among those with the reason
 * @param scope    items with the reason (the counter's M)
 * @param progress 已审核 N / M per year and per 地市 of that scope
 * @param readAt   when it was worked out (System.nanoTime), for -Dfazhi.timing
 */
record QueueRead(List<QueueItem> all, List<Integer> years, List<String> cities, List<String> reasons, List<QueueItem> shown,
                 QueueStatusFilter status, String reason, int reviewed, int scope, List<QueueProgress.Line> progress,
                 long readAt) {
    private static final java.util.concurrent.atomic.AtomicBoolean ORDER_READY = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * The queue is sorted by place names in pinyin order with ICU's collator, which takes 0.3–0.5 s to build the
     * first time: built on the other worker while the queue's own waits for the database.
     */
    static void prepareOrder(cn.fazhi.workbench.ui.common.TaskRunner tasks) {
        if (ORDER_READY.compareAndSet(false, true)) {
            tasks.run("pinyin", (p, c) -> PinyinOrder.names().compare("", ""), x -> { }, x -> { });
        }
    }

    /** With -Dfazhi.timing: how long the read took, and the FX thread's part after it. */
    static void timing(long started, long readAt, long onFx) {
        if (Boolean.getBoolean("fazhi.timing")) {
            System.out.printf("queue: read and worked out on a worker after %d ms, to the FX thread %d ms, the list set %d ms%n",
                    (readAt - started) / 1_000_000, (onFx - readAt) / 1_000_000, (System.nanoTime() - onFx) / 1_000_000);
        }
    }

    /** Works it all out (off the FX thread) for the filters chosen when the read started. */
    static QueueRead of(List<QueueItem> all, ReviewQueue.Options options, QueueStatusFilter status, String reason) {
        List<String> cities = options.cities().stream().sorted(PinyinOrder.names()).toList();
        List<String> reasons = all.stream().flatMap(i -> i.flags().stream()).distinct().sorted(Comparator.comparing(
                (String code) -> FigureWords.reasons(List.of(code)), PinyinOrder.names())).toList();
        List<QueueItem> inScope = all.stream().filter(i -> reason == null || i.flags().contains(reason)).toList();
        List<QueueItem> shown = inScope.stream().filter(status::shows).toList();
        int reviewed = (int) inScope.stream().filter(QueueItem::reviewed).count();
        return new QueueRead(all, options.years(), cities, reasons, shown, status, reason, reviewed, inScope.size(),
                QueueProgress.lines(inScope), System.nanoTime());
    }
}

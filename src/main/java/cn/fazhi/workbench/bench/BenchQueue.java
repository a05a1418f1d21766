package cn.fazhi.workbench.bench;

import cn.fazhi.workbench.model.QueueItem;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.workflow.ReviewQueue;
import cn.fazhi.workbench.workflow.ReviewValues;
import cn.fazhi.workbench.workflow.WorkspaceSession;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 待审核 queue on a large workspace, as the review screen reads it: opening the queue (the query over
 * every value and suggestion of the reports in force, and the filter choices), one year of it, and moving
 * on item by item — each step reads what the screen shows for the next item (its report, the report's text
 * when the report changes, values, suggestions, the value's history); every fourth step is first a decision
 * (confirm a value, dismiss a suggestion), saved and audited. Runs on a copy: the workspace is not changed.
 * Wall and CPU time of the measuring thread (SQLite runs on it), since the machine may be shared.
 */
public final class BenchQueue {
    private static final int OPENS = 5;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    public Map<String, String> measure(Path workspace, int moves) throws IOException, WorkspaceException {
        Path dir = Files.createTempDirectory("fazhi-bench-queue");
        Path copy = dir.resolve("queue.db");
        Files.copy(workspace, copy);
        Map<String, String> out = new LinkedHashMap<>();
        try (WorkspaceSession s = WorkspaceSession.open(copy, false)) {
            ReviewQueue queue = new ReviewQueue(s);
            long[][] open = new long[2][OPENS];
            List<QueueItem> items = null;
            for (int k = 0; k < OPENS; k++) {
                long t0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                items = queue.items(null, null, null);
                queue.options();
                open[0][k] = System.nanoTime() - t0;
                open[1][k] = threads.getCurrentThreadCpuTime() - c0;
            }
            long reports = items.stream().mapToLong(QueueItem::reportId).distinct().count();
            out.put("queue opens", String.format("%s wall, %s CPU: %,d items of %,d reports", spread(open[0]), spread(open[1]),
                    items.size(), reports));
            Integer year = items.stream().map(QueueItem::year).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            long[][] oneYear = new long[2][OPENS];
            int inYear = 0;
            for (int k = 0; k < OPENS; k++) {
                long t0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                inYear = queue.items(year, null, null).size();
                oneYear[0][k] = System.nanoTime() - t0;
                oneYear[1][k] = threads.getCurrentThreadCpuTime() - c0;
            }
            out.put("queue of one year", String.format("%s wall, %s CPU: %d, %,d items", spread(oneYear[0]), spread(oneYear[1]),
                    year, inYear));
            out.putAll(moveOn(s, items, moves));
        } finally {
            BenchExtract.deleteTree(dir);
        }
        return out;
    }

    private Map<String, String> moveOn(WorkspaceSession s, List<QueueItem> items, int moves) throws WorkspaceException {
        ReviewValues review = new ReviewValues(s);
        int n = Math.min(moves, items.size());
        long[] wall = new long[n];
        long[] cpu = new long[n];
        long lastReport = -1;
        int decisions = 0;
        int reportsRead = 0;
        for (int k = 0; k < n; k++) {
            QueueItem item = items.get(k);
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            if (k % 4 == 3 && !item.reviewed()) {
                if (item.kind() == QueueItem.Kind.VALUE) {
                    review.confirm(item.id(), null);
                } else {
                    review.dismissSuggestion(item.id(), null);
                }
                decisions++;
            }
            QueueItem next = items.get(Math.min(items.size() - 1, k + 1));
            ReportSummary r = s.queries().report(next.reportId()).orElseThrow();
            if (r.id() != lastReport) {
                s.queries().text(r.id());
                lastReport = r.id();
                reportsRead++;
            }
            s.queries().values(r.id());
            review.suggestions(r.id());
            if (next.kind() == QueueItem.Kind.VALUE) {
                s.queries().history(null, next.id());
            }
            wall[k] = System.nanoTime() - t0;
            cpu[k] = threads.getCurrentThreadCpuTime() - c0;
        }
        Map<String, String> out = new LinkedHashMap<>();
        long[] sorted = wall.clone();
        Arrays.sort(sorted);
        out.put("moving on (next item read)", String.format("median %.1f ms, 95th %.1f ms, max %.1f ms wall; %.1f ms CPU a step on"
                        + " average: %d steps, %d of them after a decision, %d reports' texts read", ms(sorted[n / 2]),
                ms(sorted[Math.min(n - 1, (int) (n * 0.95))]), ms(sorted[n - 1]), ms(Arrays.stream(cpu).sum()) / n, n,
                decisions, reportsRead));
        return out;
    }

    /** "median x ms (min–max)". */
    private static String spread(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("median %.0f ms (%.0f–%.0f)", ms(s[s.length / 2]), ms(s[0]), ms(s[s.length - 1]));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}

package cn.fazhi.workbench.ui;

import cn.fazhi.workbench.model.QueueItem;
import cn.fazhi.workbench.ui.common.I18n;
import cn.fazhi.workbench.ui.common.UiPrefs;
import cn.fazhi.workbench.ui.review.QueueViewModel;
import cn.fazhi.workbench.ui.review.ReviewViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The queue on a large workspace (a copy; decisions are written): how long it takes to open, and to move to
 * the next item with its report, values and suggestions loaded (the review screen's data for it).
 * Not a test (its name keeps it out of the default run; performance is measured, not asserted in verify):
 * {@code mvn -o test -Dtest=QueueBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dfazhi.queueBench=/tmp/q.db}
 */
@EnabledIfSystemProperty(named = "fazhi.queueBench", matches = ".+")
class QueueBenchmark {
    @TempDir
    Path dir;

    @Test
    void opensWithinASecondAndMovesOnWithinFiftyMilliseconds() throws Exception {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        Path ws = dir.resolve("ws.db");
        Files.copy(Path.of(System.getProperty("fazhi.queueBench")), ws);
        AppWiring wiring = new AppWiring(new CurrentThreadTaskRunner(), new UiPrefs("cn/fazhi/workbench-test/" + UUID.randomUUID()), ws);
        wiring.openWorkspace(ws);
        QueueViewModel queue = new QueueViewModel(wiring);
        ReviewViewModel review = new ReviewViewModel(wiring);
        queue.currentProperty().addListener((o, a, i) -> {
            if (i != null) {
                review.show(i.reportId(), i.kind() == QueueItem.Kind.VALUE ? i.id() : null,
                        i.kind() == QueueItem.Kind.SUGGESTION ? i.id() : null);
            }
        });
        long[] open = new long[5];
        for (int k = 0; k < open.length; k++) {
            long t = System.nanoTime();
            queue.load();
            open[k] = (System.nanoTime() - t) / 1_000_000;
        }
        long[] query = new long[5];
        for (int k = 0; k < query.length; k++) {
            long t = System.nanoTime();
            new cn.fazhi.workbench.workflow.ReviewQueue(wiring.session()).items(null, null, null);
            query[k] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(query);
        long[] year = new long[5];
        for (int k = 0; k < year.length; k++) {
            long t = System.nanoTime();
            new cn.fazhi.workbench.workflow.ReviewQueue(wiring.session()).items(2022, null, null);
            year[k] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(year);
        System.out.printf("queue bench: the query alone %d ms median (%d–%d), for one year %d ms%n", query[2], query[0], query[4], year[2]);
        long reports = queue.items().stream().mapToLong(QueueItem::reportId).distinct().count();
        long[] moves = new long[200];
        for (int k = 0; k < moves.length; k++) {
            long t = System.nanoTime();
            if (k % 4 == 3) {
                queue.confirm(); // a decision: saved, audited, and on to the next item
            } else {
                queue.next();
            }
            moves[k] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(open);
        Arrays.sort(moves);
        System.out.printf("queue bench: %,d items of %,d reports; open %d ms median (%d–%d); next/confirm median %d ms, "
                        + "95th %d ms, max %d ms%n", queue.totalProperty().get(), reports, open[2], open[0], open[4],
                moves[100], moves[189], moves[199]);
        wiring.close();
        assertTrue(open[2] <= 1000, "the queue opens within a second");
        assertTrue(moves[100] <= 50, "moving on within 50 ms");
    }
}

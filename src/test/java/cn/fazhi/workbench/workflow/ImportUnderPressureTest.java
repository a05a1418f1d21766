package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.store.DiskFullSimulation;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two programs importing into one workspace, and a disk that fills up during an import. */
class ImportUnderPressureTest {
    @TempDir
    Path dir;

    private Path reports(int n) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < n; i++) {
            Files.writeString(folder.resolve(String.format("r%03d.txt", i)), "通山县2022年度法治政府建设情况报告\n一、主要成效\n"
                    + "全县共调处矛盾纠纷" + (100 + i) + "件，调处成功率达到100%。全年共收到行政复议申请21件，受理19件。\n"
                    + "（第" + i + "份）\n".repeat(200));
        }
        return folder;
    }

    private static List<ImportReports.FileOutcome> importFolder(WorkspaceSession s, Path folder) {
        return new ImportReports(s).run(ImportReports.sources(List.of(folder.toString())),
                ImportReports.NewVersionPolicy.KEEP_BOTH, ProgressListener.NONE, CancellationToken.none());
    }

    @Test
    void twoProgramsImportingTheSameFilesStoreEachOnceAndNeverReportAFailure() throws Exception {
        int n = 24;
        Path folder = reports(n);
        Path ws = dir.resolve("ws.db");
        WorkspaceSession.open(ws, false).close();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<ImportReports.FileOutcome>>> runs = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                runs.add(pool.submit(() -> {
                    // each "program" has its own workspace connection, as two processes would
                    try (WorkspaceSession s = WorkspaceSession.open(ws, false)) {
                        start.await();
                        return importFolder(s, folder);
                    }
                }));
            }
            List<ImportReports.FileOutcome> a = runs.get(0).get(120, TimeUnit.SECONDS);
            List<ImportReports.FileOutcome> b = runs.get(1).get(120, TimeUnit.SECONDS);
            assertEquals(n, a.size());
            assertEquals(n, b.size());
            int meanwhile = 0;
            for (int i = 0; i < n; i++) {
                ImportReports.FileOutcome x = a.get(i);
                ImportReports.FileOutcome y = b.get(i);
                assertTrue(x.status() != ImportReports.Status.FAILED && y.status() != ImportReports.Status.FAILED,
                        x + " / " + y);
                long stored = (x.status() == ImportReports.Status.IMPORTED ? 1 : 0) + (y.status() == ImportReports.Status.IMPORTED ? 1 : 0);
                assertEquals(1, stored, "exactly one program stores " + x.file() + ": " + x + " / " + y);
                assertEquals(x.status() == ImportReports.Status.IMPORTED ? x.reportId() : y.reportId(),
                        x.status() == ImportReports.Status.DUPLICATE ? x.reportId() : y.reportId(), "the duplicate names the stored report");
                if (x.reason() == ImportReason.DUPLICATE_MEANWHILE
                        || y.reason() == ImportReason.DUPLICATE_MEANWHILE) {
                    meanwhile++;
                }
            }
            System.out.println("two importers, " + n + " files: " + meanwhile + " stored meanwhile by the other");
        } finally {
            pool.shutdownNow();
        }
        try (WorkspaceSession s = WorkspaceSession.open(ws, false)) {
            assertEquals(n, s.queries().reports(null, null, true).size());
            assertTrue(s.check().isEmpty());
        }
    }

    @Test
    void twoProgramsCreatingTheSameNewWorkspaceAtOnceBothOpenItWithTheSamplesOnce() throws Exception {
        Path ws = dir.resolve("new/ws.db");
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<ImportReports.FileOutcome>>> runs = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    try (WorkspaceSession s = WorkspaceSession.open(ws, true)) {
                        return s.sampleImport();
                    }
                }));
            }
            for (var r : runs) {
                assertTrue(r.get(120, TimeUnit.SECONDS).stream().noneMatch(o -> o.status() == ImportReports.Status.FAILED));
            }
        } finally {
            pool.shutdownNow();
        }
        try (WorkspaceSession s = WorkspaceSession.open(ws, false)) {
            assertEquals(5, s.queries().reports(null, null, true).size());
            assertTrue(s.check().isEmpty());
        }
    }

    @Test
    void aFullDiskStopsTheBatchWithThatMessageAndKeepsWhatWasStored() throws Exception {
        Path folder = reports(12);
        Path ws = dir.resolve("ws.db");
        WorkspaceSession.open(ws, false).close();
        List<ImportReports.FileOutcome> out;
        try (WorkspaceSession s = WorkspaceSession.open(ws, false);
             DiskFullSimulation full = DiskFullSimulation.afterGrowingBy(ws, 8)) {
            out = importFolder(s, folder);
        }
        int firstFull = -1;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).status() == ImportReports.Status.FAILED) {
                firstFull = i;
                break;
            }
        }
        assertTrue(firstFull > 0, "some files fit before the disk filled up: " + out);
        ImportReports.FileOutcome failed = out.get(firstFull);
        assertEquals(ImportReason.DISK_FULL, failed.reason(), failed.toString());
        assertTrue(failed.detail().contains("disk") && failed.detail().contains("full"), failed.detail());
        assertTrue(!failed.detail().contains("no transaction"), failed.detail());
        for (int i = firstFull + 1; i < out.size(); i++) {
            assertEquals(ImportReports.Status.CANCELLED, out.get(i).status(), out.get(i).toString());
            assertEquals(ImportReason.STOPPED_DISK_FULL, out.get(i).reason());
        }
        try (WorkspaceSession s = WorkspaceSession.open(ws, false)) {
            assertEquals(firstFull, s.queries().reports(null, null, true).size(), "every file listed as imported is stored");
            assertTrue(s.check().isEmpty());
            // with space again, the same batch imports the rest; the stored ones are duplicates
            List<ImportReports.FileOutcome> again = importFolder(s, folder);
            assertEquals(firstFull, again.stream().filter(o -> o.status() == ImportReports.Status.DUPLICATE).count());
            assertEquals(out.size() - firstFull, again.stream().filter(o -> o.status() == ImportReports.Status.IMPORTED).count());
        } catch (WorkspaceException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}

package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.WorkspaceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The writer's kept statements: a failed transaction leaves nothing behind, and a backup still runs between imports. */
class StatementCacheTest {
    @TempDir
    Path dir;

    @Test
    void aFailedImportLeavesNoRowsForTheNextAndABackupStillRuns() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.db"))) {
            ReportStore store = new ReportStore(ws, "tester");
            NewReport first = TestReports.county("铜山区", 2023, 120);
            long id = store.insert(first);
            // the same bytes again break the unique SHA-256 half-way through the transaction
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> store.insert(first));
            assertEquals(WorkspaceException.Kind.CONFLICT, e.kind());

            long second = store.insert(TestReports.county("沛县", 2023, 80));
            assertTrue(second > id);
            assertEquals(id, store.findBySha(first.sha256()).orElseThrow().id());
            Jurisdiction pei = store.summary(second).orElseThrow().jurisdiction();
            assertEquals(1, store.activeFor(pei, 2023).size());
            assertEquals(store.values(second).size(), TestReports.county("沛县", 2023, 80).values().size(),
                    "the second report has exactly its own values");
            assertEquals(2, store.list(null, null, true).size());

            ws.backup(dir.resolve("copy.db"));
            assertTrue(Files.size(dir.resolve("copy.db")) > 0);
            store.insert(TestReports.county("丰县", 2023, 60));
            assertEquals(3, store.list(null, null, true).size());
        }
    }
}

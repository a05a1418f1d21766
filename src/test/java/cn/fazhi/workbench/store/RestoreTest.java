package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.WorkspaceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Restore replaces the workspace only with a backup that is really a sound workspace. */
class RestoreTest {
    @TempDir
    Path dir;

    private Path workspaceWithAReport() throws Exception {
        Path ws = dir.resolve("ws.db");
        try (Workspace w = Workspace.open(ws)) {
            new ReportStore(w).insert(TestReports.county("通山县", 2022, 274));
        }
        return ws;
    }

    private void assertRefusedAndUntouched(Path bad, WorkspaceException.Kind kind, String words) throws Exception {
        Path ws = workspaceWithAReport();
        byte[] before = Files.readAllBytes(ws);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.restore(bad, ws));
        assertEquals(kind, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains(words), e.getMessage());
        assertTrue(e.getMessage().contains("Nothing was replaced") || e.getMessage().contains("nothing was replaced"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(ws), "the workspace is exactly as it was");
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().contains("before-restore")
                    || p.getFileName().toString().contains("restoring")), "nothing was moved or left behind");
        }
    }

    @Test
    void anEmptyFileAsAFailedBackupLeavesItIsRefused() throws Exception {
        assertRefusedAndUntouched(Files.createFile(dir.resolve("empty.db")), WorkspaceException.Kind.NOT_A_WORKSPACE, "empty (0 bytes)");
    }

    @Test
    void aFileThatIsNoDatabaseIsRefused() throws Exception {
        assertRefusedAndUntouched(Files.writeString(dir.resolve("notes.db"), "just some notes"),
                WorkspaceException.Kind.NOT_A_WORKSPACE, "not an SQLite database");
    }

    @Test
    void anotherProgramsDatabaseIsRefused() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contacts (name TEXT)");
            s.execute("PRAGMA user_version = 1");
        }
        assertRefusedAndUntouched(other, WorkspaceException.Kind.NOT_A_WORKSPACE, "not a workspace");
    }

    @Test
    void aTruncatedBackupIsRefused() throws Exception {
        Path ws = workspaceWithAReport();
        Path backup = dir.resolve("full.db");
        try (Workspace w = Workspace.open(ws)) {
            w.backup(backup);
        }
        byte[] all = Files.readAllBytes(backup);
        Path half = Files.write(dir.resolve("half.db"), Arrays.copyOf(all, all.length / 2));
        Files.delete(backup);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.restore(half, ws));
        assertTrue(e.kind() == WorkspaceException.Kind.CORRUPT, e.kind() + ": " + e.getMessage());
        assertTrue(Files.size(ws) > 0);
    }

    @Test
    void aSoundBackupIsRestoredAndTheReplacedWorkspaceKept() throws Exception {
        Path ws = workspaceWithAReport();
        Path backup = dir.resolve("b.db");
        try (Workspace w = Workspace.open(ws)) {
            w.backup(backup);
            assertEquals(Workspace.latestSchemaVersion(), Workspace.verifyBackup(backup));
            new ReportStore(w).insert(TestReports.county("崇阳县", 2022, 12));
        }
        Path kept = Workspace.restore(backup, ws);
        assertTrue(Files.exists(kept));
        try (Workspace w = Workspace.open(ws)) {
            assertEquals(1, new ReportStore(w).list(null, null, true).size());
        }
    }
}

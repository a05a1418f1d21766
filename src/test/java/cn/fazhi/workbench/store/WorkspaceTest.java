package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.model.StoredValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceTest {
    @TempDir
    Path dir;

    @AfterEach
    void resetTimeout() {
        Workspace.busyTimeoutMs = 10_000;
    }

    private Path file() {
        return dir.resolve("ws.db");
    }

    private WorkspaceException.Kind refused(Path f) {
        return assertThrows(WorkspaceException.class, () -> Workspace.open(f).close()).kind();
    }

    @Test
    void twoProgramsCreatingOneNewWorkspaceAtTheSameMomentBothOpenIt() throws Exception {
        // SQLite refuses the second switch to WAL at once (no busy wait); a few in a hundred pairs met it before
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int pair = 0; pair < 60; pair++) {
                Path f = dir.resolve("new-" + pair + ".db");
                CyclicBarrier start = new CyclicBarrier(2);
                Callable<Integer> open = () -> {
                    start.await();
                    try (Workspace ws = Workspace.open(f)) {
                        return ws.schemaVersion();
                    }
                };
                Future<Integer> a = pool.submit(open);
                Future<Integer> b = pool.submit(open);
                assertEquals(Workspace.latestSchemaVersion(), a.get(60, TimeUnit.SECONDS), "pair " + pair);
                assertEquals(Workspace.latestSchemaVersion(), b.get(60, TimeUnit.SECONDS), "pair " + pair);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void createsAndMigratesANewWorkspaceToTheLatestSchema() throws Exception {
        try (Workspace ws = Workspace.open(file())) {
            assertEquals(Workspace.latestSchemaVersion(), ws.schemaVersion());
            assertTrue(ws.check().isEmpty());
            ws.read(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    assertEquals("wal", rs.getString(1));
                }
                return null;
            });
        }
    }

    @Test
    void migratesFromEveryEarlierVersionKeepingTheData() throws Exception {
        for (int from = 1; from < Workspace.latestSchemaVersion(); from++) {
            Path f = dir.resolve("v" + from + ".db");
            try (Workspace ws = Workspace.open(f, from)) {
                assertEquals(from, ws.schemaVersion());
            }
            byte[] original = "原件的字节 MARKER".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String text = "通山县2022年法治政府建设情况报告。全县共调处矛盾纠纷274件。";
            long id = from < 4 ? insertAsVersion3Did(f, original, text) : insertAsVersion4Did(f, original, text);
            try (Workspace ws = Workspace.open(f)) {
                assertEquals(Workspace.latestSchemaVersion(), ws.schemaVersion());
                ReportStore store = new ReportStore(ws);
                List<ReportSummary> reports = store.list(null, null, true);
                assertEquals(1, reports.size(), "data kept when migrating from version " + from);
                assertEquals(1, reports.get(0).values());
                assertEquals(text, store.text(id).orElseThrow(), "text kept from version " + from);
                assertArrayEquals(original, store.original(id).orElseThrow(), "original kept from version " + from);
                store.putSetting("deadline", "04-01"); // version 2's table is there
                store.insert(TestReports.county("崇阳县", 2022, 100)); // and the migrated layout takes new reports
            }
            assertTrue(Workspace.checkFile(f).ok(), Workspace.checkFile(f).toString());
        }
    }

    /** A report with one value as version 4 stored it: original and text in report_contents. */
    private static long insertAsVersion4Did(Path f, byte[] original, String text) throws Exception {
        try (Connection c = Workspace.connect(f, false); Statement s = c.createStatement()) {
            s.execute("INSERT INTO jurisdictions (code, name, full_name, level) VALUES ('421224', '通山县', '湖北省咸宁市通山县', 'county')");
            try (var p = c.prepareStatement("INSERT INTO reports (jurisdiction_id, year, source_name, format, sha256, "
                    + "imported_at) VALUES (1, 2022, 'old.txt', 'txt', ?, '2024-01-01T00:00:00Z')")) {
                p.setString(1, java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(original)));
                p.executeUpdate();
            }
            try (var p = c.prepareStatement("INSERT INTO report_contents (report_id, original, text) VALUES (1, ?, ?)")) {
                p.setBytes(1, original);
                p.setString(2, text);
                p.executeUpdate();
            }
            insertOldValue(s, text);
            return 1;
        }
    }

    /** Report 1's value 调解矛盾纠纷 274, with its evidence in {@code text}, as every earlier schema stored it. */
    private static void insertOldValue(Statement s, String text) throws Exception {
        int at = text.indexOf("全县");
        s.execute("INSERT INTO indicator_values (report_id, indicator, value, unit, qualifier, derived, section, ev_start, "
                + "ev_end, ev_text, value_start, value_end, confidence, status, updated_at) VALUES (1, 'mediation.disputes', "
                + "'274', '件', 'exact', 0, 'results', " + at + ", " + text.length() + ", '" + text.substring(at) + "', "
                + text.indexOf("274") + ", " + (text.indexOf("274") + 3) + ", 0.9, 'extracted', '2024-01-01T00:00:00Z')");
    }

    /** A report with one value as versions 1 to 3 stored it: original and text in the reports row. */
    private static long insertAsVersion3Did(Path f, byte[] original, String text) throws Exception {
        try (Connection c = Workspace.connect(f, false); Statement s = c.createStatement()) {
            s.execute("INSERT INTO jurisdictions (code, name, full_name, level) VALUES ('421224', '通山县', '湖北省咸宁市通山县', 'county')");
            try (var p = c.prepareStatement("INSERT INTO reports (jurisdiction_id, year, source_name, format, sha256, original, "
                    + "text, imported_at) VALUES (1, 2022, 'old.txt', 'txt', ?, ?, ?, '2024-01-01T00:00:00Z')")) {
                p.setString(1, java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(original)));
                p.setBytes(2, original);
                p.setString(3, text);
                p.executeUpdate();
            }
            insertOldValue(s, text);
            return 1;
        }
    }

    @Test
    void refusesAWorkspaceFromANewerVersionWithoutTouchingIt() throws Exception {
        try (Workspace ws = Workspace.open(file())) {
            ws.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA user_version = " + (Workspace.latestSchemaVersion() + 1));
                }
                return null;
            });
        }
        byte[] before = Files.readAllBytes(file());
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(file()));
        assertEquals(WorkspaceException.Kind.NEWER_VERSION, e.kind());
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file()));
    }

    @Test
    void afterAnUncleanShutdownOpenReadsEveryPageAndRefusesADamagedOne() throws Exception {
        try (Workspace ws = Workspace.open(file())) {
            new ReportStore(ws).insert(TestReports.county("通山县", 2022, 274));
        }
        assertFalse(OpenCheck.uncleanShutdown(file()), "a clean close leaves no write-ahead log");
        byte[] bytes = Files.readAllBytes(file());
        int pageSize = ((bytes[16] & 0xFF) << 8) | (bytes[17] & 0xFF);
        for (int i = pageSize; i < pageSize + 64; i++) {
            bytes[i] = (byte) 0xA5; // the b-tree header of page 2
        }
        Files.write(file(), bytes);
        // what a crash leaves: a log beside the file (its content does not matter to the decision)
        Path wal = file().resolveSibling(file().getFileName() + "-wal");
        Files.write(wal, new byte[]{1, 2, 3});
        assertTrue(OpenCheck.uncleanShutdown(file()));
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(file()));
        assertEquals(WorkspaceException.Kind.CORRUPT, e.kind(), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(file()));
    }

    @Test
    void truncatedWorkspaceIsReportedAsDamagedAndLeftAsItIs() throws Exception {
        try (Workspace ws = Workspace.open(file())) {
            ReportStore store = new ReportStore(ws);
            for (int i = 0; i < 20; i++) {
                store.insert(TestReports.county("通山县", 2000 + i, 100 + i));
            }
        }
        long size = Files.size(file());
        try (RandomAccessFile f = new RandomAccessFile(file().toFile(), "rw")) {
            f.setLength(size / 2);
        }
        byte[] before = Files.readAllBytes(file());
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(file()));
        assertEquals(WorkspaceException.Kind.CORRUPT, e.kind());
        assertTrue(e.getMessage().contains("damaged") && e.getMessage().contains("backup"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file()));
    }

    @Test
    void filesThatAreNotWorkspacesAreRefusedAndLeftAlone() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.db"), "这不是数据库");
        assertEquals(WorkspaceException.Kind.NOT_A_WORKSPACE, refused(text));
        assertEquals("这不是数据库", Files.readString(text));

        Path other = dir.resolve("other.db");
        try (Connection c = Workspace.connect(other, false); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (id INTEGER)");
        }
        byte[] before = Files.readAllBytes(other);
        assertEquals(WorkspaceException.Kind.NOT_A_WORKSPACE, refused(other));
        assertArrayEquals(before, Files.readAllBytes(other));
    }

    @Test
    void readOnlyWorkspaceIsRefusedWithAClearMessage() throws Exception {
        Workspace.open(file()).close();
        byte[] before = Files.readAllBytes(file());
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("r--r--r--"));
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(file()));
        assertEquals(WorkspaceException.Kind.READ_ONLY, e.kind());
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file()));
    }

    @Test
    void workspaceLockedByAnotherWriterIsReportedAsInUse() throws Exception {
        Workspace.open(file()).close();
        Workspace.busyTimeoutMs = 200;
        try (Connection other = Workspace.connect(file(), false); Statement s = other.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("BEGIN EXCLUSIVE");
            s.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')");
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(file()));
            assertEquals(WorkspaceException.Kind.LOCKED, e.kind());
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
            s.execute("ROLLBACK");
        }
    }

    @Test
    void importKilledHalfWayLeavesNoPartOfTheReport() throws Exception {
        try (Workspace ws = Workspace.open(file())) {
            ReportStore store = new ReportStore(ws);
            NewReport r = TestReports.county("通山县", 2022, 274);
            assertThrows(IllegalStateException.class, () -> store.insert(r, () -> {
                throw new IllegalStateException("process killed");
            }));
            assertTrue(store.list(null, null, true).isEmpty());
            int values = ws.read(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM indicator_values")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals(0, values);
            long id = store.insert(r);
            assertEquals(3, store.values(id).stream().filter(v -> !v.value().derived()).count());
        }
    }

    @Test
    void backupAndRestoreBringBackTheWorkspaceAndKeepTheReplacedOne() throws Exception {
        Path backup = dir.resolve("backup/ws-backup.db");
        long valueId;
        try (Workspace ws = Workspace.open(file())) {
            ReportStore store = new ReportStore(ws);
            long id = store.insert(TestReports.county("通山县", 2022, 274));
            valueId = store.values(id).get(0).id();
            ws.backup(backup);
            store.reject(valueId, "after the backup");
            WorkspaceException again = assertThrows(WorkspaceException.class, () -> ws.backup(backup));
            assertEquals(WorkspaceException.Kind.CONFLICT, again.kind());
        }
        Path kept = Workspace.restore(backup, file());
        assertNotNull(kept);
        try (Workspace ws = Workspace.open(file())) {
            assertEquals(ReviewStatus.EXTRACTED, new ReportStore(ws).value(valueId).orElseThrow().status());
        }
        try (Workspace old = Workspace.open(kept)) {
            assertEquals(ReviewStatus.REJECTED, new ReportStore(old).value(valueId).orElseThrow().status());
        }
    }

    @Test
    void restoreRefusesADamagedBackup() throws Exception {
        Workspace.open(file()).close();
        Path bad = Files.writeString(dir.resolve("bad-backup.db"), "garbage");
        assertThrows(WorkspaceException.class, () -> Workspace.restore(bad, file()));
        assertTrue(Files.exists(file()));
    }

    @Test
    void readsRunWhileAnImportWrites() throws Exception {
        try (Workspace ws = Workspace.open(file())) {
            ReportStore store = new ReportStore(ws);
            AtomicBoolean done = new AtomicBoolean();
            List<Throwable> errors = new CopyOnWriteArrayList<>();
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; i < 40; i++) {
                        store.insert(TestReports.county("通山县", 1980 + i, i + 1));
                    }
                } catch (Throwable t) {
                    errors.add(t);
                } finally {
                    done.set(true);
                }
            });
            writer.start();
            List<Integer> seen = new ArrayList<>();
            while (!done.get()) {
                seen.add(store.list(null, null, true).size());
            }
            writer.join();
            assertTrue(errors.isEmpty(), errors.toString());
            for (int i = 1; i < seen.size(); i++) {
                assertTrue(seen.get(i) >= seen.get(i - 1), "reads see a growing, consistent workspace");
            }
            assertTrue(seen.size() > 1, "reads ran during the import");
            assertEquals(40, store.list(null, null, true).size());
        }
    }

    @Test
    void reextractionChangesOnlyValuesNobodyTouched() throws Exception {
        try (Workspace ws = Workspace.open(file())) {
            ReportStore store = new ReportStore(ws);
            long id = store.insert(TestReports.county("通山县", 2022, 274));
            List<StoredValue> values = store.values(id);
            StoredValue disputes = values.stream().filter(v -> v.value().indicator().equals("mediation.disputes")).findFirst().orElseThrow();
            store.correct(disputes.id(), new java.math.BigDecimal("280"), null, null, "read again");
            NewReport changed = TestReports.county("通山县", 2022, 999);
            ReportStore.ReextractOutcome o = store.reextract(id, changed.values());
            assertEquals(1, o.keptReviewed());
            StoredValue after = store.value(disputes.id()).orElseThrow();
            assertEquals(0, new java.math.BigDecimal("280").compareTo(after.value().value()));
            assertEquals(ReviewStatus.CORRECTED, after.status());
            assertFalse(store.audit(null, disputes.id()).isEmpty());
        }
    }
}

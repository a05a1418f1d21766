package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.DomainRuleException;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.model.WorkspaceHealth;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The workspace: one SQLite file holding everything a user imported, confirmed or corrected.
 * <p>
 * Opening never harms a file it refuses: header, permissions, version and integrity are checked on a
 * read-only connection first; only then is the file opened for writing (WAL, foreign keys on) and
 * migrated. All writes go through one connection, one transaction at a time; reads use their own
 * connections and may run in parallel with a write (WAL).
 */
public final class Workspace implements AutoCloseable {
    /** How long a write waits for another program's write to finish (lowered in tests). */
    static volatile int busyTimeoutMs = 10_000;
    /** How often a write transaction is tried while another program holds the lock (each try waits busyTimeoutMs). */
    static volatile int writeAttempts = 3;
    /** Tests simulate a full disk by capping the file's size in pages (SQLite then fails with SQLITE_FULL). */
    static volatile Long pageLimitForTests;

    private final Path path;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReadConnections readers;

    /** Work done on a connection inside {@link #write} or {@link #read}. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private Workspace(Path path, Connection writer) {
        this.path = path;
        this.writer = writer;
        this.readers = new ReadConnections(path);
    }

    /** Opens (and creates, when the file does not exist) the workspace at {@code file}, migrating it to the latest schema. */
    public static Workspace open(Path file) throws WorkspaceException {
        return open(file, Migrations.latest());
    }

    /** Opens and migrates only up to {@code schemaVersion}: for tests of older versions. */
    static Workspace open(Path file, int schemaVersion) throws WorkspaceException {
        Path path = file.toAbsolutePath();
        boolean exists = Files.exists(path);
        if (exists) {
            OpenCheck.precheck(path);
        } else {
            try {
                Files.createDirectories(path.getParent());
            } catch (IOException e) {
                throw new WorkspaceException(WorkspaceException.Kind.IO,
                        "cannot create the folder for the workspace " + path.getParent() + ": " + e.getMessage(), e);
            }
        }
        Connection c = null;
        try {
            c = connect(path, false);
            enterWalMode(c);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA foreign_keys = ON");
            }
            checkWritable(c, path);
            Migrations.migrate(c, schemaVersion);
            return new Workspace(path, c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw SqliteErrors.translate(e, path);
        } catch (WorkspaceException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * Switches a new file to WAL. When two programs create the same new workspace at once, SQLite refuses the
     * switch to the slower one with SQLITE_BUSY at once, without waiting its busy timeout (the other one holds
     * the lock for its own switch for a moment); so the switch is tried again until the busy timeout is spent.
     */
    private static void enterWalMode(Connection c) throws SQLException {
        long giveUp = System.nanoTime() + busyTimeoutMs * 1_000_000L;
        for (int attempt = 1; ; attempt++) {
            try (Statement s = c.createStatement();
                 var mode = s.executeQuery("PRAGMA journal_mode = WAL")) {
                if (mode.next() && "wal".equalsIgnoreCase(mode.getString(1))) {
                    return;
                }
                if (System.nanoTime() > giveUp) {
                    throw new SQLException("[SQLITE_BUSY] the workspace could not be switched to WAL");
                }
            } catch (SQLException e) {
                if (!SqliteErrors.isBusy(e) || System.nanoTime() > giveUp) {
                    throw e;
                }
                pause(Math.min(attempt, 4));
            }
        }
    }

    private static void checkWritable(Connection c, Path path) throws SQLException, WorkspaceException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, path);
        }
    }

    static Connection connect(Path path, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(busyTimeoutMs);
        config.enforceForeignKeys(true);
        if (readOnly) {
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.READONLY);
        }
        return DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
    }

    public Path path() {
        return path;
    }

    public int schemaVersion() throws WorkspaceException {
        return read(Migrations::version);
    }

    public static int latestSchemaVersion() {
        return Migrations.latest();
    }

    /**
     * Runs {@code work} in one write transaction: all of it lands, or none of it.
     * <p>
     * The transaction starts with {@code BEGIN IMMEDIATE}, so it takes the write lock before reading and waits
     * (busy timeout) while another program writes; a deferred transaction would instead fail at once when it
     * turns from reading to writing after another program's commit. When the lock is still taken after the
     * timeout the whole transaction is tried again a few times before the workspace is reported in use.
     */
    <T> T write(SqlWork<T> work) throws WorkspaceException {
        writeLock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return writeOnce(work);
                } catch (DomainRuleException e) {
                    throw refused(e);
                } catch (SQLException e) {
                    if (!SqliteErrors.isBusy(e) || attempt >= writeAttempts) {
                        throw SqliteErrors.translate(e, path);
                    }
                    pause(attempt);
                }
            }
        } finally {
            writeLock.unlock();
        }
    }

    private <T> T writeOnce(SqlWork<T> work) throws SQLException {
        Long limit = pageLimitForTests;
        if (limit != null) {
            try (Statement s = writer.createStatement()) {
                s.execute("PRAGMA max_page_count = " + limit);
            }
        }
        // BEGIN and COMMIT kept prepared too: an import runs them once per file (a plain Statement parsed them each time)
        try {
            StatementCache.get(writer, "BEGIN IMMEDIATE").execute();
        } catch (SQLException e) {
            StatementCache.forget(writer); // another program writes (busy): the next try starts from fresh statements
            throw e;
        }
        try {
            T result = work.run(writer);
            StatementCache.get(writer, "COMMIT").execute();
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            StatementCache.forget(writer); // none may carry a failed statement's state into the next transaction
            rollback(e);
            throw e;
        }
    }

    /**
     * Rolls back what is left of a failed transaction. SQLite may have rolled it back itself already (a full
     * disk does that); then there is nothing to do, and the original failure is what the user must hear.
     */
    private void rollback(Throwable cause) {
        try (Statement s = writer.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException r) {
            if (!String.valueOf(r.getMessage()).contains("no transaction is active")) {
                cause.addSuppressed(r);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(50L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs {@code work} on a read-only connection of its own (kept open for the next read, {@link ReadConnections}),
     * so reads do not wait for a write.
     */
    <T> T read(SqlWork<T> work) throws WorkspaceException {
        Connection c;
        try {
            c = readers.take();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, path);
        }
        boolean failed = true;
        try {
            T result = work.run(c);
            failed = false;
            return result;
        } catch (DomainRuleException e) {
            failed = false;
            throw refused(e);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, path);
        } finally {
            readers.giveBack(c, failed);
        }
    }

    /**
     * A small read on the writing connection, outside a transaction: the import's questions per file. A reading
     * connection drops its page cache after each commit of another connection; the writer's stays valid.
     */
    <T> T lookUp(SqlWork<T> work) throws WorkspaceException {
        writeLock.lock();
        try {
            return work.run(writer);
        } catch (SQLException e) {
            StatementCache.forget(writer);
            throw SqliteErrors.translate(e, path);
        } finally {
            writeLock.unlock();
        }
    }

    /** A request the rules refused reaches the caller as a workspace failure of the same kind (nothing was changed). */
    private static WorkspaceException refused(DomainRuleException e) {
        return new WorkspaceException(e.kind(), e.getMessage(), e);
    }

    /**
     * Writes a consistent copy of the workspace to {@code target} (which must not exist yet) and checks it
     * as a restore would; a copy that failed half-way (a full disk) is removed, never left looking like a backup.
     */
    public void backup(Path target) throws WorkspaceException {
        Path t = target.toAbsolutePath();
        if (Files.exists(t)) {
            throw new WorkspaceException(WorkspaceException.Kind.CONFLICT, t + " exists already; choose a new file name for the backup");
        }
        writeLock.lock();
        StatementCache.forget(writer); // VACUUM refuses to run beside a statement in progress
        try (PreparedStatement s = writer.prepareStatement("VACUUM INTO ?")) {
            Files.createDirectories(t.getParent());
            s.setString(1, t.toString());
            s.execute();
        } catch (SQLException e) {
            FileRestore.deleteQuietly(t);
            throw SqliteErrors.translate(e, path);
        } catch (IOException e) {
            FileRestore.deleteQuietly(t);
            throw FileRestore.ioFailure("cannot write the backup " + t, e);
        } finally {
            writeLock.unlock();
        }
        try {
            BackupCheck.verify(t);
        } catch (WorkspaceException e) {
            FileRestore.deleteQuietly(t);
            throw new WorkspaceException(e.kind(), "the backup could not be completed: " + e.getMessage(), e);
        }
    }

    /**
     * The full check of a workspace file ({@code workspace check}): integrity, foreign keys, each stored
     * original against its SHA-256, each evidence sentence against the stored text. Read-only; the file need
     * not be open, and may be too damaged to open.
     */
    public static WorkspaceHealth checkFile(Path file) throws WorkspaceException {
        return WorkspaceCheck.run(file);
    }

    /** Checks that {@code backup} can replace a workspace, without changing anything; returns its schema version. */
    public static int verifyBackup(Path backup) throws WorkspaceException {
        return BackupCheck.verify(backup);
    }

    /**
     * Replaces the (closed) workspace at {@code target} with the backup, keeping the file it replaces
     * ({@link FileRestore}).
     *
     * @return where the replaced workspace was kept, or null when there was none
     */
    public static Path restore(Path backup, Path target) throws WorkspaceException {
        return FileRestore.restore(backup, target);
    }

    /** Runs SQLite's full integrity and foreign-key checks; an empty list means all is well. */
    public List<String> check() throws WorkspaceException {
        return read(c -> {
            List<String> problems = OpenCheck.integrity(c, 50, false);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    problems.add("foreign key: table " + rs.getString(1) + " row " + rs.getLong(2) + " -> " + rs.getString(3));
                }
            }
            return problems;
        });
    }

    @Override
    public void close() {
        readers.close();
        writeLock.lock();
        try {
            StatementCache.forget(writer);
            closeQuietly(writer);
        } finally {
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // nothing useful to do: the data is committed or rolled back already
            }
        }
    }
}

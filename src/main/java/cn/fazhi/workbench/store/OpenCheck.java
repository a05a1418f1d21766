package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.WorkspaceException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks a file passes before a workspace is opened for writing: header, permissions, schema version and
 * SQLite's quick check, all on a read-only connection, so a file we refuse is never touched.
 */
final class OpenCheck {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private OpenCheck() {
    }

    /** Everything that can make us refuse a file, checked without writing to it. */
    static void precheck(Path path) throws WorkspaceException {
        if (Files.isDirectory(path)) {
            throw new WorkspaceException(WorkspaceException.Kind.NOT_A_WORKSPACE, path + " is a folder, not a workspace file");
        }
        long size;
        byte[] head = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(path)) {
            size = Files.size(path);
            int n = in.readNBytes(head, 0, head.length);
            if (size > 0 && (n < head.length || !java.util.Arrays.equals(head, SQLITE_HEADER))) {
                throw new WorkspaceException(WorkspaceException.Kind.NOT_A_WORKSPACE,
                        path + " is not a workspace file (it is not an SQLite database); nothing was changed");
            }
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Kind.IO, "cannot read " + path + ": " + e.getMessage(), e);
        }
        if (isReadOnlyFile(path)) {
            throw new WorkspaceException(WorkspaceException.Kind.READ_ONLY, "the workspace " + path
                    + " is read-only; make it writable (or copy it to a writable folder) and open it again");
        }
        if (size == 0) {
            return;
        }
        try (Connection ro = Workspace.connect(path, true)) {
            int version = Migrations.version(ro);
            if (version > Migrations.latest()) {
                throw new WorkspaceException(WorkspaceException.Kind.NEWER_VERSION, "the workspace " + path
                        + " was made by a newer version of Fazhi Workbench (schema " + version + ", this version knows "
                        + Migrations.latest() + "); update the program to open it. Nothing was changed.");
            }
            if (version == 0 && hasTablesButNoVersion(ro)) {
                throw new WorkspaceException(WorkspaceException.Kind.NOT_A_WORKSPACE, path
                        + " is an SQLite database of another program, not a workspace; nothing was changed");
            }
            // With a write-ahead log beside it, another program may be writing right now (or was cut off): the
            // file's size then lags the page count its header records until the log is checkpointed, so only the
            // integrity check below, which reads through the log, can tell a damaged file.
            String truncated = inUseOrUnclean(path) ? null : truncation(path, size);
            if (truncated != null) {
                // another program may have finished its checkpoint between the two looks: look once more
                sleepBriefly();
                truncated = inUseOrUnclean(path) ? null : truncation(path, currentSize(path, size));
            }
            if (truncated != null) {
                throw new WorkspaceException(WorkspaceException.Kind.CORRUPT, corruptMessage(path, truncated));
            }
            // Reading every page costs seconds on a national workspace (~1 GB: the quick check costs about what the
            // full one does, the pages being mostly report contents). It is worth it only when the last session
            // may not have ended cleanly: SQLite removes the write-ahead log when the last connection closes, so
            // a log left beside the file means a crash, a power cut, or another program using it now. workspace
            // check runs the full check at any time.
            if (uncleanShutdown(path)) {
                List<String> problems = integrity(ro, 5, true);
                if (!problems.isEmpty()) {
                    throw new WorkspaceException(WorkspaceException.Kind.CORRUPT, corruptMessage(path, String.join("; ", problems)));
                }
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, path);
        }
    }

    static String corruptMessage(Path path, String detail) {
        return "the workspace " + path + " is damaged (" + detail + "). Nothing was changed; restore it from a "
                + "backup (workspace restore) or open another workspace.";
    }

    static boolean isReadOnlyFile(Path path) {
        try {
            DosFileAttributes dos = Files.readAttributes(path, DosFileAttributes.class);
            if (dos.isReadOnly()) {
                return true;
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a DOS file system
        }
        try {
            PosixFileAttributes posix = Files.readAttributes(path, PosixFileAttributes.class);
            // The owner's write bit says what the user intends, even for root, who could write anyway.
            if (!posix.permissions().contains(PosixFilePermission.OWNER_WRITE)) {
                return true;
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system
        }
        return !Files.isWritable(path);
    }

    /**
     * Tables without a schema version: another program's database. Both are read in one statement, so in one
     * snapshot: read one after the other they could straddle the commit of another program that is creating
     * this same workspace right now (version 0 read before it, its first tables after), and a new workspace
     * would be refused as a stranger's.
     */
    private static boolean hasTablesButNoVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                     + " AND (SELECT user_version FROM pragma_user_version) = 0")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /** Whether a write-ahead log is left beside the workspace (see {@link #precheck}). */
    /** A log or a shared-memory file beside the workspace: another program has it open, or the last one did not close. */
    private static boolean inUseOrUnclean(Path path) {
        return uncleanShutdown(path) || Files.exists(path.resolveSibling(path.getFileName() + "-shm"));
    }

    private static long currentSize(Path path, long before) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return before;
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean uncleanShutdown(Path path) {
        Path wal = path.resolveSibling(path.getFileName() + "-wal");
        try {
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * A file shorter than its own header says (a copy or download cut off), found from the header alone; null
     * when the length is right or the header does not know it.
     */
    static String truncation(Path path, long size) throws WorkspaceException {
        byte[] h = new byte[100];
        try (InputStream in = Files.newInputStream(path)) {
            if (in.readNBytes(h, 0, h.length) < h.length) {
                return "the file ends inside its header";
            }
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Kind.IO, "cannot read " + path + ": " + e.getMessage(), e);
        }
        int pageSize = ((h[16] & 0xFF) << 8) | (h[17] & 0xFF);
        long pageBytes = pageSize == 1 ? 65536 : pageSize;
        long pages = be32(h, 28);
        // the page count in the header is valid only when written by the same change as the change counter
        boolean valid = be32(h, 24) == be32(h, 92) && pages > 0;
        if (valid && size < pages * pageBytes) {
            return "the file is cut off: " + size + " bytes of the " + pages * pageBytes + " its header records";
        }
        return null;
    }

    private static long be32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    /** SQLite's integrity check (or its quick form, without the index cross-check); an empty list means all is well. */
    static List<String> integrity(Connection c, int max, boolean quick) throws SQLException {
        List<String> problems = new ArrayList<>();
        String pragma = quick ? "quick_check" : "integrity_check";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma + "(" + max + ")")) {
            while (rs.next()) {
                String r = rs.getString(1);
                if (!"ok".equals(r)) {
                    problems.add(r);
                }
            }
        }
        return problems;
    }
}

package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.WorkspaceException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a file can replace the workspace: it exists and is not empty, it is an SQLite database, it
 * opens read-only, it is a workspace of a version this program knows (its own tables are there), and
 * SQLite's full integrity check passes. A failed backup on a full disk leaves an empty or truncated file;
 * such a file never replaces anything.
 */
final class BackupCheck {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final Set<String> TABLES = Set.of("reports", "indicator_values", "jurisdictions", "audit_log");

    private BackupCheck() {
    }

    /** @return the backup's schema version */
    static int verify(Path file) throws WorkspaceException {
        Path f = file.toAbsolutePath();
        if (!Files.isRegularFile(f)) {
            throw new WorkspaceException(WorkspaceException.Kind.NOT_FOUND, "the backup " + f + " does not exist");
        }
        long size;
        try (InputStream in = Files.newInputStream(f)) {
            size = Files.size(f);
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (size == 0) {
                throw refused(f, "it is empty (0 bytes), as a backup that failed, e.g. on a full disk, leaves it");
            }
            if (!java.util.Arrays.equals(head, SQLITE_HEADER)) {
                throw refused(f, "it is not a workspace file (not an SQLite database)");
            }
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Kind.IO, "cannot read the backup " + f + ": " + e.getMessage(), e);
        }
        try (Connection c = Workspace.connect(f, true)) {
            int version = Migrations.version(c);
            if (version > Migrations.latest()) {
                throw new WorkspaceException(WorkspaceException.Kind.NEWER_VERSION, "the backup " + f
                        + " was made by a newer version of Fazhi Workbench (schema " + version + "); nothing was replaced");
            }
            Set<String> missing = new TreeSet<>(TABLES);
            missing.removeAll(tables(c));
            if (version < 1 || !missing.isEmpty()) {
                throw refused(f, "it is an SQLite database but not a workspace"
                        + (missing.isEmpty() ? "" : " (no " + String.join(", ", missing) + ")"));
            }
            List<String> problems = integrity(c);
            if (!problems.isEmpty()) {
                throw new WorkspaceException(WorkspaceException.Kind.CORRUPT, "the backup " + f + " is damaged ("
                        + String.join("; ", problems) + "); nothing was replaced");
            }
            return version;
        } catch (SQLException e) {
            WorkspaceException w = SqliteErrors.translate(e, f);
            if (w.kind() == WorkspaceException.Kind.CORRUPT || w.kind() == WorkspaceException.Kind.IO) {
                throw new WorkspaceException(w.kind(), "the backup " + f + " cannot be used (" + e.getMessage()
                        + "); nothing was replaced", e);
            }
            throw w;
        }
    }

    private static WorkspaceException refused(Path f, String why) {
        return new WorkspaceException(WorkspaceException.Kind.NOT_A_WORKSPACE,
                "the file " + f + " cannot be restored: " + why + ". Nothing was replaced.");
    }

    private static Set<String> tables(Connection c) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static List<String> integrity(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check(20)")) {
            while (rs.next()) {
                if (!"ok".equals(rs.getString(1))) {
                    problems.add(rs.getString(1));
                }
            }
        }
        return problems;
    }
}

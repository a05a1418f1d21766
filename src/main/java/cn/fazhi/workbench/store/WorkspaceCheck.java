package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.model.WorkspaceHealth;
import cn.fazhi.workbench.model.WorkspaceHealth.DamagedReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code workspace check}: SQLite's full integrity and foreign-key checks, then, report by report, whether
 * the stored original still has the SHA-256 it was imported with and whether the stored text still holds
 * each value's evidence sentence at its offsets. SQLite's own check only sees the file's structure; a byte
 * changed inside a report is found by the hash. Works on a read-only connection, so it also runs on a
 * workspace too damaged to open, and changes nothing.
 */
final class WorkspaceCheck {
    private static final int MAX_PROBLEMS = 100;

    private WorkspaceCheck() {
    }

    static WorkspaceHealth run(Path file) throws WorkspaceException {
        Path path = file.toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new WorkspaceException(WorkspaceException.Kind.NOT_FOUND, "there is no workspace at " + path);
        }
        List<String> problems = new ArrayList<>();
        List<DamagedReport> damaged = new ArrayList<>();
        int checked = 0;
        try (Connection c = Workspace.connect(path, true)) {
            structure(c, problems);
            Map<Long, String> reports = reports(c, problems);
            for (Map.Entry<Long, String> r : reports.entrySet()) {
                DamagedReport d = report(c, r.getKey(), r.getValue());
                if (d != null) {
                    damaged.add(d);
                }
                checked++;
            }
        } catch (SQLException e) {
            WorkspaceException w = SqliteErrors.translate(e, path);
            if (w.kind() != WorkspaceException.Kind.CORRUPT) {
                throw w;
            }
            problems.add("the file cannot be read as a workspace: " + e.getMessage());
        }
        return new WorkspaceHealth(path, problems, checked, damaged);
    }

    private static void structure(Connection c, List<String> problems) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check(" + MAX_PROBLEMS + ")")) {
            while (rs.next()) {
                if (!"ok".equals(rs.getString(1))) {
                    problems.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            problems.add("integrity check stopped: " + e.getMessage());
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next()) {
                problems.add("foreign key: table " + rs.getString(1) + " row " + rs.getLong(2) + " -> " + rs.getString(3));
            }
        } catch (SQLException e) {
            problems.add("foreign-key check stopped: " + e.getMessage());
        }
    }

    private static Map<Long, String> reports(Connection c, List<String> problems) {
        Map<Long, String> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, source_name FROM reports ORDER BY id")) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2));
            }
        } catch (SQLException e) {
            problems.add("the list of reports cannot be read completely (" + out.size() + " read): " + e.getMessage());
        }
        return out;
    }

    /** The damage found in one report, or null when it is intact. */
    private static DamagedReport report(Connection c, long id, String name) {
        String text;
        // a workspace too damaged to open was not migrated: before schema 4 the content is in the reports row
        String sql = contentInOwnTable(c)
                ? "SELECT r.sha256, x.original, x.text FROM reports r LEFT JOIN report_contents x ON x.report_id = r.id WHERE r.id = ?"
                : "SELECT sha256, original, text FROM reports WHERE id = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return new DamagedReport(id, name, "unreadable", "the report's row cannot be found again");
                }
                String sha = rs.getString(1);
                byte[] original = rs.getBytes(2);
                text = rs.getString(3);
                if (original == null || sha == null || !sha.equalsIgnoreCase(sha256(original))) {
                    return new DamagedReport(id, name, "original_changed",
                            "the stored original no longer matches its SHA-256 (" + sha + ")");
                }
            }
        } catch (SQLException e) {
            return new DamagedReport(id, name, "unreadable", "the stored report cannot be read: " + e.getMessage());
        }
        return evidence(c, id, name, text == null ? "" : text);
    }

    private static DamagedReport evidence(Connection c, long id, String name, String text) {
        List<Long> changed = new ArrayList<>();
        List<Long> unreadable = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, value, ev_start, ev_end, ev_text, flags "
                + "FROM indicator_values WHERE report_id = ? ORDER BY id")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long vid = rs.getLong(1);
                    try {
                        new java.math.BigDecimal(rs.getString(2));
                    } catch (RuntimeException e) {
                        unreadable.add(vid);
                    }
                    int start = rs.getInt(3);
                    boolean hasEvidence = !rs.wasNull();
                    int end = rs.getInt(4);
                    String sentence = rs.getString(5);
                    String flags = rs.getString(6);
                    if (!hasEvidence || sentence == null || (flags != null && flags.contains("evidence_from_previous_version"))) {
                        continue;
                    }
                    if (start < 0 || end > text.length() || start > end || !text.substring(start, end).equals(sentence)) {
                        changed.add(vid);
                    }
                }
            }
        } catch (SQLException e) {
            return new DamagedReport(id, name, "unreadable", "the report's values cannot be read: " + e.getMessage());
        }
        if (!changed.isEmpty()) {
            return new DamagedReport(id, name, "evidence_changed",
                    "the stored text no longer holds the evidence of values " + changed);
        }
        if (!unreadable.isEmpty()) {
            return new DamagedReport(id, name, "value_unreadable", "values " + unreadable + " are not numbers");
        }
        return null;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static boolean contentInOwnTable(Connection c) {
        try {
            return Migrations.version(c) >= 4;
        } catch (SQLException e) {
            return true;
        }
    }
}

package cn.fazhi.workbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema changes, applied in order on open. The version lives in SQLite's own
 * {@code PRAGMA user_version}: migration N runs in one transaction that also sets the version to N, so a
 * crash leaves the workspace at N-1 or N, never between.
 */
final class Migrations {
    private static final String DIR = "/db/migration/";

    /** One migration script. */
    record Migration(int version, String name, String sql) {
    }

    private Migrations() {
    }

    static List<Migration> all() {
        List<Migration> out = new ArrayList<>();
        for (String file : read("INDEX").split("\n")) {
            if (file.isBlank()) {
                continue;
            }
            String name = file.strip();
            int version = Integer.parseInt(name.substring(1, name.indexOf("__")));
            if (version != out.size() + 1) {
                throw new IllegalStateException("migrations must be numbered 1, 2, 3…: " + name);
            }
            out.add(new Migration(version, name, read(name)));
        }
        return out;
    }

    static int latest() {
        return all().size();
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Brings the schema from its current version up to {@code target}, each migration in one transaction.
     * The transaction takes the write lock first and reads the version again inside it: another program
     * opening the same new workspace at the same moment waits, then finds the migration done and skips it.
     */
    static void migrate(Connection c, int target) throws SQLException {
        for (Migration m : all()) {
            if (m.version() > target || m.version() <= version(c)) {
                continue;
            }
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                try {
                    if (version(c) >= m.version()) {
                        s.execute("ROLLBACK");
                        continue;
                    }
                    for (String statement : statements(m.sql())) {
                        s.execute(statement);
                    }
                    s.execute("PRAGMA user_version = " + m.version());
                    s.execute("COMMIT");
                } catch (SQLException e) {
                    try {
                        s.execute("ROLLBACK");
                    } catch (SQLException ignored) {
                        // SQLite rolled back already; the migration's own failure is what matters
                    }
                    throw new SQLException("migration " + m.name() + " failed: " + e.getMessage(), e);
                }
            }
        }
    }

    /** Splits a script at semicolons that end a line (our scripts have no triggers or strings with ';'). */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String code = line.contains("--") ? line.substring(0, line.indexOf("--")) : line;
            current.append(code).append('\n');
            if (code.strip().endsWith(";")) {
                String st = current.toString().strip();
                out.add(st.substring(0, st.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

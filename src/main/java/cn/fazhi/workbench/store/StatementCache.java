package cn.fazhi.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Statements of the writing connection prepared once and kept for the next transaction. An import stores
 * each file in its own transaction with the same half-dozen statements; preparing them again for every file
 * (SQLite parses and plans each) was a visible part of an import's storage part (JFR, issue 17).
 * <p>
 * Only the writing connection uses it, always under the workspace's write lock, so a statement is never used
 * by two threads at once. A caller never closes a cached statement; it binds every parameter before each use
 * and reads a query to its end ({@link #firstLong}). A transaction that fails drops all of them ({@link #forget}), so no
 * half-run batch or statement left in an error state reaches the next one; {@link Workspace#close()} closes
 * them before the connection.
 */
final class StatementCache {
    private static final Map<Connection, Map<String, PreparedStatement>> BY_CONNECTION = new IdentityHashMap<>();

    private StatementCache() {
    }

    /** The statement for {@code sql} on {@code c}, prepared on first use. */
    static PreparedStatement get(Connection c, String sql) throws SQLException {
        Map<String, PreparedStatement> statements;
        synchronized (BY_CONNECTION) {
            statements = BY_CONNECTION.computeIfAbsent(c, k -> new HashMap<>());
        }
        PreparedStatement s = statements.get(sql);
        if (s == null || s.isClosed()) {
            s = c.prepareStatement(sql);
            statements.put(sql, s);
        }
        return s;
    }

    /**
     * The first column of the first row a cached query gives, or null when it gives none. The rows are read
     * to the end: closing the result set does not reset the statement, and a statement left half-read would
     * hold a read transaction open on the connection (a backup's VACUUM then refuses to run).
     */
    static Long firstLong(PreparedStatement s) throws SQLException {
        Long first = null;
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                if (first == null) {
                    first = rs.getLong(1);
                }
            }
        }
        return first;
    }

    /** The id the last INSERT on {@code c} gave its row (what getGeneratedKeys would ask, without a new statement each time). */
    static long lastInsertId(Connection c) throws SQLException {
        Long id = firstLong(get(c, "SELECT last_insert_rowid()"));
        if (id == null) {
            throw new SQLException("no id generated");
        }
        return id;
    }

    /** Closes the statements kept for {@code c} (before {@code c} itself is closed). */
    static void forget(Connection c) {
        Map<String, PreparedStatement> statements;
        synchronized (BY_CONNECTION) {
            statements = BY_CONNECTION.remove(c);
        }
        if (statements == null) {
            return;
        }
        for (PreparedStatement s : statements.values()) {
            try {
                s.close();
            } catch (SQLException e) {
                // closing the connection next releases it anyway
            }
        }
    }
}

package cn.fazhi.workbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A few read-only connections kept open between reads. Opening a connection makes SQLite read and parse the
 * schema again; an import asks two questions per file, so a connection per question cost more than the
 * questions (issue 17). Each statement on an idle connection still runs in its own read transaction and sees
 * the latest commit (WAL), so keeping them open changes nothing a reader sees. Reads from several threads each
 * take their own connection; at most {@link #MAX_IDLE} are kept, the rest closed after use.
 */
final class ReadConnections implements AutoCloseable {
    static final int MAX_IDLE = 4;

    private final Path path;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    ReadConnections(Path path) {
        this.path = path;
    }

    /** An open read-only connection, reused when one is idle. */
    Connection take() throws SQLException {
        synchronized (this) {
            if (closed) {
                throw new SQLException("the workspace " + path + " is closed");
            }
            Connection c = idle.pollFirst();
            if (c != null) {
                return c;
            }
        }
        return Workspace.connect(path, true);
    }

    /**
     * Gives a connection back after a read. One that failed is closed rather than kept: it may have been
     * what failed.
     */
    void giveBack(Connection c, boolean failed) {
        if (!failed) {
            synchronized (this) {
                if (!closed && idle.size() < MAX_IDLE) {
                    idle.addFirst(c);
                    return;
                }
            }
        }
        closeQuietly(c);
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            idle.forEach(ReadConnections::closeQuietly);
            idle.clear();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // a read connection holds nothing that could be lost
        }
    }
}

package cn.fazhi.workbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Simulates a disk that fills up: the workspace may grow by a few pages more, then SQLite fails every
 * write with SQLITE_FULL, exactly as on a full disk. Close it to give the disk its space back.
 */
public final class DiskFullSimulation implements AutoCloseable {
    private DiskFullSimulation() {
    }

    public static DiskFullSimulation afterGrowingBy(Path workspace, long pages) throws SQLException {
        long now;
        try (Connection c = Workspace.connect(workspace, true); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA page_count")) {
            rs.next();
            now = rs.getLong(1);
        }
        Workspace.pageLimitForTests = now + pages;
        return new DiskFullSimulation();
    }

    @Override
    public void close() {
        Workspace.pageLimitForTests = null;
    }
}

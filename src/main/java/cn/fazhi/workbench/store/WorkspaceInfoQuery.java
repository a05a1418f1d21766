package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.model.WorkspaceInfo;

import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** The figures {@code workspace info} and the window's status line show: counts only, no report is read whole. */
public final class WorkspaceInfoQuery {
    private final Workspace ws;

    public WorkspaceInfoQuery(Workspace ws) {
        this.ws = ws;
    }

    public WorkspaceInfo info() throws WorkspaceException {
        return ws.read(c -> {
            Map<String, Integer> byStatus = new LinkedHashMap<>();
            for (ReviewStatus st : ReviewStatus.values()) {
                byStatus.put(st.id(), 0);
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT status, count(*) FROM indicator_values GROUP BY status")) {
                while (rs.next()) {
                    byStatus.put(rs.getString(1), rs.getInt(2));
                }
            }
            long bytes;
            try {
                bytes = Files.size(ws.path());
            } catch (java.io.IOException e) {
                bytes = -1;
            }
            return new WorkspaceInfo(ws.path(), bytes, Migrations.version(c),
                    Sql.count(c, "SELECT count(*) FROM reports WHERE superseded_by IS NULL"),
                    Sql.count(c, "SELECT count(*) FROM reports WHERE superseded_by IS NOT NULL"),
                    Sql.count(c, "SELECT count(*) FROM reports WHERE superseded_by IS NULL AND needs_attention = 1"),
                    Sql.count(c, "SELECT count(*) FROM jurisdictions"), byStatus,
                    Sql.string(c, "SELECT max(imported_at) FROM reports"),
                    Sql.count(c, "SELECT count(*) FROM catalogue") > 0);
        });
    }
}

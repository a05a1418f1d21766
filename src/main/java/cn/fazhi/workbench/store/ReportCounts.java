package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.ReportCount;
import cn.fazhi.workbench.model.WorkspaceException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports in force counted per jurisdiction and year, in one grouped query over the small report rows: on a
 * national workspace (30,000 reports, 2,854 jurisdictions × 10 years) a tenth of the cost of the report list,
 * which also counts every report's values.
 */
public final class ReportCounts {
    private final Workspace ws;

    public ReportCounts(Workspace ws) {
        this.ws = ws;
    }

    /** One row per jurisdiction (or none) and year (or none) with a report in force. */
    public List<ReportCount> inForce() throws WorkspaceException {
        return ws.read(c -> {
            List<ReportCount> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT j.code, j.name, j.full_name, j.level, j.parent_code, j.province, j.city, r.year, count(*) AS n
                    FROM reports r LEFT JOIN jurisdictions j ON j.id = r.jurisdiction_id
                    WHERE r.superseded_by IS NULL
                    GROUP BY r.jurisdiction_id, r.year""");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Jurisdiction j = Rows.jurisdiction(rs);
                    int year = rs.getInt("year");
                    out.add(new ReportCount(j, rs.wasNull() ? null : year, rs.getInt("n")));
                }
            }
            return out;
        });
    }
}

package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.AuditEntry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The audit log: every change a person makes, written in the same transaction as the change. */
final class AuditLog {
    private AuditLog() {
    }

    /** One row of the audit log, in the caller's transaction. */
    static void write(Connection c, String who, String action, Long reportId, Long valueId, String indicator,
                      String oldValue, String newValue, String note) throws SQLException {
        // cached (StatementCache): every imported file writes one
        PreparedStatement s = StatementCache.get(c, "INSERT INTO audit_log (at, who, action, report_id, value_id, "
                + "indicator, old_value, new_value, note) VALUES (?,?,?,?,?,?,?,?,?)");
        s.setString(1, Sql.now());
        s.setString(2, who);
        s.setString(3, action);
        Sql.setLong(s, 4, reportId);
        Sql.setLong(s, 5, valueId);
        s.setString(6, indicator);
        s.setString(7, oldValue);
        s.setString(8, newValue);
        s.setString(9, note);
        s.executeUpdate();
    }

    /** The entries of one value, else of one report, else all; oldest first. */
    static List<AuditEntry> read(Connection c, Long reportId, Long valueId) throws SQLException {
        String where = valueId != null ? "value_id = ?" : reportId != null ? "report_id = ?" : "1 = 1";
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM audit_log WHERE " + where + " ORDER BY id")) {
            if (valueId != null) {
                s.setLong(1, valueId);
            } else if (reportId != null) {
                s.setLong(1, reportId);
            }
            List<AuditEntry> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(Rows.audit(rs));
                }
            }
            return out;
        }
    }
}

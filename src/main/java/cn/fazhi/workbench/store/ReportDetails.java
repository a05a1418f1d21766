package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.WorkspaceException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * What a person states about a report that its file may not say: the publication date (the scorecard's
 * first date source) and the report's web address. Each change is one transaction with its audit row.
 * The person's word lives in its own columns, so re-extraction never touches it, and it goes with the
 * report to a newer version or to another version made the one in force ({@link #carryOver}).
 */
public final class ReportDetails {
    private final Workspace ws;
    private final String who;

    public ReportDetails(Workspace ws, String who) {
        this.ws = ws;
        this.who = who;
    }

    /** Sets the publication date by hand; null clears it, and the date read from the report is in force again. */
    public ReportSummary setPublishDate(long reportId, LocalDate date, String note) throws WorkspaceException {
        return ws.write(c -> {
            ReportSummary old = Reports.require(c, reportId);
            String before = old.publishDateByHand() ? old.publishDate().toString() : null;
            try (PreparedStatement s = c.prepareStatement("UPDATE reports SET publish_date_by_hand = ? WHERE id = ?")) {
                s.setString(1, date == null ? null : date.toString());
                s.setLong(2, reportId);
                s.executeUpdate();
            }
            AuditLog.write(c, who, "set_publish_date", reportId, null, null, before,
                    date == null ? null : date.toString(), note);
            return Reports.require(c, reportId);
        });
    }

    /**
     * Sets the report's web address by hand (it then wins over any address a file gives); null or blank
     * clears it. The address is checked by the caller ({@code workflow.SourceUrls}).
     */
    public ReportSummary setSourceUrl(long reportId, String url, String note) throws WorkspaceException {
        String value = url == null || url.isBlank() ? null : url.strip();
        return ws.write(c -> {
            ReportSummary old = Reports.require(c, reportId);
            try (PreparedStatement s = c.prepareStatement("UPDATE reports SET source_url = ?, source_url_by_hand = ? WHERE id = ?")) {
                s.setString(1, value);
                s.setInt(2, value == null ? 0 : 1);
                s.setLong(3, reportId);
                s.executeUpdate();
            }
            AuditLog.write(c, who, "set_source_url", reportId, null, null, old.sourceUrl(), value, note);
            return Reports.require(c, reportId);
        });
    }

    /**
     * Gives report {@code toId} (a newer version, or another version now in force) what a person stated about
     * report {@code fromId}: the date set by hand, unless the new one has its own; the address given by hand
     * over the new file's; the old address when the new file gives none. In the caller's transaction.
     */
    static void carryOver(Connection c, long fromId, long toId) throws SQLException {
        String fromDate;
        String fromUrl;
        boolean fromUrlByHand;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT publish_date_by_hand, source_url, source_url_by_hand FROM reports WHERE id = ?")) {
            s.setLong(1, fromId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                fromDate = rs.getString(1);
                fromUrl = rs.getString(2);
                fromUrlByHand = rs.getInt(3) != 0;
            }
        }
        if (fromDate != null) {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE reports SET publish_date_by_hand = ? WHERE id = ? AND publish_date_by_hand IS NULL")) {
                s.setString(1, fromDate);
                s.setLong(2, toId);
                s.executeUpdate();
            }
        }
        if (fromUrl != null) {
            try (PreparedStatement s = c.prepareStatement(fromUrlByHand
                    ? "UPDATE reports SET source_url = ?, source_url_by_hand = 1 WHERE id = ? AND source_url_by_hand = 0"
                    : "UPDATE reports SET source_url = ? WHERE id = ? AND source_url IS NULL")) {
                s.setString(1, fromUrl);
                s.setLong(2, toId);
                s.executeUpdate();
            }
        }
    }
}

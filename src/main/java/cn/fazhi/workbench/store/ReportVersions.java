package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.WorkspaceException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One report, several files: the same report in another format (.txt, .html, .docx, .pdf…) is stored
 * whole, but only one version — the primary — is in force for its jurisdiction and year; the others are
 * kept beside it, marked as superseded by it, so lists and comparisons see one report. The user can make
 * another version the primary one; values a person reviewed go with the primary.
 */
public final class ReportVersions {
    private final ReportStore store;

    public ReportVersions(ReportStore store) {
        this.store = store;
    }

    /** Stores another version of report {@code primaryId} (and its values) in one transaction; returns its id. */
    public long insertAlternate(long primaryId, NewReport r) throws WorkspaceException {
        return store.ws.write(c -> {
            long id = ReportRows.insert(c, r);
            ValueRows.insertExtracted(c, id, r.values());
            ReportRows.setSupersededBy(c, id, primaryId);
            if (r.sourceUrl() != null && r.sourceUrlByHand()) {
                AuditLog.write(c, store.who, "set_source_url", id, null, null, null, r.sourceUrl(), null);
            }
            if (r.sourceUrl() != null) { // a saved web page knows the address a PDF of the same report does not
                try (PreparedStatement s = c.prepareStatement(
                        "UPDATE reports SET source_url = ? WHERE id = ? AND source_url IS NULL")) {
                    s.setString(1, r.sourceUrl());
                    s.setLong(2, primaryId);
                    s.executeUpdate();
                }
            }
            AuditLog.write(c, store.who, "other_version", id, null, null, null, String.valueOf(primaryId),
                    r.sourceName() + " is the same report as report " + primaryId + " in another format; kept as another version");
            return id;
        });
    }

    /**
     * Makes {@code reportId} the version in force: the primary until now and its other versions point to
     * it, and every value a person confirmed, corrected, rejected or added on the old primary is carried
     * over (evidence looked up again in this version's text). One transaction; audited.
     *
     * @return the id of the previous primary, or {@code reportId} when it was the primary already
     */
    public long makePrimary(long reportId) throws WorkspaceException {
        return store.ws.write(c -> {
            long primary = primaryOf(c, reportId);
            if (primary == reportId) {
                return reportId;
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE reports SET superseded_by = ? WHERE superseded_by = ? OR id = ?")) {
                s.setLong(1, reportId);
                s.setLong(2, primary);
                s.setLong(3, primary);
                s.executeUpdate();
            }
            ReportRows.setSupersededBy(c, reportId, null);
            ReportDetails.carryOver(c, primary, reportId);
            int carried = ValueRows.carryOver(c, store.who, primary, reportId, ReportRows.text(c, reportId).orElse(""));
            AuditLog.write(c, store.who, "make_primary", reportId, null, null, String.valueOf(primary), String.valueOf(reportId),
                    "report " + reportId + " is now the version in force instead of report " + primary + "; "
                            + carried + " reviewed values carried over");
            return primary;
        });
    }

    /** The version in force that {@code reportId} leads to (itself when it is in force). */
    public long primaryOf(long reportId) throws WorkspaceException {
        return store.ws.read(c -> primaryOf(c, reportId));
    }

    private static long primaryOf(Connection c, long reportId) throws SQLException {
        long id = reportId;
        for (int hops = 0; hops < 1000; hops++) {
            try (PreparedStatement s = c.prepareStatement("SELECT superseded_by FROM reports WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("no report " + id);
                    }
                    long next = rs.getLong(1);
                    if (rs.wasNull()) {
                        return id;
                    }
                    id = next;
                }
            }
        }
        throw new SQLException("report " + reportId + ": the chain of versions does not end");
    }
}

package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.Jurisdiction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Rows of reports and jurisdictions, inside the caller's transaction. */
final class ReportRows {
    private ReportRows() {
    }

    /** Stores the report row (and its jurisdiction when new); returns the report's id. */
    static long insert(Connection c, NewReport r) throws SQLException {
        Long jid = r.metadata().jurisdiction() == null ? null : upsertJurisdiction(c, r.metadata().jurisdiction());
        // cached statements (StatementCache): an import runs these once per file, each file its own transaction
        PreparedStatement s = StatementCache.get(c, "INSERT INTO reports (jurisdiction_id, year, title, issuer, "
                + "publish_date, doc_number, source_name, source_path, format, charset, sha256, warnings, "
                + "needs_attention, imported_at, source_url, source_url_by_hand) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        Sql.setLong(s, 1, jid);
        Sql.setInt(s, 2, r.metadata().year());
        s.setString(3, r.metadata().title());
        s.setString(4, r.metadata().issuer());
        s.setString(5, r.metadata().publishDate() == null ? null : r.metadata().publishDate().toString());
        s.setString(6, r.metadata().docNumber());
        s.setString(7, r.sourceName());
        s.setString(8, r.sourcePath());
        s.setString(9, r.text().format().id());
        s.setString(10, r.text().charset());
        s.setString(11, r.sha256());
        s.setString(12, Sql.jsonArray(r.warnings()));
        s.setInt(13, r.needsAttention() ? 1 : 0);
        s.setString(14, Sql.now());
        s.setString(15, r.sourceUrl());
        s.setInt(16, r.sourceUrl() != null && r.sourceUrlByHand() ? 1 : 0);
        s.executeUpdate();
        long id = StatementCache.lastInsertId(c);
        // the content in its own table (schema 4): lists and comparisons never read past the small columns
        PreparedStatement content = StatementCache.get(c, "INSERT INTO report_contents (report_id, original, text) VALUES (?,?,?)");
        content.setLong(1, id);
        content.setBytes(2, r.bytes());
        content.setString(3, r.text().text());
        content.executeUpdate();
        return id;
    }

    static long upsertJurisdiction(Connection c, Jurisdiction j) throws SQLException {
        PreparedStatement known = StatementCache.get(c,
                "SELECT id FROM jurisdictions WHERE full_name = ? OR (code IS NOT NULL AND code = ?)");
        known.setString(1, j.fullName());
        known.setString(2, j.code());
        Long id = StatementCache.firstLong(known);
        if (id != null) {
            return id;
        }
        // cached as well: a first import of a province meets a new jurisdiction in most files, and asking for
        // the generated key prepared yet another statement each time
        PreparedStatement s = StatementCache.get(c, "INSERT INTO jurisdictions (code, name, full_name, level, parent_code, "
                + "province, city) VALUES (?,?,?,?,?,?,?)");
        s.setString(1, j.code());
        s.setString(2, j.name());
        s.setString(3, j.fullName());
        s.setString(4, j.level().id());
        s.setString(5, j.parentCode());
        s.setString(6, j.province());
        s.setString(7, j.city());
        s.executeUpdate();
        return StatementCache.lastInsertId(c);
    }

    static void setSupersededBy(Connection c, long id, Long by) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE reports SET superseded_by = ? WHERE id = ?")) {
            Sql.setLong(s, 1, by);
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    static Optional<String> text(Connection c, long reportId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT text FROM report_contents WHERE report_id = ?")) {
            s.setLong(1, reportId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static Optional<byte[]> original(Connection c, long reportId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT original FROM report_contents WHERE report_id = ?")) {
            s.setLong(1, reportId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        }
    }
}

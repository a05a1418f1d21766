package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.DomainRuleException;
import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.model.StoredValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rows of indicator_values (and suggestions, which share the columns), inside the caller's transaction. */
final class ValueRows {
    private ValueRows() {
    }

    /** A new report's values: one cached statement run as a batch (an import stores ~25 per file). */
    static void insertExtracted(Connection c, long reportId, List<IndicatorValue> values) throws SQLException {
        insertAll(c, "indicator_values", reportId, values, ReviewStatus.EXTRACTED.id());
    }

    /** Figures whose ids nobody needs, into indicator_values or suggestions, as one batch. */
    static void insertAll(Connection c, String table, long reportId, List<IndicatorValue> values, String status)
            throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        String now = Sql.now();
        PreparedStatement s = StatementCache.get(c, insertSql(table));
        for (IndicatorValue v : values) {
            Rows.bindValue(s, v);
            s.setLong(15, reportId);
            s.setString(16, status);
            s.setString(17, null);
            s.setString(18, now);
            s.addBatch();
        }
        s.executeBatch();
    }

    private static String insertSql(String table) {
        return "INSERT INTO " + table + " (indicator, value, unit, qualifier, derived, section, ev_start, ev_end, "
                + "ev_text, value_start, value_end, confidence, flags, derived_from, report_id, status, note, updated_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    }

    static long insert(Connection c, long reportId, IndicatorValue v, ReviewStatus status, String note)
            throws SQLException {
        return insertFigure(c, "indicator_values", reportId, v, status.id(), note);
    }

    /**
     * One figure with its evidence into indicator_values or suggestions (the two tables share their
     * columns); returns its id.
     */
    static long insertFigure(Connection c, String table, long reportId, IndicatorValue v, String status, String note)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(insertSql(table), Statement.RETURN_GENERATED_KEYS)) {
            Rows.bindValue(s, v);
            s.setLong(15, reportId);
            s.setString(16, status);
            s.setString(17, note);
            s.setString(18, Sql.now());
            s.executeUpdate();
            return Sql.generatedId(s);
        }
    }

    static List<StoredValue> ofReport(Connection c, long reportId) throws SQLException {
        List<StoredValue> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + Rows.VALUE_COLUMNS
                + " FROM indicator_values WHERE report_id = ? ORDER BY id")) {
            s.setLong(1, reportId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(Rows.value(rs));
                }
            }
        }
        return out;
    }

    static Optional<StoredValue> one(Connection c, long valueId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + Rows.VALUE_COLUMNS + " FROM indicator_values WHERE id = ?")) {
            s.setLong(1, valueId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(Rows.value(rs)) : Optional.empty();
            }
        }
    }

    static StoredValue require(Connection c, long valueId) throws SQLException {
        return one(c, valueId).orElseThrow(() -> DomainRuleException.notFound("there is no value " + valueId));
    }

    static void delete(Connection c, long valueId) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("DELETE FROM indicator_values WHERE id = ?")) {
            d.setLong(1, valueId);
            d.executeUpdate();
        }
    }

    static void deleteIndicator(Connection c, long reportId, String indicator) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("DELETE FROM indicator_values WHERE report_id = ? AND indicator = ?")) {
            d.setLong(1, reportId);
            d.setString(2, indicator);
            d.executeUpdate();
        }
    }

    /**
     * Carries every value a person decided on report {@code fromId} over to report {@code toId}, in place of
     * what extraction found there, evidence re-anchored in {@code toText}; audited per value. Returns how many.
     */
    static int carryOver(Connection c, String who, long fromId, long toId, String toText) throws SQLException {
        int carried = 0;
        for (StoredValue old : cn.fazhi.workbench.model.KeepRules.carriedOver(ofReport(c, fromId))) {
            deleteIndicator(c, toId, old.value().indicator());
            long vid = insert(c, toId, cn.fazhi.workbench.model.KeepRules.relocate(old.value(), toText), old.status(), old.note());
            AuditLog.write(c, who, "carry_over", toId, vid, old.value().indicator(), null, Rows.describe(old.value()),
                    "from report " + fromId + " (" + old.status().id() + ")");
            carried++;
        }
        return carried;
    }
}

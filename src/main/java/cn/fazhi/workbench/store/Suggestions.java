package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.KeepRules;
import cn.fazhi.workbench.model.StoredSuggestion;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.model.SuggestionStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The suggestions table, inside the caller's transaction. */
final class Suggestions {
    /** The same columns as indicator_values. */
    static final String COLUMNS = Rows.VALUE_COLUMNS;

    private Suggestions() {
    }

    /** Stores new suggestions; none for an indicator that already has a value. */
    static void insert(Connection c, long reportId, List<IndicatorValue> suggestions, List<IndicatorValue> values)
            throws SQLException {
        ValueRows.insertAll(c, "suggestions", reportId, KeepRules.newSuggestions(suggestions, values), SuggestionStatus.OPEN.id());
    }

    static long insert(Connection c, long reportId, IndicatorValue v, SuggestionStatus status, String note)
            throws SQLException {
        return ValueRows.insertFigure(c, "suggestions", reportId, v, status.id(), note);
    }

    /**
     * Replaces the open suggestions of a report by a fresh set. A suggestion a person accepted or dismissed
     * stays, and the same figure (indicator, value, place) is not suggested again; nor is anything for an
     * indicator whose value a person decided.
     */
    static void refresh(Connection c, long reportId, List<IndicatorValue> fresh, List<StoredValue> values)
            throws SQLException {
        List<StoredSuggestion> current = list(c, reportId);
        try (PreparedStatement d = c.prepareStatement("DELETE FROM suggestions WHERE report_id = ? AND status = 'open'")) {
            d.setLong(1, reportId);
            d.executeUpdate();
        }
        for (IndicatorValue s : KeepRules.renewedSuggestions(fresh, current, values)) {
            insert(c, reportId, s, SuggestionStatus.OPEN, null);
        }
    }

    static List<StoredSuggestion> list(Connection c, long reportId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM suggestions WHERE report_id = ? ORDER BY id")) {
            s.setLong(1, reportId);
            return read(s);
        }
    }

    static StoredSuggestion one(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM suggestions WHERE id = ?")) {
            s.setLong(1, id);
            List<StoredSuggestion> l = read(s);
            return l.isEmpty() ? null : l.get(0);
        }
    }

    static void setStatus(Connection c, long id, SuggestionStatus status, String note) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE suggestions SET status = ?, note = ?, updated_at = ? WHERE id = ?")) {
            s.setString(1, status.id());
            s.setString(2, note);
            s.setString(3, Sql.now());
            s.setLong(4, id);
            s.executeUpdate();
        }
    }

    private static List<StoredSuggestion> read(PreparedStatement s) throws SQLException {
        List<StoredSuggestion> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredSuggestion(rs.getLong("id"), rs.getLong("report_id"), Rows.indicatorValue(rs),
                        SuggestionStatus.fromId(rs.getString("status")), rs.getString("note"), rs.getString("updated_at")));
            }
        }
        return out;
    }
}

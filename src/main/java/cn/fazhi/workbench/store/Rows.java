package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.AuditEntry;
import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.JurisdictionLevel;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.model.Section;
import cn.fazhi.workbench.model.StoredValue;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Maps rows to records and records to statement parameters. */
final class Rows {
    static final String SUMMARY_SELECT = """
            SELECT r.id, r.year, r.title, r.issuer, coalesce(r.publish_date_by_hand, r.publish_date) AS publish_date,
                   r.publish_date_by_hand IS NOT NULL AS date_by_hand, r.source_url, r.source_url_by_hand,
                   r.doc_number, r.source_name, r.format, r.charset,
                   r.sha256, r.needs_attention, r.superseded_by, r.imported_at,
                   j.code, j.name, j.full_name, j.level, j.parent_code, j.province, j.city,
                   (SELECT count(*) FROM indicator_values v WHERE v.report_id = r.id) AS n_values,
                   (SELECT count(*) FROM indicator_values v WHERE v.report_id = r.id AND v.status <> 'extracted') AS n_reviewed,
                   (SELECT count(*) FROM indicator_values v WHERE v.report_id = r.id AND v.status <> 'rejected'
                           AND v.flags LIKE '%inconsistent%') AS n_flagged
            FROM reports r LEFT JOIN jurisdictions j ON j.id = r.jurisdiction_id
            """;
    static final String VALUE_COLUMNS = "id, report_id, indicator, value, unit, qualifier, derived, section, ev_start, "
            + "ev_end, ev_text, value_start, value_end, confidence, flags, derived_from, status, note, updated_at";

    /** Flag of a stored value whose number cannot be read. */
    static final String UNREADABLE_VALUE = "unreadable_value";

    private Rows() {
    }

    static BigDecimal number(String text) {
        if (text == null || text.length() > 1000) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(text);
            // an exponent this far out would make a number of millions of digits when written plainly
            return Math.abs((long) n.scale()) > 1000 ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The jurisdiction columns of a row ({@code j.code … j.city}), or null when the report has none. */
    static Jurisdiction jurisdiction(ResultSet rs) throws SQLException {
        return rs.getString("full_name") == null ? null : new Jurisdiction(rs.getString("code"),
                rs.getString("name"), rs.getString("full_name"), JurisdictionLevel.fromId(rs.getString("level")),
                rs.getString("parent_code"), rs.getString("province"), rs.getString("city"));
    }

    static ReportSummary summary(ResultSet rs) throws SQLException {
        Jurisdiction j = jurisdiction(rs);
        int year = rs.getInt("year");
        Integer y = rs.wasNull() ? null : year;
        String pd = rs.getString("publish_date");
        long sup = rs.getLong("superseded_by");
        Long superseded = rs.wasNull() ? null : sup;
        return new ReportSummary(rs.getLong("id"), j, y, rs.getString("title"), rs.getString("issuer"),
                pd == null ? null : LocalDate.parse(pd), rs.getString("doc_number"), rs.getString("source_name"),
                ReportFormat.valueOf(rs.getString("format").toUpperCase(Locale.ROOT)), rs.getString("charset"),
                rs.getString("sha256"), rs.getInt("needs_attention") != 0, superseded, rs.getString("imported_at"),
                rs.getInt("n_values"), rs.getInt("n_reviewed"), rs.getInt("n_flagged"), rs.getInt("date_by_hand") != 0,
                rs.getString("source_url"), rs.getInt("source_url_by_hand") != 0);
    }

    static StoredValue value(ResultSet rs) throws SQLException {
        return new StoredValue(rs.getLong("id"), rs.getLong("report_id"), indicatorValue(rs),
                ReviewStatus.fromId(rs.getString("status")), rs.getString("note"), rs.getString("updated_at"));
    }

    /** The figure and its evidence of a row of indicator_values or suggestions (the same columns). */
    static IndicatorValue indicatorValue(ResultSet rs) throws SQLException {
        int evStart = rs.getInt("ev_start");
        Evidence evidence = rs.wasNull() ? null : new Evidence(evStart, rs.getInt("ev_end"), rs.getString("ev_text"),
                rs.getInt("value_start"), rs.getInt("value_end"));
        BigDecimal number = number(rs.getString("value"));
        List<String> flags = split(rs.getString("flags"));
        if (number == null) {
            // damaged or edited outside the program: shown and reported as unreadable, never used
            number = BigDecimal.ZERO;
            flags = new java.util.ArrayList<>(flags);
            flags.add(UNREADABLE_VALUE);
        }
        IndicatorValue v = new IndicatorValue(rs.getString("indicator"), number,
                rs.getString("unit"), Qualifier.fromId(rs.getString("qualifier")), rs.getInt("derived") != 0,
                Section.valueOf(rs.getString("section").toUpperCase(Locale.ROOT)), evidence, rs.getDouble("confidence"),
                flags, split(rs.getString("derived_from")));
        return v;
    }

    static AuditEntry audit(ResultSet rs) throws SQLException {
        long rid = rs.getLong("report_id");
        Long reportId = rs.wasNull() ? null : rid;
        long vid = rs.getLong("value_id");
        Long valueId = rs.wasNull() ? null : vid;
        return new AuditEntry(rs.getLong("id"), rs.getString("at"), rs.getString("who"), rs.getString("action"),
                reportId, valueId, rs.getString("indicator"), rs.getString("old_value"), rs.getString("new_value"),
                rs.getString("note"));
    }

    /** Binds an indicator value to parameters 1..15 of an insert or update (indicator first). */
    static void bindValue(PreparedStatement s, IndicatorValue v) throws SQLException {
        s.setString(1, v.indicator());
        s.setString(2, v.value().toPlainString());
        s.setString(3, v.unit());
        s.setString(4, v.qualifier().id());
        s.setInt(5, v.derived() ? 1 : 0);
        s.setString(6, v.section().id());
        Evidence e = v.evidence();
        if (e == null) {
            for (int i = 7; i <= 11; i++) {
                s.setNull(i, i == 9 ? Types.VARCHAR : Types.INTEGER);
            }
        } else {
            s.setInt(7, e.start());
            s.setInt(8, e.end());
            s.setString(9, e.sentence());
            s.setInt(10, e.valueStart());
            s.setInt(11, e.valueEnd());
        }
        s.setDouble(12, v.confidence());
        s.setString(13, String.join(",", v.flags()));
        s.setString(14, String.join(",", v.derivedFrom()));
    }

    /** How a value reads in the audit log: 7352 件 (约) */
    static String describe(IndicatorValue v) {
        return v.value().toPlainString() + " " + v.unit() + (v.qualifier().isExact() ? "" : " (" + v.qualifier().id() + ")");
    }

    static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }
}

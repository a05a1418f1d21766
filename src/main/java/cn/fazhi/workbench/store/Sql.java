package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.ReportSummary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small JDBC helpers the store's parts share. */
final class Sql {
    private Sql() {
    }

    static String now() {
        return Instant.now().toString();
    }

    static long generatedId(PreparedStatement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no id generated");
            }
            return keys.getLong(1);
        }
    }

    static void setLong(PreparedStatement s, int i, Long v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setLong(i, v);
        }
    }

    static void setInt(PreparedStatement s, int i, Integer v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setInt(i, v);
        }
    }

    static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static String string(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Report summaries for a query over {@link Rows#SUMMARY_SELECT}. */
    static List<ReportSummary> summaries(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<ReportSummary> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(Rows.summary(rs));
                }
            }
            return out;
        }
    }

    static Optional<ReportSummary> summary(Connection c, String sql, Object... args) throws SQLException {
        List<ReportSummary> l = summaries(c, sql, args);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    static String jsonArray(List<String> items) {
        StringBuilder b = new StringBuilder("[");
        for (String i : items) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('"').append(i.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"');
        }
        return b.append(']').toString();
    }
}

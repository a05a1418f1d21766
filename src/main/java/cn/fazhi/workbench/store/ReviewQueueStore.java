package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.QueueItem;
import cn.fazhi.workbench.model.WorkspaceException;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The 待审核 queue across the workspace: every value and suggestion of the reports in force, decided or not,
 * in review order — suggestions and values with a warning first, then core indicators, then by
 * jurisdiction (province, 地市, name; reports without one last), year and indicator. One query; the filters are in it.
 */
public final class ReviewQueueStore {
    /** The 地市 of a jurisdiction: its city, or its own name when it is a city. */
    private static final String CITY = "COALESCE(j.city, CASE WHEN j.level = 'city' THEN j.name END)";

    private final Workspace ws;

    public ReviewQueueStore(Workspace ws) {
        this.ws = ws;
    }

    /** What the queue may be narrowed to; null means any. */
    public record Filter(Integer year, String city, String indicator) {
        public static final Filter ALL = new Filter(null, null, null);
    }

    /** The years and 地市 that occur in the reports in force, for the filter lists. */
    public record Options(List<Integer> years, List<String> cities) {
    }

    public List<QueueItem> queue(Filter filter, Collection<String> coreIndicators) throws WorkspaceException {
        // each branch starts from the reports (so a year narrows the work) and reaches the rows by their
        // report index; the two sorted branches are merged
        List<Object> args = new ArrayList<>(coreIndicators);
        StringBuilder where = new StringBuilder("r.superseded_by IS NULL");
        if (filter.year() != null) {
            where.append(" AND r.year = ?");
            args.add(filter.year());
        }
        if (filter.city() != null) {
            where.append(" AND ").append(CITY).append(" = ?");
            args.add(filter.city());
        }
        if (filter.indicator() != null) {
            where.append(" AND q.indicator = ?");
            args.add(filter.indicator());
        }
        String core = coreIndicators.isEmpty() ? "''" : String.join(",", java.util.Collections.nCopies(coreIndicators.size(), "?"));
        String sql = branch("value", "indicator_values", core, where.toString())
                + " UNION ALL " + branch("suggestion", "suggestions", core, where + " AND q.status <> 'accepted'")
                + " ORDER BY first DESC, core DESC, unknown, province, city, full_name, year, indicator, kind, id";
        List<Object> all = new ArrayList<>(args);
        all.addAll(args);
        return ws.read(c -> {
            List<QueueItem> out = new ArrayList<>();
            java.util.Map<Long, Place> places = new java.util.HashMap<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, all);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(item(rs, places));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Where a report is from, read from the first of its rows only: a province's workspace has some 2,700
     * reports but 26,000 rows, and each text column read is a call into SQLite and a decoded string (with the
     * place's level parsed), which on the first, not yet compiled, opening of 待审核 was most of the cost.
     */
    private record Place(String jurisdiction, String city, String province, cn.fazhi.workbench.model.JurisdictionLevel level) {
    }

    static String branch(String kind, String table, String core, String where) {
        return "SELECT '" + kind + "' AS kind, q.id AS id, q.report_id AS report_id, q.indicator AS indicator, q.value AS value,"
                + " q.unit AS unit, q.status AS status, q.flags AS flags, r.year AS year, j.full_name AS full_name,"
                + " j.province AS province, j.level AS level, " + CITY + " AS city, (q.indicator IN (" + core + ")) AS core,"
                + " ('" + kind + "' = 'suggestion' OR q.flags <> '') AS first, (j.full_name IS NULL) AS unknown"
                + " FROM reports r JOIN " + table + " q ON q.report_id = r.id"
                + " LEFT JOIN jurisdictions j ON j.id = r.jurisdiction_id WHERE " + where;
    }

    /** The evidence sentences of these values (value id → sentence; values without one are left out). */
    public java.util.Map<Long, String> sentences(Collection<Long> valueIds) throws WorkspaceException {
        java.util.Map<Long, String> out = new java.util.HashMap<>();
        List<Long> ids = List.copyOf(valueIds);
        for (int from = 0; from < ids.size(); from += 500) { // SQLite's limit on host parameters
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            ws.read(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT id, ev_text FROM indicator_values WHERE id IN ("
                        + marks + ") AND ev_text IS NOT NULL")) {
                    bind(s, new ArrayList<>(part));
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            out.put(rs.getLong(1), rs.getString(2));
                        }
                    }
                }
                return null;
            });
        }
        return out;
    }

    public Options options() throws WorkspaceException {
        return ws.read(c -> new Options(column(c, "SELECT DISTINCT year FROM reports WHERE superseded_by IS NULL"
                        + " AND year IS NOT NULL ORDER BY year", rs -> rs.getInt(1)),
                column(c, "SELECT DISTINCT " + CITY + " AS city FROM reports r JOIN jurisdictions j ON j.id = r.jurisdiction_id"
                        + " WHERE r.superseded_by IS NULL AND " + CITY + " IS NOT NULL ORDER BY j.province, city", rs -> rs.getString(1))));
    }

    private interface Column<T> {
        T get(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> column(Connection c, String sql, Column<T> f) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(f.get(rs));
            }
        }
        return out;
    }

    private static void bind(PreparedStatement s, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            s.setObject(i + 1, args.get(i));
        }
    }

    /** One row; columns by position (as {@link #branch} selects them), since a lookup by name is a search per call. */
    private static QueueItem item(ResultSet rs, java.util.Map<Long, Place> places) throws SQLException {
        long reportId = rs.getLong(3);
        Place place = places.get(reportId);
        if (place == null) {
            place = new Place(rs.getString(10), rs.getString(13), rs.getString(11), level(rs.getString(12)));
            places.put(reportId, place);
        }
        int year = rs.getInt(9);
        Integer y = rs.wasNull() ? null : year;
        String flags = rs.getString(8);
        BigDecimal n;
        try {
            n = new BigDecimal(rs.getString(5));
        } catch (NumberFormatException | NullPointerException e) {
            n = BigDecimal.ZERO; // unreadable: shown as 0, the review screen says why
        }
        return new QueueItem(rs.getString(1).equals("value") ? QueueItem.Kind.VALUE : QueueItem.Kind.SUGGESTION,
                rs.getLong(2), reportId, rs.getString(4), n, rs.getString(6),
                rs.getString(7), flags == null || flags.isEmpty() ? List.of() : Arrays.asList(flags.split(",")),
                y, place.jurisdiction(), place.city(), rs.getInt(14) != 0, place.province(), place.level());
    }

    private static cn.fazhi.workbench.model.JurisdictionLevel level(String id) {
        try {
            return id == null ? null : cn.fazhi.workbench.model.JurisdictionLevel.fromId(id);
        } catch (IllegalArgumentException e) {
            return null; // a level this version does not know: compared with the counties
        }
    }
}

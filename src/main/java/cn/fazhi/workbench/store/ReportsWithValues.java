package cn.fazhi.workbench.store;

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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reports in force of some years with all their values: what a comparison reads, on a national
 * workspace 5,700 reports and 46,000 values for a year and the year before, while the user waits for the
 * first table (issue 17). Same answer as a summary per report plus its values, but read cheaply: each
 * jurisdiction is built once (every one appears in each year), the summary's counts are counted from the
 * values read anyway instead of three subqueries per report, and columns are read by position.
 */
final class ReportsWithValues {
    static final String REPORTS = """
            SELECT r.id, r.year, r.title, r.issuer, coalesce(r.publish_date_by_hand, r.publish_date),
                   r.publish_date_by_hand IS NOT NULL, r.source_url, r.source_url_by_hand, r.doc_number,
                   r.source_name, r.format, r.charset, r.sha256, r.needs_attention, r.imported_at,
                   r.jurisdiction_id, j.code, j.name, j.full_name, j.level, j.parent_code, j.province, j.city
            FROM reports r LEFT JOIN jurisdictions j ON j.id = r.jurisdiction_id
            WHERE r.superseded_by IS NULL AND r.year IN (%s)""";
    /**
     * The units values are nearly always written in, read as their place in this list (any other unit as text).
     * Empty flags and derived-from lists come as NULL, which the driver hands over without decoding anything.
     */
    private static final String[] COMMON_UNITS = {"件", "%", "件次", "宗", "起", "个", "份", "部", "人次", "卷", "项", "次"};
    /**
     * The value columns, with qualifier, section and status as their enum's ordinal (-1 for a text no enum
     * knows, read as text then, from the raw columns at the end): a comparison reads 50,000 rows, and every text
     * column read through the driver costs three objects (buffer, bytes, string), so these three alone were a
     * third of what the first comparison allocated while the window waited for it (issue 12).
     */
    static final String VALUES = "SELECT v." + Rows.VALUE_COLUMNS.replace(", ", ", v.")
            .replace("v.qualifier", ordinal("v.qualifier", Qualifier.values()))
            .replace("v.section", ordinal("v.section", Section.values()))
            .replace("v.status", ordinal("v.status", ReviewStatus.values()))
            .replace("v.unit", ordinal("v.unit", COMMON_UNITS).replace("%", "%%")) // the query goes through String.format
            .replace("v.flags", "nullif(v.flags, '')").replace("v.derived_from", "nullif(v.derived_from, '')")
            + ", r.year, v.qualifier, v.section, v.status, v.unit"
            + " FROM indicator_values v JOIN reports r ON r.id = v.report_id"
            + " WHERE r.superseded_by IS NULL AND r.year IN (%s)";
    private static final Qualifier[] QUALIFIERS = Qualifier.values();
    private static final Section[] SECTIONS = Section.values();
    private static final ReviewStatus[] STATUSES = ReviewStatus.values();

    /** "CASE col WHEN 'exact' THEN 0 … ELSE -1 END": the stored id of an enum constant as its ordinal. */
    private static String ordinal(String column, Enum<?>[] constants) {
        String[] ids = new String[constants.length];
        for (Enum<?> e : constants) {
            ids[e.ordinal()] = e.name().toLowerCase(Locale.ROOT);
        }
        return ordinal(column, ids);
    }

    /** "CASE col WHEN '件' THEN 0 … ELSE -1 END": a text's place in {@code texts}. */
    private static String ordinal(String column, String[] texts) {
        StringBuilder b = new StringBuilder("CASE ").append(column);
        for (int i = 0; i < texts.length; i++) {
            b.append(" WHEN '").append(texts[i]).append("' THEN ").append(i);
        }
        return b.append(" ELSE -1 END").toString();
    }

    private ReportsWithValues() {
    }

    /**
     * Reports in force of {@code years} (in the database's order) with their values; the values of the years
     * in {@code figuresOnly} come without their evidence (a comparison needs only the figures of the year
     * before the one it shows, for the changes, and the evidence sentences are most of what is read).
     */
    static Map<ReportSummary, List<StoredValue>> read(Connection c, Collection<Integer> years, Set<Integer> figuresOnly)
            throws SQLException {
        String in = String.join(",", java.util.Collections.nCopies(years.size(), "?"));
        Map<Long, ReportSummary> reports = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(String.format(REPORTS, in))) {
            bind(s, years);
            Map<Long, Jurisdiction> jurisdictions = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ReportSummary r = summary(rs, jurisdictions);
                    reports.put(r.id(), r);
                }
            }
        }
        Map<Long, List<StoredValue>> values = new HashMap<>();
        Map<Long, int[]> counts = new HashMap<>(); // per report: values, reviewed, flagged (as Rows.SUMMARY_SELECT counts)
        try (PreparedStatement s = c.prepareStatement(String.format(VALUES, in))) {
            bind(s, years);
            try (ResultSet rs = s.executeQuery()) {
                long last = -1;
                List<StoredValue> list = null;
                int[] n = null;
                Map<Long, String> sentences = new HashMap<>(); // of the report being read, by evidence start and end
                while (rs.next()) {
                    if (rs.getLong(2) != last) {
                        sentences.clear();
                    }
                    StoredValue v = value(rs, !figuresOnly.contains(rs.getInt(20)), sentences);
                    if (v.reportId() != last) { // the rows come report by report: one map lookup per report
                        last = v.reportId();
                        list = values.computeIfAbsent(last, x -> new ArrayList<>());
                        n = counts.computeIfAbsent(last, x -> new int[3]);
                    }
                    list.add(v);
                    n[0]++;
                    if (v.status() != ReviewStatus.EXTRACTED) {
                        n[1]++;
                    }
                    if (v.status() != ReviewStatus.REJECTED && inconsistent(v.value().flags())) {
                        n[2]++;
                    }
                }
            }
        }
        Map<ReportSummary, List<StoredValue>> out = new LinkedHashMap<>();
        reports.forEach((id, r) -> out.put(withCounts(r, counts.getOrDefault(id, new int[3])),
                values.getOrDefault(id, List.of())));
        return out;
    }

    /** As SQL's {@code flags LIKE '%inconsistent%'} (which ignores ASCII case) on the stored comma-separated flags. */
    private static boolean inconsistent(List<String> flags) {
        for (String f : flags) {
            if (f.toLowerCase(Locale.ROOT).contains("inconsistent")) {
                return true;
            }
        }
        return false;
    }

    private static void bind(PreparedStatement s, Collection<Integer> years) throws SQLException {
        int k = 1;
        for (Integer y : years) {
            s.setInt(k++, y);
        }
    }

    private static ReportSummary summary(ResultSet rs, Map<Long, Jurisdiction> jurisdictions) throws SQLException {
        long jid = rs.getLong(16);
        Jurisdiction j = null;
        if (!rs.wasNull() && rs.getString(19) != null) {
            j = jurisdictions.get(jid);
            if (j == null) {
                j = new Jurisdiction(rs.getString(17), rs.getString(18), rs.getString(19),
                        JurisdictionLevel.fromId(rs.getString(20)), rs.getString(21), rs.getString(22), rs.getString(23));
                jurisdictions.put(jid, j);
            }
        }
        int year = rs.getInt(2);
        Integer y = rs.wasNull() ? null : year;
        String pd = rs.getString(5);
        return new ReportSummary(rs.getLong(1), j, y, rs.getString(3), rs.getString(4),
                pd == null ? null : LocalDate.parse(pd), rs.getString(9), rs.getString(10),
                ReportFormat.valueOf(rs.getString(11).toUpperCase(Locale.ROOT)), rs.getString(12), rs.getString(13),
                rs.getInt(14) != 0, null, rs.getString(15), 0, 0, 0, rs.getInt(6) != 0, rs.getString(7), rs.getInt(8) != 0);
    }

    private static ReportSummary withCounts(ReportSummary r, int[] n) {
        return new ReportSummary(r.id(), r.jurisdiction(), r.year(), r.title(), r.issuer(), r.publishDate(), r.docNumber(),
                r.sourceName(), r.format(), r.charset(), r.sha256(), r.needsAttention(), r.supersededBy(), r.importedAt(),
                n[0], n[1], n[2], r.publishDateByHand(), r.sourceUrl(), r.sourceUrlByHand());
    }

    /**
     * A row of {@link #VALUES}, by position in {@link Rows#VALUE_COLUMNS}; the same value as {@link Rows#value}.
     * A sentence already read for another value of the report (a count, its part and their rate often share one:
     * 12,000 sentences for 21,000 values on the 2,700-report workspace) is taken from {@code sentences} instead
     * of being decoded again.
     */
    private static StoredValue value(ResultSet rs, boolean withEvidence, Map<Long, String> sentences) throws SQLException {
        int evStart = rs.getInt(9);
        Evidence evidence = null;
        if (!rs.wasNull() && withEvidence) {
            int evEnd = rs.getInt(10);
            long place = ((long) evStart << 32) | (evEnd & 0xffffffffL);
            String sentence = sentences.get(place);
            if (sentence == null) {
                sentence = rs.getString(11);
                if (sentence != null) {
                    sentences.put(place, sentence);
                }
            }
            evidence = new Evidence(evStart, evEnd, sentence, rs.getInt(12), rs.getInt(13));
        }
        BigDecimal number = Rows.number(rs.getString(4));
        List<String> flags = Rows.split(rs.getString(15));
        if (number == null) {
            number = BigDecimal.ZERO;
            flags = new ArrayList<>(flags);
            flags.add(Rows.UNREADABLE_VALUE);
        }
        int q = rs.getInt(6);
        int section = rs.getInt(8);
        int status = rs.getInt(17);
        int unit = rs.getInt(5);
        IndicatorValue iv = new IndicatorValue(rs.getString(3), number, unit >= 0 ? COMMON_UNITS[unit] : rs.getString(24),
                q >= 0 ? QUALIFIERS[q] : Qualifier.fromId(rs.getString(21)), rs.getInt(7) != 0,
                section >= 0 ? SECTIONS[section] : Section.valueOf(rs.getString(22).toUpperCase(Locale.ROOT)),
                evidence, rs.getDouble(14), flags, Rows.split(rs.getString(16)));
        return new StoredValue(rs.getLong(1), rs.getLong(2), iv,
                status >= 0 ? STATUSES[status] : ReviewStatus.fromId(rs.getString(23)), rs.getString(18), rs.getString(19));
    }
}

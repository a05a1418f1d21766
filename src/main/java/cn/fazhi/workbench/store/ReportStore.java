package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.WorkspaceInfo;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.model.AuditEntry;
import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.model.StoredValue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reports, their values, review decisions and the audit log. Every method that changes more than one
 * row does it in one transaction; every change a person makes is written to the audit log.
 */
public final class ReportStore {

    final Workspace ws;
    private final String who;

    public ReportStore(Workspace ws) {
        this(ws, System.getProperty("user.name", "unknown"));
    }

    public ReportStore(Workspace ws, String who) {
        this.ws = ws;
        this.who = who;
    }

    // ---- import -------------------------------------------------------------------------------------

    public Optional<ReportSummary> findBySha(String sha256) throws WorkspaceException {
        return ws.read(c -> one(c, Rows.SUMMARY_SELECT + " WHERE r.sha256 = ?", sha256));
    }

    /** Reports in force (not replaced) for a jurisdiction and year. */
    public List<ReportSummary> activeFor(Jurisdiction j, int year) throws WorkspaceException {
        return ws.read(c -> list(c, Rows.SUMMARY_SELECT + " WHERE j.full_name = ? AND r.year = ? AND r.superseded_by IS NULL"
                + " ORDER BY r.id", j.fullName(), year));
    }

    /** Stores a report and its values in one transaction; returns its id. */
    public long insert(NewReport r) throws WorkspaceException {
        return insert(r, () -> { });
    }

    /** As {@link #insert(NewReport)}, with a hook run half-way (tests use it to kill an import). */
    long insert(NewReport r, Runnable halfway) throws WorkspaceException {
        return ws.write(c -> {
            long id = insertReport(c, r);
            halfway.run();
            insertValues(c, id, r.values());
            Suggestions.insert(c, id, r.suggestions(), r.values());
            audit(c, "import", id, null, null, null, r.sourceName(), r.values().size() + " values");
            return id;
        });
    }

    /**
     * Stores a newer version of a report in place of an older one, in one transaction. The old report is
     * kept (marked as replaced); every value a person confirmed, corrected, rejected or added is carried
     * over to the new report and wins over what extraction found there.
     */
    public long replace(long oldId, NewReport r) throws WorkspaceException {
        return ws.write(c -> {
            long id = insertReport(c, r);
            insertValues(c, id, r.values());
            Suggestions.insert(c, id, r.suggestions(), r.values());
            try (PreparedStatement s = c.prepareStatement("UPDATE reports SET superseded_by = ? WHERE id = ?")) {
                s.setLong(1, id);
                s.setLong(2, oldId);
                s.executeUpdate();
            }
            int carried = 0;
            for (StoredValue old : values(c, oldId)) {
                if (!old.status().byPerson()) {
                    continue;
                }
                try (PreparedStatement d = c.prepareStatement("DELETE FROM indicator_values WHERE report_id = ? AND indicator = ?")) {
                    d.setLong(1, id);
                    d.setString(2, old.value().indicator());
                    d.executeUpdate();
                }
                long vid = insertValue(c, id, relocate(old.value(), r.text().text()), old.status(), old.note());
                audit(c, "carry_over", id, vid, old.value().indicator(), null, Rows.describe(old.value()),
                        "from report " + oldId + " (" + old.status().id() + ")");
                carried++;
            }
            audit(c, "replace", id, null, null, String.valueOf(oldId), String.valueOf(id),
                    r.sourceName() + " replaces report " + oldId + "; " + carried + " reviewed values carried over");
            return id;
        });
    }

    /**
     * A carried-over value keeps its evidence sentence; its offsets are looked up again in the new text.
     * When the new version no longer has that sentence the value says so with a flag.
     */
    static IndicatorValue relocate(IndicatorValue v, String newText) {
        Evidence e = v.evidence();
        if (e == null) {
            return v;
        }
        if (e.end() <= newText.length() && newText.substring(e.start(), e.end()).equals(e.sentence())) {
            return v;
        }
        int at = newText.indexOf(e.sentence());
        if (at >= 0) {
            int shift = at - e.start();
            return new IndicatorValue(v.indicator(), v.value(), v.unit(), v.qualifier(), v.derived(), v.section(),
                    new Evidence(at, at + e.sentence().length(), e.sentence(), e.valueStart() + shift, e.valueEnd() + shift),
                    v.confidence(), v.flags(), v.derivedFrom());
        }
        return v.withFlag("evidence_from_previous_version");
    }

    long insertReport(Connection c, NewReport r) throws SQLException {
        Long jid = r.metadata().jurisdiction() == null ? null : upsertJurisdiction(c, r.metadata().jurisdiction());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO reports (jurisdiction_id, year, title, issuer, "
                + "publish_date, doc_number, source_name, source_path, format, charset, sha256, original, text, warnings, "
                + "needs_attention, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            setLong(s, 1, jid);
            setInt(s, 2, r.metadata().year());
            s.setString(3, r.metadata().title());
            s.setString(4, r.metadata().issuer());
            s.setString(5, r.metadata().publishDate() == null ? null : r.metadata().publishDate().toString());
            s.setString(6, r.metadata().docNumber());
            s.setString(7, r.sourceName());
            s.setString(8, r.sourcePath());
            s.setString(9, r.text().format().id());
            s.setString(10, r.text().charset());
            s.setString(11, r.sha256());
            s.setBytes(12, r.bytes());
            s.setString(13, r.text().text());
            s.setString(14, jsonArray(r.warnings()));
            s.setInt(15, r.needsAttention() ? 1 : 0);
            s.setString(16, now());
            s.executeUpdate();
            return generatedId(s);
        }
    }

    void insertValues(Connection c, long reportId, List<IndicatorValue> values) throws SQLException {
        for (IndicatorValue v : values) {
            insertValue(c, reportId, v, ReviewStatus.EXTRACTED, null);
        }
    }

    static long insertValue(Connection c, long reportId, IndicatorValue v, ReviewStatus status, String note)
            throws SQLException {
        return insertFigure(c, "indicator_values", reportId, v, status.id(), note);
    }

    /**
     * One figure with its evidence into indicator_values or suggestions (the two tables share their
     * columns); returns its id.
     */
    static long insertFigure(Connection c, String table, long reportId, IndicatorValue v, String status, String note)
            throws SQLException {
        String sql = "INSERT INTO " + table + " (indicator, value, unit, qualifier, derived, section, ev_start, ev_end, "
                + "ev_text, value_start, value_end, confidence, flags, derived_from, report_id, status, note, updated_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            Rows.bindValue(s, v);
            s.setLong(15, reportId);
            s.setString(16, status);
            s.setString(17, note);
            s.setString(18, now());
            s.executeUpdate();
            return generatedId(s);
        }
    }

    private static long upsertJurisdiction(Connection c, Jurisdiction j) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM jurisdictions WHERE full_name = ? OR (code IS NOT NULL AND code = ?)")) {
            s.setString(1, j.fullName());
            s.setString(2, j.code());
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO jurisdictions (code, name, full_name, level, parent_code, "
                + "province, city) VALUES (?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, j.code());
            s.setString(2, j.name());
            s.setString(3, j.fullName());
            s.setString(4, j.level().id());
            s.setString(5, j.parentCode());
            s.setString(6, j.province());
            s.setString(7, j.city());
            s.executeUpdate();
            return generatedId(s);
        }
    }

    // ---- reading ------------------------------------------------------------------------------------

    /**
     * Reports in the workspace, newest year first.
     *
     * @param year         only this year, or null
     * @param jurisdiction only jurisdictions whose name, full name or code contains this, or null
     */
    public List<ReportSummary> list(Integer year, String jurisdiction, boolean includeReplaced) throws WorkspaceException {
        StringBuilder sql = new StringBuilder(Rows.SUMMARY_SELECT).append(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!includeReplaced) {
            sql.append(" AND r.superseded_by IS NULL");
        }
        if (year != null) {
            sql.append(" AND r.year = ?");
            args.add(year);
        }
        if (jurisdiction != null && !jurisdiction.isBlank()) {
            sql.append(" AND (j.full_name LIKE ? OR j.code LIKE ?)");
            args.add("%" + jurisdiction.strip() + "%");
            args.add(jurisdiction.strip() + "%");
        }
        sql.append(" ORDER BY r.year DESC, j.province, j.city, j.name, r.id");
        return ws.read(c -> list(c, sql.toString(), args.toArray()));
    }

    /**
     * Reports in force for the given years with all their values, in two queries (comparisons over
     * thousands of reports must not ask once per report).
     */
    public Map<ReportSummary, List<StoredValue>> reportsWithValues(java.util.Collection<Integer> years)
            throws WorkspaceException {
        if (years.isEmpty()) {
            return Map.of();
        }
        String in = String.join(",", java.util.Collections.nCopies(years.size(), "?"));
        return ws.read(c -> {
            Map<Long, ReportSummary> byId = new LinkedHashMap<>();
            for (ReportSummary r : list(c, Rows.SUMMARY_SELECT + " WHERE r.superseded_by IS NULL AND r.year IN (" + in + ")",
                    years.toArray())) {
                byId.put(r.id(), r);
            }
            Map<Long, List<StoredValue>> values = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT v." + Rows.VALUE_COLUMNS.replace(", ", ", v.") + " FROM indicator_values v JOIN reports r ON r.id = v.report_id "
                    + "WHERE r.superseded_by IS NULL AND r.year IN (" + in + ")")) {
                int k = 1;
                for (Integer y : years) {
                    s.setInt(k++, y);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        StoredValue v = Rows.value(rs);
                        values.computeIfAbsent(v.reportId(), x -> new ArrayList<>()).add(v);
                    }
                }
            }
            Map<ReportSummary, List<StoredValue>> out = new LinkedHashMap<>();
            byId.forEach((id, r) -> out.put(r, values.getOrDefault(id, List.of())));
            return out;
        });
    }

    public Optional<ReportSummary> summary(long reportId) throws WorkspaceException {
        return ws.read(c -> one(c, Rows.SUMMARY_SELECT + " WHERE r.id = ?", reportId));
    }

    /** The decoded text evidence offsets point into. */
    public Optional<String> text(long reportId) throws WorkspaceException {
        return ws.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT text FROM reports WHERE id = ?")) {
                s.setLong(1, reportId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public Optional<byte[]> original(long reportId) throws WorkspaceException {
        return ws.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT original FROM reports WHERE id = ?")) {
                s.setLong(1, reportId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    public List<StoredValue> values(long reportId) throws WorkspaceException {
        return ws.read(c -> values(c, reportId));
    }

    public Optional<StoredValue> value(long valueId) throws WorkspaceException {
        return ws.read(c -> value(c, valueId));
    }

    static List<StoredValue> values(Connection c, long reportId) throws SQLException {
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

    private static Optional<StoredValue> value(Connection c, long valueId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + Rows.VALUE_COLUMNS + " FROM indicator_values WHERE id = ?")) {
            s.setLong(1, valueId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(Rows.value(rs)) : Optional.empty();
            }
        }
    }

    public List<AuditEntry> audit(Long reportId, Long valueId) throws WorkspaceException {
        return ws.read(c -> {
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
        });
    }

    // ---- review -------------------------------------------------------------------------------------

    public StoredValue confirm(long valueId, String note) throws WorkspaceException {
        return review(valueId, "confirm", ReviewStatus.CONFIRMED, note);
    }

    public StoredValue reject(long valueId, String note) throws WorkspaceException {
        return review(valueId, "reject", ReviewStatus.REJECTED, note);
    }

    /** A person's own figure for a value: number, unit and qualifier. */
    public StoredValue correct(long valueId, BigDecimal number, String unit, Qualifier qualifier, String note)
            throws WorkspaceException {
        return ws.write(c -> {
            StoredValue old = requireValue(c, valueId);
            IndicatorValue v = old.value();
            IndicatorValue corrected = new IndicatorValue(v.indicator(), number, unit == null ? v.unit() : unit,
                    qualifier == null ? v.qualifier() : qualifier, false, v.section(), v.evidence(), 1.0, List.of(), List.of());
            try (PreparedStatement s = c.prepareStatement("UPDATE indicator_values SET value = ?, unit = ?, qualifier = ?, "
                    + "derived = 0, confidence = 1.0, flags = '', derived_from = '', status = 'corrected', note = ?, "
                    + "updated_at = ? WHERE id = ?")) {
                s.setString(1, corrected.value().toPlainString());
                s.setString(2, corrected.unit());
                s.setString(3, corrected.qualifier().id());
                s.setString(4, note);
                s.setString(5, now());
                s.setLong(6, valueId);
                s.executeUpdate();
            }
            audit(c, "correct", old.reportId(), valueId, v.indicator(), Rows.describe(v), Rows.describe(corrected), note);
            return requireValue(c, valueId);
        });
    }

    private StoredValue review(long valueId, String action, ReviewStatus status, String note)
            throws WorkspaceException {
        return ws.write(c -> {
            StoredValue old = requireValue(c, valueId);
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE indicator_values SET status = ?, note = ?, updated_at = ? WHERE id = ?")) {
                s.setString(1, status.id());
                s.setString(2, note);
                s.setString(3, now());
                s.setLong(4, valueId);
                s.executeUpdate();
            }
            audit(c, action, old.reportId(), valueId, old.value().indicator(), old.status().id(), status.id(), note);
            return requireValue(c, valueId);
        });
    }

    /**
     * Adds a value a person read in the report. When the indicator already has a value that was rejected,
     * the person's value takes its place; any other existing value must be corrected instead.
     */
    public StoredValue addManual(long reportId, IndicatorValue v, String note) throws WorkspaceException {
        return ws.write(c -> {
            requireReport(c, reportId);
            Optional<StoredValue> existing = values(c, reportId).stream()
                    .filter(x -> x.value().indicator().equals(v.indicator())).findFirst();
            if (existing.isPresent() && existing.get().status() != ReviewStatus.REJECTED) {
                throw new RuleViolation(WorkspaceException.Kind.CONFLICT, "report " + reportId + " already has a value for "
                        + v.indicator() + " (value " + existing.get().id() + "); correct that one instead");
            }
            if (existing.isPresent()) {
                try (PreparedStatement d = c.prepareStatement("DELETE FROM indicator_values WHERE id = ?")) {
                    d.setLong(1, existing.get().id());
                    d.executeUpdate();
                }
            }
            long id = insertValue(c, reportId, v, ReviewStatus.MANUAL, note);
            audit(c, "add", reportId, id, v.indicator(), existing.map(x -> Rows.describe(x.value()) + " (rejected)").orElse(null),
                    Rows.describe(v), note);
            return requireValue(c, id);
        });
    }

    /** Puts a value back exactly as it was before a review step (undo); audited as "undo". */
    public StoredValue restore(StoredValue previous) throws WorkspaceException {
        return ws.write(c -> {
            StoredValue now = requireValue(c, previous.id());
            try (PreparedStatement s = c.prepareStatement("UPDATE indicator_values SET indicator = ?, value = ?, unit = ?, "
                    + "qualifier = ?, derived = ?, section = ?, ev_start = ?, ev_end = ?, ev_text = ?, value_start = ?, "
                    + "value_end = ?, confidence = ?, flags = ?, derived_from = ?, status = ?, note = ?, updated_at = ? "
                    + "WHERE id = ?")) {
                Rows.bindValue(s, previous.value());
                s.setString(15, previous.status().id());
                s.setString(16, previous.note());
                s.setString(17, now());
                s.setLong(18, previous.id());
                s.executeUpdate();
            }
            audit(c, "undo", now.reportId(), now.id(), now.value().indicator(),
                    Rows.describe(now.value()) + " (" + now.status().id() + ")",
                    Rows.describe(previous.value()) + " (" + previous.status().id() + ")", null);
            return requireValue(c, previous.id());
        });
    }

    /** Removes a value a person added (undo of an add); other values are never deleted. */
    public void removeManual(long valueId) throws WorkspaceException {
        ws.write(c -> {
            StoredValue v = requireValue(c, valueId);
            if (v.status() != ReviewStatus.MANUAL) {
                throw new RuleViolation(WorkspaceException.Kind.CONFLICT, "value " + valueId + " was not added by hand");
            }
            try (PreparedStatement d = c.prepareStatement("DELETE FROM indicator_values WHERE id = ?")) {
                d.setLong(1, valueId);
                d.executeUpdate();
            }
            audit(c, "undo", v.reportId(), valueId, v.value().indicator(), Rows.describe(v.value()) + " (manual)", null,
                    "added value removed");
            return null;
        });
    }

    public ReportSummary setJurisdiction(long reportId, Jurisdiction j, String note) throws WorkspaceException {
        return ws.write(c -> {
            ReportSummary old = requireReport(c, reportId);
            long jid = upsertJurisdiction(c, j);
            try (PreparedStatement s = c.prepareStatement("UPDATE reports SET jurisdiction_id = ?, set_by_hand = 1, "
                    + "needs_attention = CASE WHEN year IS NULL THEN 1 ELSE 0 END WHERE id = ?")) {
                s.setLong(1, jid);
                s.setLong(2, reportId);
                s.executeUpdate();
            }
            audit(c, "set_jurisdiction", reportId, null, null,
                    old.jurisdiction() == null ? null : old.jurisdiction().fullName(), j.fullName(), note);
            return requireReport(c, reportId);
        });
    }

    public ReportSummary setYear(long reportId, int year, String note) throws WorkspaceException {
        return ws.write(c -> {
            ReportSummary old = requireReport(c, reportId);
            try (PreparedStatement s = c.prepareStatement("UPDATE reports SET year = ?, set_by_hand = 1, "
                    + "needs_attention = CASE WHEN jurisdiction_id IS NULL THEN 1 ELSE 0 END WHERE id = ?")) {
                s.setInt(1, year);
                s.setLong(2, reportId);
                s.executeUpdate();
            }
            audit(c, "set_year", reportId, null, null, old.year() == null ? null : old.year().toString(),
                    String.valueOf(year), note);
            return requireReport(c, reportId);
        });
    }

    // ---- re-extraction ------------------------------------------------------------------------------

    /** What re-extraction changed in one report. */
    public record ReextractOutcome(int updated, int added, int removed, int keptReviewed) {
        public boolean changed() {
            return updated + added + removed > 0;
        }
    }

    /**
     * Applies a fresh extraction to a report in one transaction. Only values nobody has touched change;
     * confirmed, corrected, rejected and manual values stay exactly as they are.
     */
    public ReextractOutcome reextract(long reportId, List<IndicatorValue> fresh) throws WorkspaceException {
        return reextract(reportId, fresh, List.of());
    }

    /**
     * As {@link #reextract(long, List)}, and renews the report's open suggestions: a suggestion a person
     * accepted or dismissed is never shown again, nor one for an indicator whose value a person decided.
     */
    public ReextractOutcome reextract(long reportId, List<IndicatorValue> fresh, List<IndicatorValue> freshSuggestions)
            throws WorkspaceException {
        return ws.write(c -> {
            Suggestions.refresh(c, reportId, freshSuggestions, values(c, reportId));
            Map<String, StoredValue> current = new HashMap<>();
            for (StoredValue v : values(c, reportId)) {
                current.put(v.value().indicator(), v);
            }
            Map<String, IndicatorValue> next = new LinkedHashMap<>();
            fresh.forEach(v -> next.put(v.indicator(), v));
            int updated = 0;
            int added = 0;
            int removed = 0;
            int kept = 0;
            for (StoredValue v : current.values()) {
                if (v.status().byPerson()) {
                    kept++;
                    continue;
                }
                IndicatorValue n = next.get(v.value().indicator());
                if (n == null) {
                    try (PreparedStatement d = c.prepareStatement("DELETE FROM indicator_values WHERE id = ?")) {
                        d.setLong(1, v.id());
                        d.executeUpdate();
                    }
                    removed++;
                } else if (!same(n, v.value())) {
                    try (PreparedStatement s = c.prepareStatement("UPDATE indicator_values SET indicator = ?, value = ?, "
                            + "unit = ?, qualifier = ?, derived = ?, section = ?, ev_start = ?, ev_end = ?, ev_text = ?, "
                            + "value_start = ?, value_end = ?, confidence = ?, flags = ?, derived_from = ?, updated_at = ? "
                            + "WHERE id = ? AND status = 'extracted'")) {
                        Rows.bindValue(s, n);
                        s.setString(15, now());
                        s.setLong(16, v.id());
                        s.executeUpdate();
                    }
                    updated++;
                }
            }
            for (IndicatorValue n : next.values()) {
                if (!current.containsKey(n.indicator())) {
                    insertValue(c, reportId, n, ReviewStatus.EXTRACTED, null);
                    added++;
                }
            }
            ReextractOutcome outcome = new ReextractOutcome(updated, added, removed, kept);
            if (outcome.changed()) {
                audit(c, "reextract", reportId, null, null, null, null, String.format(
                        "%d updated, %d added, %d removed, %d reviewed kept", updated, added, removed, kept));
            }
            return outcome;
        });
    }

    private static boolean same(IndicatorValue a, IndicatorValue b) {
        return a.value().compareTo(b.value()) == 0 && a.unit().equals(b.unit()) && a.qualifier() == b.qualifier()
                && a.derived() == b.derived() && a.section() == b.section() && a.flags().equals(b.flags())
                && java.util.Objects.equals(a.evidence(), b.evidence());
    }

    /** Whether a person fixed the report's jurisdiction or year (re-extraction then leaves them alone). */
    public boolean metadataSetByHand(long reportId) throws WorkspaceException {
        return ws.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT set_by_hand FROM reports WHERE id = ?")) {
                s.setLong(1, reportId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() && rs.getInt(1) != 0;
                }
            }
        });
    }

    // ---- catalogue, settings, info ------------------------------------------------------------------

    /** Makes {@code json} the catalogue in force for this workspace. */
    public void saveCatalogue(String json, String note) throws WorkspaceException {
        ws.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO catalogue (id, json, updated_at) VALUES (1, ?, ?) "
                    + "ON CONFLICT (id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at")) {
                s.setString(1, json);
                s.setString(2, now());
                s.executeUpdate();
            }
            audit(c, "catalogue", null, null, null, null, null, note);
            return null;
        });
    }

    public Optional<String> catalogueJson() throws WorkspaceException {
        return ws.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT json FROM catalogue WHERE id = 1")) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    public Optional<String> setting(String key) throws WorkspaceException {
        return ws.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                s.setString(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Setting keys starting with {@code prefix}. */
    public List<String> settingKeys(String prefix) throws WorkspaceException {
        return ws.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT key FROM settings WHERE key LIKE ? ORDER BY key")) {
                s.setString(1, prefix.replace("%", "\\%") + "%");
                List<String> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }

    public void putSetting(String key, String value) throws WorkspaceException {
        ws.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO settings (key, value) VALUES (?, ?) "
                    + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                s.setString(1, key);
                s.setString(2, value);
                s.executeUpdate();
            }
            return null;
        });
    }

    public WorkspaceInfo info() throws WorkspaceException {
        return ws.read(c -> {
            Map<String, Integer> byStatus = new LinkedHashMap<>();
            for (ReviewStatus st : ReviewStatus.values()) {
                byStatus.put(st.id(), 0);
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT status, count(*) FROM indicator_values GROUP BY status")) {
                while (rs.next()) {
                    byStatus.put(rs.getString(1), rs.getInt(2));
                }
            }
            long bytes;
            try {
                bytes = Files.size(ws.path());
            } catch (java.io.IOException e) {
                bytes = -1;
            }
            return new WorkspaceInfo(ws.path(), bytes, Migrations.version(c),
                    count(c, "SELECT count(*) FROM reports WHERE superseded_by IS NULL"),
                    count(c, "SELECT count(*) FROM reports WHERE superseded_by IS NOT NULL"),
                    count(c, "SELECT count(*) FROM reports WHERE superseded_by IS NULL AND needs_attention = 1"),
                    count(c, "SELECT count(*) FROM jurisdictions"), byStatus,
                    string(c, "SELECT max(imported_at) FROM reports"),
                    count(c, "SELECT count(*) FROM catalogue") > 0);
        });
    }

    // ---- helpers ------------------------------------------------------------------------------------

    StoredValue requireValue(Connection c, long valueId) throws SQLException {
        return value(c, valueId).orElseThrow(() -> new RuleViolation(WorkspaceException.Kind.NOT_FOUND, "there is no value " + valueId));
    }

    private ReportSummary requireReport(Connection c, long reportId) throws SQLException {
        return one(c, Rows.SUMMARY_SELECT + " WHERE r.id = ?", reportId)
                .orElseThrow(() -> new RuleViolation(WorkspaceException.Kind.NOT_FOUND, "there is no report " + reportId));
    }

    void audit(Connection c, String action, Long reportId, Long valueId, String indicator, String oldValue,
                       String newValue, String note) throws SQLException {
        audit(c, who, action, reportId, valueId, indicator, oldValue, newValue, note);
    }

    /** One row of the audit log, in the caller's transaction. */
    static void audit(Connection c, String who, String action, Long reportId, Long valueId, String indicator,
                      String oldValue, String newValue, String note) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_log (at, who, action, report_id, value_id, "
                + "indicator, old_value, new_value, note) VALUES (?,?,?,?,?,?,?,?,?)")) {
            s.setString(1, now());
            s.setString(2, who);
            s.setString(3, action);
            setLong(s, 4, reportId);
            setLong(s, 5, valueId);
            s.setString(6, indicator);
            s.setString(7, oldValue);
            s.setString(8, newValue);
            s.setString(9, note);
            s.executeUpdate();
        }
    }

    static Optional<ReportSummary> one(Connection c, String sql, Object... args) throws SQLException {
        List<ReportSummary> l = list(c, sql, args);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    private static List<ReportSummary> list(Connection c, String sql, Object... args) throws SQLException {
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

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
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

    private static void setInt(PreparedStatement s, int i, Integer v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setInt(i, v);
        }
    }

    private static String jsonArray(List<String> items) {
        StringBuilder b = new StringBuilder("[");
        for (String i : items) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('"').append(i.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"');
        }
        return b.append(']').toString();
    }

    static String now() {
        return Instant.now().toString();
    }
}

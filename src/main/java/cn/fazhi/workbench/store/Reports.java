package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.DomainRuleException;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.KeepRules;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.model.WorkspaceException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reports of a workspace: storing an imported report (with its values, in one transaction), a newer
 * version in place of an older one, the lists and the metadata a person fixes by hand.
 */
public final class Reports {
    private final Workspace ws;
    private final String who;

    public Reports(Workspace ws, String who) {
        this.ws = ws;
        this.who = who;
    }

    // ---- import -------------------------------------------------------------------------------------

    /**
     * The report with these bytes, if any. Asked once per imported file, nearly always with no answer: the
     * question is the unique index alone, and only a hit pays for the summary's counts. Both import questions
     * run on the writing connection ({@link Workspace#lookUp}).
     */
    public Optional<ReportSummary> findBySha(String sha256) throws WorkspaceException {
        return ws.lookUp(c -> {
            PreparedStatement s = StatementCache.get(c, "SELECT id FROM reports WHERE sha256 = ?");
            s.setString(1, sha256);
            Long id = StatementCache.firstLong(s);
            if (id == null) {
                return Optional.empty();
            }
            return Sql.summary(c, Rows.SUMMARY_SELECT + " WHERE r.id = ?", id);
        });
    }

    /**
     * Reports in force (not replaced) for a jurisdiction and year. Asked once per imported file, nearly always
     * with no answer: as for {@link #findBySha}, a small query first, and only a hit pays for preparing the
     * summary with its counts (that preparing was a sixth of an import's storage part, JFR, issue 17).
     */
    public List<ReportSummary> activeFor(Jurisdiction j, int year) throws WorkspaceException {
        return ws.lookUp(c -> {
            PreparedStatement s = StatementCache.get(c, "SELECT 1 FROM reports r JOIN jurisdictions j ON j.id = r.jurisdiction_id"
                    + " WHERE j.full_name = ? AND r.year = ? AND r.superseded_by IS NULL LIMIT 1");
            s.setString(1, j.fullName());
            s.setInt(2, year);
            if (StatementCache.firstLong(s) == null) {
                return List.of();
            }
            return Sql.summaries(c, Rows.SUMMARY_SELECT + " WHERE j.full_name = ? AND r.year = ?"
                    + " AND r.superseded_by IS NULL ORDER BY r.id", j.fullName(), year);
        });
    }

    /** Stores a report and its values in one transaction; returns its id. */
    public long insert(NewReport r) throws WorkspaceException {
        return insert(r, () -> { });
    }

    /** As {@link #insert(NewReport)}, with a hook run half-way (tests use it to kill an import). */
    long insert(NewReport r, Runnable halfway) throws WorkspaceException {
        return ws.write(c -> {
            long id = ReportRows.insert(c, r);
            halfway.run();
            ValueRows.insertExtracted(c, id, r.values());
            Suggestions.insert(c, id, r.suggestions(), r.values());
            AuditLog.write(c, who, "import", id, null, null, null, r.sourceName(), r.values().size() + " values");
            auditUrlByHand(c, id, r);
            return id;
        });
    }

    /** A web address a person gave with the file is their statement: audited like one set later. */
    private void auditUrlByHand(Connection c, long id, NewReport r) throws SQLException {
        if (r.sourceUrl() != null && r.sourceUrlByHand()) {
            AuditLog.write(c, who, "set_source_url", id, null, null, null, r.sourceUrl(), null);
        }
    }

    /**
     * Stores many reports in one transaction: a bulk load, for the benchmark that makes a national-size
     * workspace (an import keeps one transaction per file, so a failure costs one file).
     */
    public void insertAll(List<NewReport> batch) throws WorkspaceException {
        ws.write(c -> {
            for (NewReport r : batch) {
                long id = ReportRows.insert(c, r);
                ValueRows.insertExtracted(c, id, r.values());
                Suggestions.insert(c, id, r.suggestions(), r.values());
                AuditLog.write(c, who, "import", id, null, null, null, r.sourceName(), r.values().size() + " values");
            }
            return null;
        });
    }

    /**
     * Stores a newer version of a report in place of an older one, in one transaction. The old report is
     * kept (marked as replaced); every value a person confirmed, corrected, rejected or added is carried
     * over to the new report and wins over what extraction found there ({@link KeepRules}).
     */
    public long replace(long oldId, NewReport r) throws WorkspaceException {
        return ws.write(c -> {
            long id = ReportRows.insert(c, r);
            ValueRows.insertExtracted(c, id, r.values());
            Suggestions.insert(c, id, r.suggestions(), r.values());
            ReportRows.setSupersededBy(c, oldId, id);
            ReportDetails.carryOver(c, oldId, id);
            int carried = ValueRows.carryOver(c, who, oldId, id, r.text().text());
            auditUrlByHand(c, id, r);
            AuditLog.write(c, who, "replace", id, null, null, String.valueOf(oldId), String.valueOf(id),
                    r.sourceName() + " replaces report " + oldId + "; " + carried + " reviewed values carried over");
            return id;
        });
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
        return ws.read(c -> Sql.summaries(c, sql.toString(), args.toArray()));
    }

    /**
     * Reports in force for the given years with all their values, in two queries (comparisons over
     * thousands of reports must not ask once per report); the values of the years in {@code figuresOnly}
     * without their evidence.
     */
    public Map<ReportSummary, List<StoredValue>> withValues(Collection<Integer> years, java.util.Set<Integer> figuresOnly)
            throws WorkspaceException {
        if (years.isEmpty()) {
            return Map.of();
        }
        return ws.read(c -> ReportsWithValues.read(c, years, figuresOnly));
    }

    public Optional<ReportSummary> summary(long reportId) throws WorkspaceException {
        return ws.read(c -> Sql.summary(c, Rows.SUMMARY_SELECT + " WHERE r.id = ?", reportId));
    }

    /** The decoded text evidence offsets point into. */
    public Optional<String> text(long reportId) throws WorkspaceException {
        return ws.read(c -> ReportRows.text(c, reportId));
    }

    public Optional<byte[]> original(long reportId) throws WorkspaceException {
        return ws.read(c -> ReportRows.original(c, reportId));
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

    // ---- metadata by hand ---------------------------------------------------------------------------

    public ReportSummary setJurisdiction(long reportId, Jurisdiction j, String note) throws WorkspaceException {
        return ws.write(c -> {
            ReportSummary old = require(c, reportId);
            long jid = ReportRows.upsertJurisdiction(c, j);
            try (PreparedStatement s = c.prepareStatement("UPDATE reports SET jurisdiction_id = ?, set_by_hand = 1, "
                    + "needs_attention = CASE WHEN year IS NULL THEN 1 ELSE 0 END WHERE id = ?")) {
                s.setLong(1, jid);
                s.setLong(2, reportId);
                s.executeUpdate();
            }
            AuditLog.write(c, who, "set_jurisdiction", reportId, null, null,
                    old.jurisdiction() == null ? null : old.jurisdiction().fullName(), j.fullName(), note);
            return require(c, reportId);
        });
    }

    public ReportSummary setYear(long reportId, int year, String note) throws WorkspaceException {
        return ws.write(c -> {
            ReportSummary old = require(c, reportId);
            try (PreparedStatement s = c.prepareStatement("UPDATE reports SET year = ?, set_by_hand = 1, "
                    + "needs_attention = CASE WHEN jurisdiction_id IS NULL THEN 1 ELSE 0 END WHERE id = ?")) {
                s.setInt(1, year);
                s.setLong(2, reportId);
                s.executeUpdate();
            }
            AuditLog.write(c, who, "set_year", reportId, null, null, old.year() == null ? null : old.year().toString(),
                    String.valueOf(year), note);
            return require(c, reportId);
        });
    }

    static ReportSummary require(Connection c, long reportId) throws SQLException {
        return Sql.summary(c, Rows.SUMMARY_SELECT + " WHERE r.id = ?", reportId)
                .orElseThrow(() -> DomainRuleException.notFound("there is no report " + reportId));
    }
}

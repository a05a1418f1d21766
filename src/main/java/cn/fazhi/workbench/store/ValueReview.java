package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.AuditEntry;
import cn.fazhi.workbench.model.DomainRuleException;
import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.KeepRules;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.ReportConfirmation;
import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.model.SuggestionStatus;
import cn.fazhi.workbench.model.WorkspaceException;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;

/**
 * A report's values and a person's decisions on them: confirm, reject, correct, add, undo. Every decision is
 * one transaction together with its line in the audit log.
 */
public final class ValueReview {
    private final Workspace ws;
    private final String who;

    public ValueReview(Workspace ws, String who) {
        this.ws = ws;
        this.who = who;
    }

    public List<StoredValue> values(long reportId) throws WorkspaceException {
        return ws.read(c -> ValueRows.ofReport(c, reportId));
    }

    public Optional<StoredValue> value(long valueId) throws WorkspaceException {
        return ws.read(c -> ValueRows.one(c, valueId));
    }

    /** The audit entries of one value, else of one report, else all; oldest first. */
    public List<AuditEntry> audit(Long reportId, Long valueId) throws WorkspaceException {
        return ws.read(c -> AuditLog.read(c, reportId, valueId));
    }

    public StoredValue confirm(long valueId, String note) throws WorkspaceException {
        return review(valueId, null, "confirm", ReviewStatus.CONFIRMED, note);
    }

    public StoredValue reject(long valueId, String note) throws WorkspaceException {
        return review(valueId, null, "reject", ReviewStatus.REJECTED, note);
    }

    /** As {@link #confirm(long, String)}, refused when the value is no longer as the person saw it ({@link #requireAsSeen}). */
    public StoredValue confirm(StoredValue seen, String note) throws WorkspaceException {
        return review(seen.id(), seen, "confirm", ReviewStatus.CONFIRMED, note);
    }

    /** As {@link #reject(long, String)}, refused when the value is no longer as the person saw it. */
    public StoredValue reject(StoredValue seen, String note) throws WorkspaceException {
        return review(seen.id(), seen, "reject", ReviewStatus.REJECTED, note);
    }

    /**
     * A decision is made on the value a person was shown. When another window, program or person changed it in
     * the meantime (two staff on one workspace on a shared drive, the command line beside the window), deciding
     * on it would overwrite their decision unseen: the request is refused as a conflict, and the window reads the
     * value again. {@code seen} null: the caller decides on whatever is stored (the command line, by id).
     */
    private static void requireAsSeen(StoredValue now, StoredValue seen) {
        if (seen != null && !(java.util.Objects.equals(now.updatedAt(), seen.updatedAt()) && now.status() == seen.status()
                && now.value().value().compareTo(seen.value().value()) == 0)) {
            throw DomainRuleException.changedElsewhere("value " + now.id() + " was changed elsewhere after it was shown ("
                    + seen.status().id() + " " + seen.value().value().toPlainString() + " -> " + now.status().id() + " "
                    + now.value().value().toPlainString() + " at " + now.updatedAt() + ")");
        }
    }

    /** A person's own figure for a value: number, unit and qualifier. */
    public StoredValue correct(long valueId, BigDecimal number, String unit, Qualifier qualifier, String note)
            throws WorkspaceException {
        return correct(valueId, null, number, unit, qualifier, note);
    }

    /** A person's own figure for the value they were shown ({@code seen}; null: whatever is stored). */
    public StoredValue correct(long valueId, StoredValue seen, BigDecimal number, String unit, Qualifier qualifier, String note)
            throws WorkspaceException {
        return ws.write(c -> {
            StoredValue old = ValueRows.require(c, valueId);
            requireAsSeen(old, seen);
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
                s.setString(5, Sql.now());
                s.setLong(6, valueId);
                s.executeUpdate();
            }
            AuditLog.write(c, who, "correct", old.reportId(), valueId, v.indicator(), Rows.describe(v), Rows.describe(corrected), note);
            return ValueRows.require(c, valueId);
        });
    }

    private StoredValue review(long valueId, StoredValue seen, String action, ReviewStatus status, String note)
            throws WorkspaceException {
        return ws.write(c -> {
            StoredValue old = ValueRows.require(c, valueId);
            requireAsSeen(old, seen);
            setStatus(c, valueId, status, note);
            AuditLog.write(c, who, action, old.reportId(), valueId, old.value().indicator(), old.status().id(), status.id(), note);
            return ValueRows.require(c, valueId);
        });
    }

    /**
     * Confirms every value of a report a person has read, in one transaction: each value confirmed gets its
     * own audit line (with {@code note}) and the report one line with the counts. What is left alone, and
     * why, is {@link ReportConfirmation}'s rule.
     */
    public ReportConfirmation confirmReport(long reportId, String note) throws WorkspaceException {
        return ws.write(c -> {
            Reports.require(c, reportId);
            int open = (int) Suggestions.list(c, reportId).stream().filter(g -> g.status() == SuggestionStatus.OPEN).count();
            ReportConfirmation done = ReportConfirmation.plan(reportId, ValueRows.ofReport(c, reportId), open);
            for (long id : done.confirmed()) {
                setStatus(c, id, ReviewStatus.CONFIRMED, note);
                AuditLog.write(c, who, "confirm", reportId, id, ValueRows.require(c, id).value().indicator(),
                        ReviewStatus.EXTRACTED.id(), ReviewStatus.CONFIRMED.id(), note);
            }
            AuditLog.write(c, who, "confirm_report", reportId, null, null, null,
                    String.valueOf(done.confirmed().size()), done.auditNote());
            return done;
        });
    }

    /** Undo of {@link #confirmReport}: the values it confirmed and no one changed since are extracted again. */
    public int unconfirmReport(ReportConfirmation done) throws WorkspaceException {
        return ws.write(c -> {
            int n = 0;
            for (long id : done.confirmed()) {
                StoredValue v = ValueRows.one(c, id).orElse(null);
                if (v != null && v.status() == ReviewStatus.CONFIRMED) {
                    setStatus(c, id, ReviewStatus.EXTRACTED, null);
                    AuditLog.write(c, who, "undo", done.reportId(), id, v.value().indicator(),
                            ReviewStatus.CONFIRMED.id(), ReviewStatus.EXTRACTED.id(), null);
                    n++;
                }
            }
            return n;
        });
    }

    private static void setStatus(java.sql.Connection c, long valueId, ReviewStatus status, String note)
            throws java.sql.SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE indicator_values SET status = ?, note = ?, updated_at = ? WHERE id = ?")) {
            s.setString(1, status.id());
            s.setString(2, note);
            s.setString(3, Sql.now());
            s.setLong(4, valueId);
            s.executeUpdate();
        }
    }

    /**
     * Adds a value a person read in the report. When the indicator already has a value that was rejected,
     * the person's value takes its place; any other existing value must be corrected instead.
     */
    public StoredValue addManual(long reportId, IndicatorValue v, String note) throws WorkspaceException {
        return ws.write(c -> {
            Reports.require(c, reportId);
            Optional<StoredValue> replaced = KeepRules.manualValueReplaces(reportId, ValueRows.ofReport(c, reportId), v.indicator());
            if (replaced.isPresent()) {
                ValueRows.delete(c, replaced.get().id());
            }
            long id = ValueRows.insert(c, reportId, v, ReviewStatus.MANUAL, note);
            AuditLog.write(c, who, "add", reportId, id, v.indicator(),
                    replaced.map(x -> Rows.describe(x.value()) + " (rejected)").orElse(null), Rows.describe(v), note);
            return ValueRows.require(c, id);
        });
    }

    /** Puts a value back exactly as it was before a review step (undo); audited as "undo". */
    public StoredValue restore(StoredValue previous) throws WorkspaceException {
        return restore(previous, null);
    }

    /**
     * Undo: {@code previous} back, provided the value is still {@code left} as this person's decision left it
     * (null: whatever is stored) — an undo must not wipe out what someone else decided since.
     */
    public StoredValue restore(StoredValue previous, StoredValue left) throws WorkspaceException {
        return ws.write(c -> {
            StoredValue now = ValueRows.require(c, previous.id());
            requireAsSeen(now, left);
            try (PreparedStatement s = c.prepareStatement("UPDATE indicator_values SET indicator = ?, value = ?, unit = ?, "
                    + "qualifier = ?, derived = ?, section = ?, ev_start = ?, ev_end = ?, ev_text = ?, value_start = ?, "
                    + "value_end = ?, confidence = ?, flags = ?, derived_from = ?, status = ?, note = ?, updated_at = ? "
                    + "WHERE id = ?")) {
                Rows.bindValue(s, previous.value());
                s.setString(15, previous.status().id());
                s.setString(16, previous.note());
                s.setString(17, Sql.now());
                s.setLong(18, previous.id());
                s.executeUpdate();
            }
            AuditLog.write(c, who, "undo", now.reportId(), now.id(), now.value().indicator(),
                    Rows.describe(now.value()) + " (" + now.status().id() + ")",
                    Rows.describe(previous.value()) + " (" + previous.status().id() + ")", null);
            return ValueRows.require(c, previous.id());
        });
    }

    /** Removes a value a person added (undo of an add); other values are never deleted. */
    public void removeManual(long valueId) throws WorkspaceException {
        ws.write(c -> {
            StoredValue v = ValueRows.require(c, valueId);
            if (v.status() != ReviewStatus.MANUAL) {
                throw DomainRuleException.conflict("value " + valueId + " was not added by hand");
            }
            ValueRows.delete(c, valueId);
            AuditLog.write(c, who, "undo", v.reportId(), valueId, v.value().indicator(), Rows.describe(v.value()) + " (manual)",
                    null, "added value removed");
            return null;
        });
    }
}

package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.AuditEntry;
import cn.fazhi.workbench.model.DomainRuleException;
import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.KeepRules;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.model.StoredValue;
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
        return review(valueId, "confirm", ReviewStatus.CONFIRMED, note);
    }

    public StoredValue reject(long valueId, String note) throws WorkspaceException {
        return review(valueId, "reject", ReviewStatus.REJECTED, note);
    }

    /** A person's own figure for a value: number, unit and qualifier. */
    public StoredValue correct(long valueId, BigDecimal number, String unit, Qualifier qualifier, String note)
            throws WorkspaceException {
        return ws.write(c -> {
            StoredValue old = ValueRows.require(c, valueId);
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

    private StoredValue review(long valueId, String action, ReviewStatus status, String note) throws WorkspaceException {
        return ws.write(c -> {
            StoredValue old = ValueRows.require(c, valueId);
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE indicator_values SET status = ?, note = ?, updated_at = ? WHERE id = ?")) {
                s.setString(1, status.id());
                s.setString(2, note);
                s.setString(3, Sql.now());
                s.setLong(4, valueId);
                s.executeUpdate();
            }
            AuditLog.write(c, who, action, old.reportId(), valueId, old.value().indicator(), old.status().id(), status.id(), note);
            return ValueRows.require(c, valueId);
        });
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
        return ws.write(c -> {
            StoredValue now = ValueRows.require(c, previous.id());
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

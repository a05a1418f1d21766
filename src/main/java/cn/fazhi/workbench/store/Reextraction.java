package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.KeepRules;
import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.model.WorkspaceException;

import java.sql.PreparedStatement;
import java.util.List;

/**
 * Applies a fresh extraction to a stored report: what changes is decided by {@link KeepRules#reextraction}
 * (only values nobody touched), this class writes it in one transaction.
 */
public final class Reextraction {
    private final Workspace ws;
    private final String who;

    public Reextraction(Workspace ws, String who) {
        this.ws = ws;
        this.who = who;
    }

    /** What re-extraction changed in one report. */
    public record Outcome(int updated, int added, int removed, int keptReviewed) {
        public boolean changed() {
            return updated + added + removed > 0;
        }
    }

    /**
     * Renews the report's untouched values and its open suggestions: a suggestion a person accepted or
     * dismissed is never shown again, nor one for an indicator that has a value.
     */
    public Outcome apply(long reportId, List<IndicatorValue> fresh, List<IndicatorValue> freshSuggestions)
            throws WorkspaceException {
        return ws.write(c -> {
            Suggestions.refresh(c, reportId, freshSuggestions, ValueRows.ofReport(c, reportId));
            KeepRules.ReextractionPlan plan = KeepRules.reextraction(ValueRows.ofReport(c, reportId), fresh);
            for (var removed : plan.removed()) {
                ValueRows.delete(c, removed.id());
            }
            for (KeepRules.Update u : plan.updates()) {
                try (PreparedStatement s = c.prepareStatement("UPDATE indicator_values SET indicator = ?, value = ?, "
                        + "unit = ?, qualifier = ?, derived = ?, section = ?, ev_start = ?, ev_end = ?, ev_text = ?, "
                        + "value_start = ?, value_end = ?, confidence = ?, flags = ?, derived_from = ?, updated_at = ? "
                        + "WHERE id = ? AND status = 'extracted'")) {
                    Rows.bindValue(s, u.next());
                    s.setString(15, Sql.now());
                    s.setLong(16, u.current().id());
                    s.executeUpdate();
                }
            }
            for (IndicatorValue n : plan.added()) {
                ValueRows.insert(c, reportId, n, ReviewStatus.EXTRACTED, null);
            }
            Outcome outcome = new Outcome(plan.updates().size(), plan.added().size(), plan.removed().size(), plan.kept());
            if (outcome.changed()) {
                AuditLog.write(c, who, "reextract", reportId, null, null, null, null, String.format(
                        "%d updated, %d added, %d removed, %d reviewed kept", outcome.updated(), outcome.added(),
                        outcome.removed(), outcome.keptReviewed()));
            }
            return outcome;
        });
    }
}

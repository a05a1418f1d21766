package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.DomainRuleException;
import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.KeepRules;
import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.model.StoredSuggestion;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.model.SuggestionStatus;
import cn.fazhi.workbench.model.WorkspaceException;

import java.util.List;
import java.util.Optional;

/**
 * A person's decisions on suggestions. Accepting one makes its figure the report's confirmed value for the
 * indicator (in place of an untouched extracted value, never of a value a person decided); dismissing one
 * keeps it from being suggested again. Both are audited.
 */
public final class SuggestionStore {
    private final Workspace ws;
    private final String who;

    public SuggestionStore(Workspace ws, String who) {
        this.ws = ws;
        this.who = who;
    }

    public List<StoredSuggestion> forReport(long reportId) throws WorkspaceException {
        return ws.read(c -> Suggestions.list(c, reportId));
    }

    public Optional<StoredSuggestion> get(long id) throws WorkspaceException {
        return ws.read(c -> Optional.ofNullable(Suggestions.one(c, id)));
    }

    /** Makes the suggested figure the confirmed value; returns that value. */
    public StoredValue accept(long id, String note) throws WorkspaceException {
        return accept(id, null, note);
    }

    /**
     * As {@link #accept(long, String)} for a suggestion a person was shown with status {@code seen}: refused when
     * someone else decided on it since (null: whatever is stored).
     */
    public StoredValue accept(long id, SuggestionStatus seen, String note) throws WorkspaceException {
        return ws.write(c -> {
            StoredSuggestion s = require(c, id);
            requireAsSeen(s, seen);
            IndicatorValue v = s.value();
            Optional<StoredValue> existing = KeepRules.acceptedSuggestionReplaces(s.reportId(),
                    ValueRows.ofReport(c, s.reportId()), v.indicator());
            if (existing.isPresent()) {
                ValueRows.delete(c, existing.get().id());
            }
            long valueId = ValueRows.insert(c, s.reportId(), v.withFlag("accepted_suggestion"),
                    ReviewStatus.CONFIRMED, note);
            Suggestions.setStatus(c, id, SuggestionStatus.ACCEPTED, note);
            AuditLog.write(c, who, "accept_suggestion", s.reportId(), valueId, v.indicator(),
                    existing.map(x -> Rows.describe(x.value()) + " (extracted)").orElse(null), Rows.describe(v), note);
            return ValueRows.ofReport(c, s.reportId()).stream().filter(x -> x.id() == valueId).findFirst().orElseThrow();
        });
    }

    public StoredSuggestion dismiss(long id, String note) throws WorkspaceException {
        return dismiss(id, null, note);
    }

    /** As {@link #dismiss(long, String)}, refused when the suggestion is no longer {@code seen}. */
    public StoredSuggestion dismiss(long id, SuggestionStatus seen, String note) throws WorkspaceException {
        return ws.write(c -> {
            StoredSuggestion s = require(c, id);
            requireAsSeen(s, seen);
            Suggestions.setStatus(c, id, SuggestionStatus.DISMISSED, note);
            AuditLog.write(c, who, "dismiss_suggestion", s.reportId(), null, s.value().indicator(),
                    Rows.describe(s.value()), null, note);
            return Suggestions.one(c, id);
        });
    }

    /** Another window, program or person decided on the suggestion after it was shown as {@code seen}. */
    private static void requireAsSeen(StoredSuggestion s, SuggestionStatus seen) {
        if (seen != null && s.status() != seen) {
            throw cn.fazhi.workbench.model.DomainRuleException.changedElsewhere("suggestion " + s.id() + " is "
                    + s.status().id() + " now, not " + seen.id() + " as shown");
        }
    }

    /** Undo of a dismissal: the suggestion is open again. */
    public StoredSuggestion reopen(long id) throws WorkspaceException {
        return ws.write(c -> {
            StoredSuggestion s = require(c, id);
            if (s.status() != SuggestionStatus.DISMISSED) {
                throw DomainRuleException.conflict("suggestion " + id + " is not dismissed");
            }
            Suggestions.setStatus(c, id, SuggestionStatus.OPEN, null);
            AuditLog.write(c, who, "undo", s.reportId(), null, s.value().indicator(), "dismissed", "open", null);
            return Suggestions.one(c, id);
        });
    }

    /**
     * Undo of an acceptance: the value it made is removed, the extracted value it replaced (if any) comes
     * back as it was, and the suggestion is open again. Refused once the value has been changed since.
     */
    public StoredSuggestion unaccept(long id, long valueId, StoredValue replaced) throws WorkspaceException {
        return ws.write(c -> {
            StoredSuggestion s = require(c, id);
            StoredValue made = ValueRows.ofReport(c, s.reportId()).stream().filter(x -> x.id() == valueId).findFirst()
                    .orElse(null);
            if (s.status() != SuggestionStatus.ACCEPTED || made == null || made.status() != ReviewStatus.CONFIRMED
                    || !made.value().indicator().equals(s.value().indicator())) {
                throw DomainRuleException.conflict("suggestion " + id
                        + " is not accepted as value " + valueId + " any more");
            }
            ValueRows.delete(c, valueId);
            if (replaced != null) {
                ValueRows.insert(c, s.reportId(), replaced.value(), replaced.status(), replaced.note());
            }
            Suggestions.setStatus(c, id, SuggestionStatus.OPEN, null);
            AuditLog.write(c, who, "undo", s.reportId(), null, s.value().indicator(),
                    Rows.describe(made.value()) + " (confirmed)",
                    replaced == null ? "open" : Rows.describe(replaced.value()) + " (" + replaced.status().id() + ")", null);
            return Suggestions.one(c, id);
        });
    }

    private static StoredSuggestion require(java.sql.Connection c, long id) throws java.sql.SQLException {
        StoredSuggestion s = Suggestions.one(c, id);
        if (s == null) {
            throw DomainRuleException.notFound("there is no suggestion " + id);
        }
        return s;
    }
}

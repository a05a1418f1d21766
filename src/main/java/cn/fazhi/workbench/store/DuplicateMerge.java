package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.DomainRuleException;
import cn.fazhi.workbench.model.KeepRules;
import cn.fazhi.workbench.model.MergeRules;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.model.WorkspaceException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Merges copies of one report stored before copies were recognised by content (the same report as .txt,
 * .html, .docx…, each in force): the copies become other versions of the primary ({@code superseded_by}, as
 * {@link ReportVersions} keeps them), nothing is deleted, and the decisions people made on the copies are
 * carried to the primary or kept on their copy as {@link MergeRules} says. One transaction per report,
 * audited ({@code other_version} per copy, {@code carry_over} per value carried).
 */
public final class DuplicateMerge {
    private final ReportStore store;

    public DuplicateMerge(ReportStore store) {
        this.store = store;
    }

    /** What one merge did: the decisions of the copies and their fates. */
    public record Merged(long primaryId, List<Long> copyIds, List<MergeRules.Decision> decisions) {
        public long carried() {
            return decisions.stream().filter(d -> d.fate() == MergeRules.Fate.CARRIED).count();
        }
    }

    /**
     * What merging {@code copyIds} into {@code primaryId} would do to the decisions on them, without changing
     * anything (the dry run).
     */
    public List<MergeRules.Decision> preview(long primaryId, List<Long> copyIds) throws WorkspaceException {
        return store.ws.read(c -> MergeRules.decide(ValueRows.ofReport(c, primaryId), copyValues(c, copyIds)));
    }

    /**
     * Makes {@code copyIds} other versions of {@code primaryId}, in one transaction. Refused (kind conflict,
     * nothing changed) when one of them is no longer in force or is not of the primary's jurisdiction and
     * year, e.g. because the workspace changed since the copies were found.
     */
    public Merged merge(long primaryId, List<Long> copyIds) throws WorkspaceException {
        return store.ws.write(c -> {
            Object[] primary = row(c, primaryId);
            for (long id : copyIds) {
                Object[] copy = row(c, id);
                if (id == primaryId || copy[2] != null || primary[2] != null || !Objects.equals(copy[0], primary[0])
                        || !Objects.equals(copy[1], primary[1]) || copy[0] == null || copy[1] == null) {
                    throw DomainRuleException.conflict("report " + id
                            + " is not a copy in force of report " + primaryId + "'s jurisdiction and year");
                }
            }
            List<MergeRules.Decision> decisions = MergeRules.decide(ValueRows.ofReport(c, primaryId), copyValues(c, copyIds));
            String text = ReportRows.text(c, primaryId).orElse("");
            for (MergeRules.Decision d : decisions) {
                if (d.fate() == MergeRules.Fate.CARRIED) {
                    StoredValue v = d.value();
                    ValueRows.deleteIndicator(c, primaryId, v.value().indicator());
                    long vid = ValueRows.insert(c, primaryId, KeepRules.relocate(v.value(), text), v.status(), v.note());
                    AuditLog.write(c, store.who, "carry_over", primaryId, vid, v.value().indicator(), null,
                            Rows.describe(v.value()), "from report " + v.reportId() + " (" + v.status().id()
                                    + "), a copy of the same report merged into this one");
                }
            }
            for (long id : copyIds) {
                // the copy's own older versions follow it to the primary
                try (PreparedStatement s = c.prepareStatement("UPDATE reports SET superseded_by = ? WHERE superseded_by = ?")) {
                    s.setLong(1, primaryId);
                    s.setLong(2, id);
                    s.executeUpdate();
                }
                ReportRows.setSupersededBy(c, id, primaryId);
                List<String> kept = decisions.stream().filter(d -> d.value().reportId() == id && kept(d.fate()))
                        .map(d -> d.value().value().indicator()).toList();
                AuditLog.write(c, store.who, "other_version", id, null, null, null, String.valueOf(primaryId),
                        "the same report as report " + primaryId + ", stored before copies were recognised by content;"
                                + " merged: kept as another version" + (kept.isEmpty() ? "" : "; decisions kept on this version: "
                                + String.join(", ", kept)));
            }
            return new Merged(primaryId, List.copyOf(copyIds), decisions);
        });
    }

    private static boolean kept(MergeRules.Fate f) {
        return f == MergeRules.Fate.KEPT_PRIMARY_DECIDED || f == MergeRules.Fate.KEPT_COPIES_DISAGREE;
    }

    private static List<List<StoredValue>> copyValues(Connection c, List<Long> copyIds) throws SQLException {
        List<List<StoredValue>> out = new ArrayList<>();
        for (long id : copyIds) {
            out.add(ValueRows.ofReport(c, id));
        }
        return out;
    }

    /** Jurisdiction id, year and superseded_by of a report. */
    private static Object[] row(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT jurisdiction_id, year, superseded_by FROM reports WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw DomainRuleException.notFound("no report " + id);
                }
                return new Object[] {rs.getObject(1), rs.getObject(2), rs.getObject(3)};
            }
        }
    }
}

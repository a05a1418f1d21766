package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.store.ReportVersions;

import java.util.List;

/**
 * Use case: the versions of one report (the same jurisdiction and year, in force or kept beside) and
 * switching which one is in force — e.g. when the .pdf reads better than the web page for a person.
 */
public final class ReportVersionsOf {
    private final WorkspaceSession session;

    public ReportVersionsOf(WorkspaceSession session) {
        this.session = session;
    }

    /** Every stored report of the same jurisdiction and year as {@code reportId}, the one in force first. */
    public List<ReportSummary> versions(long reportId) throws WorkspaceException {
        ReportSummary r = session.store().summary(reportId).orElseThrow(() -> new WorkspaceException(
                WorkspaceException.Kind.NOT_FOUND, "no report " + reportId));
        if (r.jurisdiction() == null || r.year() == null) {
            return List.of(r);
        }
        return session.store().list(r.year(), r.jurisdiction().fullName(), true).stream()
                .filter(x -> x.jurisdiction() != null && x.jurisdiction().fullName().equals(r.jurisdiction().fullName()))
                .sorted(java.util.Comparator.comparing((ReportSummary x) -> x.supersededBy() != null).thenComparing(ReportSummary::id))
                .toList();
    }

    /** Makes {@code reportId} the version in force; reviewed values go with it. Returns the previous one. */
    public long makePrimary(long reportId) throws WorkspaceException {
        return new ReportVersions(session.store()).makePrimary(reportId);
    }
}

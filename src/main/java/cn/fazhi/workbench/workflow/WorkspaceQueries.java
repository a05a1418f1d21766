package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.model.AuditEntry;
import cn.fazhi.workbench.model.ReportCount;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.model.WorkspaceInfo;
import cn.fazhi.workbench.store.ReportStore;

import java.util.List;
import java.util.Optional;

/** Use case: what the command line and the screens read from a workspace. */
public final class WorkspaceQueries {
    private final ReportStore store;

    WorkspaceQueries(ReportStore store) {
        this.store = store;
    }

    /** Reports in force (or all, with replaced ones), optionally for one year and jurisdictions matching a text. */
    public List<ReportSummary> reports(Integer year, String jurisdiction, boolean includeReplaced) throws WorkspaceException {
        return store.list(year, jurisdiction, includeReplaced);
    }

    /**
     * Reports in force per jurisdiction and year: what screens need to offer years and places, without the
     * report list (which also counts every report's values).
     */
    public List<ReportCount> reportCounts() throws WorkspaceException {
        return store.reportCounts();
    }

    public Optional<ReportSummary> report(long reportId) throws WorkspaceException {
        return store.summary(reportId);
    }

    public Optional<String> text(long reportId) throws WorkspaceException {
        return store.text(reportId);
    }

    public List<StoredValue> values(long reportId) throws WorkspaceException {
        return store.values(reportId);
    }

    /** The audit history of a value (when {@code valueId} is given) or of a report. */
    public List<AuditEntry> history(Long reportId, Long valueId) throws WorkspaceException {
        return store.audit(reportId, valueId);
    }

    public WorkspaceInfo info() throws WorkspaceException {
        return store.info();
    }
}

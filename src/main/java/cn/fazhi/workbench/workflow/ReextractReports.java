package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.ReportText;
import cn.fazhi.workbench.store.ReportStore;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;

import java.util.List;

/**
 * Use case: run extraction again on every stored report (after the catalogue or the program changed).
 * Only values nobody has touched change; reviewed values are kept as they are.
 */
public final class ReextractReports {
    /** Totals over all reports. */
    public record Summary(int reports, int changedReports, int updated, int added, int removed, int keptReviewed) {
    }

    private final WorkspaceSession session;

    public ReextractReports(WorkspaceSession session) {
        this.session = session;
    }

    public Summary run(ProgressListener progress, CancellationToken cancel) throws WorkspaceException {
        ReportStore store = session.store();
        List<ReportSummary> reports = store.list(null, null, false);
        int changed = 0;
        int updated = 0;
        int added = 0;
        int removed = 0;
        int kept = 0;
        int done = 0;
        for (ReportSummary r : reports) {
            cancel.throwIfCancelled();
            progress.progress(done, reports.size(), r.sourceName());
            String text = store.text(r.id()).orElse("");
            var x = OcrFigures.doubt(r.format(), session.extractor().extract(new ReportText(text, r.format(), r.charset())));
            ReportStore.ReextractOutcome o = store.reextract(r.id(), x.values(), x.suggestions());
            if (o.changed()) {
                changed++;
            }
            updated += o.updated();
            added += o.added();
            removed += o.removed();
            kept += o.keptReviewed();
            done++;
        }
        progress.progress(done, reports.size(), "");
        return new Summary(reports.size(), changed, updated, added, removed, kept);
    }
}

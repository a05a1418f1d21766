package cn.fazhi.workbench.ui.details;

import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.ui.AppWiring;
import cn.fazhi.workbench.workflow.SetReportDetails;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a person changed in the 报告信息 dialog, and saving it in the background: only what differs from the
 * report as it is is written (each change is one audited step).
 *
 * @param date      the publication date to set by hand, or null to use the one read from the report
 * @param sourceUrl the web address, or blank for none
 */
public record ReportDetailsEdit(LocalDate date, String sourceUrl) {
    public boolean changesDate(ReportSummary r) {
        LocalDate byHand = r.publishDateByHand() ? r.publishDate() : null;
        return !Objects.equals(byHand, date);
    }

    public boolean changesUrl(ReportSummary r) {
        String now = r.sourceUrl() == null ? "" : r.sourceUrl();
        return !now.equals(sourceUrl == null ? "" : sourceUrl.strip());
    }

    /** Saves the changes on the task runner; {@code done} gets the report as stored, {@code failed} the refusal. */
    public void save(AppWiring wiring, ReportSummary r, Consumer<ReportSummary> done, Consumer<Throwable> failed) {
        if (!changesDate(r) && !changesUrl(r)) {
            done.accept(r);
            return;
        }
        SetReportDetails set = new SetReportDetails(wiring.session());
        wiring.tasks().run("report-details", (p, c) -> {
            ReportSummary out = r;
            if (changesUrl(r)) {
                out = set.sourceUrl(r.id(), sourceUrl, null);
            }
            if (changesDate(r)) {
                out = set.publishDate(r.id(), date, null);
            }
            return out;
        }, done, failed);
    }
}

package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.ingest.SourceAddress;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.workflow.ReviewValues.Refusal;
import cn.fazhi.workbench.workflow.ReviewValues.ReviewException;

import java.time.LocalDate;

/**
 * Use case: a person states a report's publication date (the scorecard then takes it first, as 人工填写) or
 * its web address. Both are audited under the reviewer's name and kept through re-extraction and new
 * versions of the report; clearing the date brings back the one read from the report.
 */
public final class SetReportDetails {
    private final WorkspaceSession session;

    public SetReportDetails(WorkspaceSession session) {
        this.session = session;
    }

    /** @param date null clears the date set by hand */
    public ReportSummary publishDate(long reportId, LocalDate date, String note) throws WorkspaceException, ReviewException {
        ReportSummary r = require(reportId);
        if (date != null) {
            checkDate(date, r.year());
        }
        return session.reviewStore().details().setPublishDate(reportId, date, note);
    }

    /** @param url null or blank clears the address */
    public ReportSummary sourceUrl(long reportId, String url, String note) throws WorkspaceException, ReviewException {
        require(reportId);
        String checked = url == null || url.isBlank() ? null : checkUrl(url);
        return session.reviewStore().details().setSourceUrl(reportId, checked, note);
    }

    /** Reads a date typed as 2023-02-14 (or 2023/2/14, 2023.2.14, 2023年2月14日); refuses anything else. */
    public static LocalDate parseDate(String text) throws ReviewException {
        String t = text == null ? "" : text.strip().replace('/', '-').replace('.', '-')
                .replace("年", "-").replace("月", "-").replace("日", "");
        String[] p = t.split("-");
        try {
            if (p.length == 3) {
                return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
            }
            return LocalDate.parse(t);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new ReviewException(Refusal.NOT_A_DATE, "not a date: '" + text + "'", String.valueOf(text));
        }
    }

    /** A report on year Y is published in Y or later, and never after today. */
    static void checkDate(LocalDate date, Integer reportYear) throws ReviewException {
        boolean tooEarly = reportYear != null ? date.getYear() < reportYear : date.getYear() < 2000;
        if (tooEarly || date.isAfter(LocalDate.now())) {
            throw new ReviewException(Refusal.DATE_OUT_OF_RANGE, "publication date " + date + " out of range for year "
                    + reportYear, date.toString(), reportYear == null ? "" : reportYear.toString());
        }
    }

    /** The address stripped, if it is an absolute http(s) address without spaces; else refused. */
    public static String checkUrl(String url) throws ReviewException {
        return SourceAddress.usable(url).orElseThrow(() -> new ReviewException(Refusal.BAD_URL,
                "not an absolute http(s) address: '" + url + "'", String.valueOf(url)));
    }

    private ReportSummary require(long reportId) throws WorkspaceException, ReviewException {
        return session.queries().report(reportId).orElseThrow(() -> new ReviewException(Refusal.NO_REPORT,
                "there is no report " + reportId, String.valueOf(reportId)));
    }
}

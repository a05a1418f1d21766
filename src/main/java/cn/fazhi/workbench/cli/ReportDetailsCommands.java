package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.workflow.SetReportDetails;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code review set-date} and {@code review set-url}: what a person states about a report, audited. */
final class ReportDetailsCommands {
    private ReportDetailsCommands() {
    }

    @Command(name = "set-date", mixinStandardHelpOptions = true,
            description = "Sets the report's publication date by hand (e.g. from the portal's page when the file has none, or a wrong one). "
                    + "The scorecard takes it first, as 'user' (人工填写); re-extraction and new versions keep it. --clear goes back to the date read from the report.")
    static final class SetDate implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;
        @Parameters(index = "0", paramLabel = "REPORT-ID")
        long reportId;
        @Parameters(index = "1", arity = "0..1", paramLabel = "DATE", description = "2023-03-31 (also 2023/3/31 or 2023年3月31日).")
        String date;
        @Option(names = "--clear", description = "Remove the date set by hand.")
        boolean clear;
        @Option(names = "--note")
        String note;

        @Override
        public Integer call() {
            if (clear == (date != null)) {
                System.err.println("give either a DATE or --clear");
                return 2;
            }
            return ReviewCommand.run(ws, (r, s) -> describe(new SetReportDetails(s).publishDate(reportId,
                    clear ? null : SetReportDetails.parseDate(date), note), ws.json()));
        }
    }

    @Command(name = "set-url", mixinStandardHelpOptions = true,
            description = "Sets the report's web address by hand (http:// or https://); it wins over any address read from a file. --clear removes it.")
    static final class SetUrl implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;
        @Parameters(index = "0", paramLabel = "REPORT-ID")
        long reportId;
        @Parameters(index = "1", arity = "0..1", paramLabel = "URL")
        String url;
        @Option(names = "--clear", description = "Remove the address.")
        boolean clear;
        @Option(names = "--note")
        String note;

        @Override
        public Integer call() {
            if (clear == (url != null)) {
                System.err.println("give either a URL or --clear");
                return 2;
            }
            return ReviewCommand.run(ws, (r, s) -> describe(new SetReportDetails(s).sourceUrl(reportId,
                    clear ? null : url, note), ws.json()));
        }
    }

    /** The report's date and address after the change: a map for --json, a line otherwise. */
    static Object describe(ReportSummary r, boolean json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reportId", r.id());
        m.put("publishDate", r.publishDate() == null ? null : r.publishDate().toString());
        m.put("dateSource", r.publishDate() == null ? "none" : r.publishDateByHand() ? "user" : "report");
        m.put("sourceUrl", r.sourceUrl());
        m.put("sourceUrlByHand", r.sourceUrlByHand());
        if (json) {
            return m;
        }
        return String.format("report %d: published %s (%s); web address %s%s", r.id(),
                r.publishDate() == null ? "unknown" : r.publishDate(), m.get("dateSource"),
                r.sourceUrl() == null ? "none" : r.sourceUrl(), r.sourceUrlByHand() ? " (given by hand)" : "");
    }
}

package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.model.ReportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code reports}: the reports in the workspace. */
@Command(name = "reports", mixinStandardHelpOptions = true, description = "Lists the reports in the workspace.")
final class ReportsCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOptions ws;

    @Option(names = "--year", description = "Only this reporting year.")
    Integer year;

    @Option(names = "--jurisdiction", description = "Only jurisdictions whose full name contains this (or whose code starts with it).")
    String jurisdiction;

    @Option(names = "--all", description = "Also reports replaced by newer versions.")
    boolean all;

    @Override
    public Integer call() {
        return ws.inSession((s, out, err) -> {
            List<ReportSummary> reports = s.queries().reports(year, jurisdiction, all);
            if (ws.json()) {
                reports.forEach(r -> out.println(Json.write(r)));
                return 0;
            }
            int nameWidth = 12;
            for (ReportSummary r : reports) {
                nameWidth = Math.max(nameWidth, Columns.width(r.jurisdiction() == null ? "?" : r.jurisdiction().fullName()));
            }
            out.printf("%5s  %-4s  %s %-8s %-10s %6s %8s %7s  %s%n", "id", "year", Columns.pad("jurisdiction", nameWidth),
                    "level", "published", "values", "reviewed", "flagged", "file");
            for (ReportSummary r : reports) {
                out.printf("%5d  %-4s  %s %-8s %-10s %6d %8d %7d  %s%s%s%n", r.id(), r.year() == null ? "?" : r.year(),
                        Columns.pad(r.jurisdiction() == null ? "?" : r.jurisdiction().fullName(), nameWidth),
                        r.jurisdiction() == null ? "?" : r.jurisdiction().level().id(),
                        r.publishDate() == null ? "-" : r.publishDate(), r.values(), r.reviewed(), r.flagged(),
                        r.sourceName(), r.needsAttention() ? "  NEEDS ATTENTION" : "",
                        r.supersededBy() == null ? "" : "  (replaced by " + r.supersededBy() + ")");
            }
            out.println(reports.size() + " reports");
            return 0;
        });
    }
}

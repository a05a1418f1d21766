package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.workflow.MissingReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code missing}: who has not reported for a province or city and year, and who reported late. */
@Command(name = "missing", mixinStandardHelpOptions = true,
        description = "The county-level divisions of a province (or city) that have no report for the year in the "
                + "workspace, and those whose report was published after the deadline.")
final class MissingCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOptions ws;
    @Option(names = "--province", required = true, description = "Province, e.g. 江西省.")
    String province;
    @Option(names = "--city", description = "Only this city, e.g. 宜春市.")
    String city;
    @Option(names = "--year", required = true, description = "Reporting year.")
    int year;

    @Override
    public Integer call() {
        return ws.inSession((s, out, err) -> {
            MissingReports.Result r = new MissingReports(s).find(province, city, year);
            if (ws.json()) {
                r.rows().forEach(row -> out.println(Json.write(row)));
                return 0;
            }
            for (MissingReports.Row row : r.rows()) {
                out.printf("%-7s %-8s %s%n", row.jurisdiction().code(), row.state() == MissingReports.State.MISSING ? "missing"
                        : "late", row.jurisdiction().fullName() + (row.published() == null ? "" : "  published " + row.published()));
            }
            out.printf("%s %d: %d county-level divisions expected, %d reported, %d missing, %d late%n",
                    city == null ? province : city, year, r.expected(), r.reported(), r.missing(), r.late());
            return 0;
        });
    }
}

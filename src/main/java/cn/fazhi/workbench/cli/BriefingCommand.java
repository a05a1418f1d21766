package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;
import cn.fazhi.workbench.workflow.ExportComparison;
import cn.fazhi.workbench.workflow.WriteBriefing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code briefing}: the 通报 draft of a year and scope as a Word document. */
@Command(name = "briefing", mixinStandardHelpOptions = true,
        description = "Writes the 通报 draft (.docx, GB/T 9704 layout) for a year: 总体情况, 主要指标 (median, best and worst "
                + "three, change from last year), 存在问题, the ranking and an annex per 地市. Every figure comes from the "
                + "workspace; the sentences are templates to edit. The office named with 'export --office' signs it.")
final class BriefingCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOptions ws;
    @Option(names = "--year", required = true, description = "Reporting year.")
    int year;
    @Option(names = "--province", description = "Province, e.g. 江西省 (the gazetteer's list says who must report).")
    String province;
    @Option(names = "--city", description = "Only this city, e.g. 宜春市.")
    String city;
    @Option(names = "--out", required = true, paramLabel = "FILE.docx")
    Path out;

    @Override
    public Integer call() {
        return ws.inSession((s, o, err) -> {
            try {
                WriteBriefing.Result r = new WriteBriefing(s).write(year, province, city, out, ProgressListener.NONE,
                        CancellationToken.none());
                o.printf("written %s: %s (%d reports, %d jurisdictions expected)%n", r.file(), r.title(), r.reports(), r.expected());
                return 0;
            } catch (ExportComparison.ExportException e) {
                err.println("error: " + e.getMessage());
                return 2;
            }
        });
    }
}

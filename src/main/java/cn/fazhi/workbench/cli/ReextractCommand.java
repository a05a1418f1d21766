package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.workflow.ReextractReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code reextract}: extraction again on every report; reviewed values stay. */
@Command(name = "reextract", mixinStandardHelpOptions = true,
        description = "Runs extraction again on every report in the workspace with the catalogue in force. Only values nobody has reviewed change.")
final class ReextractCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOptions ws;

    @Override
    public Integer call() {
        return ws.inSession((s, out, err) -> {
            ReextractReports.Summary r = new ReextractReports(s).run((done, total, file) -> { }, CancellationToken.none());
            out.println(ws.json() ? Json.write(r) : String.format(
                    "%d reports, %d changed: %d values updated, %d added, %d removed; %d reviewed values kept as they were",
                    r.reports(), r.changedReports(), r.updated(), r.added(), r.removed(), r.keptReviewed()));
            return 0;
        });
    }
}

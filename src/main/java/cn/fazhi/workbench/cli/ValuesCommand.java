package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.model.AuditEntry;
import cn.fazhi.workbench.model.StoredValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code values}: the values of one report, with status and evidence. */
@Command(name = "values", mixinStandardHelpOptions = true, description = "Lists the values of a report with their review status and evidence.")
final class ValuesCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOptions ws;

    @Parameters(paramLabel = "REPORT-ID")
    long reportId;

    @Option(names = "--history", description = "Also print the report's audit history.")
    boolean history;

    @Override
    public Integer call() {
        return ws.inSession((s, out, err) -> {
            if (s.queries().report(reportId).isEmpty()) {
                err.println("error: there is no report " + reportId + "; see 'reports'");
                return WorkspaceOptions.WORKSPACE_ERROR;
            }
            List<StoredValue> values = s.queries().values(reportId);
            if (ws.json()) {
                values.forEach(v -> out.println(Json.write(v)));
            } else {
                for (StoredValue v : values) {
                    var iv = v.value();
                    out.printf("%6d  %-34s %12s %-3s %-11s %-9s %s%s%n", v.id(), iv.indicator(), iv.value().toPlainString(),
                            iv.unit(), iv.qualifier().id(), v.status().id(), iv.derived() ? "derived " : "",
                            iv.flags().isEmpty() ? "" : iv.flags().toString());
                    if (iv.evidence() != null) {
                        out.println("        «" + iv.evidence().sentence().replaceAll("\\s+", " ") + "» ["
                                + iv.evidence().start() + "-" + iv.evidence().end() + "]");
                    }
                    if (v.note() != null) {
                        out.println("        note: " + v.note());
                    }
                }
                out.println(values.size() + " values");
            }
            var suggestions = new cn.fazhi.workbench.workflow.ReviewValues(s).suggestions(reportId);
            if (ws.json()) {
                suggestions.forEach(g -> out.println(Json.write(g)));
            } else if (!suggestions.isEmpty()) {
                out.println("suggestions (doubted figures: 'review accept-suggestion ID' or 'review dismiss-suggestion ID'):");
                for (var g : suggestions) {
                    var iv = g.value();
                    out.printf("%6d  %-34s %12s %-3s %-11s %-9s because %s%n", g.id(), iv.indicator(),
                            iv.value().toPlainString(), iv.unit(), iv.qualifier().id(), g.status().id(), iv.flags());
                    if (iv.evidence() != null) {
                        out.println("        «" + iv.evidence().sentence().replaceAll("\\s+", " ") + "»");
                    }
                }
            }
            if (history) {
                for (AuditEntry a : s.queries().history(reportId, null)) {
                    out.println(ws.json() ? Json.write(a) : String.format("%s %s %s %s %s -> %s %s", a.at(), a.who(), a.action(),
                            a.indicator() == null ? "" : a.indicator(), a.oldValue() == null ? "" : a.oldValue(),
                            a.newValue() == null ? "" : a.newValue(), a.note() == null ? "" : "(" + a.note() + ")"));
                }
            }
            return 0;
        });
    }
}

package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.model.MergeRules;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;
import cn.fazhi.workbench.workflow.MergeDuplicates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code workspace dedupe}: lists the reports a workspace holds several times from before copies were
 * recognised by content (the dry run, the default), and merges them with {@code --apply}.
 */
@Command(name = "dedupe", mixinStandardHelpOptions = true,
        description = {"Finds reports stored several times (the same report as .txt, .html, .docx, .pdf… imported before "
                + "copies were recognised by content), as an import would recognise them: same jurisdiction and year, same text. "
                + "Lists them and changes nothing unless --apply is given.",
                "--apply keeps the copy that reads best in force and makes the others its versions (报告 → 版本…); nothing is "
                        + "deleted. A decision a person made on a copy goes to the version in force unless that version has a "
                        + "decision of its own for the indicator, or the copies disagree: then it stays on its copy (listed here, "
                        + "and in the audit log) for a person to choose. One transaction per report, audited."})
final class DedupeCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOptions ws;

    @Option(names = "--apply", description = "Merge what was found (default: only list it).")
    boolean apply;

    @Override
    public Integer call() {
        return ws.inSession((s, out, err) -> {
            MergeDuplicates merge = new MergeDuplicates(s);
            List<MergeDuplicates.Group> groups = merge.find(ProgressListener.NONE, CancellationToken.none());
            List<MergeDuplicates.Group> shown = groups;
            List<MergeDuplicates.Group> refused = List.of();
            if (apply && !groups.isEmpty()) {
                MergeDuplicates.Outcome o = merge.merge(groups, ProgressListener.NONE, CancellationToken.none());
                shown = o.merged();
                refused = o.refused();
            }
            for (MergeDuplicates.Group g : shown) {
                print(out, g, apply);
            }
            for (MergeDuplicates.Group g : refused) {
                err.println("not merged (the workspace changed meanwhile; run again): " + g.jurisdiction() + " " + g.year());
            }
            long copies = shown.stream().mapToLong(g -> g.copies().size()).sum();
            if (!ws.json()) {
                out.println(groups.isEmpty() ? "no report is held more than once"
                        : apply ? shown.size() + " report(s) merged: " + copies + " copies are now versions of the report in force"
                        : groups.size() + " report(s) held more than once (" + copies + " copies); nothing was changed — run "
                        + "again with --apply to merge them");
            }
            return refused.isEmpty() ? 0 : 1;
        });
    }

    private void print(PrintWriter out, MergeDuplicates.Group g, boolean applied) {
        if (ws.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("jurisdiction", g.jurisdiction());
            m.put("year", g.year());
            m.put("inForce", report(g.primary()));
            m.put("copies", g.copies().stream().map(DedupeCommand::report).toList());
            m.put("decisions", g.decisions().stream().filter(d -> d.fate() != MergeRules.Fate.SAME).map(d -> Map.of(
                    "report", d.value().reportId(), "indicator", d.value().value().indicator(),
                    "status", d.value().status().id(), "fate", d.fate().name().toLowerCase())).toList());
            m.put("merged", applied);
            out.println(Json.write(m));
            return;
        }
        out.printf("%s %d: in force %s; %s %s%n", g.jurisdiction(), g.year(), describe(g.primary()),
                applied ? "now versions:" : "copies:", String.join(", ", g.copies().stream().map(DedupeCommand::describe).toList()));
        if (g.carried() > 0) {
            out.printf("  %d decision(s) on copies %s to the report in force%n", g.carried(), applied ? "carried" : "would go");
        }
        for (MergeRules.Decision d : g.kept()) {
            out.printf("  stays on report %d: %s (%s) — %s%n", d.value().reportId(), d.value().value().indicator(),
                    d.value().status().id(), d.fate() == MergeRules.Fate.KEPT_PRIMARY_DECIDED
                            ? "the report in force has a decision of its own" : "the copies disagree; choose in 报告 → 版本…");
        }
    }

    private static String describe(ReportSummary r) {
        return "report " + r.id() + " (" + r.sourceName() + ", " + r.format().id() + ")";
    }

    private static Map<String, Object> report(ReportSummary r) {
        return Map.of("id", r.id(), "source", r.sourceName(), "format", r.format().id());
    }
}

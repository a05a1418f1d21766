package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.model.PartFinding;
import cn.fazhi.workbench.scorecard.ReportScore;
import cn.fazhi.workbench.scorecard.ScoreWeights;
import cn.fazhi.workbench.scorecard.Scorecard;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;
import cn.fazhi.workbench.workflow.BuildScorecard;
import cn.fazhi.workbench.workflow.ExportComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code scorecard}: the report-compliance scorecard of a year, as TSV (default) or JSON lines. */
@Command(name = "scorecard", mixinStandardHelpOptions = true,
        description = {"Scores each report of a year: published (against the gazetteer's list for --province/--city), "
                + "on time (publication date against the deadline), structure (the five parts the 督察工作规定 requires, "
                + "with the heading that matched) and substance (core indicators stated, statements with figures, "
                + "inconsistent figures, figures copied from last year's report), and a weighted total.",
                "Prints tab-separated values with a header line; --format json prints one object per line."})
final class ScorecardCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOptions ws;
    @Option(names = "--year", required = true, description = "Reporting year.")
    int year;
    @Option(names = "--province", description = "Province, e.g. 江西省 (the gazetteer's list says who must report).")
    String province;
    @Option(names = "--city", description = "Only this city, e.g. 宜春市.")
    String city;
    @Option(names = "--weights", paramLabel = "P,T,S,C", description = "Weights of published, on time, structure, "
            + "substance (default 20,20,30,30 or the workspace's), remembered in the workspace.")
    String weights;
    @Option(names = "--submit-deadline", paramLabel = "MM-DD", description = "Deadline for reporting to the level above "
            + "(default 03-01), remembered in the workspace. The publication deadline is 'export --deadline' / 设置.")
    String submitDeadline;
    @Option(names = "--xlsx", paramLabel = "FILE.xlsx", description = "Also write the workbook of the same scope with the sheet 报告评分.")
    Path xlsx;

    @Override
    public Integer call() {
        return ws.inSession((s, out, err) -> {
            BuildScorecard build = new BuildScorecard(s);
            try {
                if (weights != null) {
                    build.setWeights(ScoreWeights.parse(weights));
                }
                if (submitDeadline != null) {
                    build.setSubmitDeadline(MonthDay.parse("--" + submitDeadline));
                }
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                err.println("error: " + e.getMessage());
                return 2;
            }
            BuildScorecard.Result r = build.build(year, province, city, null, ProgressListener.NONE, CancellationToken.none());
            print(r.scorecard(), out);
            if (xlsx != null) {
                try {
                    Path p = new ExportComparison().export(s, r, year + "年度法治政府建设年度报告评分", xlsx);
                    err.println("written " + p);
                } catch (ExportComparison.ExportException e) {
                    err.println("error: " + e.getMessage());
                    return 2;
                }
            }
            return 0;
        });
    }

    private void print(Scorecard card, PrintWriter out) {
        if (!ws.json()) {
            out.println(String.join("\t", header()));
        }
        for (ReportScore r : card.rows()) {
            Map<String, Object> row = row(r);
            if (ws.json()) {
                out.println(Json.write(row));
            } else {
                List<String> cells = new ArrayList<>();
                for (Object v : row.values()) {
                    cells.add(v == null ? "" : String.valueOf(v).replaceAll("[\t\r\n]", " "));
                }
                out.println(String.join("\t", cells));
            }
        }
    }

    private static List<String> header() {
        List<String> h = new ArrayList<>(List.of("city", "code", "jurisdiction", "expected", "report", "published",
                "date_source", "timeliness"));
        for (var p : cn.fazhi.workbench.model.ReportPart.values()) {
            h.add(p.code());
        }
        h.addAll(List.of("core_stated", "core_total", "statements", "statements_with_figures", "flagged", "copied",
                "score_published", "score_on_time", "score_structure", "score_substance", "total", "grade"));
        return h;
    }

    /** One row; each part is "how: heading" (e.g. "heading: 二、存在的问题") or "missing". */
    private static Map<String, Object> row(ReportScore r) {
        var f = r.facts();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("city", r.city());
        m.put("code", f.jurisdiction().code());
        m.put("jurisdiction", f.jurisdiction().name());
        m.put("expected", f.expected());
        m.put("report", f.reportId());
        m.put("published", f.published() == null ? null : f.published().toString());
        m.put("date_source", f.dateSource().name().toLowerCase(java.util.Locale.ROOT));
        m.put("timeliness", r.timeliness().name().toLowerCase(java.util.Locale.ROOT));
        for (var p : cn.fazhi.workbench.model.ReportPart.values()) {
            if (f.structure() == null) {
                m.put(p.code(), null);
                continue;
            }
            PartFinding pf = f.structure().part(p);
            m.put(p.code(), pf.found() ? pf.how().name().toLowerCase(java.util.Locale.ROOT) + ": " + pf.heading() : "missing");
        }
        m.put("core_stated", f.coreStated());
        m.put("core_total", f.coreTotal());
        m.put("statements", f.structure() == null ? null : f.structure().statements());
        m.put("statements_with_figures", f.structure() == null ? null : f.structure().statementsWithFigures());
        m.put("flagged", f.flagged());
        m.put("copied", String.join(",", f.copiedIndicators()));
        m.put("score_published", r.published());
        m.put("score_on_time", r.onTime());
        m.put("score_structure", r.structure());
        m.put("score_substance", r.substance());
        m.put("total", r.total());
        m.put("grade", r.grade().name().toLowerCase(java.util.Locale.ROOT));
        return m;
    }
}

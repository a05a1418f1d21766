package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.model.Selection;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.workflow.BuildComparison;
import cn.fazhi.workbench.workflow.ExportComparison;
import cn.fazhi.workbench.workflow.WorkspaceSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code export}: a comparison workbook for a meeting. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Compares jurisdictions and writes an Excel workbook (摘要, 比对总表, 排名, 同比, 报告情况, 未报送, 佐证, 说明, 图表).",
                "Exit status: 0 when written, 2 when the selection is empty or wrong (no file is written), 4 when the workspace cannot be used."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOptions ws;

    @Option(names = "--year", required = true, split = ",", description = "Reporting year(s): 2022, 2021,2022 or 2020-2022 (the last is compared, earlier ones give the 同比 sheet).")
    List<String> yearArgs;

    @Option(names = "--jurisdictions", split = ",", description = "Jurisdictions by full name, name or code.")
    List<String> jurisdictions = new ArrayList<>();

    @Option(names = "--province", description = "All imported jurisdictions of a province, e.g. 江西省.")
    String province;

    @Option(names = "--city", description = "All imported jurisdictions of a city, e.g. 宜春市.")
    String city;

    @Option(names = "--group", description = "A saved group of jurisdictions (see 'group').")
    String group;

    @Option(names = "--indicators", split = ",", description = "Indicator codes (default: all).")
    List<String> indicators = new ArrayList<>();

    @Option(names = "--areas", split = ",", description = "Indicator groups, e.g. disputes,rules (see 'catalogue list').")
    List<String> areas = new ArrayList<>();

    @Option(names = "--transpose", description = "Jurisdictions as rows, indicators as columns.")
    boolean transpose;

    @Option(names = "--chart", paramLabel = "CODE", description = "Indicator for the bar chart (default: the one most reports state).")
    String chart;

    @Option(names = "--deadline", paramLabel = "MM-DD", description = "Report deadline in the following year (default: the workspace's setting, else 04-01).")
    String deadline;

    @Option(names = "--title", description = "Title printed on every page.")
    String title;

    @Option(names = "--a3", description = "Print on A3 paper (landscape) instead of A4.")
    boolean a3;

    @Option(names = "--office", paramLabel = "NAME", description = "The office making the workbook (制表单位), remembered in the workspace for later exports.")
    String office;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = Out.err();
        try (WorkspaceSession s = ws.open(err)) {
            BuildComparison build = new BuildComparison(s);
            List<String> names = new ArrayList<>(jurisdictions);
            if (group != null) {
                var members = build.group(group);
                if (members.isEmpty()) {
                    err.println("error: there is no saved group '" + group + "'; see 'group list'");
                    return 2;
                }
                names.addAll(members.get());
            }
            MonthDay due;
            try {
                due = deadline == null ? build.deadline() : MonthDay.parse("--" + deadline);
            } catch (java.time.format.DateTimeParseException e) {
                err.println("error: --deadline must look like 04-01");
                return 2;
            }
            List<Integer> years;
            try {
                years = years(yearArgs);
            } catch (IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                return 2;
            }
            Selection selection = new Selection(years, names, province, city, indicators, areas, due, group);
            String heading = title != null ? title : selection.year() + "年度法治政府建设年度报告比对";
            ExportComparison.Result r;
            try {
                if (office != null && !office.isBlank()) {
                    ExportComparison.setOffice(s, office);
                }
                r = new ExportComparison().export(s, selection, heading, transpose, chart, a3, null, out);
            } finally {
                err.flush();
            }
            r.warnings().forEach(w -> err.println("note: " + w));
            Out.out().printf("written %s: %d jurisdictions × %d indicators, %d year(s)%n", r.file(), r.jurisdictions(),
                    r.indicators(), r.years());
            return 0;
        } catch (WorkspaceException e) {
            return WorkspaceOptions.fail(err, e);
        } catch (ExportComparison.ExportException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    /** "2022", "2021,2022" or "2020-2022" into the years, in order. */
    static List<Integer> years(List<String> args) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (String a : args) {
            String s = a.strip();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})(?:\\s*[-~至]\\s*(\\d{4}))?").matcher(s);
            if (!m.matches()) {
                throw new IllegalArgumentException("--year takes years like 2022, 2021,2022 or 2020-2022, not '" + s + "'");
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (to < from || to - from > 30) {
                throw new IllegalArgumentException("year range " + s + " is not a sensible range");
            }
            for (int y = from; y <= to; y++) {
                out.add(y);
            }
        }
        return new ArrayList<>(out);
    }
}

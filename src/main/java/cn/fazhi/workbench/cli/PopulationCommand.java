package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.model.PopulationFigure;
import cn.fazhi.workbench.workflow.Populations;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code population}: resident population per jurisdiction and year, for figures per 10,000 residents. */
@Command(name = "population", mixinStandardHelpOptions = true,
        description = {"Resident population (常住人口) per jurisdiction and year. Counts the catalogue marks \"perHead\" are then "
                + "compared per 10,000 residents as well (a 每万人 row, ranked like a rate). The workbench ships no population: "
                + "only figures given here or in the window's 设置 → 常住人口 are used. Every change is audited.",
                "Exit status: 0 done, 3 when some rows were refused (the others are stored), 5 refused, 4 workspace error."},
        subcommands = {PopulationCommand.Import.class, PopulationCommand.Set.class, PopulationCommand.ListFigures.class,
                PopulationCommand.Remove.class})
final class PopulationCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Imports a table (.csv in UTF-8 or GBK, or .xlsx/.xls, first sheet) with a header row naming 行政区划代码 "
                    + "(or 名称/地区), 年份 and 常住人口 (persons; 万人 in the header or 万 after a figure: in 10,000s). Rows whose "
                    + "jurisdiction, year or figure is unclear are listed and left out.")
    static final class Import implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            return ws.inSession((s, out, err) -> {
                Populations.ImportResult r = new Populations(s).importFile(file);
                if (r.unreadable() != null) {
                    err.println("cannot read " + file + ": " + Words.of("import.reason." + r.unreadable().name().toLowerCase(java.util.Locale.ROOT)));
                    return 3;
                }
                for (Populations.RowProblem p : r.problems()) {
                    err.println((p.line() > 0 ? "row " + p.line() + ": " : "") + Words.of("population.problem." + p.problem().id(),
                            p.args().toArray()));
                }
                if (ws.json()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("rows", r.rows());
                    m.put("stored", r.stored());
                    m.put("changed", r.changed());
                    m.put("refused", r.problems().size());
                    out.println(Json.write(m));
                } else {
                    out.printf("%d rows: %d figures stored (%d new or changed), %d refused%n", r.rows(), r.stored(),
                            r.changed(), r.problems().size());
                }
                return r.problems().isEmpty() ? 0 : 3;
            });
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Enters one figure: CODE-OR-NAME YEAR RESIDENTS (persons, or e.g. 52.3万).")
    static final class Set implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;
        @Parameters(index = "0", paramLabel = "CODE-OR-NAME")
        String who;
        @Parameters(index = "1", paramLabel = "YEAR")
        String year;
        @Parameters(index = "2", paramLabel = "RESIDENTS")
        String residents;

        @Override
        public Integer call() {
            return ws.inSession((s, out, err) -> {
                var problem = new Populations(s).set(who, year, residents);
                if (problem.isPresent()) {
                    err.println("refused: " + Words.of("population.problem." + problem.get().problem().id(),
                            problem.get().args().toArray()));
                    return ReviewCommand.REFUSED;
                }
                out.println("stored");
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the figures (code, name, year, residents, source).")
    static final class ListFigures implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;

        @Override
        public Integer call() {
            return ws.inSession((s, out, err) -> {
                for (PopulationFigure f : new Populations(s).all()) {
                    print(out, f, ws.json());
                }
                return 0;
            });
        }

        private static void print(PrintWriter out, PopulationFigure f, boolean json) {
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", f.code());
                m.put("name", Populations.nameOf(f.code()));
                m.put("year", f.year());
                m.put("residents", f.residents());
                m.put("source", f.source());
                out.println(Json.write(m));
            } else {
                out.printf("%s\t%s\t%d\t%d\t%s%n", f.code(), Populations.nameOf(f.code()), f.year(), f.residents(),
                        f.source() == null ? "" : f.source());
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes the figure of a code and year.")
    static final class Remove implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;
        @Parameters(index = "0", paramLabel = "CODE")
        String code;
        @Parameters(index = "1", paramLabel = "YEAR")
        int year;

        @Override
        public Integer call() {
            return ws.inSession((s, out, err) -> {
                boolean removed = new Populations(s).remove(code, year);
                out.println(removed ? "removed" : "there was no figure for " + code + " in " + year);
                return 0;
            });
        }
    }
}

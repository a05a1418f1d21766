package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.workflow.Catalogues;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code catalogue}: list, export and check the indicator catalogue. */
@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = "Shows the indicator catalogue, writes a copy to edit, or checks an edited copy.",
        subcommands = {CatalogueCommand.ListCmd.class, CatalogueCommand.ExportCmd.class, CatalogueCommand.CheckCmd.class})
final class CatalogueCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the indicators: code, unit, group, Chinese name.")
    static final class ListCmd implements Callable<Integer> {
        @Option(names = "--catalogue", paramLabel = "FILE", description = "An edited catalogue instead of the bundled one.")
        Path file;

        @Override
        public Integer call() throws Exception {
            Catalogue c = CatalogueOption.load(file, new PrintWriter(System.err, true));
            if (c == null) {
                return 2;
            }
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            for (Indicator i : c.indicators()) {
                out.printf("%-36s %-3s %-12s %s%s%n", i.code(), i.unit(), i.group(), i.nameZh(), i.core() ? " *" : "");
            }
            out.println("(* core indicator: counts towards disclosure completeness)");
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Writes the bundled catalogue to FILE, to edit and use with --catalogue.")
    static final class ExportCmd implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws Exception {
            if (Files.exists(file)) {
                System.err.println("error: " + file + " exists; choose another name or delete it first");
                return 2;
            }
            Catalogues.exportBundled(file);
            System.out.println("catalogue written to " + file);
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Checks an edited catalogue and says what is wrong with it.")
    static final class CheckCmd implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            Catalogue c = CatalogueOption.load(file, new PrintWriter(System.err, true));
            if (c == null) {
                return 2;
            }
            System.out.println("ok: " + c.indicators().size() + " indicators");
            return 0;
        }
    }
}

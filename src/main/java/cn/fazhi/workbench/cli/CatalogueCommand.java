package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.model.WorkspaceException;
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
        subcommands = {CatalogueCommand.ListCmd.class, CatalogueCommand.ExportCmd.class, CatalogueCommand.CheckCmd.class,
                CatalogueCommand.UseCmd.class})
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

    @Command(name = "use", mixinStandardHelpOptions = true,
            description = "Makes an edited catalogue the one in force for the workspace (or --bundled to go back); then run 'reextract'.")
    static final class UseCmd implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        WorkspaceOptions ws;

        @Parameters(paramLabel = "FILE", arity = "0..1")
        Path file;

        @Option(names = "--bundled", description = "Go back to the catalogue that comes with the program.")
        boolean bundled;

        @Override
        public Integer call() {
            PrintWriter err = Out.err();
            if ((file == null) == !bundled) {
                err.println("error: give either FILE or --bundled");
                return 2;
            }
            try (cn.fazhi.workbench.workflow.WorkspaceSession s = ws.open(err)) {
                if (bundled) {
                    s.useBundledCatalogue();
                } else {
                    s.useCatalogue(file);
                }
                Out.out().println("catalogue in force for " + s.path() + ": " + s.catalogue().indicators().size()
                        + " indicators; run 'reextract' to apply it to the reports already imported");
                return 0;
            } catch (cn.fazhi.workbench.model.WorkspaceException e) {
                return WorkspaceOptions.fail(err, e);
            } catch (Catalogues.InvalidCatalogueException e) {
                err.println("error: " + e.getMessage());
                return 2;
            } catch (java.io.IOException e) {
                err.println("error: " + e.getMessage());
                return 2;
            }
        }
    }
}

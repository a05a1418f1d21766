package cn.fazhi.workbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the jar: the command line (and, later, the desktop app when no command is given). */
@Command(name = "fazhi-workbench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "法治年报比对工作台 Fazhi Workbench: reads annual rule-of-law government reports and extracts their indicators with evidence.",
        subcommands = {ExtractCommand.class, ImportCommand.class, ReportsCommand.class, ValuesCommand.class,
                ReviewCommand.class, ReextractCommand.class, ExportCommand.class, GroupCommand.class, MissingCommand.class, ScorecardCommand.class, BriefingCommand.class, PopulationCommand.class, WorkspaceCommand.class, CatalogueCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (testable without exiting the JVM). */
    public static int run(String... args) {
        Logging.quietLibraries();
        return FormatHelp.apply(new CommandLine(new Main())).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}

package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.workflow.BuildComparison;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code group}: saved groups of jurisdictions, such as "全省县区", for comparisons. */
@Command(name = "group", mixinStandardHelpOptions = true, description = "Saved groups of jurisdictions for comparisons.",
        subcommands = {GroupCommand.Save.class, GroupCommand.Show.class})
final class GroupCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "save", mixinStandardHelpOptions = true, description = "Saves (or replaces) a group: NAME then jurisdictions by full name, name or code.")
    static final class Save implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "JURISDICTION")
        List<String> members;

        @Override
        public Integer call() {
            return ws.inSession((s, out, err) -> {
                new BuildComparison(s).saveGroup(name, members);
                Out.out().println("group " + name + " saved with " + members.size() + " jurisdictions");
                return 0;
            });
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows the members of a group.")
    static final class Show implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            return ws.inSession((s, out, err) -> {
                var members = new BuildComparison(s).group(name);
                if (members.isEmpty()) {
                    err.println("error: there is no group " + name);
                    return 2;
                }
                members.get().forEach(Out.out()::println);
                return 0;
            });
        }
    }
}

package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.workflow.ReadableFormats;
import picocli.CommandLine;

/** Puts the file types of the registry of readers into the help of the commands that read files. */
final class FormatHelp {
    static final String PLACEHOLDER = "{formats}";

    private FormatHelp() {
    }

    static CommandLine apply(CommandLine root) {
        for (String name : new String[]{"extract", "import"}) {
            CommandLine sub = root.getSubcommands().get(name);
            if (sub == null) {
                continue;
            }
            var usage = sub.getCommandSpec().usageMessage();
            String[] lines = usage.description().clone();
            for (int i = 0; i < lines.length; i++) {
                lines[i] = lines[i].replace(PLACEHOLDER, ReadableFormats.list());
            }
            usage.description(lines);
        }
        return root;
    }
}

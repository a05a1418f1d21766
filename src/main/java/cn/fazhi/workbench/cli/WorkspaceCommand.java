package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.model.WorkspaceHealth;
import cn.fazhi.workbench.model.WorkspaceInfo;
import cn.fazhi.workbench.workflow.WorkspaceSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code workspace}: create, describe, back up, restore and check the workspace file. */
@Command(name = "workspace", mixinStandardHelpOptions = true,
        description = "The workspace: one SQLite file with every imported report, value, review decision and the audit log.",
        subcommands = {WorkspaceCommand.Init.class, WorkspaceCommand.Info.class, WorkspaceCommand.Backup.class,
                WorkspaceCommand.Restore.class, WorkspaceCommand.Check.class, DedupeCommand.class})
final class WorkspaceCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Creates the workspace (with the bundled sample reports unless --no-samples). An existing workspace is left as it is.")
    static final class Init implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;

        @Override
        public Integer call() {
            PrintWriter out = Out.out();
            PrintWriter err = Out.err();
            boolean existed = Files.exists(ws.path());
            try (WorkspaceSession s = ws.open(err)) {
                if (ws.json()) {
                    out.println(Json.write(Map.of("workspace", s.path().toString(), "created", s.created(),
                            "samples", s.sampleImport())));
                } else if (existed) {
                    out.println("the workspace " + s.path() + " exists already; nothing was changed");
                } else {
                    out.println("workspace ready: " + s.path());
                }
                return 0;
            } catch (WorkspaceException e) {
                return WorkspaceOptions.fail(err, e);
            }
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true, description = "What the workspace holds.")
    static final class Info implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;

        @Override
        public Integer call() {
            return ws.inSession((s, out, err) -> {
                WorkspaceInfo i = s.queries().info();
                if (ws.json()) {
                    out.println(Json.write(i));
                    return 0;
                }
                out.printf("workspace        %s%n", i.path());
                out.printf("size             %.1f MB (schema version %d)%n", i.fileBytes() / 1048576.0, i.schemaVersion());
                out.printf("reports          %d (+%d replaced by newer versions), %d need attention%n",
                        i.reports(), i.supersededReports(), i.needAttention());
                out.printf("jurisdictions    %d%n", i.jurisdictions());
                out.printf("values           %s%n", i.valuesByStatus());
                out.printf("last import      %s%n", i.lastImport() == null ? "-" : i.lastImport());
                out.printf("catalogue        %s%n", i.customCatalogue() ? "the workspace's own copy" : "bundled");
                return 0;
            });
        }
    }

    @Command(name = "backup", mixinStandardHelpOptions = true, description = "Writes a consistent copy of the workspace to FILE (which must not exist).")
    static final class Backup implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;

        @Parameters(paramLabel = "FILE")
        Path target;

        @Override
        public Integer call() {
            PrintWriter err = Out.err();
            try (WorkspaceSession s = ws.open(err)) {
                s.backup(target);
                Out.out().println("backup written to " + target.toAbsolutePath() + " (" + Files.size(target) / 1024 + " KB)");
                return 0;
            } catch (WorkspaceException e) {
                return WorkspaceOptions.fail(err, e);
            } catch (java.io.IOException e) {
                err.println("error: " + e.getMessage());
                return WorkspaceOptions.WORKSPACE_ERROR;
            }
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Replaces the workspace with the backup FILE, after checking it. The replaced workspace is kept beside it (.before-restore-…).")
    static final class Restore implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;

        @Parameters(paramLabel = "FILE")
        Path backup;

        @Override
        public Integer call() {
            PrintWriter err = Out.err();
            ws.useLogFile();
            try {
                Path kept = WorkspaceSession.restore(backup, ws.path());
                Out.out().println("restored " + ws.path() + " from " + backup
                        + (kept == null ? "" : "; the previous workspace is kept as " + kept));
                return 0;
            } catch (WorkspaceException e) {
                return WorkspaceOptions.fail(err, e);
            }
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Checks the workspace file without changing it: SQLite's full integrity and foreign-key checks, "
                    + "each stored original against its SHA-256 and each value's evidence against the stored text; names "
                    + "every damaged report. Works on a workspace too damaged to open.",
                    "Exit status: 0 when all is well, 4 when anything is damaged."})
    static final class Check implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;

        @Override
        public Integer call() {
            PrintWriter out = Out.out();
            PrintWriter err = Out.err();
            ws.useLogFile();
            try {
                WorkspaceHealth h = WorkspaceSession.check(ws.path());
                if (ws.json()) {
                    out.println(Json.write(h));
                } else if (h.ok()) {
                    out.println("ok: " + h.path() + " passed the integrity and foreign-key checks; the originals of all "
                            + h.reportsChecked() + " reports match their SHA-256 and every evidence sentence is in place");
                } else {
                    h.problems().forEach(p -> err.println("problem: " + p));
                    for (WorkspaceHealth.DamagedReport d : h.damaged()) {
                        err.println("damaged: report " + d.id() + " (" + d.sourceName() + "): " + d.detail());
                    }
                    err.println(h.damaged().isEmpty() ? "the workspace file is damaged; restore it from a backup (workspace restore)"
                            : h.damaged().size() + " of " + h.reportsChecked() + " reports are damaged; import those files "
                            + "again into a restored backup, or restore the workspace from a backup (workspace restore)");
                }
                return h.ok() ? 0 : WorkspaceOptions.WORKSPACE_ERROR;
            } catch (WorkspaceException e) {
                return WorkspaceOptions.fail(err, e);
            }
        }
    }
}

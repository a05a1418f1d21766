package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.workflow.ImportReports;
import cn.fazhi.workbench.workflow.LogFile;
import cn.fazhi.workbench.workflow.WorkspaceLocation;
import cn.fazhi.workbench.workflow.WorkspaceSession;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Options every workspace command shares, and opening the workspace they name. */
final class WorkspaceOptions {
    static final int WORKSPACE_ERROR = 4;

    @Option(names = "--workspace", paramLabel = "FILE",
            description = "The workspace file. Default: the per-user data folder (%%APPDATA%%\\FazhiWorkbench or ~/.local/share/fazhi-workbench), or $FAZHI_WORKSPACE.")
    Path workspace;

    @Option(names = "--no-samples", description = "When the workspace is created now, do not import the bundled sample reports into it.")
    boolean noSamples;

    @Option(names = "--format", defaultValue = "text", description = "text (for people) or json (for scripts). Default: ${DEFAULT-VALUE}")
    OutputFormat format;

    Path path() {
        return workspace != null ? workspace : WorkspaceLocation.defaultPath();
    }

    boolean json() {
        return format == OutputFormat.json;
    }

    /** Opens the workspace, telling the user (on stderr) when it was created now and what samples went in. */
    WorkspaceSession open(PrintWriter err) throws WorkspaceException {
        WorkspaceSession s = WorkspaceSession.open(path(), !noSamples);
        useLogFile();
        if (s.created()) {
            long imported = s.sampleImport().stream().filter(o -> o.status() == ImportReports.Status.IMPORTED).count();
            err.println("created a new workspace at " + s.path()
                    + (s.sampleImport().isEmpty() ? "" : " with " + imported + " sample reports"));
            err.flush();
        }
        return s;
    }

    /** Failures and what happened to backups, restores and exports go to the log file beside the workspace. */
    void useLogFile() {
        Path parent = path().toAbsolutePath().getParent();
        if (parent != null && java.nio.file.Files.isDirectory(parent)) {
            LogFile.useFolder(parent);
        }
    }

    /** What a command does with the open workspace; returns the command's exit code. */
    interface SessionWork {
        int run(WorkspaceSession session, PrintWriter out, PrintWriter err) throws WorkspaceException;
    }

    /** Opens the workspace, runs the work and closes it; a workspace failure becomes its message and exit code 4. */
    int inSession(SessionWork work) {
        PrintWriter out = Out.out();
        PrintWriter err = Out.err();
        try (WorkspaceSession s = open(err)) {
            return work.run(s, out, err);
        } catch (WorkspaceException e) {
            return fail(err, e);
        }
    }

    static int fail(PrintWriter err, WorkspaceException e) {
        err.println("error: " + e.getMessage());
        err.flush();
        return WORKSPACE_ERROR;
    }
}

package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.export.BriefingDocument;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Use case: the 通报 draft for a year and scope as a Word document. Scores the reports, then writes the
 * document through the same atomic write as the workbook; the office named in the workspace signs it.
 */
public final class WriteBriefing {
    /** What was written: the file, its title, and how many reports and expected jurisdictions it covers. */
    public record Result(Path file, String title, long reports, long expected) {
    }

    private final WorkspaceSession session;

    public WriteBriefing(WorkspaceSession session) {
        this.session = session;
    }

    public Result write(int year, String province, String city, Path target, ProgressListener progress,
                        CancellationToken cancel) throws ExportComparison.ExportException, WorkspaceException {
        BuildScorecard.Result scored = new BuildScorecard(session).build(year, province, city, null, progress, cancel);
        return write(scored, target, LocalDate.now());
    }

    /** Writes the 通报 of a scorecard already built (the window's), dated {@code date}. */
    public Result write(BuildScorecard.Result scored, Path target, LocalDate date)
            throws ExportComparison.ExportException, WorkspaceException {
        if (scored.scorecard().reported() == 0) {
            throw new ExportComparison.ExportException("no report of " + scored.scorecard().year()
                    + " in the workspace for this scope; no file was written", null);
        }
        BriefingDocument doc = new BriefingDocument(scored.scorecard(), scored.table(), ExportComparison.office(session), date);
        Path written = AtomicExport.write(doc, target);
        return new Result(written, doc.title(), scored.scorecard().reported(), scored.scorecard().expected());
    }
}

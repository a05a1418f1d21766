package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.export.ComparisonWorkbook;
import cn.fazhi.workbench.export.ExportOptions;

import cn.fazhi.workbench.model.Selection;
import cn.fazhi.workbench.scorecard.Scorecard;
import cn.fazhi.workbench.model.WorkspaceException;

import java.time.LocalDateTime;
import java.util.List;
import java.nio.file.Path;

/**
 * Use case: write a comparison to an Excel workbook for a meeting. The file is written next to its
 * target and moved into place when complete, so a failure never leaves a half-written workbook, and an
 * empty selection writes nothing.
 */
public final class ExportComparison {
    /** Nothing to export, or the file could not be written; the message says which. */
    public static final class ExportException extends Exception {
        ExportException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What an export wrote. */
    public record Result(Path file, int jurisdictions, int indicators, int years, List<String> warnings) {
    }

    /** The workspace setting that names the office making the workbooks (制表单位). */
    public static final String OFFICE_KEY = "office.name";

    /** The office's name from the workspace settings, "" when not set. */
    public static String office(WorkspaceSession session) throws WorkspaceException {
        return session.store().setting(OFFICE_KEY).orElse("");
    }

    public static void setOffice(WorkspaceSession session, String name) throws WorkspaceException {
        session.store().putSetting(OFFICE_KEY, name.strip());
    }

    /** Compares the selection in the workspace and writes the workbook in one call. */
    public Result export(WorkspaceSession session, Selection selection, String title, boolean transpose,
                         String chartIndicator, Path target) throws ExportException, WorkspaceException {
        return export(session, selection, title, transpose, chartIndicator, false, null, target);
    }

    /**
     * The same, on A3 paper when asked; {@code office} names who made it (null: the workspace's setting).
     */
    public Result export(WorkspaceSession session, Selection selection, String title, boolean transpose,
                         String chartIndicator, boolean a3, String office, Path target)
            throws ExportException, WorkspaceException {
        ComparisonTable table = withPages(session, new BuildComparison(session).build(selection));
        ExportOptions options = new ExportOptions(title, transpose, chartIndicator,
                office != null ? office : office(session), LocalDateTime.now(), a3);
        Path written = export(table, options, target);
        return new Result(written, table.jurisdictions().size(), table.indicators().size(), selection.years().size(),
                table.warnings());
    }

    /** Writes a comparison already on screen, exactly as it is, made by the office named in the workspace. */
    public Path export(WorkspaceSession session, ComparisonTable table, String title, boolean transpose,
                       String chartIndicator, Path target) throws ExportException, WorkspaceException {
        return export(withPages(session, table),
                new ExportOptions(title, transpose, chartIndicator, office(session), LocalDateTime.now()), target);
    }

    /** The table with 第N页 for figures from paged reports (PDF, OFD, scans), for the 佐证 sheet. */
    private static ComparisonTable withPages(WorkspaceSession session, ComparisonTable table) throws WorkspaceException {
        return table.withPages(EvidencePages.of(session.store(), table));
    }

    /** Writes a comparison already on screen, exactly as it is. */
    public Path export(ComparisonTable table, String title, boolean transpose, String chartIndicator, Path target)
            throws ExportException {
        return export(table, new ExportOptions(title, transpose, chartIndicator, "", LocalDateTime.now()), target);
    }

    public Path export(ComparisonTable table, ExportOptions options, Path target) throws ExportException {
        return export(table, null, options, target);
    }

    /** The workbook of a scorecard's comparison with the scorecard as the sheet 报告评分. */
    public Path export(WorkspaceSession session, BuildScorecard.Result scored, String title, Path target)
            throws ExportException, WorkspaceException {
        return export(withPages(session, scored.table()), scored.scorecard(),
                new ExportOptions(title, false, null, office(session), LocalDateTime.now()), target);
    }

    /** @param card the scorecard to add as a sheet, or null */
    public Path export(ComparisonTable table, Scorecard card, ExportOptions options, Path target) throws ExportException {
        if (table.isEmpty()) {
            throw new ExportException("no jurisdiction in the workspace matches the selection (" + describe(table)
                    + "); no file was written", null);
        }
        if (table.indicators().isEmpty()) {
            throw new ExportException("the selection has no indicators; no file was written", null);
        }
        return AtomicExport.write(new ComparisonWorkbook(table, options).withScorecard(card), target);
    }

    private static String describe(ComparisonTable t) {
        var s = t.selection();
        StringBuilder b = new StringBuilder("years " + s.years());
        if (s.province() != null) {
            b.append(", province ").append(s.province());
        }
        if (s.city() != null) {
            b.append(", city ").append(s.city());
        }
        if (!s.jurisdictions().isEmpty()) {
            b.append(", jurisdictions ").append(s.jurisdictions());
        }
        return b.toString();
    }
}

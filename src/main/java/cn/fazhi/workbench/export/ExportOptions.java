package cn.fazhi.workbench.export;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How the workbook is laid out.
 *
 * @param title          shown in the sheets' headers and the notes
 * @param transpose      jurisdictions as rows and indicators as columns instead of the reverse
 * @param chartIndicator indicator code for the chart; null picks the core indicator most reports state
 * @param author         who made it: the office's name from the workspace settings (also the file's author)
 * @param createdAt      when it was made
 * @param a3             print on A3 instead of A4 (landscape either way)
 */
public record ExportOptions(String title, boolean transpose, String chartIndicator, String author,
                            LocalDateTime createdAt, boolean a3) {
    public ExportOptions(String title, boolean transpose, String chartIndicator, String author, LocalDateTime createdAt) {
        this(title, transpose, chartIndicator, author, createdAt, false);
    }

    public ExportOptions {
        author = author == null ? "" : author;
    }

    public static ExportOptions defaults(String title) {
        return new ExportOptions(title, false, null, "", LocalDateTime.now(), false);
    }

    /** When it was made, for notes, footers and the file's properties. */
    static String stamp(ExportOptions o) {
        return o.createdAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }
}

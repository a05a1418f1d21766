package cn.fazhi.workbench.export;

import java.time.LocalDateTime;

/**
 * How the workbook is laid out.
 *
 * @param title          shown in the sheets' headers and the notes
 * @param transpose      jurisdictions as rows and indicators as columns instead of the reverse
 * @param chartIndicator indicator code for the bar chart; null picks the core indicator most reports state
 * @param author         who made it (the OS user)
 * @param createdAt      when it was made
 */
public record ExportOptions(String title, boolean transpose, String chartIndicator, String author,
                            LocalDateTime createdAt) {
    public static ExportOptions defaults(String title) {
        return new ExportOptions(title, false, null, System.getProperty("user.name", ""), LocalDateTime.now());
    }
}

package cn.fazhi.workbench.model;

import java.util.Objects;

/**
 * The decoded text of a report exactly as read. Evidence offsets always point into {@link #text()}.
 *
 * @param text    decoded text in reading order
 * @param format  the format it was read from
 * @param charset charset name for text formats (e.g. "UTF-8", "GB18030"), or null for binary formats
 */
public record ReportText(String text, ReportFormat format, String charset) {
    public ReportText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
    }
}

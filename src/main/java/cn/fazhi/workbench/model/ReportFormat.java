package cn.fazhi.workbench.model;

import java.util.Locale;
import java.util.Optional;

/** File formats the workbench can read. */
public enum ReportFormat {
    TXT("txt"), HTML("html", "htm", "shtml", "xhtml"), DOCX("docx"), DOC("doc"), PDF("pdf");

    private final String[] extensions;

    ReportFormat(String... extensions) {
        this.extensions = extensions;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportFormat> fromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            for (String e : f.extensions) {
                if (e.equals(ext)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }
}

package cn.fazhi.workbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * File formats the workbench can read, with the extensions that name them. This is the one list: the
 * folder walk, the file chooser's filter and the drop hint come from it. The format a file is read as
 * is decided by its content (see ReportReaders); the extension only decides which files a folder
 * import picks up and breaks ties.
 */
public enum ReportFormat {
    TXT("txt"), HTML("html", "htm", "shtml", "xhtml"), DOCX("docx"), DOC("doc"), PDF("pdf"),
    /** GB/T 33190 electronic documents */
    OFD("ofd"),
    /** a web page saved as a single file (MIME, multipart/related) */
    MHT("mht", "mhtml"),
    /** Kingsoft WPS Writer: a Word 97 binary or an OOXML package inside */
    WPS("wps"),
    /** a PDF without a text layer, read by text recognition (OCR); files are named .pdf, so no extension */
    SCAN(),
    /** a scanned or photographed page (.png, .jpg, .tif — a TIFF may hold several pages), read by OCR */
    IMAGE("png", "jpg", "jpeg", "tif", "tiff");

    private final String[] extensions;

    ReportFormat(String... extensions) {
        this.extensions = extensions;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the text was recognised from page images (OCR): no figure from it is trusted without a
     * person comparing it with the scan.
     */
    public boolean isOcr() {
        return this == SCAN || this == IMAGE;
    }

    /** The extensions of this format, without dots, the usual one first. */
    public List<String> extensions() {
        return List.of(extensions);
    }

    /** Every extension the workbench reads, without dots, in the order of the formats. */
    public static List<String> allExtensions() {
        List<String> all = new ArrayList<>();
        for (ReportFormat f : values()) {
            all.addAll(List.of(f.extensions));
        }
        return all;
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

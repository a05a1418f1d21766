package cn.fazhi.workbench.model;

import java.util.Locale;

/**
 * The formats a report's text can come from; the id is stored with the report. Which files a format
 * takes (extensions, signatures) is said by its reader (ingest.ReportReader, one registry of them), so the
 * folder walk, the file chooser, the drop hint and the command line's help all come from there.
 */
public enum ReportFormat {
    TXT(0), HTML(1), DOCX(0), DOC(2), PDF(3),
    /** GB/T 33190 electronic documents */
    OFD(3),
    /** a web page saved as a single file (MIME, multipart/related) */
    MHT(1),
    /** Kingsoft WPS Writer: a Word 97 binary or an OOXML package inside */
    WPS(2),
    /** a PDF without a text layer, read by text recognition (OCR); files are named .pdf */
    SCAN(5000),
    /** a scanned or photographed page (.png, .jpg, .tif — a TIFF may hold several pages), read by OCR */
    IMAGE(5000);

    private final int distance;

    ReportFormat(int distance) {
        this.distance = distance;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * How far the format's text may be from the text as written (0: kept as typed; a recognised scan
     * far behind), in ten-thousandths: breaks the tie between versions of a report that read equally
     * well, and keeps a text-layer version ahead of an OCR'd one.
     */
    public double distanceFromWritten() {
        return distance / 10000.0;
    }

    /**
     * Whether the text was recognised from page images (OCR): no figure from it is trusted without a
     * person comparing it with the scan.
     */
    public boolean isOcr() {
        return this == SCAN || this == IMAGE;
    }
}

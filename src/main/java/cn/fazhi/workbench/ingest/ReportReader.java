package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;

import java.util.List;

/**
 * Reads one format into text in reading order, and says which files are its own: by name (its
 * extensions) and by content ({@link #recognises}, like JabRef's {@code Importer.isRecognizedFormat}).
 * Adding a format is one class implementing this, one line in {@link ReportReaders#registry()} and its
 * id in {@link ReportFormat}; the folder walk, the file chooser, the drop hint, the command line's help
 * and the "unsupported" message follow from the registry.
 */
public interface ReportReader {
    /** The format its texts are labelled with (stored with the report). */
    ReportFormat format();

    /** The file name extensions it reads, without dots, the usual one first. */
    List<String> extensions();

    /**
     * Whether these bytes are certainly this reader's format (magic bytes, entry names, headers). False
     * for formats without a signature (plain text) or that only their name tells apart (.wps).
     */
    boolean recognises(byte[] bytes);

    ReportText read(byte[] bytes) throws ReadException;

    /**
     * The same, for readers that work page by page (OCR takes seconds a page): {@code pages} hears after
     * every page, {@code cancel} is asked before every page. Others ignore both.
     */
    default ReportText read(byte[] bytes, ProgressListener pages, CancellationToken cancel) throws ReadException {
        return read(bytes);
    }
}

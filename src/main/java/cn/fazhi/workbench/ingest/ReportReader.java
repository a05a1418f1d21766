package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.ReportText;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;

/** Reads one format into text in reading order. */
public interface ReportReader {
    ReportText read(byte[] bytes) throws ReadException;

    /**
     * The same, for readers that work page by page (OCR takes seconds a page): {@code pages} hears after
     * every page, {@code cancel} is asked before every page. Others ignore both.
     */
    default ReportText read(byte[] bytes, ProgressListener pages, CancellationToken cancel) throws ReadException {
        return read(bytes);
    }
}

package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.Pages;
import cn.fazhi.workbench.model.ReadError;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;

import java.awt.image.BufferedImage;

/**
 * Recognises a document page by page: one engine for the whole document, progress after every page, the
 * cancel token asked before every page (a page takes a second or more). Pages are marked with
 * {@link Pages#BREAK} so evidence can name its page.
 */
final class OcrPages {
    /** Renders or decodes one page; called once per page, in order, so only one page image is in memory. */
    interface PageSource {
        int count();

        BufferedImage page(int index) throws ReadException;

        /** The resolution the page image has (rendered at, or scanned at). */
        int dpi(int index);
    }

    private OcrPages() {
    }

    static String recognise(PageSource pages, ProgressListener progress, CancellationToken cancel) throws ReadException {
        int n = pages.count();
        java.util.List<String> text = new java.util.ArrayList<>();
        try (OcrEngine engine = OcrEngine.open()) {
            for (int i = 0; i < n; i++) {
                cancel.throwIfCancelled();
                progress.progress(i, n, "");
                BufferedImage image = pages.page(i);
                text.add(OcrText.clean(engine.page(image, pages.dpi(i))));
            }
        } catch (OutOfMemoryError e) {
            throw new ReadException(ReadError.Kind.TOO_LARGE, "a page image is too large to recognise", e);
        }
        progress.progress(n, n, "");
        return WrappedLines.join(text);
    }
}

package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.AllowedToUse;
import cn.fazhi.workbench.model.ReadError;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * A PDF without a text layer (a scan, often the stamped 盖章版): every page rendered in grey at 300 dpi —
 * at 150 dpi the small digits of a 仿宋 body text lose strokes — and recognised. The result is labelled
 * {@link ReportFormat#SCAN}, so every figure from it stays a suggestion until a person checks it.
 */
@AllowedToUse(value = "org.apache.pdfbox", reason = "PDFBox renders the scanned pages")
final class ScanReader {
    static final int DPI = Integer.getInteger("fazhi.ocrDpi", 300);
    /** A page is rendered smaller when it would be larger than this (an A0 drawing): memory stays bounded. */
    private static final long MAX_PIXELS = 40_000_000L;

    private ScanReader() {
    }

    static ReportText read(PDDocument doc, ProgressListener progress, CancellationToken cancel) throws ReadException {
        PDFRenderer renderer = new PDFRenderer(doc);
        OcrPages.PageSource pages = new OcrPages.PageSource() {
            @Override
            public int count() {
                return doc.getNumberOfPages();
            }

            @Override
            public BufferedImage page(int index) throws ReadException {
                try {
                    return renderer.renderImageWithDPI(index, dpi(index), ImageType.GRAY);
                } catch (IOException | RuntimeException e) {
                    throw new ReadException(ReadError.Kind.CORRUPT,
                            "page " + (index + 1) + " of the scanned PDF cannot be rendered", e);
                }
            }

            @Override
            public int dpi(int index) {
                PDRectangle box = doc.getPage(index).getCropBox();
                double pixels = (box.getWidth() / 72.0 * DPI) * (box.getHeight() / 72.0 * DPI);
                return pixels <= MAX_PIXELS ? DPI : (int) Math.max(72, DPI * Math.sqrt(MAX_PIXELS / pixels));
            }
        };
        String text = OcrPages.recognise(pages, progress, cancel);
        if (ReportReaders.isBlank(text)) {
            throw new ReadException(ReadError.Kind.NO_TEXT,
                    "the PDF has no text layer and no text could be recognised on its pages");
        }
        return new ReportText(text, ReportFormat.SCAN, null);
    }
}

package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.AllowedToUse;
import cn.fazhi.workbench.model.ReadError;
import cn.fazhi.workbench.model.ReportFormat;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.Tesseract;
import net.sourceforge.tess4j.Word;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * A page of a scanned report as a picture, with the box round a figure on it, so a person can compare a
 * recognised figure with the scan. The page is rendered again from the stored original and recognised once
 * more with word boxes (seconds: call it off the UI thread); the figure is the n-th word on the page whose
 * digits hold the figure's digits, n being how often those digits stand earlier on the page's text.
 */
@AllowedToUse(value = "org.apache.pdfbox", reason = "PDFBox renders the page of a scanned PDF")
public final class PageImages {
    /** Resolution of the picture: enough for the eye and for the word boxes, half a 300 dpi page's pixels. */
    static final int DPI = 200;

    /**
     * @param png    the page as PNG
     * @param page   its number, 1-based
     * @param pages  how many pages the document has
     * @param region the figure's box in the picture's pixels, or null when it was not found
     */
    public record Page(byte[] png, int page, int pages, Rectangle region) {
    }

    private PageImages() {
    }

    /**
     * Page {@code page} of a stored original (a PDF, scanned or not, or an image), with the box of the
     * figure whose digits are {@code figure} and which is the {@code occurrence}-th (0-based) on its page.
     */
    public static Page page(byte[] original, ReportFormat format, int page, String figure, int occurrence)
            throws ReadException {
        BufferedImage image;
        int pages;
        if (format == ReportFormat.IMAGE) {
            try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(original))) {
                var readers = ImageIO.getImageReaders(in);
                if (!readers.hasNext()) {
                    throw new ReadException(ReadError.Kind.CORRUPT, "the image cannot be decoded");
                }
                javax.imageio.ImageReader reader = readers.next();
                reader.setInput(in);
                pages = reader.getNumImages(true);
                image = reader.read(Math.min(Math.max(page, 1), pages) - 1);
                reader.dispose();
            } catch (IOException e) {
                throw new ReadException(ReadError.Kind.CORRUPT, "the image cannot be decoded", e);
            }
        } else {
            try (PDDocument doc = Loader.loadPDF(original)) {
                pages = doc.getNumberOfPages();
                image = new PDFRenderer(doc).renderImageWithDPI(Math.min(Math.max(page, 1), pages) - 1, DPI, ImageType.GRAY);
            } catch (IOException e) {
                throw new ReadException(ReadError.Kind.CORRUPT, "the page cannot be rendered", e);
            }
        }
        Rectangle region = figure == null || figure.isEmpty() ? null : find(image, figure, occurrence);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new ReadException(ReadError.Kind.IO, "the page picture cannot be written", e);
        }
        return new Page(png.toByteArray(), Math.min(Math.max(page, 1), pages), pages, region);
    }

    /** The box of the {@code occurrence}-th word holding {@code digits}, or null. */
    static Rectangle find(BufferedImage image, String digits, int occurrence) throws ReadException {
        Tesseract t = new Tesseract();
        t.setDatapath(OcrEngine.datapath().toString());
        t.setLanguage(OcrEngine.LANGUAGE);
        t.setOcrEngineMode(ITessAPI.TessOcrEngineMode.OEM_LSTM_ONLY);
        t.setVariable("user_defined_dpi", String.valueOf(DPI));
        List<Word> words;
        try {
            words = t.getWords(List.of(image), ITessAPI.TessPageIteratorLevel.RIL_WORD);
        } catch (LinkageError e) {
            throw new ReadException(ReadError.Kind.OCR_UNAVAILABLE, "text recognition (OCR) is not available", e);
        }
        Rectangle first = null;
        int seen = 0;
        for (Word w : words) {
            String d = w.getText().replaceAll("[^0-9]", "");
            if (!d.isEmpty() && d.contains(digits)) {
                if (first == null) {
                    first = w.getBoundingBox();
                }
                if (seen++ == occurrence) {
                    return w.getBoundingBox();
                }
            }
        }
        return first;
    }
}

package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.ReadError;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * Scanned or photographed pages as images (.png, .jpg, .tif; a TIFF may hold every page of a report),
 * read by OCR. Pictures smaller than a page (logos, icons, the images beside a saved web page) are refused
 * without recognition. Images carry no reliable resolution, so Tesseract is told 300 dpi, what scanners use for
 * documents.
 */
public final class ImageReader implements ReportReader {
    @Override
    public ReportFormat format() {
        return ReportFormat.IMAGE;
    }

    @Override
    public java.util.List<String> extensions() {
        return java.util.List.of("png", "jpg", "jpeg", "tif", "tiff");
    }

    @Override
    public boolean recognises(byte[] bytes) {
        return FormatSniffer.isImage(bytes);
    }

    private static final int ASSUMED_DPI = 300;

    /** A page scanned or photographed at a readable resolution: A4 at 100 dpi is 827 × 1169 pixels. */
    static boolean pageSized(int width, int height) {
        return Math.min(width, height) >= 400 && (long) width * height >= 500_000L;
    }

    @Override
    public ReportText read(byte[] bytes) throws ReadException {
        return read(bytes, ProgressListener.NONE, CancellationToken.none());
    }

    @Override
    public ReportText read(byte[] bytes, ProgressListener pages, CancellationToken cancel) throws ReadException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<javax.imageio.ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new ReadException(ReadError.Kind.CORRUPT, "the image cannot be decoded (unknown or damaged image format)");
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int count = reader.getNumImages(true);
                if (!pageSized(reader.getWidth(0), reader.getHeight(0))) {
                    // a logo or an icon (a saved web page's pictures lie beside it): not a page to recognise
                    throw new ReadException(ReadError.Kind.NO_TEXT, "the image is too small to be a scanned page ("
                            + reader.getWidth(0) + " × " + reader.getHeight(0) + " pixels)");
                }
                String text = OcrPages.recognise(new OcrPages.PageSource() {
                    @Override
                    public int count() {
                        return count;
                    }

                    @Override
                    public BufferedImage page(int index) throws ReadException {
                        try {
                            return reader.read(index);
                        } catch (IOException | RuntimeException e) {
                            throw new ReadException(ReadError.Kind.CORRUPT, "page " + (index + 1) + " of the image cannot be decoded", e);
                        }
                    }

                    @Override
                    public int dpi(int index) {
                        return ASSUMED_DPI;
                    }
                }, pages, cancel);
                if (ReportReaders.isBlank(text)) {
                    throw new ReadException(ReadError.Kind.NO_TEXT, "no text could be recognised in the image");
                }
                return new ReportText(text, ReportFormat.IMAGE, null);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof cn.fazhi.workbench.task.CancellationToken.CancelledException c) {
                throw c;
            }
            throw new ReadException(ReadError.Kind.CORRUPT, "the image cannot be decoded (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}

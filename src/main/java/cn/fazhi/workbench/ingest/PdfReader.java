package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.AllowedToUse;
import cn.fazhi.workbench.model.ReadError;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import cn.fazhi.workbench.model.Pages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * PDFs with a text layer. Lines that the page layout wrapped are joined back into paragraphs, so a
 * sentence (and a number with its unit) is not cut in two by a line end; pages are marked with
 * {@link Pages#BREAK} for the page numbers of evidence. A PDF without a text layer goes to OCR.
 */
@AllowedToUse(value = "org.apache.pdfbox", reason = "PDFBox is the reader for .pdf files")
public final class PdfReader implements ReportReader {
    @Override
    public ReportFormat format() {
        return ReportFormat.PDF;
    }

    @Override
    public java.util.List<String> extensions() {
        return java.util.List.of("pdf");
    }

    @Override
    public boolean recognises(byte[] bytes) {
        return FormatSniffer.isPdf(bytes);
    }

    @Override
    public ReportText read(byte[] bytes) throws ReadException {
        return read(bytes, cn.fazhi.workbench.task.ProgressListener.NONE, cn.fazhi.workbench.task.CancellationToken.none());
    }

    /** A PDF without a text layer is recognised page by page (OCR) and comes back as a {@code scan}. */
    @Override
    public ReportText read(byte[] bytes, cn.fazhi.workbench.task.ProgressListener pages,
                           cn.fazhi.workbench.task.CancellationToken cancel) throws ReadException {
        if (!FormatSniffer.isPdf(bytes)) {
            throw new ReadException(ReadError.Kind.CORRUPT, "the file is not a valid PDF document");
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            List<String> pageTexts = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pageTexts.add(LineEndings.normalise(stripper.getText(doc)));
            }
            if (!hasText(String.join("", pageTexts))) {
                return ScanReader.read(doc, pages, cancel);
            }
            return new ReportText(WrappedLines.join(pageTexts), ReportFormat.PDF, null);
        } catch (InvalidPasswordException e) {
            throw new ReadException(ReadError.Kind.ENCRYPTED,
                    "the PDF is password-protected; save a copy without a password and import that", e);
        } catch (cn.fazhi.workbench.task.CancellationToken.CancelledException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ReadException(ReadError.Kind.CORRUPT,
                    "the PDF is damaged or truncated and cannot be opened (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Whether the PDF has text to strip (false for a scan, and for a PDF that cannot be opened). */
    static boolean hasTextLayer(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            return hasText(stripper.getText(doc));
        } catch (IOException | RuntimeException e) {
            return true; // not a scan we could read: the reader says what is wrong with it, in its turn
        }
    }

    /** Fewer than 20 characters over the whole document is a scan with, at most, a stray label. */
    private static boolean hasText(String raw) {
        return raw.replaceAll("\\s", "").length() >= 20;
    }
}

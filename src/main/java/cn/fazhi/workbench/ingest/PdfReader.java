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
import java.util.regex.Pattern;

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

    private static final Pattern HEADING_START = Pattern.compile(
            "^\\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\\d+[.、．]|第[一二三四五六七八九十]+[部章节])");

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
            return new ReportText(joinWrappedLines(pageTexts), ReportFormat.PDF, null);
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

    /**
     * Joins a line to the next when it is about as long as a full line and does not end a sentence:
     * that is a wrap made by the page layout, not a paragraph end.
     */
    static String joinWrappedLines(String raw) {
        return joinWrappedLines(List.of(raw));
    }

    /**
     * The pages' text as one, wrapped lines joined (also from the foot of one page to the top of the next)
     * and every page after the first marked with {@link Pages#BREAK}. The mark goes at the first line break
     * at or after the page's start, so a sentence running over a page end stays whole and counts as
     * being on the page where it starts.
     */
    static String joinWrappedLines(List<String> pages) {
        List<String> lines = new ArrayList<>();
        java.util.Set<Integer> pageStarts = new java.util.HashSet<>();
        for (int p = 0; p < pages.size(); p++) {
            if (p > 0) {
                pageStarts.add(lines.size());
            }
            // a page's text ends with its last line's break: no empty line between pages
            String page = pages.get(p).replace(Pages.BREAK, '\n').replaceFirst("\n+$", "");
            lines.addAll(List.of(page.split("\n", -1)));
        }
        int full = 0;
        for (String l : lines) {
            full = Math.max(full, width(l.strip()));
        }
        StringBuilder out = new StringBuilder();
        int pendingBreaks = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            out.append(line);
            if (i == lines.size() - 1) {
                break;
            }
            if (pageStarts.contains(i + 1)) {
                pendingBreaks++;
            }
            String next = lines.get(i + 1).strip();
            boolean wrapped = full > 20 && width(line) >= full * 0.8 && !line.isEmpty()
                    && "。！？；：:;!?”」』）)".indexOf(line.charAt(line.length() - 1)) < 0
                    && !next.isEmpty() && !HEADING_START.matcher(next).find();
            if (!wrapped) {
                out.append('\n');
                for (; pendingBreaks > 0; pendingBreaks--) {
                    out.append(Pages.BREAK);
                }
            }
        }
        for (; pendingBreaks > 0; pendingBreaks--) {
            out.append('\n').append(Pages.BREAK);
        }
        return out.toString();
    }

    /** Printed width: a Chinese character takes about two Latin ones. */
    private static int width(String line) {
        int w = 0;
        for (int i = 0; i < line.length(); i++) {
            w += line.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return w;
    }
}

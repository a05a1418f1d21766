package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.AllowedToUse;
import cn.fazhi.workbench.model.ReadError;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * PDFs with a text layer. Lines that the page layout wrapped are joined back into paragraphs, so a
 * sentence (and a number with its unit) is not cut in two by a line end.
 */
@AllowedToUse(value = "org.apache.pdfbox", reason = "PDFBox is the reader for .pdf files")
public final class PdfReader implements ReportReader {
    private static final Pattern HEADING_START = Pattern.compile(
            "^\\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\\d+[.、．]|第[一二三四五六七八九十]+[部章节])");

    @Override
    public ReportText read(byte[] bytes) throws ReadException {
        if (!FormatSniffer.isPdf(bytes)) {
            throw new ReadException(ReadError.Kind.CORRUPT, "the file is not a valid PDF document");
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            String raw = LineEndings.normalise(stripper.getText(doc));
            if (raw.replaceAll("\\s", "").length() < 20) {
                throw new ReadException(ReadError.Kind.NO_TEXT,
                        "the PDF has no text layer (probably a scanned image); text recognition (OCR) is not supported");
            }
            return new ReportText(joinWrappedLines(raw), ReportFormat.PDF, null);
        } catch (InvalidPasswordException e) {
            throw new ReadException(ReadError.Kind.ENCRYPTED,
                    "the PDF is password-protected; save a copy without a password and import that", e);
        } catch (IOException | RuntimeException e) {
            throw new ReadException(ReadError.Kind.CORRUPT,
                    "the PDF is damaged or truncated and cannot be opened (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * Joins a line to the next when it is about as long as a full line and does not end a sentence:
     * that is a wrap made by the page layout, not a paragraph end.
     */
    static String joinWrappedLines(String raw) {
        String[] lines = raw.split("\n", -1);
        int full = 0;
        for (String l : lines) {
            full = Math.max(full, width(l.strip()));
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            out.append(line);
            if (i == lines.length - 1) {
                break;
            }
            String next = lines[i + 1].strip();
            boolean wrapped = full > 20 && width(line) >= full * 0.8 && !line.isEmpty()
                    && "。！？；：:;!?”」』）)".indexOf(line.charAt(line.length() - 1)) < 0
                    && !next.isEmpty() && !HEADING_START.matcher(next).find();
            if (!wrapped) {
                out.append('\n');
            }
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

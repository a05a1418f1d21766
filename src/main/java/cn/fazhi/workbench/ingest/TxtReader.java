package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.Pages;
import cn.fazhi.workbench.model.ReportText;

/**
 * Plain text in any of the encodings government sites and offices use. Text saved from a printed document
 * (pdftotext, a copy out of a PDF viewer) comes in printed lines with page numbers between them: those lines
 * are joined back and the page numbers dropped as for a PDF, pages kept where the text marks them.
 */
public final class TxtReader implements ReportReader {
    @Override
    public ReportFormat format() {
        return ReportFormat.TXT;
    }

    @Override
    public java.util.List<String> extensions() {
        return java.util.List.of("txt");
    }

    /** Plain text has no signature: a file is read as text by its name only. */
    @Override
    public boolean recognises(byte[] bytes) {
        return false;
    }

    @Override
    public ReportText read(byte[] bytes) throws ReadException {
        DecodedText decoded = TextDecoder.decode(bytes);
        String text = LineEndings.normalise(decoded.text());
        return new ReportText(printedLinesJoined(text), ReportFormat.TXT, decoded.charset());
    }

    private static String printedLinesJoined(String text) {
        WrappedLines.Joined joined = WrappedLines.joinIfPrinted(
                java.util.List.of(text.split(String.valueOf(Pages.BREAK), -1)));
        return joined == null ? text : joined.text();
    }
}

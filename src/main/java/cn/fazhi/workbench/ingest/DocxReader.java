package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.AllowedToUse;
import cn.fazhi.workbench.model.ReadError;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Word 2007+ documents: paragraphs and tables in document order. Each table row becomes one line with
 * its cells separated by tabs, so numbers in neighbouring cells never run together.
 */
@AllowedToUse(value = "org.apache.poi", reason = "POI's XWPF is the reader for .docx files")
public final class DocxReader implements ReportReader {
    @Override
    public ReportFormat format() {
        return ReportFormat.DOCX;
    }

    @Override
    public java.util.List<String> extensions() {
        return java.util.List.of("docx");
    }

    /** Any ZIP that is not an OFD: a Word package, or an unknown ZIP this reader explains. */
    @Override
    public boolean recognises(byte[] bytes) {
        return FormatSniffer.isZip(bytes) && FormatSniffer.zipKind(bytes) != FormatSniffer.ZipKind.OFD;
    }

    @Override
    public ReportText read(byte[] bytes) throws ReadException {
        if (FormatSniffer.isOle2(bytes)) {
            if (FormatSniffer.isEncryptedOle2(bytes)) {
                throw ReadException.passwordProtectedWord(null);
            }
            return new DocReader().read(bytes);
        }
        if (!FormatSniffer.isZip(bytes)) {
            throw new ReadException(ReadError.Kind.CORRUPT,
                    "the file is not a valid .docx document (it is not a ZIP package); it may be damaged or mislabelled");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            appendBody(doc.getBodyElements(), out);
            String text = out.toString();
            if (text.isBlank()) {
                throw new ReadException(ReadError.Kind.NO_TEXT, "the Word document contains no text");
            }
            return new ReportText(text, ReportFormat.DOCX, null);
        } catch (NotOfficeXmlFileException e) {
            throw new ReadException(ReadError.Kind.CORRUPT,
                    "the file is a ZIP archive but not a Word document", e);
        } catch (IOException | RuntimeException e) {
            if (isUnsafe(e)) {
                throw new ReadException(ReadError.Kind.UNSAFE, "refused as unsafe: the .docx file contains "
                        + "a document type declaration (external entities) or expands far beyond its size (a zip bomb); "
                        + "it was not read", e);
            }
            throw new ReadException(ReadError.Kind.CORRUPT,
                    "the .docx file is damaged or truncated and cannot be opened (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** POI refuses XML with a DOCTYPE and ZIP entries that inflate too far; those are attacks, not damage. */
    static boolean isUnsafe(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage());
            // "maximum length for this record type": a part that inflates past POI's 100 MB for one part, e.g. a
            // document.xml of 1.8 MB packed that opens to 536 MB of one repeated paragraph
            if (m.contains("Zip bomb") || m.contains("DOCTYPE is disallowed") || m.contains("max. size")
                    || m.contains("maximum length for this record type")
                    || m.contains("too many entries") || m.contains("entity expansion") || m.contains("External Entity")) {
                return true;
            }
        }
        return false;
    }

    private static void appendBody(List<IBodyElement> elements, StringBuilder out) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph p) {
                out.append(p.getText().strip()).append('\n');
            } else if (element instanceof XWPFTable t) {
                appendTable(t, out);
            }
        }
    }

    private static void appendTable(XWPFTable table, StringBuilder out) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell.getText().replaceAll("\\s+", " ").strip());
            }
            out.append(String.join("\t", cells)).append('\n');
        }
    }
}

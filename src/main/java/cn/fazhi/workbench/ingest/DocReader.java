package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.AllowedToUse;
import cn.fazhi.workbench.model.ReadError;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/** Word 97-2003 documents through POI's HWPF. Table cell marks become tabs, field codes are dropped. */
@AllowedToUse(value = "org.apache.poi", reason = "POI's HWPF (scratchpad) is the reader for .doc files")
public final class DocReader implements ReportReader {
    @Override
    public ReportFormat format() {
        return ReportFormat.DOC;
    }

    @Override
    public java.util.List<String> extensions() {
        return java.util.List.of("doc");
    }

    @Override
    public boolean recognises(byte[] bytes) {
        return FormatSniffer.isOle2(bytes);
    }

    @Override
    public ReportText read(byte[] bytes) throws ReadException {
        if (FormatSniffer.isZip(bytes)) {
            return new DocxReader().read(bytes);
        }
        if (!FormatSniffer.isOle2(bytes)) {
            throw new ReadException(ReadError.Kind.CORRUPT,
                    "the file is not a valid .doc document; it may be damaged or mislabelled");
        }
        if (FormatSniffer.isEncryptedOle2(bytes)) {
            throw ReadException.passwordProtectedWord(null);
        }
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            String text = LineEndings.normalise(bodyText(doc.getRange()));
            if (text.isBlank()) {
                throw new ReadException(ReadError.Kind.NO_TEXT, "the Word document contains no text");
            }
            return new ReportText(text, ReportFormat.DOC, null);
        } catch (EncryptedDocumentException e) {
            throw ReadException.passwordProtectedWord(e);
        } catch (OfficeXmlFileException e) {
            return new DocxReader().read(bytes);
        } catch (IOException | RuntimeException e) {
            throw new ReadException(ReadError.Kind.CORRUPT,
                    "the .doc file is damaged or truncated and cannot be opened (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Paragraphs in order; a table becomes one line per row with cells separated by tabs. */
    private static String bodyText(Range range) {
        StringBuilder out = new StringBuilder();
        int n = range.numParagraphs();
        for (int i = 0; i < n; i++) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table table = range.getTable(p);
                for (int r = 0; r < table.numRows(); r++) {
                    TableRow row = table.getRow(r);
                    StringBuilder line = new StringBuilder();
                    for (int c = 0; c < row.numCells(); c++) {
                        if (c > 0) {
                            line.append('\t');
                        }
                        line.append(clean(row.getCell(c).text()).replaceAll("\\s+", " ").strip());
                    }
                    out.append(line).append('\n');
                }
                // skip the paragraphs the table consisted of
                int end = table.getEndOffset();
                while (i + 1 < n && range.getParagraph(i + 1).getStartOffset() < end) {
                    i++;
                }
                continue;
            }
            out.append(clean(p.text()).strip()).append('\n');
        }
        return out.toString();
    }

    private static String clean(String raw) {
        return Range.stripFields(raw).replace('\u0007', ' ').replace('\u000B', '\n')
                .replace('\r', '\n').replace('\f', '\n');
    }
}

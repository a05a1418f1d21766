package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.AllowedToUse;
import cn.fazhi.workbench.model.ReadError;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/** Word 97-2003 documents through POI's HWPF. Table cell marks become tabs, field codes are dropped. */
@AllowedToUse(value = "org.apache.poi", reason = "POI's HWPF (scratchpad) is the reader for .doc files")
public final class DocReader implements ReportReader {
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
            throw new ReadException(ReadError.Kind.ENCRYPTED,
                    "the Word document is password-protected; save a copy without a password and import that");
        }
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes));
             WordExtractor extractor = new WordExtractor(doc)) {
            StringBuilder out = new StringBuilder();
            for (String paragraph : extractor.getParagraphText()) {
                String p = WordExtractor.stripFields(paragraph)
                        .replace("\u0007\r", "\t").replace('\u0007', '\t')
                        .replace('\u000B', '\n').replace('\r', '\n').replace('\f', '\n').strip();
                out.append(p.replaceAll("\t+$", "")).append('\n');
            }
            String text = LineEndings.normalise(out.toString());
            if (text.isBlank()) {
                throw new ReadException(ReadError.Kind.NO_TEXT, "the Word document contains no text");
            }
            return new ReportText(text, ReportFormat.DOC, null);
        } catch (EncryptedDocumentException e) {
            throw new ReadException(ReadError.Kind.ENCRYPTED,
                    "the Word document is password-protected; save a copy without a password and import that", e);
        } catch (OfficeXmlFileException e) {
            return new DocxReader().read(bytes);
        } catch (IOException | RuntimeException e) {
            throw new ReadException(ReadError.Kind.CORRUPT,
                    "the .doc file is damaged or truncated and cannot be opened (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}

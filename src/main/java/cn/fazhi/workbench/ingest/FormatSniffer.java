package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.AllowedToUse;
import cn.fazhi.workbench.model.ReportFormat;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Recognises formats by their first bytes, so a mislabelled file is read for what it is. */
@AllowedToUse(value = "org.apache.poi", reason = "an encrypted Office file is an OLE2 container with an EncryptionInfo stream")
public final class FormatSniffer {
    private FormatSniffer() {
    }

    static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    static boolean isOle2(byte[] b) {
        return b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0;
    }

    static boolean isPdf(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    /** PNG, JPEG or TIFF: a scanned or photographed page. */
    static boolean isImage(byte[] b) {
        if (b.length < 4) {
            return false;
        }
        int b0 = b[0] & 0xFF;
        int b1 = b[1] & 0xFF;
        int b2 = b[2] & 0xFF;
        int b3 = b[3] & 0xFF;
        return b0 == 0x89 && b1 == 'P' && b2 == 'N' && b3 == 'G'
                || b0 == 0xFF && b1 == 0xD8 && b2 == 0xFF
                || b0 == 'I' && b1 == 'I' && b2 == 42 && b3 == 0
                || b0 == 'M' && b1 == 'M' && b2 == 0 && b3 == 42;
    }

    /** Whether an OLE2 container holds a Word 97 document (a WordDocument stream); empty when it cannot be opened. */
    static Optional<Boolean> isWordOle2(byte[] b) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(b))) {
            return Optional.of(fs.getRoot().hasEntry("WordDocument"));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static boolean isEncryptedOle2(byte[] b) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(b))) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** What a ZIP package holds, by the names of its entries. */
    enum ZipKind { OFD, WORD, OTHER }

    static ZipKind zipKind(byte[] b) {
        java.util.Set<String> names = ZipContainer.names(b);
        if (ZipContainer.contains(names, "OFD.xml")) {
            return ZipKind.OFD;
        }
        // a Word package: its main part, or (when a generator named it otherwise) any part under word/
        if (ZipContainer.contains(names, "word/document.xml") || names.stream().anyMatch(n -> n.startsWith("word/"))) {
            return ZipKind.WORD;
        }
        return ZipKind.OTHER;
    }

    private static final java.util.regex.Pattern HEADER_LINE = java.util.regex.Pattern.compile("^[a-z0-9][a-z0-9-]*:.*");

    /**
     * A MIME message as browsers save a page to a single file: the file begins with header lines
     * ("Name: value", continuations indented) up to a blank line, and one of them is a Content-Type of
     * multipart/related or text/html.
     */
    static boolean isMime(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 8192), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3); // UTF-8 BOM
        }
        head = head.replace("\r\n", "\n").stripLeading();
        int end = head.indexOf("\n\n");
        if (end <= 0) {
            return false;
        }
        boolean contentType = false;
        for (String line : head.substring(0, end).split("\n")) {
            if (line.startsWith(" ") || line.startsWith("\t")) {
                continue;
            }
            if (!HEADER_LINE.matcher(line).matches()) {
                return false;
            }
            if (line.startsWith("content-type:") && (line.contains("multipart/") || line.contains("text/html"))) {
                contentType = true;
            }
        }
        return contentType;
    }

    /** Markup a web page begins with, in its first 2 KB. */
    static boolean isHtml(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 2048), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html");
    }

    /**
     * The format the bytes declare themselves, when they do: the first reader of the registry that
     * recognises them (a ZIP of unknown content counts as DOCX, whose reader explains).
     */
    public static Optional<ReportFormat> sniff(byte[] b) {
        for (ReportReader r : ReportReaders.registry()) {
            if (r.recognises(b)) {
                return Optional.of(r.format());
            }
        }
        return Optional.empty();
    }
}

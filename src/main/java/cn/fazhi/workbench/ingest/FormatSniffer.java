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

    static boolean isEncryptedOle2(byte[] b) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(b))) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The format the bytes declare themselves, when they do. */
    public static Optional<ReportFormat> sniff(byte[] b) {
        if (isPdf(b)) {
            return Optional.of(ReportFormat.PDF);
        }
        if (isZip(b)) {
            return Optional.of(ReportFormat.DOCX);
        }
        if (isOle2(b)) {
            return Optional.of(ReportFormat.DOC);
        }
        String head = new String(b, 0, Math.min(b.length, 2048), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.contains("<html") || head.contains("<!doctype html")) {
            return Optional.of(ReportFormat.HTML);
        }
        return Optional.empty();
    }
}

package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.ReadError;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;

/**
 * Kingsoft WPS Writer's .wps files, recognised by what is inside: older ones are Word 97 binaries (an
 * OLE2 container with a WordDocument stream), newer ones may be an OOXML package like a .docx. Either
 * goes through the Word reader; anything else is refused with a reason that names WPS.
 */
public final class WpsReader implements ReportReader {
    @Override
    public ReportFormat format() {
        return ReportFormat.WPS;
    }

    @Override
    public java.util.List<String> extensions() {
        return java.util.List.of("wps");
    }

    /** Inside, a .wps is a .doc or a .docx: only its name makes it WPS. */
    @Override
    public boolean recognises(byte[] bytes) {
        return false;
    }

    private static final String SAVE_AS = "open it in WPS and save it as .docx (文件 → 另存为 → Word 文档), then import that";

    @Override
    public ReportText read(byte[] bytes) throws ReadException {
        ReportText word;
        if (FormatSniffer.isOle2(bytes)) {
            if (FormatSniffer.isEncryptedOle2(bytes)) {
                throw new ReadException(ReadError.Kind.ENCRYPTED,
                        "the WPS document is password-protected; save a copy without a password and import that");
            }
            // an OLE2 container that cannot be opened goes to the Word reader, which says it is damaged
            if (!FormatSniffer.isWordOle2(bytes).orElse(true)) {
                throw new ReadException(ReadError.Kind.UNSUPPORTED, "this WPS file is an Office binary container "
                        + "but holds no Word document (it may be a spreadsheet or from an old WPS version); " + SAVE_AS);
            }
            word = readWord(new DocReader(), bytes, "a Word 97 binary");
        } else if (FormatSniffer.isZip(bytes) && FormatSniffer.zipKind(bytes) == FormatSniffer.ZipKind.WORD) {
            word = readWord(new DocxReader(), bytes, "a Word (OOXML) package");
        } else if (FormatSniffer.isZip(bytes)) {
            throw new ReadException(ReadError.Kind.UNSUPPORTED,
                    "this WPS file is a ZIP package but not a Word document, so it cannot be read; " + SAVE_AS);
        } else {
            throw new ReadException(ReadError.Kind.UNSUPPORTED,
                    "this WPS file is in a format the workbench cannot read (neither a Word 97 binary nor a Word "
                            + "package; it may be from an old WPS version or damaged); " + SAVE_AS);
        }
        return new ReportText(word.text(), ReportFormat.WPS, word.charset());
    }

    private static ReportText readWord(ReportReader reader, byte[] bytes, String what) throws ReadException {
        try {
            return reader.read(bytes);
        } catch (ReadException e) {
            if (e.kind() == ReadError.Kind.CORRUPT) {
                throw new ReadException(e.kind(), "the WPS document (" + what + " inside) is damaged and cannot be read; "
                        + SAVE_AS, e);
            }
            throw e;
        }
    }
}

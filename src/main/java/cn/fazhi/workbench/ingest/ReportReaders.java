package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.ReadError;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registry of readers, and the choice of one for a file: by its content, the extension breaking ties
 * (see {@link #formatOf}).
 */
public final class ReportReaders {
    /**
     * Every reader, in the order lists show them and their {@link ReportReader#recognises} is asked: an
     * OFD before a Word package (both ZIPs), a saved web archive before HTML (its page is HTML), a PDF
     * before both (a page may quote "%PDF-"). Readers hold no state.
     */
    private static final List<ReportReader> REGISTRY = List.of(
            new TxtReader(), new PdfReader(), new OfdReader(), new DocxReader(), new DocReader(), new WpsReader(),
            new MhtReader(), new HtmlReader(), new ImageReader());

    /** The readers, in recognition order. */
    public static List<ReportReader> registry() {
        return REGISTRY;
    }

    /** Every extension a reader takes, without dots, in registry order. */
    public static List<String> extensions() {
        List<String> all = new ArrayList<>();
        REGISTRY.forEach(r -> all.addAll(r.extensions()));
        return all;
    }

    /** The format a file name says, if a reader takes its extension. */
    static Optional<ReportFormat> formatOfName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        return REGISTRY.stream().filter(r -> r.extensions().contains(ext)).map(ReportReader::format).findFirst();
    }
    /** Larger files are refused: no annual report comes near this, and reading one would exhaust memory. */
    public static final long MAX_BYTES = 100L * 1024 * 1024;

    private ReportReaders() {
    }

    public static ReportText read(Path file) throws ReadException {
        return read(file, cn.fazhi.workbench.task.ProgressListener.NONE, cn.fazhi.workbench.task.CancellationToken.none());
    }

    public static ReportText read(Path file, cn.fazhi.workbench.task.ProgressListener pages,
                                  cn.fazhi.workbench.task.CancellationToken cancel) throws ReadException {
        byte[] bytes = readBytes(file);
        return read(file.getFileName().toString(), bytes, pages, cancel);
    }

    /**
     * Whether reading the file will take text recognition (an image, a PDF without a text layer), which
     * costs seconds a page: a batch reads such files last. False when the file cannot be read at all.
     */
    public static boolean needsOcr(Path file) {
        try {
            // only a .pdf, an image or a file without a known extension can be a scan: others are not read twice
            Optional<ReportFormat> named = formatOfName(file.getFileName().toString());
            if (named.isPresent() && named.get() != ReportFormat.PDF && named.get() != ReportFormat.IMAGE) {
                return false;
            }
            return needsOcr(file.getFileName().toString(), readBytes(file));
        } catch (ReadException | RuntimeException e) {
            return false;
        }
    }

    public static boolean needsOcr(String fileName, byte[] bytes) {
        try {
            ReportFormat f = bytes.length == 0 ? null : formatOf(fileName, bytes);
            return f == ReportFormat.IMAGE || f == ReportFormat.PDF && !PdfReader.hasTextLayer(bytes);
        } catch (ReadException | RuntimeException e) {
            return false;
        }
    }

    public static byte[] readBytes(Path file) throws ReadException {
        try {
            if (Files.isDirectory(file)) {
                throw new ReadException(ReadError.Kind.UNSUPPORTED, "this is a folder, not a file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // a pipe or device: reading it could wait for ever
                throw new ReadException(ReadError.Kind.UNSUPPORTED, "this is a pipe, socket or device, not a file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ReadException(ReadError.Kind.TOO_LARGE, String.format(
                        "the file is too large (%.1f MB; the limit is %d MB)", size / 1048576.0, MAX_BYTES / 1048576));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readAllBytes();
            }
        } catch (NoSuchFileException e) {
            throw new ReadException(ReadError.Kind.NOT_FOUND, "the file does not exist", e);
        } catch (IOException e) {
            throw new ReadException(ReadError.Kind.IO, "the file cannot be read: " + e.getMessage(), e);
        }
    }

    public static ReportText read(String fileName, byte[] bytes) throws ReadException {
        return read(fileName, bytes, cn.fazhi.workbench.task.ProgressListener.NONE,
                cn.fazhi.workbench.task.CancellationToken.none());
    }

    /**
     * Reads a file whose reader may work page by page (OCR): {@code pages} hears after every page and
     * {@code cancel} is asked before every page, so a 20-page scan can be followed and stopped.
     */
    public static ReportText read(String fileName, byte[] bytes, cn.fazhi.workbench.task.ProgressListener pages,
                                  cn.fazhi.workbench.task.CancellationToken cancel) throws ReadException {
        if (bytes.length == 0) {
            throw new ReadException(ReadError.Kind.EMPTY, "the file is empty (0 bytes)");
        }
        ReportFormat format = formatOf(fileName, bytes);
        ReportText text = readerFor(format).read(bytes, pages, cancel);
        if (isBlank(text.text())) {
            throw new ReadException(ReadError.Kind.EMPTY, "the file is empty (it contains only white space)");
        }
        return text;
    }

    /** White space of every kind, including the ideographic space and no-break spaces web pages use. */
    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF' && c != '\u200B') {
                return false;
            }
        }
        return true;
    }

    /**
     * The format a file is read as: what its bytes say (a PDF, an OFD or a Word package, a Word 97
     * binary, a saved web page), the extension only when the bytes say nothing definite. A .wps file
     * stays WPS (its reader picks the Word reader for what is inside), and a ZIP the workbench does not
     * know goes to the reader its extension names, which says what is wrong with it.
     */
    static ReportFormat formatOf(String fileName, byte[] bytes) throws ReadException {
        Optional<ReportFormat> byName = formatOfName(fileName);
        Optional<ReportFormat> byBytes = FormatSniffer.sniff(bytes);
        if (byName.isEmpty()) {
            return byBytes.orElseThrow(() -> new ReadException(ReadError.Kind.UNSUPPORTED,
                    "unsupported file type; the workbench reads " + extensionList()));
        }
        ReportFormat name = byName.get();
        if (byBytes.isEmpty()) {
            return name;
        }
        ReportFormat content = byBytes.get();
        if (name == ReportFormat.WPS && (content == ReportFormat.DOC || content == ReportFormat.DOCX)) {
            return ReportFormat.WPS;
        }
        if (content == ReportFormat.HTML) {
            // markup in a .txt is a web page; in an .mht it is a page saved as plain HTML
            return name == ReportFormat.TXT || name == ReportFormat.MHT ? ReportFormat.HTML : name;
        }
        if (content == ReportFormat.DOCX && FormatSniffer.zipKind(bytes) == FormatSniffer.ZipKind.OTHER
                && name != ReportFormat.TXT && name != ReportFormat.HTML) {
            // a ZIP that is neither a Word package nor an OFD: the named format's reader explains
            return name;
        }
        return content;
    }

    /** ".txt, .html, … and .tiff", for messages. */
    public static String extensionList() {
        List<String> exts = extensions().stream().map(e -> "." + e).toList();
        return String.join(", ", exts.subList(0, exts.size() - 1)) + " and " + exts.get(exts.size() - 1);
    }

    /** The reader of a format; a scan is a PDF (its reader recognises pages without text). */
    public static ReportReader readerFor(ReportFormat format) {
        ReportFormat wanted = format == ReportFormat.SCAN ? ReportFormat.PDF : format;
        return REGISTRY.stream().filter(r -> r.format() == wanted).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no reader for " + format));
    }

    /** Whether a file found while walking a folder should be read. */
    public static boolean isSupportedName(String fileName) {
        return formatOfName(fileName).isPresent();
    }
}

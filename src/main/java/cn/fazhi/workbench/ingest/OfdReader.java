package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.ReadError;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import org.ofdrw.core.basicStructure.pageObj.Content;
import org.ofdrw.core.basicStructure.pageObj.Page;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.OFDReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * OFD documents (GB/T 33190, the national format for electronic documents) through ofdrw. The page
 * content is read as positioned text runs, which are put back into lines by their baseline and into
 * reading order top to bottom, left to right; then lines the layout wrapped are joined as for PDFs.
 * Annotations and seals (签章) are not read: a seal is an image with a signature, not report text.
 * Template pages (running headers and footers) are not read either.
 */
public final class OfdReader implements ReportReader {
    @Override
    public ReportFormat format() {
        return ReportFormat.OFD;
    }

    @Override
    public java.util.List<String> extensions() {
        return java.util.List.of("ofd");
    }

    @Override
    public boolean recognises(byte[] bytes) {
        return FormatSniffer.isZip(bytes) && FormatSniffer.zipKind(bytes) == FormatSniffer.ZipKind.OFD;
    }

    /** Page objects nested deeper than this are a hostile file, not a layout. */
    private static final int MAX_DEPTH = 64;

    @Override
    public ReportText read(byte[] bytes) throws ReadException {
        if (!FormatSniffer.isZip(bytes)) {
            throw new ReadException(ReadError.Kind.CORRUPT,
                    "the file is not a valid OFD document (it is not a ZIP package); it may be damaged or mislabelled");
        }
        Set<String> names = ZipContainer.names(bytes);
        if (!names.isEmpty() && !ZipContainer.contains(names, "OFD.xml")) {
            throw new ReadException(ReadError.Kind.CORRUPT,
                    "the file is a ZIP archive but not an OFD document (it has no OFD.xml)");
        }
        if (ZipContainer.contains(names, "Encryptions.xml")) {
            throw new ReadException(ReadError.Kind.ENCRYPTED,
                    "the OFD document is encrypted; save a copy without encryption and import that");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("fazhi-ofd-");
            // Only the XML is unpacked: fonts and images are not needed for the text.
            ZipContainer.unpack(bytes, dir, "OFD document", ".xml");
            if (!Files.isRegularFile(dir.resolve("OFD.xml"))) {
                throw new ReadException(ReadError.Kind.CORRUPT,
                        "the OFD document is damaged: its OFD.xml is missing or unreadable");
            }
            String text;
            try (OFDReader reader = new OFDReader(dir.toString(), false)) {
                text = read(reader);
            }
            if (text.isBlank()) {
                throw new ReadException(ReadError.Kind.NO_TEXT,
                        "the OFD document has no text (probably a scanned image); text recognition (OCR) is not supported");
            }
            return new ReportText(text, ReportFormat.OFD, null);
        } catch (ReadException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            if (DocxReader.isUnsafe(e)) {
                throw new ReadException(ReadError.Kind.UNSAFE, "refused as unsafe: the OFD document contains "
                        + "a document type declaration (external entities); it was not read", e);
            }
            throw new ReadException(ReadError.Kind.CORRUPT,
                    "the OFD document is damaged and cannot be read (" + e.getClass().getSimpleName() + ")", e);
        } finally {
            ZipContainer.deleteQuietly(dir);
        }
    }

    private static String read(OFDReader reader) {
        int pages = reader.getNumberOfPages();
        List<String> pageTexts = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            Page page = reader.getPage(n);
            Content content = page.getContent();
            StringBuilder raw = new StringBuilder();
            pageTexts.add("");
            if (content == null) {
                continue;
            }
            List<Run> runs = new ArrayList<>();
            for (CT_Layer layer : content.getLayers()) {
                collect(layer.getPageBlocks(), runs, 0);
            }
            for (String line : lines(runs)) {
                raw.append(line).append('\n');
            }
            pageTexts.set(pageTexts.size() - 1, raw.toString());
        }
        // pages marked for the page numbers of evidence, wrapped lines joined also over a page end
        // leading line breaks only: a form feed there still counts a page
        return WrappedLines.join(pageTexts).stripTrailing().replaceFirst("^\n+", "");
    }

    /** A piece of text at a position on the page (millimetres, y downwards, y is the baseline). */
    record Run(double x, double y, double end, double size, String text) {
    }

    private static void collect(List<PageBlockType> blocks, List<Run> runs, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (PageBlockType block : blocks) {
            if (block instanceof TextObject t) {
                addRuns(t, runs);
            } else if (block instanceof CT_PageBlock b) {
                collect(b.getPageBlocks(), runs, depth + 1);
            }
        }
    }

    private static void addRuns(TextObject t, List<Run> runs) {
        ST_Box box = t.getBoundary();
        double ox = box == null ? 0 : box.getTopLeftX();
        double oy = box == null ? 0 : box.getTopLeftY();
        double[] ctm = ctm(t.getCTM());
        double size = t.getSize() == null ? 3.5 : t.getSize();
        double scale = ctm == null ? 1 : Math.sqrt(Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]));
        if (scale > 0) {
            size *= scale;
        }
        double x = 0;
        double y = 0;
        for (TextCode code : t.getTextCodes()) {
            String s = code.getContent();
            if (code.getX() != null) {
                x = code.getX();
            }
            if (code.getY() != null) {
                y = code.getY();
            }
            if (s == null || s.isEmpty()) {
                continue;
            }
            List<Double> dx = deltas(code.getDeltaX());
            List<Double> dy = deltas(code.getDeltaY());
            double advance = 0;
            for (int i = 0; i < s.length() - 1; i++) {
                advance += i < dx.size() ? dx.get(i) : (dx.isEmpty() ? width(s.charAt(i), size / scale) : dx.get(dx.size() - 1));
            }
            double px = x;
            double py = y;
            double ex = x + advance + width(s.charAt(s.length() - 1), size / scale);
            if (ctm != null) {
                double tx = ctm[0] * px + ctm[2] * py + ctm[4];
                double ty = ctm[1] * px + ctm[3] * py + ctm[5];
                ex = ctm[0] * ex + ctm[2] * py + ctm[4];
                px = tx;
                py = ty;
            }
            if (!dy.isEmpty() && dx.isEmpty()) {
                // vertical text: one character under the other; read as one line starting at its top
                ex = px + width(s.charAt(0), size);
            }
            runs.add(new Run(ox + px, oy + py, ox + ex, size, s));
        }
    }

    private static double width(char c, double size) {
        return c >= 0x2E80 ? size : size * 0.5;
    }

    private static double[] ctm(ST_Array a) {
        if (a == null) {
            return null;
        }
        List<Double> v = deltas(a);
        if (v.size() != 6) {
            return null;
        }
        double[] m = new double[6];
        for (int i = 0; i < 6; i++) {
            m[i] = v.get(i);
        }
        return m;
    }

    /** DeltaX/DeltaY, with the "g count value" shorthand expanded; unreadable parts are left out. */
    static List<Double> deltas(ST_Array a) {
        List<Double> out = new ArrayList<>();
        if (a == null) {
            return out;
        }
        List<String> items = a.getArray();
        for (int i = 0; i < items.size() && out.size() < 100_000; i++) {
            String s = items.get(i);
            try {
                if ("g".equals(s) && i + 2 < items.size()) {
                    int count = Math.min(Integer.parseInt(items.get(i + 1)), 100_000);
                    double v = Double.parseDouble(items.get(i + 2));
                    for (int k = 0; k < count; k++) {
                        out.add(v);
                    }
                    i += 2;
                } else {
                    out.add(Double.parseDouble(s));
                }
            } catch (NumberFormatException e) {
                // skip it
            }
        }
        return out;
    }

    /**
     * Runs whose baselines lie within half a character of each other form a line; lines go top to
     * bottom, runs in a line left to right. A gap wider than two characters (a table's next cell, a
     * tab stop) becomes a tab, so figures in neighbouring cells never run together; smaller gaps add
     * nothing, except a space between Latin words.
     */
    static List<String> lines(List<Run> runs) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(Run::y).thenComparingDouble(Run::x));
        List<List<Run>> lines = new ArrayList<>();
        List<Run> current = null;
        double baseline = 0;
        for (Run r : sorted) {
            if (current != null && Math.abs(r.y() - baseline) <= Math.max(0.5, r.size() * 0.5)) {
                current.add(r);
            } else {
                current = new ArrayList<>();
                current.add(r);
                lines.add(current);
                baseline = r.y();
            }
        }
        List<String> out = new ArrayList<>();
        for (List<Run> line : lines) {
            line.sort(Comparator.comparingDouble(Run::x));
            StringBuilder sb = new StringBuilder();
            Run prev = null;
            for (Run r : line) {
                if (prev != null) {
                    double gap = r.x() - prev.end();
                    if (gap > 2 * Math.max(r.size(), prev.size())) {
                        sb.append('\t');
                    } else if (gap > 0.3 * r.size() && needsSpace(sb.charAt(sb.length() - 1), r.text().charAt(0))) {
                        sb.append(' ');
                    }
                }
                sb.append(r.text());
                prev = r;
            }
            String s = sb.toString().strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Latin words set apart keep a space between them; digits never get one (a converter that places
     * each digit of 2022 on its own at full width must not make it "2 0 2 2").
     */
    private static boolean needsSpace(char before, char after) {
        boolean a = before < 0x80 && Character.isLetterOrDigit(before);
        boolean b = after < 0x80 && Character.isLetterOrDigit(after);
        return a && b && !(Character.isDigit(before) && Character.isDigit(after));
    }
}

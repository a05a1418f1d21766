package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.ReadError;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web pages saved from government sites. The charset comes from a BOM or a meta tag; when neither is
 * there it is detected (jsoup alone would read an undeclared GBK page as UTF-8). Text comes out in
 * reading order, one block per line, table cells separated by tabs; scripts, styles and elements that
 * are clearly navigation chrome are dropped.
 */
public final class HtmlReader implements ReportReader {
    @Override
    public ReportFormat format() {
        return ReportFormat.HTML;
    }

    @Override
    public java.util.List<String> extensions() {
        return java.util.List.of("html", "htm", "shtml", "xhtml");
    }

    @Override
    public boolean recognises(byte[] bytes) {
        return FormatSniffer.isHtml(bytes);
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> DROPPED_TAGS = Set.of("script", "style", "noscript", "iframe", "nav",
            "form", "select", "option", "button", "input", "textarea", "svg", "canvas", "template", "head",
            "object", "embed", "map");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "br", "li", "ul", "ol", "tr", "table",
            "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "dd", "dt", "dl",
            "blockquote", "pre", "hr", "center", "title", "body", "main", "aside", "address", "figure",
            "figcaption", "tbody", "thead", "tfoot", "caption");
    /** Class or id words that mark site chrome rather than the report. */
    private static final Pattern CHROME = Pattern.compile(
            "(^|[\\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|footer|share|sidebar|toolbar|topbar|login|search"
                    + "|friendlink|links|copyright|skip|qrcode|ewm|weixin|wechat|fontsize|print)([\\s_-]|$)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public ReportText read(byte[] bytes) throws ReadException {
        return read(decode(bytes), ReportFormat.HTML);
    }

    /** Reads a page whose text is already decoded (a saved web archive's HTML part, say). */
    static ReportText read(DecodedText decoded, ReportFormat format) throws ReadException {
        TextDecoder.rejectBinary(decoded.text());
        Document doc = Jsoup.parse(decoded.text());
        doc.select(String.join(",", DROPPED_TAGS)).remove();
        for (Element e : doc.getAllElements()) {
            if (e.parent() != null && isChrome(e)) {
                e.remove();
            }
        }
        String text = toText(doc.body() == null ? doc : doc.body());
        if (text.isBlank()) {
            throw new ReadException(ReadError.Kind.NO_TEXT, "the web page contains no readable text");
        }
        return new ReportText(text, format, decoded.charset());
    }

    static DecodedText decode(byte[] bytes) throws ReadException {
        if (bytes.length == 0) {
            throw new ReadException(ReadError.Kind.EMPTY, "the file is empty (0 bytes)");
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xEF || (bytes[0] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFE)) {
            DecodedText bom = TextDecoder.decodeWithoutChecks(bytes);
            if (!bom.charset().equals("UTF-8") || (bytes[0] & 0xFF) == 0xEF) {
                return bom;
            }
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            Charset declared = declaredCharset(m.group(1));
            if (declared != null) {
                String strict = TextDecoder.strictDecodeCutEnd(bytes, declared);
                if (strict != null) {
                    return new DecodedText(strict, declared.name());
                }
                // Declared charset is wrong (common when a page was re-saved): fall back to detection.
            }
        }
        return TextDecoder.decodeWithoutChecks(bytes);
    }

    static Charset declaredCharset(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("gb18030") || n.equals("x-gbk") || n.equals("cp936")) {
            return TextDecoder.GB18030;
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean isChrome(Element e) {
        String marks = e.id() + " " + e.className();
        if (marks.isBlank()) {
            return "navigation".equalsIgnoreCase(e.attr("role"));
        }
        return CHROME.matcher(marks).find();
    }

    /** A data table's cell holds a few words; a longer one is a page laid out in a table. */
    private static final int MAX_CELL = 60;

    /**
     * Whether a paragraph or a line break inside this element stands in a data table's cell ("<td><p>收案数</p></td>",
     * as Word saves a table for the web): the cell's words stay on their row, apart from the next cell by a tab,
     * instead of a line each. Not in a cell that holds a table or more than a few words (a page laid out in a table).
     */
    private static boolean insideADataCell(Element e, java.util.Map<Element, Boolean> cells) {
        Element cell = e.closest("td, th");
        if (cell == null || cell == e) {
            return false;
        }
        return cells.computeIfAbsent(cell, c -> c.selectFirst("table") == null && c.text().length() <= MAX_CELL);
    }

    private static String toText(Element root) {
        StringBuilder out = new StringBuilder();
        java.util.Map<Element, Boolean> cells = new java.util.IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText().replaceAll("[\\s\\u00A0]+", " ");
                    if (!s.isBlank() || (out.length() > 0 && out.charAt(out.length() - 1) != '\n')) {
                        out.append(s);
                    }
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("td") || tag.equals("th")) {
                        if (e.elementSiblingIndex() > 0) {
                            if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                                out.setLength(out.length() - 1); // the space a paragraph of the cell before left
                            }
                            out.append('\t');
                        }
                    } else if (BLOCK_TAGS.contains(tag)) {
                        if (insideADataCell(e, cells)) {
                            space(out);
                        } else {
                            newline(out);
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    if (insideADataCell(e, cells)) {
                        space(out);
                    } else {
                        newline(out);
                    }
                }
            }
        }, root);
        return tidy(out.toString());
    }

    private static void space(StringBuilder out) {
        char last = out.length() == 0 ? '\n' : out.charAt(out.length() - 1);
        if (last != '\n' && last != '\t' && last != ' ') {
            out.append(' ');
        }
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    /** Trims each line and drops empty ones. */
    private static String tidy(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (String line : raw.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                out.append(t).append('\n');
            }
        }
        return out.toString();
    }
}

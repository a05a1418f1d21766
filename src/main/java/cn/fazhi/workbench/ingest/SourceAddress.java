package cn.fazhi.workbench.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web address a saved page says it came from, so a report keeps its address without anyone typing it.
 * Only what the file itself states is taken, in this order: an .mht's Content-Location of its page; the
 * page's {@code <link rel=canonical>}; {@code og:url}; the government-site metadata {@code <meta name=Url>};
 * the "saved from url=" comment browsers write; a {@code <base href>} that names a page (not a site root).
 * Anything that is not an absolute http(s) address is ignored: no address is better than a wrong one.
 */
public final class SourceAddress {
    /** Longer addresses are not a report's page (and would not fit a spreadsheet cell's hyperlink). */
    public static final int MAX_LENGTH = 2000;
    private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d+\\)(\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE_PATH = Pattern.compile("(?i)\\.(s?html?|jhtml|jsp|aspx?|php)(\\?.*)?$");
    /** The head of a page is where these stand; a report's body is not parsed twice for them. */
    private static final int HEAD_CHARS = 64 * 1024;

    private SourceAddress() {
    }

    /** The address a saved web page (.html) or web archive (.mht) states, if any; empty for other files. */
    public static Optional<String> of(byte[] bytes) {
        try {
            if (FormatSniffer.isMime(bytes)) {
                MhtReader.HtmlPart part = MhtReader.htmlPart(bytes);
                if (part == null) {
                    return Optional.empty();
                }
                Optional<String> location = usable(part.location());
                return location.isPresent() ? location : ofPage(HtmlReader.decode(part.bytes()).text());
            }
            if (FormatSniffer.isHtml(bytes)) {
                return ofPage(HtmlReader.decode(bytes).text());
            }
        } catch (ReadException | RuntimeException e) {
            // an unreadable file has no address; reading it says what is wrong
        }
        return Optional.empty();
    }

    static Optional<String> ofPage(String html) {
        String head = html.length() > HEAD_CHARS ? html.substring(0, HEAD_CHARS) : html;
        Document doc = Jsoup.parse(head);
        Optional<String> found = first(doc, "link[rel~=(?i)^canonical$]", "href");
        if (found.isEmpty()) {
            found = first(doc, "meta[property~=(?i)^og:url$]", "content");
        }
        if (found.isEmpty()) {
            found = first(doc, "meta[name~=(?i)^url$]", "content");
        }
        if (found.isEmpty()) {
            found = savedFrom(doc);
        }
        if (found.isEmpty()) {
            found = first(doc, "base[href]", "href").filter(u -> PAGE_PATH.matcher(u).find());
        }
        return found;
    }

    private static Optional<String> first(Document doc, String css, String attribute) {
        for (Element e : doc.select(css)) {
            Optional<String> u = usable(e.attr(attribute));
            if (u.isPresent()) {
                return u;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> savedFrom(Document doc) {
        for (Node n : doc.childNodes()) {
            if (n instanceof Comment c) {
                Matcher m = SAVED_FROM.matcher(c.getData());
                if (m.find()) {
                    return usable(m.group(1));
                }
            }
        }
        for (Element e : doc.getAllElements()) { // jsoup may hang the comment under <html> or <head>
            for (Node n : e.childNodes()) {
                if (n instanceof Comment c) {
                    Matcher m = SAVED_FROM.matcher(c.getData());
                    if (m.find()) {
                        return usable(m.group(1));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The address if it is an absolute http(s) address without spaces or control characters, else empty. */
    public static Optional<String> usable(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String u = raw.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://")) || u.length() > MAX_LENGTH
                || u.length() <= "https://".length()) {
            return Optional.empty();
        }
        for (int i = 0; i < u.length(); i++) {
            char ch = u.charAt(i);
            if (Character.isWhitespace(ch) || Character.isISOControl(ch) || ch == '"' || ch == '<' || ch == '>') {
                return Optional.empty();
            }
        }
        String host = u.substring(u.indexOf("//") + 2);
        if (host.isEmpty() || host.startsWith("/") || host.startsWith(".")) {
            return Optional.empty();
        }
        return Optional.of(u);
    }
}

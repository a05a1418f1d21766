package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.model.ReportFormat;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the same report in another format by its content. Two texts of one jurisdiction and year
 * are the same report when their fingerprints — the text without line breaks, spaces, punctuation of any
 * width and page furniture (page numbers, "第 3 页 共 12 页"), cut in overlapping runs of characters —
 * overlap almost entirely (the shorter one inside the longer one: a web page adds its menus), and its
 * figures are all in the other. A corrected re-issue with other figures is another report.
 * Also says which version reads best; a version read by OCR never beats one with a text layer.
 */
public final class SameReport {
    /** Share of the shorter text's runs that must occur in the other. */
    static final double MIN_CONTAINMENT = 0.9;
    private static final int RUN = 8;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern FURNITURE = Pattern.compile(
            "(?m)^[ \\t\\u3000]*(?:[-—–－~·]*[ \\t\\u3000]*\\d{1,4}[ \\t\\u3000]*[-—–－~·]*"
                    + "|第[ \\t\\u3000]*\\d+[ \\t\\u3000]*页(?:[ \\t\\u3000]*[,，/／]?[ \\t\\u3000]*共[ \\t\\u3000]*\\d+[ \\t\\u3000]*页)?"
                    + "|共[ \\t\\u3000]*\\d+[ \\t\\u3000]*页"
                    + "|\\d+[ \\t\\u3000]*/[ \\t\\u3000]*\\d+"
                    + "|(?i:page)[ \\t\\u3000]*\\d+(?:[ \\t\\u3000]*(?i:of)[ \\t\\u3000]*\\d+)?)[ \\t\\u3000]*$");

    private SameReport() {
    }

    /**
     * A text's content fingerprint: the overlapping runs of its letters and digits and the numbers in it,
     * without layout and page furniture.
     */
    public record Fingerprint(Set<Integer> runs, Set<String> numbers) {
    }

    public static Fingerprint fingerprint(String text) {
        String content = content(text);
        Set<Integer> runs = new HashSet<>(Math.max(16, content.length() * 2));
        if (content.length() <= RUN) {
            runs.add(content.hashCode());
        }
        for (int k = 0; k + RUN <= content.length(); k++) {
            runs.add(content.substring(k, k + RUN).hashCode());
        }
        Set<String> numbers = new HashSet<>();
        var m = DIGITS.matcher(content);
        while (m.find()) {
            numbers.add(m.group());
        }
        return new Fingerprint(runs, numbers);
    }

    /** The letters and digits that carry the content, in reading order. */
    static String content(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
        t = FURNITURE.matcher(t).replaceAll("");
        StringBuilder b = new StringBuilder(t.length());
        t.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** How much of the smaller fingerprint occurs in the larger (0..1). */
    public static double containment(Set<Integer> a, Set<Integer> b) {
        Set<Integer> small = a.size() <= b.size() ? a : b;
        Set<Integer> large = small == a ? b : a;
        if (small.isEmpty()) {
            return 0;
        }
        int in = 0;
        for (Integer h : small) {
            if (large.contains(h)) {
                in++;
            }
        }
        return (double) in / small.size();
    }

    /**
     * True when two texts carry the same report: the shorter one's content lies almost entirely in the
     * other, and every number in it is in the other too (a re-issue with a corrected figure is another
     * report; page numbers are furniture and gone already).
     * Extracted values are not compared: text taken from a PDF can break a figure across lines.
     */
    public static boolean same(Fingerprint a, Fingerprint b) {
        if (containment(a.runs(), b.runs()) < MIN_CONTAINMENT) {
            return false;
        }
        Fingerprint small = a.runs().size() <= b.runs().size() ? a : b;
        Fingerprint large = small == a ? b : a;
        for (String n : small.numbers()) {
            if (!large.numbers().contains(n)) {
                return false;
            }
        }
        return true;
    }

    /** For a version read by OCR: recognition errors break runs and digits, so less has to agree. */
    static final double MIN_CONTAINMENT_OCR = 0.6;
    static final double MIN_NUMBERS_OCR = 0.8;

    /**
     * {@link #same(Fingerprint, Fingerprint)}, lenient when either text was recognised from a scan: most
     * of the content and most of the numbers agree. A person still checks every figure of the scan.
     */
    public static boolean same(Fingerprint a, Fingerprint b, boolean eitherOcr) {
        if (!eitherOcr) {
            return same(a, b);
        }
        if (containment(a.runs(), b.runs()) < MIN_CONTAINMENT_OCR) {
            return false;
        }
        Fingerprint small = a.runs().size() <= b.runs().size() ? a : b;
        Fingerprint large = small == a ? b : a;
        long in = small.numbers().stream().filter(large.numbers()::contains).count();
        return small.numbers().isEmpty() || in >= MIN_NUMBERS_OCR * small.numbers().size();
    }

    /**
     * How well a version reads (higher is better): penalises characters that did not decode (�, control
     * and private-use characters), line breaks inside sentences and spaces between Chinese characters
     * (what PDF text extraction leaves), then prefers formats that keep the text as written.
     */
    public static double readability(String text, ReportFormat format) {
        int chars = 0;
        int bad = 0;
        int broken = 0;
        int spaced = 0;
        for (int k = 0; k < text.length(); k++) {
            char ch = text.charAt(k);
            if (!Character.isWhitespace(ch)) {
                chars++;
            }
            if (ch == '\uFFFD' || (Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t' && ch != '\f')
                    || (ch >= '\uE000' && ch <= '\uF8FF')) {
                bad++;
            } else if ((ch == '\n' || ch == ' ' || ch == '\u3000') && k > 0 && k + 1 < text.length()
                    && cjk(text.charAt(k - 1)) && cjk(text.charAt(k + 1))) {
                if (ch == '\n') {
                    broken++;
                } else {
                    spaced++;
                }
            }
        }
        double score = 1.0 - (10.0 * bad + broken + spaced) / Math.max(1, chars);
        // formats that keep the text as written first; recognised text is a reading of a picture, so any
        // version with a text layer is the primary
        return score - format.distanceFromWritten();
    }

    private static boolean cjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}

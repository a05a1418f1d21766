package cn.fazhi.workbench.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Text as a spreadsheet may hold it: at most 32,767 characters per cell (clipped with a visible marker,
 * the rest kept in continuation cells), and never read as a formula (text starting with = + - @, tab or
 * carriage return is written with Excel's quote prefix, as Excel does when a user types '=…).
 */
final class SafeText {
    /** Excel's limit for one cell. */
    static final int MAX_CELL = 32_767;
    static final String CLIPPED = "…〔已截断〕";
    static final String CONTINUED = "…〔原文过长，接续见右侧“原文（续）”列〕";

    private SafeText() {
    }

    /** Text a spreadsheet would read as a formula (or as a DDE command) when edited or saved as CSV. */
    static boolean risky(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '＝';
    }

    /** The text, clipped with a marker when longer than a cell may be. */
    static String clip(String s) {
        if (s == null || s.length() <= MAX_CELL) {
            return s;
        }
        return s.substring(0, cut(s, MAX_CELL - CLIPPED.length())) + CLIPPED;
    }

    /**
     * A long text split into cells: the first ends with {@link #CONTINUED} when more follows; the
     * others continue it without a gap, so joining the pieces (minus the marker) gives the text back.
     */
    static List<String> pieces(String s) {
        List<String> out = new ArrayList<>();
        if (s.length() <= MAX_CELL) {
            out.add(s);
            return out;
        }
        int first = cut(s, MAX_CELL - CONTINUED.length());
        out.add(s.substring(0, first) + CONTINUED);
        int from = first;
        while (from < s.length()) {
            int to = from + cut(s.substring(from), MAX_CELL);
            out.add(s.substring(from, to));
            from = to;
        }
        return out;
    }

    /** How many cells a text needs. */
    static int pieceCount(String s) {
        if (s == null || s.length() <= MAX_CELL) {
            return 1;
        }
        int rest = s.length() - (MAX_CELL - CONTINUED.length());
        return 1 + (rest + MAX_CELL - 2) / (MAX_CELL - 1);
    }

    /** A cut at most {@code max} characters in that does not split a surrogate pair. */
    private static int cut(String s, int max) {
        if (s.length() <= max) {
            return s.length();
        }
        return Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    }
}

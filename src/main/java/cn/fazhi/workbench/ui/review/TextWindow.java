package cn.fazhi.workbench.ui.review;

/**
 * The part of a report's text the review pane lays out: all of it for a report (4,000–30,000 characters), a
 * stretch of about {@link #LIMIT} characters of a text far longer than any report (a whole gazette or yearbook
 * imported as one file: laying out 2.8 million characters held the window 5–10 s per frame). Stretches begin
 * and end at line breaks where one is near, so a paragraph is not cut.
 *
 * @param from first character shown
 * @param to   one past the last character shown
 */
record TextWindow(int from, int to) {
    /** Characters laid out at most: a long report whole (the samples are 4,000–12,000). */
    static final int LIMIT = 60_000;
    /** How far before the cut a line break is looked for. */
    private static final int SLACK = 2_000;

    static TextWindow whole(String text) {
        return new TextWindow(0, text == null ? 0 : text.length());
    }

    /** Whether the text is cut at all. */
    boolean cuts(String text) {
        return from > 0 || to < text.length();
    }

    boolean holds(int start, int end) {
        return start >= from && end <= to;
    }

    /** The stretch that begins at {@code at} (moved back to its line's start), or the whole text if it fits. */
    static TextWindow startingAt(String text, int at) {
        int n = text.length();
        if (n <= LIMIT) {
            return whole(text);
        }
        int from = lineStart(text, Math.max(0, Math.min(at, n - LIMIT)));
        int to = from + LIMIT >= n - SLACK ? n : from + LIMIT; // the end near: to the end, not to a line before it
        if (to < n) {
            int br = text.lastIndexOf('\n', to - 1);
            if (br > to - SLACK && br > from) {
                to = br + 1;
            }
        }
        return new TextWindow(from, to);
    }

    /** The stretch with {@code [start, end)} a third of the way down, where the pane scrolls a marked figure to. */
    static TextWindow around(String text, int start, int end) {
        TextWindow w = startingAt(text, start - LIMIT / 3);
        return w.holds(start, end) ? w : startingAt(text, start);
    }

    TextWindow next(String text) {
        return startingAt(text, to);
    }

    /** The stretch that ends where this one begins (from a line's start where one is near). */
    TextWindow previous(String text) {
        int start = Math.max(0, from - LIMIT);
        if (start > 0) {
            int br = text.indexOf('\n', start);
            if (br >= 0 && br < start + SLACK && br + 1 < from) {
                start = br + 1;
            }
        }
        return start == 0 && from == 0 ? this : new TextWindow(start, from);
    }

    private static int lineStart(String text, int at) {
        if (at == 0) {
            return 0;
        }
        int br = text.lastIndexOf('\n', at - 1);
        return br >= 0 && br >= at - SLACK ? br + 1 : at;
    }
}

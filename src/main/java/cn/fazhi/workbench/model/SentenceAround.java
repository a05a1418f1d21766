package cn.fazhi.workbench.model;

/**
 * The sentence around a selection in a report's text: a person who selects a figure to add a value gets its
 * whole sentence as the evidence, without a second selection. A sentence ends at 。！？；, a line break, or
 * the ends of the text; the selection itself never gets cut.
 */
public final class SentenceAround {
    private static final String ENDS = "。！？；!?;\n";

    private SentenceAround() {
    }

    /** The sentence (its text, end mark included) that holds {@code [start, end)}; the selection when it has no text around. */
    public static String of(String text, int start, int end) {
        int[] span = span(text, start, end);
        return span == null ? "" : text.substring(span[0], span[1]);
    }

    /**
     * Where that sentence stands: {@code {from, to}} (to exclusive) in {@code text}, without the blanks at
     * its ends, so it can be stored as evidence offsets; null for a selection that is not inside the text.
     */
    public static int[] span(String text, int start, int end) {
        if (text == null || start < 0 || end > text.length() || start >= end) {
            return null;
        }
        int from = start;
        while (from > 0 && ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && ENDS.indexOf(text.charAt(to - 1)) < 0) {
            to++;
        }
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return from < to ? new int[]{from, to} : null;
    }
}

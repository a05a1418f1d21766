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
        if (text == null || start < 0 || end > text.length() || start >= end) {
            return "";
        }
        int from = start;
        while (from > 0 && ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && ENDS.indexOf(text.charAt(to - 1)) < 0) {
            to++;
        }
        return text.substring(from, to).strip();
    }
}

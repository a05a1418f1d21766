package cn.fazhi.workbench.ingest;

/**
 * Text prepared for matching (half-width digits, simplified characters, no spaces inside numbers),
 * with a map from every normalised position back to the original text, so evidence found in the
 * normalised text can be shown and highlighted in the original.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] toOriginal;

    NormalizedText(String original, String text, int[] toOriginal) {
        this.original = original;
        this.text = text;
        this.toOriginal = toOriginal;
    }

    /**
     * The same normalised text with its original given back: {@code original} must have this text's original's length
     * (a caller that set a table's rows on their lines before normalising, line breaks into tabs, hands back the text
     * as it was, so evidence is cut from it unchanged).
     */
    public NormalizedText withOriginal(String original) {
        if (original.length() != this.original.length()) {
            throw new IllegalArgumentException("the original must keep its length");
        }
        return new NormalizedText(original, text, toOriginal);
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    /** Original offset of the character at normalised position {@code i} (i may equal length()). */
    public int originalStart(int i) {
        return toOriginal[i];
    }

    /** Original end offset (exclusive) of a normalised span ending at {@code end} (exclusive). */
    public int originalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        return toOriginal[end - 1] + 1;
    }

    /** The original text behind a normalised span. */
    public String originalSlice(int start, int end) {
        return original.substring(originalStart(start), originalEnd(end));
    }

    public int length() {
        return text.length();
    }
}

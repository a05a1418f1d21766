package cn.fazhi.workbench.ingest;

import java.util.regex.Pattern;

/**
 * Tidies what Tesseract returns for one page: it puts spaces between Chinese characters and between a
 * character and a digit ("共 受 理 案 件 123 件"). The spaces go where a Chinese character (or full-width
 * punctuation) stands on either side, and runs of blank lines become one; the printed lines are joined
 * into paragraphs afterwards, over all pages, as for a PDF's text layer.
 */
final class OcrText {
    private static final Pattern BLANK_LINES = Pattern.compile("\n[ \t]*(?:\n[ \t]*)+");

    private OcrText() {
    }

    static String clean(String raw) {
        String t = LineEndings.normalise(raw).replace('\f', '\n');
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\t') {
                int j = i;
                while (j < t.length() && (t.charAt(j) == ' ' || t.charAt(j) == '\t')) {
                    j++;
                }
                char before = out.length() == 0 ? '\n' : out.charAt(out.length() - 1);
                char after = j < t.length() ? t.charAt(j) : '\n';
                if (before != '\n' && after != '\n' && !wide(before) && !wide(after)) {
                    out.append(' ');
                }
                i = j - 1;
                continue;
            }
            out.append(c);
        }
        return BLANK_LINES.matcher(out.toString()).replaceAll("\n\n").strip();
    }

    /** A Chinese character or full-width punctuation: no space belongs beside it in Chinese text. */
    private static boolean wide(char c) {
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFFEF || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…';
    }
}

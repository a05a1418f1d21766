package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into sentences at 。！？!? and line ends; leading spaces are not part of a sentence.
 * A run without any of these longer than {@link #MAX_LENGTH} (a file whose line breaks and full stops were
 * lost) is cut at its last semicolon or comma before the limit, so that the work per figure stays bounded
 * and extraction stays linear in the length of the text.
 */
public final class SentenceSplitter {
    static final int MAX_LENGTH = 800;

    private SentenceSplitter() {
    }

    public static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean terminator = c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
            if (terminator || c == '\n') {
                int end = terminator ? i + 1 : i;
                // keep a closing quote or bracket with its sentence
                while (terminator && end < n && "”’」』)）".indexOf(text.charAt(end)) >= 0) {
                    end++;
                    i++;
                }
                add(out, text, start, end);
                start = i + 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static void add(List<int[]> out, String text, int start, int end) {
        while (end - start > MAX_LENGTH) {
            int cut = cutPoint(text, start, start + MAX_LENGTH);
            addOne(out, text, start, cut);
            start = cut;
        }
        addOne(out, text, start, end);
    }

    /** After the last ；;，, in the window's second half, or at the window's end. */
    private static int cutPoint(String text, int start, int limit) {
        for (int i = limit - 1; i > start + MAX_LENGTH / 2; i--) {
            char c = text.charAt(i);
            if (c == '；' || c == ';') {
                return i + 1;
            }
        }
        for (int i = limit - 1; i > start + MAX_LENGTH / 2; i--) {
            char c = text.charAt(i);
            if (c == '，' || c == ',') {
                return i + 1;
            }
        }
        return limit;
    }

    private static void addOne(List<int[]> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new int[]{start, end});
        }
    }

    /** Sentences with a provisional section, for tests and tools that do not need section detection. */
    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        for (int[] s : spans(text)) {
            out.add(new Sentence(s[0], s[1], Section.RESULTS));
        }
        return out;
    }
}

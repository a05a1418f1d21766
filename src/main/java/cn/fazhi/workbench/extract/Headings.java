package cn.fazhi.workbench.extract;

import java.util.regex.Pattern;

/** Recognises the headings whose words (a period, a body) cover the figures written under them. */
final class Headings {
    private static final Pattern ENUMERATED = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[)）]|\\d{1,2}[、.．](?!\\d))");
    private static final int MAX_LENGTH = 40;

    private Headings() {
    }

    /** A short line of its own without a full stop, or a short enumerated lead sentence ("（三）…。"). */
    static boolean isHeading(String text, Sentence s) {
        int length = s.end() - s.start();
        if (length > MAX_LENGTH || !SectionDetector.onlySpaceSinceLineStart(text, s.start())) {
            return false;
        }
        boolean endsLine = s.end() >= text.length() || text.charAt(s.end()) == '\n';
        char last = text.charAt(s.end() - 1);
        boolean noStop = last != '。' && last != '；' && last != ';';
        String head = text.substring(s.start(), Math.min(s.end(), s.start() + 6));
        return (endsLine && noStop) || ENUMERATED.matcher(head).find();
    }
}

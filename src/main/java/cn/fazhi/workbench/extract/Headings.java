package cn.fazhi.workbench.extract;

import java.util.regex.Pattern;

/** Recognises the headings whose words (a period, a body) cover the figures written under them. */
final class Headings {
    private static final Pattern ENUMERATED = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[)）]|\\d{1,2}[、.．](?!\\d))");
    static final int MAX_LENGTH = 40;

    private Headings() {
    }

    /** Words that look ahead: a line holding them above a figure is a target's opening, not a heading of results. */
    private static final Pattern LOOKS_AHEAD = Pattern.compile("力争|争取|预计|有望|^计划(?:到|在|于)?(?:\\d{4}年|全年|明年)|^目标[：:是为]");

    /**
     * "力争2024年全县" above "调解矛盾纠纷7000件以上。": a line without an item number that looks ahead is a sentence
     * the layout broke (or a goal written as a heading); the figures under it are the target's. Enumerated headings
     * ("（二）争取…") name a topic of the year's work and are left to the sections.
     */
    static boolean wrappedTarget(String heading) {
        String h = heading.strip();
        return !ENUMERATED.matcher(h).find() && !SectionDetector.isTopHeading(h) && LOOKS_AHEAD.matcher(h).find();
    }

    /** The sentence starts on the line right after the heading: it may be the heading's line continued. */
    static boolean rightUnder(String text, String heading, int headingStart, int sentenceStart) {
        if (headingStart < 0) {
            return false;
        }
        for (int i = headingStart + heading.length(); i < sentenceStart; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false; // stops at the first word: a heading far above costs no more than one near
            }
        }
        return true;
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

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
            if (terminator || c == '\n' && !figureCarriedOver(text, start, i)) {
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

    /**
     * A line that starts with a count or a rate ("56件，受理52件", "98.5%。") after a line that ends mid-sentence
     * ("…全年共收到行政复议申请") carries the figure of the line before: a line break put into a sentence by
     * the page it was copied from (a {@code <br>}, a table's label and value cells, a printed line). The
     * line before must have text, not end a sentence or clause or with a figure of its own, and not be a
     * numbered heading; the line after must not start with a figure too.
     */
    private static boolean figureCarriedOver(String text, int sentenceStart, int lineEnd) {
        // the sentence's own start on this line: a heading that ends with a full stop is not this sentence
        int lineStart = Math.max(sentenceStart, text.lastIndexOf('\n', lineEnd - 1) + 1);
        int last = lineEnd - 1;
        while (last >= lineStart && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        boolean labelsUnit = UNIT_OF_THE_LABEL.matcher(text).region(Math.max(lineStart, last - 8), last + 1).find();
        if (labelsUnit) {
            // "调解矛盾纠纷（件）" then "5630" alone on the next line: a table given a cell per line, the label's unit
            // the figure's
            return bareFigureLine(text, lineEnd + 1) && !startsWithAFigure(text, nextLineStart(text, lineEnd + 1))
                    && !bareFigureLine(text, nextLineStart(text, lineEnd + 1));
        }
        if (last < lineStart || "。！？；;!?，,、”’」』)）".indexOf(text.charAt(last)) >= 0
                || (text.charAt(last) == '：' || text.charAt(last) == ':') && !aLabel(text, lineStart, last)) {
            return false;
        }
        if (ENDS_WITH_A_FIGURE.matcher(text).region(Math.max(lineStart, last - 12), last + 1).find()) {
            return false; // the line has its own figure: the next line's is not its
        }
        if (NUMBERED_HEADING.matcher(text).region(lineStart, lineEnd).lookingAt()) {
            return false;
        }
        if (!startsWithAFigure(text, lineEnd + 1)) {
            return false;
        }
        // a run of lines that each start with a figure is a table's column (two years, several places):
        // which of them the name on the line before belongs to is not known
        int nextLineEnd = text.indexOf('\n', lineEnd + 1);
        return nextLineEnd < 0 || !startsWithAFigure(text, nextLineEnd + 1);
    }

    /** A label cell that gives its figure's unit in brackets: "调解矛盾纠纷（件）", "调解成功率(%)". */
    private static final java.util.regex.Pattern UNIT_OF_THE_LABEL = java.util.regex.Pattern.compile(
            "[^\\s\\d][（(]\\s*(?:万?(?:件|宗|起|卷|份|人次|件次)|%|％)\\s*[）)]$");
    private static final java.util.regex.Pattern BARE_FIGURE_LINE = java.util.regex.Pattern.compile(
            "[ \\t\u3000]*[0-9][0-9,.]*[ \\t\u3000]*(?:\\n|$)");

    /** A line that is one figure without its unit and nothing else. */
    private static boolean bareFigureLine(String text, int at) {
        return at < text.length() && BARE_FIGURE_LINE.matcher(text).region(at, Math.min(text.length(), at + 30)).lookingAt();
    }

    private static int nextLineStart(String text, int at) {
        int end = text.indexOf('\n', at);
        return end < 0 ? text.length() : end + 1;
    }

    /**
     * "调解成功率：" or "全年共调解矛盾纠纷：" on a line of its own, the figure on the next: a label and its value cell.
     * Not a line that opens a list ("具体如下：", "主要指标完成情况："), nor a long one.
     */
    private static boolean aLabel(String text, int lineStart, int colon) {
        String label = text.substring(lineStart, colon).strip();
        return !label.isEmpty() && label.length() <= 20 && label.indexOf('：') < 0 && label.indexOf(':') < 0
                && !LIST_OPENING.matcher(label).find();
    }

    private static final java.util.regex.Pattern LIST_OPENING = java.util.regex.Pattern.compile(
            "如下|下列|以下|如次|情况|分别|具体|主要|指标|统计|数据|分类|分$|其中$");

    private static boolean startsWithAFigure(String text, int at) {
        return at < text.length() && FIGURE_FIRST.matcher(text).region(at, Math.min(text.length(), at + 40)).lookingAt();
    }

    private static final java.util.regex.Pattern NUMBERED_HEADING = java.util.regex.Pattern.compile(
            "\\s*([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.、．]|第[一二三四五六七八九十]+[部章节条])");

    /** What follows a count's or a rate's digits: 余/多, 万, the unit. */
    private static final String UNIT = "\\s*(?:余|多)?\\s*万?\\s*(?:件|起|宗|家|人次|名|项|个|次|份|卷|条|%|％)";

    private static final java.util.regex.Pattern ENDS_WITH_A_FIGURE = java.util.regex.Pattern.compile(
            "[0-9０-９]" + UNIT + "?$");

    /** A count or a rate with its unit at the start of a line; a year or a date is not one. */
    private static final java.util.regex.Pattern FIGURE_FIRST = java.util.regex.Pattern.compile(
            "[ \\t\u3000]*[0-9０-９][0-9０-９,.．]*" + UNIT);

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

package cn.fazhi.workbench.extract;

import java.util.regex.Pattern;

/**
 * An annex at the end of a report ("附件：安吉县2022年度法治政府建设主要指标", "附件2 / 2024年法治政府建设工作要点"): what
 * follows it is the annex's, not the report's text, and the year or the plan its title names covers every line of it,
 * however its rows are laid out (one per line, each then a heading of its own). Only a period that rules a figure out
 * is taken: an annex of the reporting year's indicators stays the year's.
 */
final class Annexes {
    /** How far back an annex's title is looked for: an annex of indicators is a page at most. */
    private static final int REACH = 3000;
    /** Longer than any annex title line, with room for its indent. */
    private static final int MAX_LINE = 200;

    /** "附件", "附表2": the word and the annex's number. */
    private static final String ANNEX_WORD = "(?:附件|附表)\\s*[\\d一二三四五六七八九十]{0,2}";
    private static final Pattern ANNEX_LINE = Pattern.compile("^" + ANNEX_WORD + "\\s*[:：]?\\s*");
    /** A line that is only an annex's opening: "附件1", "附件：…", "附表2" (not a sentence that starts with 附件). */
    private static final Pattern ANNEX_OPENS = Pattern.compile("\\s*" + ANNEX_WORD + "\\s*(?:[:：]|$|\\n)");
    /** The title of a year's plan: its figures are targets. */
    private static final Pattern PLAN_TITLE = Pattern.compile("工作要点|工作计划|工作安排|任务清单|目标任务|计划表");

    private Annexes() {
    }

    /** The sentence, at a line's start, opens an annex. */
    static boolean opensAnAnnex(CharSequence sentence) {
        return ANNEX_OPENS.matcher(sentence).lookingAt();
    }

    /** The period an annex above the sentence names ("other_year", "plan", "multi_period"…), or null. */
    static String period(String text, int sentenceStart, String periodWords, Scope scope) {
        String title = titleAbove(text, sentenceStart);
        if (title == null || severalYears(title)) {
            return null; // "附表：2022年、2023年主要指标对比", a header of year columns: the columns say whose each figure is
        }
        if (PLAN_TITLE.matcher(title).find()) {
            return "plan";
        }
        String period = FigurePeriod.of(periodWords, title, true, scope);
        return period != null && FigurePeriod.rulesOut(period) ? period : null;
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

    private static boolean severalYears(String title) {
        java.util.regex.Matcher y = YEAR.matcher(title);
        java.util.Set<String> years = new java.util.HashSet<>();
        while (y.find()) {
            years.add(y.group());
        }
        return years.size() > 1;
    }

    /**
     * The nearest annex title above, with the line after it when the annex line gives only its number ("附件2"):
     * null when none stands within reach.
     */
    static String titleAbove(String text, int sentenceStart) {
        int floor = Math.max(0, sentenceStart - REACH);
        int lineEnd = FlattenedTables.lineStartWithin(text, sentenceStart, floor) - 1; // the line break above, -1 when none in reach
        int nextLineStart = sentenceStart;
        while (lineEnd >= floor && lineEnd >= 0) {
            // read back no further than the reach and one row more: a text without line breaks stays linear
            int lineStart = FlattenedTables.lineStartWithin(text, lineEnd, Math.max(0, floor - MAX_LINE));
            if (lineStart < 0) {
                return null; // a line far longer than an annex's title
            }
            String line = text.substring(lineStart, lineEnd).strip();
            java.util.regex.Matcher m = ANNEX_LINE.matcher(line);
            if (m.lookingAt() && line.length() <= 60) {
                String title = line.substring(m.end());
                if (title.isEmpty() && nextLineStart < sentenceStart) {
                    int end = text.indexOf('\n', nextLineStart);
                    title = text.substring(nextLineStart, end < 0 ? text.length() : end).strip();
                }
                return title;
            }
            nextLineStart = lineStart;
            if (lineStart == 0) {
                break;
            }
            lineEnd = lineStart - 1;
        }
        return null;
    }
}

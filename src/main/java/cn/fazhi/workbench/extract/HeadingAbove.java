package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows the headings down a report for {@link IndicatorMatcher}: the heading the figures of a sentence are read
 * under. A short line of its own is a heading for what follows it ({@link Headings#isHeading}); when that line
 * holds figures itself ("行政复议：收到申请75件，审结70件" under "2022年主要数据一览", an annex's row, "（一）全年调解纠纷
 * 3260件"), its own figures are read under the last heading without figures above it, so that heading's period or
 * body covers them as it covers a sentence (they used to be read under no heading at all).
 */
final class HeadingAbove {
    private static final Pattern TABLE_NUMBER = Pattern.compile("(?:附表|表)\\s*[\\d一二三四五六七八九十]{1,3}\\s*[:：.．、]?\\s*(?=\\S)");
    /** A caption that names a year or a span of years: the row's year column, not the caption, dates its figures. */
    private static final Pattern A_YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private String heading = "";
    /** Where the heading stands: reads above a figure start there, not at a search back. */
    private int start = -1;
    private String wordsOnly = "";
    private int wordsOnlyStart = -1;
    private boolean ownLine;
    /** The heading a numbered table's caption stood over, read again once the table ends (null when no caption). */
    private HeadingAbove beforeTheCaption;
    /** A row of figures has stood under the caption: the table has begun. */
    private boolean rowsSinceTheCaption;
    /** The headings as they stood before the last heading of words alone (null before the first). */
    private HeadingAbove aboveTheLastHeading;
    private static final Pattern LEAD_IN = Pattern.compile("[：:]\\s*$");

    /** Moves on to sentence {@code s}, whose value figures are {@code figures}. */
    void next(String text, Sentence s, java.util.List<NumberMention> figures) {
        ownLine = false;
        if (beforeTheCaption != null && rowsSinceTheCaption && proseParagraphOpens(text, s)) {
            // "表3 2024年部分市直部门、镇（街道）行政复议案件情况" heads its rows only: the paragraphs after the table are
            // read under the section's heading again, not under the caption's bodies (r241). A caption over prose
            // without rows ("表2 2024年第三季度…主要指标" over "人民调解成功率98.87%；…。") heads that prose.
            restore(beforeTheCaption);
        }
        if (Headings.isHeading(text, s) && !NamedColumns.headerOrFigures(text, s.start())
                && !TableColumns.furniture(text, s.start(), s.end())) {
            // a table's caption is read without its number ("表3 2024年行政应诉情况"), so its year or body opens it;
            // the header row under it, a lone column name or a label cell over its figure leave the caption the rows'
            // heading (round 53)
            Matcher number = TABLE_NUMBER.matcher(text).region(s.start(), s.end());
            boolean caption = number.lookingAt();
            // two tables in a row: the heading to go back to is still the one above the first
            // — and a lead-in line above the caption ("各镇（街道）矛盾纠纷调处情况（节选）如下：") is the table's too
            HeadingAbove before = copy();
            HeadingAbove aboveTheTable = !caption ? null : beforeTheCaption != null ? beforeTheCaption
                    : LEAD_IN.matcher(heading).find() && aboveTheLastHeading != null ? aboveTheLastHeading : before;
            start = caption ? number.end() : s.start();
            heading = text.substring(start, s.end());
            // the table's number is no figure of the caption's
            boolean wordsAlone = figures.stream().allMatch(f -> f.start() < start);
            // a row of a table with year columns ("行政复议纠错率 10.9% 12.5%" under "指标 2022年 2021年") is read by its
            // columns, not under the header of years above it
            // — unless the heading above is the caption (headers are furniture since round 53) and names no year: then
            // the caption's matter and body are the row's too ("劳动人事争议案件处理情况" over a 调解成功率 row; round 54)
            ownLine = !wordsAlone && (FlattenedTables.yearOfTheColumn(text, figures.get(0).start()) == 0
                    || wordsOnlyStart >= 0 && !A_YEAR.matcher(wordsOnly).find() && captionRightAbove(text, s.start()));
            if (wordsAlone) {
                wordsOnly = heading;
                wordsOnlyStart = start;
                aboveTheLastHeading = before;
            }
            if (caption || wordsAlone && heading.indexOf('\t') < 0) {
                // a row's line or the header's cells keep it; a new heading of words ends the table
                beforeTheCaption = aboveTheTable;
                rowsSinceTheCaption = false;
            } else if (beforeTheCaption == null && heading.indexOf('\t') >= 0) {
                // the header or the first row of a table without a caption ("乡镇（街道）\t调解纠纷（件）…" over "凤凰街道\t512\t502"):
                // the paragraphs after the table go back to the heading above it, not under its last row's town (r250)
                beforeTheCaption = before;
                rowsSinceTheCaption = !wordsAlone;
            } else if (!wordsAlone) {
                rowsSinceTheCaption = true;
            }
        }
    }

    /**
     * A paragraph of prose opens at {@code s}: a line longer than a heading that holds a full stop, other than a note
     * to the table ("（注：本表为…。）", "注：…").
     */
    private static boolean proseParagraphOpens(String text, Sentence s) {
        if (!SectionDetector.onlySpaceSinceLineStart(text, s.start())) {
            return false;
        }
        int lineEnd = text.indexOf('\n', s.start());
        String line = text.substring(s.start(), lineEnd < 0 ? text.length() : lineEnd).strip();
        return line.length() > Headings.MAX_LENGTH && line.indexOf('。') >= 0 && !TABLE_NOTE.matcher(line).lookingAt();
    }

    private static final Pattern TABLE_NOTE = Pattern.compile("[（(]?(?:注|备注|说明|数据来源)[：:]");

    private HeadingAbove copy() {
        HeadingAbove saved = new HeadingAbove();
        saved.restore(this);
        return saved;
    }

    private void restore(HeadingAbove saved) {
        heading = saved.heading;
        start = saved.start;
        wordsOnly = saved.wordsOnly;
        wordsOnlyStart = saved.wordsOnlyStart;
        beforeTheCaption = null;
    }

    /** The words-only heading is the caption of this table: only its header and rows stand between them. */
    private boolean captionRightAbove(String text, int rowStart) {
        int at = wordsOnlyStart;
        int lineEnd = text.indexOf('\n', at);
        for (int lines = 0; lineEnd >= 0 && lineEnd < rowStart && lines < 20; lines++) {
            int next = text.indexOf('\n', lineEnd + 1);
            if (next < 0 || next >= rowStart) {
                return true;
            }
            String line = text.substring(lineEnd + 1, next);
            if (!TableColumns.headerRow(line) && !FlattenedTables.oneColumnOfATableRow(text, firstDigit(text, lineEnd + 1, next))) {
                return false;
            }
            lineEnd = next;
        }
        return lineEnd >= 0 && lineEnd < rowStart;
    }

    private static int firstDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return i;
            }
        }
        return from;
    }

    /** The heading the current sentence's figures are read under ("" when none). */
    String heading() {
        return ownLine ? wordsOnly : heading;
    }

    /** Where {@link #heading()} starts (-1 when none). */
    int start() {
        return ownLine ? wordsOnlyStart : start;
    }
}

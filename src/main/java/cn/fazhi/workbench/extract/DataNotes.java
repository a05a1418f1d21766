package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's notes that date a sentence's figures: a bracket closing the sentence or standing alone after it, a 注 line
 * after it, or a short sentence before it ("以下为前三季度数据。"). {@link FigureJudge} asks them where the words around
 * the figure give no period; {@link Periods#span} reads the period they write.
 */
final class DataNotes {
    private DataNotes() {
    }

    /**
     * "全县调解矛盾纠纷5230件，调解成功5210件（数据截至10月底）。", "…5230件。（数据截至2023年10月底）": a bracket without a figure
     * that closes the sentence, or stands alone as the next, dates every figure of the sentence.
     */
    private static final Pattern NOTE_CLOSING = Pattern.compile("[（(]([^（()）]{2,24})[）)]\\s*[。.]?\\s*$");
    private static final Pattern NOTE_ALONE = Pattern.compile("^\\s*[（(]([^（()）]{2,24})[）)]\\s*[。.]?\\s*(?:\\n|$)");
    /**
     * "注：数据统计时间为2023年1月至10月。" on the line right after the sentence, as Word and PDF print a table's or a
     * paragraph's note: it dates the sentence's figures as a closing bracket does.
     */
    private static final Pattern NOTE_LINE = Pattern.compile("^[ \t]*\n[ \t]*(?:注|备注|说明)[ \t]*[:：][ \t]*([^\n。；;]{2,30})");
    private static final Pattern DATA_NOTE = Pattern.compile("数据|统计|截至|截止");

    /**
     * "以下为前三季度数据。全县共办理…", "以下数据截至9月底。": a short sentence before, with no figure, that says the figures
     * after it are data of a part of the year dates them as a closing note does (not where the sentence writes the year or 全年).
     */
    private static final Pattern NOTE_BEFORE = Pattern.compile("^\\s*(?:以下|下列|如下|下述)[^。；;！!？?]{0,20}[。：:]?\\s*$");

    static String inNoteBefore(String sentenceBefore, String periodWords, Integer reportYear) {
        if (sentenceBefore == null || sentenceBefore.length() > 28 || Periods.EXPLICIT_YEAR.matcher(periodWords).find()
                || !NOTE_BEFORE.matcher(sentenceBefore).find()
                || !DATA_NOTE.matcher(sentenceBefore).find() || Periods.FIGURE_IN_BRACKETS.matcher(sentenceBefore).find()) {
            return null;
        }
        return Periods.span(sentenceBefore, reportYear);
    }

    /**
     * "…办理法律援助案件1207件、接待法律咨询5300人次，两项数据均为2023年度全市各县区最高。": a last clause without a figure that
     * points back at the sentence's figures (以上, 上述, 两项…数据) and names another year dates them all (round 53).
     */
    private static final Pattern DATA_OF_A_YEAR_CLOSING = Pattern.compile(
            "[，,；;]\\s*(?:以上|上述|前述|这些|该|此|两|三|四|各)项?[^，,；;。\\d]{0,4}(?:数据|数字|指标)[^，,；;。\\d]{0,4}(?:为|系|是|属)(\\d{4})年度?"
                    + "[^，,；;。\\d]{0,20}[。.]?\\s*$");

    static String inNoteOfTheSentence(String sentence, String afterSentence, Integer reportYear) {
        Matcher closing = DATA_OF_A_YEAR_CLOSING.matcher(sentence);
        if (reportYear != null && closing.find() && Integer.parseInt(closing.group(1)) != reportYear) {
            return "other_year";
        }
        for (Matcher m : new Matcher[]{NOTE_CLOSING.matcher(sentence), NOTE_ALONE.matcher(afterSentence),
                NOTE_LINE.matcher(afterSentence)}) {
            if (m.find() && DATA_NOTE.matcher(m.group(1)).find() && !Periods.FIGURE_IN_BRACKETS.matcher(m.group(1)).find()) {
                String span = Periods.span(m.group(1), reportYear);
                if (span != null) {
                    return span;
                }
            }
        }
        return null;
    }
}

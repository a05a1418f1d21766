package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news item's dateline at the start of its sentence: the day the reporter was told ("2024年1月，记者从县司法局获悉，",
 * "2023年12月28日，记者从安吉县司法局了解到，"). The date says when the item was written, not which period its figures
 * cover: the period is read from the words after it, with 去年 and 今年以来 counted from that date.
 */
final class Datelines {
    private Datelines() {
    }

    /** A news outlet ("…融媒体中心", "…日报"), before the words it reports with ({@link #OUTLET_REPORTS}). */
    static final String OUTLET = "(?:融媒体中心|日报|新闻网|电视台|广播电视台|报社)";
    /** "报道", "讯", "记者报道": the outlet's own dateline words. */
    static final String OUTLET_REPORTS = "(?:记者)?(?:报道|讯|消息)";

    /** The date, then the reporter learning the news from a source (记者从…获悉/了解到/得知), or the outlet reporting. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(\\d{4})年(\\d{1,2})月(?:(\\d{1,2})日)?(?=[，,]\\s*(?:(?:记者|笔者)(?:近日|日前)?(?:从|在)[^，,。；;]{2,24}?(?:获悉|了解到|得知)"
                    // "2023年12月29日，安吉县融媒体中心报道，": the news outlet's own dateline
                    + "|[^，,。；;]{2,20}?" + OUTLET + OUTLET_REPORTS + ")[，,])");
    /** The year so far, as of the dateline: "今年以来", "今年" opening a clause. */
    private static final Pattern THIS_YEAR_SO_FAR = Pattern.compile("(?<=^|[，,；;])\\s*今年(?:以来)?");
    /** The sentence looks ahead to the whole year: "…3905件，力争全年达到4000件", "预计全年…". */
    private static final Pattern YEAR_NOT_OVER = Pattern.compile(
            "(?:力争|预计|有望|争取|确保|可望|计划|目标)[^。；;]{0,6}全年|全年(?:有望|预计|将|可)");
    /** The last ten days of December: the year so far is the whole year. */
    private static final int YEAR_END_DAY = 20;

    /** A dateline found at the start of the words: its year, month, day (0 when not given), and where the date ends. */
    record Dateline(int year, int month, int day, int end) {
        boolean atTheEndOf(int pageYear) {
            return year == pageYear && month == 12 && day >= YEAR_END_DAY;
        }
    }

    /** The dateline the words open with (the sentence's start), or null. */
    static Dateline at(String words) {
        Matcher m = DATELINE.matcher(words);
        if (!m.find()) {
            return null;
        }
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new Dateline(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), day, m.end());
    }

    /**
     * The words as far as the figure's period goes: the dateline's date left out; in an item dated at the end of
     * the page's year, its "今年以来" written as that year ("2023年12月28日，记者…获悉，今年以来，全县共调解…": the year),
     * unless the sentence looks ahead to the whole year (the year is not over: "…，力争全年达到4000件").
     */
    static String periodWords(String words, Dateline d, Integer pageYear, String afterTheFigure) {
        if (d == null) {
            return words;
        }
        String after = words.substring(d.end());
        if (pageYear != null && d.atTheEndOf(pageYear) && !YEAR_NOT_OVER.matcher(afterTheFigure).find()) {
            after = THIS_YEAR_SO_FAR.matcher(after).replaceAll(pageYear + "年");
        }
        return after;
    }

    /** The item was written the year after the page's, so its 去年 is the page's year. */
    static boolean writtenTheYearAfter(Dateline d, Integer pageYear) {
        return d != null && pageYear != null && d.year() == pageYear + 1;
    }
}

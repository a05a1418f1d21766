package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Months as reports write them besides "10月": in numerals (一至十月, 截至十一月底, 元月份), as dotted dates (2023.1—2023.10), or as
 * a month's end opening a clause without 截至 (11月末，). {@link Periods} reads the words through {@link #asDigits} so that
 * its checks of months judge them as they judge the digits.
 */
final class MonthsAsWritten {
    private MonthsAsWritten() {
    }

    /**
     * A month written in numerals where a month of a date stands ("一至十月", "截至十一月底", "今年三月份", "元月份"): read as digits,
     * so that Periods judges it as it judges "1至10月", "截至11月底", "3月份"; only after a clause's start, a year,
     * 截至 or a range's 至, never inside a word ("统一", "之一").
     */
    private static final Pattern NUMERAL_MONTH = Pattern.compile(
            "(?<![^，,；;。：:\\s年至止到~—–\\-（(])(十[一二]?|[一二三四五六七八九元])(?=月)");
    /**
     * "11月末，", "2023年10月底前，": a month's end opening a clause, without 截至, is the clause's date as 截至…月底 is; not a
     * date of an event ("11月底召开专题会议，…").
     */
    private static final Pattern MONTHS_END = Pattern.compile(
            "(?:^|(?<=[，,；;。：:\\s]))((?:\\d{4}年)?\\d{1,2}月(?:底|末)前?)(?=\\s*[，,])");
    private static final String NUMERALS = "一二三四五六七八九";

    /** "2023.1—2023.10", "2023.1-10": months written as dotted dates, read as "2023年1月—10月". */
    private static final Pattern DOTTED_MONTHS = Pattern.compile(
            "((?:19|20)\\d{2})\\.(\\d{1,2})\\s*([-—–~至到])\\s*(?:(?:19|20)\\d{2}\\.)?(\\d{1,2})(?![\\d.])");

    /** The words with every month written as numerals, as a dotted date or as a month's end opening a clause read as digits. */
    static String asDigits(String words) {
        words = DOTTED_MONTHS.matcher(words).replaceAll("$1年$2月$3$4月");
        Matcher m = NUMERAL_MONTH.matcher(words);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String n = m.group(1);
            int month = n.startsWith("十") ? 10 + (n.length() > 1 ? NUMERALS.indexOf(n.charAt(1)) + 1 : 0)
                    : n.equals("元") ? 1 : NUMERALS.indexOf(n.charAt(0)) + 1;
            m.appendReplacement(out, Integer.toString(month));
        }
        m.appendTail(out);
        return MONTHS_END.matcher(out).replaceAll("截至$1");
    }
}

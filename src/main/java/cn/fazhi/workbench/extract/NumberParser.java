package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Qualifier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every number in normalised text: Arabic digits with decimals, 万/亿 multipliers, Chinese
 * numerals, 百分之, the qualifiers 余/多/以上/约/近/超过, and the unit that follows. Years, dates, times,
 * codes and ranges are told apart so they are never taken for values.
 */
public final class NumberParser {
    /** Units, longest first so that 人次 wins over 人. */
    static final String[] UNITS = {"个百分点", "百分点", "个工作日", "工作日", "平方米", "万元", "亿元", "人次", "件次",
            "户次", "批次", "场次", "家次", "小时", "公里", "件", "起", "宗", "卷", "份", "项", "个", "人", "名", "家", "户",
            "次", "场", "条", "台", "套", "篇", "期", "所", "座", "处", "支", "批", "天", "元", "亩", "部", "%", "‰"};
    /** "5部门", "3部分": 部 is a word of its own there, not the unit of 3部规范性文件. */
    private static final String NOT_AFTER_BU = "门分位署委队长";
    /**
     * A run of seven to nine digits is a phone number or a mangled date, unless a count's unit follows it:
     * "受理业务1002994件" is a large city's or a whole year's count.
     */
    private static final String[] LONG_COUNT_UNITS = {"件次", "人次", "件", "宗", "起", "份", "卷"};

    private NumberParser() {
    }

    public static List<NumberMention> parse(String text) {
        List<NumberMention> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            NumberMention m = null;
            if (isAsciiDigit(c) && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
                m = arabic(text, i);
            } else if (text.startsWith("百分之", i)) {
                m = percentWords(text, i);
            } else if (ChineseNumerals.isNumeralChar(c) && c != '点') {
                m = chinese(text, i);
            }
            if (m != null) {
                m = zeroRate(text, m);
                out.add(m);
                i = Math.max(m.end(), i + 1);
            } else {
                i = skipToken(text, i);
            }
        }
        return out;
    }

    /** "败诉率为0", "败诉率为零": a rate of nothing needs no percent sign; any other bare number after 率 is no rate. */
    private static final java.util.regex.Pattern RATE_BEFORE = java.util.regex.Pattern.compile("率(为|是|均为|保持为)$");

    private static NumberMention zeroRate(String text, NumberMention m) {
        if (m.unit() != null || !m.isValue() || m.value().signum() != 0 || m.end() < text.length()
                && Character.isLetterOrDigit(text.charAt(m.end()))) {
            return m;
        }
        if (!RATE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 4), m.start())).find()) {
            return m;
        }
        return new NumberMention(m.start(), m.end(), m.numStart(), m.value(), "%", m.qualifier(), m.kind());
    }

    private static int skipToken(String text, int i) {
        if (isAsciiDigit(text.charAt(i)) || isWordChar(text.charAt(i))) {
            int j = i;
            while (j < text.length() && (isAsciiDigit(text.charAt(j)) || isWordChar(text.charAt(j)) || text.charAt(j) == '.')) {
                j++;
            }
            return Math.max(j, i + 1);
        }
        return i + 1;
    }

    private static NumberMention arabic(String text, int start) {
        int n = text.length();
        int j = start;
        while (j < n && isAsciiDigit(text.charAt(j))) {
            j++;
        }
        int intEnd = j;
        if (j + 1 < n && text.charAt(j) == '.' && isAsciiDigit(text.charAt(j + 1))) {
            j++;
            while (j < n && isAsciiDigit(text.charAt(j))) {
                j++;
            }
        }
        String digits = text.substring(start, j);
        // Dates, times, ranges and codes: 2018-04-18, 19:28, 2020-2021, 1.2.3, A12
        if (j < n) {
            char next = text.charAt(j);
            if ((next == '-' || next == '/' || next == ':' || next == '—' || next == '~' || next == '－' || next == '.')
                    && j + 1 < n && isAsciiDigit(text.charAt(j + 1))) {
                return codeOrDate(text, start);
            }
            if (isWordChar(next)) {
                return codeOrDate(text, start);
            }
        }
        if (start > 0 && (text.charAt(start - 1) == '-' || text.charAt(start - 1) == '/' || text.charAt(start - 1) == ':')
                && start > 1 && isAsciiDigit(text.charAt(start - 2))) {
            return new NumberMention(start, j, start, new BigDecimal(digits), null, Qualifier.EXACT,
                    NumberMention.Kind.DATE_OR_CODE);
        }
        if (j < n && (text.charAt(j) == '年') && intEnd - start == 4 && j == intEnd) {
            int end = j + 1;
            if (end < n && text.charAt(end) == '度') {
                end++;
            }
            return new NumberMention(start, end, start, new BigDecimal(digits), "年", Qualifier.EXACT,
                    NumberMention.Kind.YEAR);
        }
        if (j < n && (text.charAt(j) == '月' || text.charAt(j) == '日' || text.charAt(j) == '号' || text.charAt(j) == '时')
                || intEnd - start >= 7 && !(intEnd - start <= 9 && j == intEnd
                        && (countUnitAt(text, j) || aTableCellOfItsOwn(text, start, j)))) {
            // day, month, 5号 document number, or a long run of digits (phone number, mangled date)
            return new NumberMention(start, j + (j < n ? 1 : 0), start, new BigDecimal(digits), null, Qualifier.EXACT,
                    NumberMention.Kind.DATE_OR_CODE);
        }
        BigDecimal value = new BigDecimal(digits);
        return finish(text, start, start, j, value);
    }

    /**
     * "合计\t863085", "政务服务办件量（件）\t1182000\t1315000": a long run of digits alone in a table's cell after a tab is a
     * count whose unit the row's label or the column's header gives (round 59); a phone number is written with its
     * area code's 0 or a hyphen.
     */
    private static boolean aTableCellOfItsOwn(String text, int start, int end) {
        int before = start - 1;
        while (before >= 0 && before > start - 4 && text.charAt(before) == ' ') {
            before--; // "合计 | 2,923,553 |": the bars became tabs, the spaces beside them stay
        }
        int after = end;
        while (after < text.length() && after < end + 3 && text.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && text.charAt(before) == '\t' && text.charAt(start) != '0'
                && (after == text.length() || text.charAt(after) == '\t' || text.charAt(after) == '\n'
                || text.charAt(after) == '\r');
    }

    private static boolean countUnitAt(String text, int at) {
        for (String u : LONG_COUNT_UNITS) {
            if (text.startsWith(u, at)) {
                return true;
            }
        }
        return false;
    }

    private static NumberMention codeOrDate(String text, int start) {
        int j = start;
        while (j < text.length() && (isAsciiDigit(text.charAt(j)) || isWordChar(text.charAt(j))
                || "-/:.—~－".indexOf(text.charAt(j)) >= 0)) {
            j++;
        }
        return new NumberMention(start, j, start, BigDecimal.ZERO, null, Qualifier.EXACT, NumberMention.Kind.DATE_OR_CODE);
    }

    private static NumberMention percentWords(String text, int start) {
        int j = start + 3;
        int numStart = j;
        if (j < text.length() && isAsciiDigit(text.charAt(j))) {
            while (j < text.length() && (isAsciiDigit(text.charAt(j)) || text.charAt(j) == '.')) {
                j++;
            }
            BigDecimal v = new BigDecimal(text.substring(numStart, j).replaceAll("\\.$", ""));
            Object[] post = trailingQualifier(text, j, Qualifier.EXACT);
            return new NumberMention(start, (int) post[1], numStart, v, "%", (Qualifier) post[0], NumberMention.Kind.VALUE);
        }
        while (j < text.length() && (ChineseNumerals.isNumeralChar(text.charAt(j)) || text.charAt(j) == '百')) {
            j++;
        }
        String words = text.substring(numStart, j);
        BigDecimal v = words.equals("百") ? BigDecimal.valueOf(100) : ChineseNumerals.parse(words);
        if (v == null) {
            return null;
        }
        Object[] post = trailingQualifier(text, j, Qualifier.EXACT);
        return new NumberMention(start, (int) post[1], numStart, v, "%", (Qualifier) post[0], NumberMention.Kind.VALUE);
    }

    private static NumberMention chinese(String text, int start) {
        if (start > 0 && (text.charAt(start - 1) == '第' || ChineseNumerals.isNumeralChar(text.charAt(start - 1)))) {
            return null;
        }
        int j = start;
        while (j < text.length() && ChineseNumerals.isNumeralChar(text.charAt(j))) {
            j++;
        }
        String words = text.substring(start, j);
        if (words.endsWith("点")) {
            return null;
        }
        // 二〇二三年: a year written digit by digit
        if (words.length() == 4 && j < text.length() && text.charAt(j) == '年'
                && words.chars().allMatch(ch -> ChineseNumerals.DIGITS.indexOf(ch) >= 0)) {
            BigDecimal year = ChineseNumerals.parse(words);
            return year == null ? null : new NumberMention(start, j + 1, start, year, "年", Qualifier.EXACT,
                    NumberMention.Kind.YEAR);
        }
        BigDecimal v = ChineseNumerals.parse(words);
        if (v == null) {
            return null;
        }
        NumberMention m = finish(text, start, start, j, v);
        // A single numeral character (一次办好, 三项制度, 两个维护, 十件实事) is almost always part of a set phrase; it is
        // a figure only as a count of cases or files that ends its clause (废止规范性文件十件。, 调解纠纷十余件，); 一起 is
        // "together" as often as one case, so 起 is not among the units.
        if (words.length() < 2 && !aCountEndingItsClause(text, m)) {
            return null;
        }
        if (m.unit() == null || "是".equals(String.valueOf(j < text.length() ? text.charAt(j) : ' '))) {
            return null;
        }
        return m;
    }

    /** Units of a count of cases, files or documents: after a lone numeral character they make it a figure. */
    private static final java.util.Set<String> LONE_NUMERAL_UNITS = java.util.Set.of("件", "宗", "卷", "份");
    /** The lone characters that can be such a count: one to ten (not 零件 "parts", not 上万件 "tens of thousands"). */
    private static final String LONE_NUMERALS = "一二两三四五六七八九十";
    /** What may follow such a count: the clause's or the sentence's end. */
    private static final String CLAUSE_ENDS = "，。；、）)";

    /** Before a lone numeral, words that make it a round guess (数十件, 几十件, 上十件, 成百件): no count. */
    private static final String GUESS_BEFORE = "数几上成好若";

    private static boolean aCountEndingItsClause(String text, NumberMention m) {
        return LONE_NUMERALS.indexOf(text.charAt(m.numStart())) >= 0
                && (m.numStart() == 0 || GUESS_BEFORE.indexOf(text.charAt(m.numStart() - 1)) < 0) && m.unit() != null && LONE_NUMERAL_UNITS.contains(m.unit())
                && (m.end() >= text.length() || CLAUSE_ENDS.indexOf(text.charAt(m.end())) >= 0);
    }

    /** Reads 万/亿, 余/多, the unit and a trailing 以上/以下/左右, and a leading 约/超过. */
    private static NumberMention finish(String text, int start, int numStart, int numEnd, BigDecimal value) {
        int n = text.length();
        int j = numEnd;
        Qualifier q = Qualifier.EXACT;
        // "1千余件", "3千人次": 千 right after Arabic digits multiplies them as 万 does
        if (j < n && text.charAt(j) == '千' && numEnd > numStart && isAsciiDigit(text.charAt(numEnd - 1))) {
            value = value.multiply(BigDecimal.valueOf(1000));
            j++;
        }
        while (j < n && (text.charAt(j) == '万' || text.charAt(j) == '亿')) {
            value = value.multiply(text.charAt(j) == '万' ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(100_000_000));
            j++;
        }
        if (j < n && (text.charAt(j) == '余' || text.charAt(j) == '多')) {
            q = Qualifier.APPROX_OVER;
            j++;
            // "120余万件": the multiplier after 余 ("120余万元" is left to the unit 万元 below)
            while (j < n && (text.charAt(j) == '万' || text.charAt(j) == '亿') && !text.startsWith("元", j + 1)) {
                value = value.multiply(text.charAt(j) == '万' ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(100_000_000));
                j++;
            }
        }
        String unit = null;
        for (String u : UNITS) {
            if (text.startsWith(u, j)) {
                unit = u;
                j += u.length();
                break;
            }
        }
        if ("部".equals(unit) && j < n && NOT_AFTER_BU.indexOf(text.charAt(j)) >= 0) {
            unit = null;
            j--;
        }
        if ("百分点".equals(unit)) {
            unit = "个百分点";
        }
        if (unit != null && (unit.equals("万元") || unit.equals("亿元"))) {
            value = value.multiply(unit.equals("万元") ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(100_000_000));
            unit = "元";
        }
        Object[] post = trailingQualifier(text, j, q);
        q = (Qualifier) post[0];
        j = (int) post[1];
        int mentionStart = start;
        Qualifier pre = leadingQualifier(text, start);
        if (pre != null) {
            mentionStart = start - preLength(text, start);
            if (q == Qualifier.EXACT) {
                q = pre;
            }
        }
        return new NumberMention(mentionStart, j, numStart, value.stripTrailingZeros(), unit, q, NumberMention.Kind.VALUE);
    }

    private static Object[] trailingQualifier(String text, int j, Qualifier q) {
        String[][] words = {{"以上", "AT_LEAST"}, {"以下", "AT_MOST"}, {"以内", "AT_MOST"}, {"左右", "APPROX"},
                {"多", "APPROX_OVER"}, {"余", "APPROX_OVER"}};
        for (String[] w : words) {
            if (text.startsWith(w[0], j)) {
                // 多 after a unit only counts when nothing else follows it as a word (20件多 vs 多项)
                if ((w[0].equals("多") || w[0].equals("余")) && j + 1 < text.length()
                        && Han.isHan(text.charAt(j + 1))) {
                    continue;
                }
                Qualifier after = Qualifier.valueOf(w[1]);
                return new Object[]{q == Qualifier.APPROX_OVER && after == Qualifier.AT_LEAST ? q : after, j + w[0].length()};
            }
        }
        return new Object[]{q, j};
    }

    // "低于5%", "高于98%" are bounds; a requirement's "不低于", "不高于", "不超过" is no qualifier but stays in the
    // words before the figure, where it makes the figure a target
    private static final String[][] LEADING = {{"低于", "AT_MOST"}, {"小于", "AT_MOST"}, {"高于", "APPROX_OVER"}, {"大于", "APPROX_OVER"}, {"超过", "APPROX_OVER"}, {"多于", "APPROX_OVER"}, {"逾", "APPROX_OVER"},
            {"超", "APPROX_OVER"}, {"大约", "APPROX"}, {"约", "APPROX"}, {"接近", "APPROX"}, {"将近", "APPROX"},
            {"近", "APPROX"}, {"不足", "AT_MOST"}, {"不到", "AT_MOST"}, {"不少于", "AT_LEAST"}, {"少于", "AT_MOST"},
            {"至少", "AT_LEAST"}};

    private static Qualifier leadingQualifier(String text, int start) {
        for (String[] w : LEADING) {
            if (start >= w[0].length() && text.startsWith(w[0], start - w[0].length())) {
                // 附近 / 最近 / 将近 are words of their own; 近 alone after 最 or 附 is not a qualifier.
                if (w[0].equals("近") && start >= 2 && "最附接将".indexOf(text.charAt(start - 2)) >= 0) {
                    continue;
                }
                if (negated(text, start, w[0])) {
                    return null;
                }
                return Qualifier.valueOf(w[1]);
            }
        }
        return null;
    }

    /** "不超过10%", "不低于90%", "不得低于95%": a requirement's ceiling or floor, read with the words before the figure. */
    private static boolean negated(String text, int start, String word) {
        int at = start - word.length() - 1;
        if (at >= 1 && text.charAt(at) == '得') {
            at--; // "不得低于", "不得超过"
        }
        return !word.startsWith("不") && at >= 0 && text.charAt(at) == '不';
    }

    private static int preLength(String text, int start) {
        for (String[] w : LEADING) {
            if (start >= w[0].length() && text.startsWith(w[0], start - w[0].length())) {
                if (negated(text, start, w[0])) {
                    return 0;
                }
                return w[0].length();
            }
        }
        return 0;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Latin letters and underscores: digits next to them are codes (xjmd001, A12), not figures. */
    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }
}

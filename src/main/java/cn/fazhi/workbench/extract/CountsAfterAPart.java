package cn.fazhi.workbench.extract;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count after words that name a part (a kind after 其中, the cases carried over) that is larger than the part's own
 * figures cannot be counted out of it: the text has gone back to the whole.
 */
final class CountsAfterAPart {
    private CountsAfterAPart() {
    }

    /**
     * A 其中 list of parts closed by a semicolon: "其中涉企行政复议申请46件；", also of several clauses ("其中上半年收到186件、
     * 下半年收到226件，涉企行政复议申请64件；": round 80's r214).
     */
    private static final Pattern CLOSED_PART_LIST = Pattern.compile("其中[^；;。]*[；;]");

    private static final Pattern FIGURE_IN_LIST = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern COUNT_OF_CASES = Pattern.compile("(\\d+)\\s*[件起宗]");

    /**
     * "收到行政复议申请312件，其中涉企行政复议申请46件；受理286件": the kind named in a 其中 list that a semicolon
     * closes does not limit a count after it that is larger than every part the list names, which cannot be one of
     * them ("其中涉企申请46件；受理42件" may be the kind's and stays limited).
     */
    static String withoutClosedPartLists(String words, BigDecimal count) {
        Matcher list = CLOSED_PART_LIST.matcher(words);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (list.find()) {
            // the figure's own count, or a count written between the list and the figure ("…46件；受理286件，…，纠错17件，
            // 纠错率6.2%": the text went back to the whole)
            BigDecimal largest = count;
            Matcher after = COUNT_OF_CASES.matcher(words.substring(list.end()));
            while (after.find()) {
                BigDecimal n = new BigDecimal(after.group(1));
                largest = largest == null || n.compareTo(largest) > 0 ? n : largest;
            }
            if (largest == null) {
                continue;
            }
            if (largerThanEveryFigure(largest, list.group())) {
                b.append(words, last, list.start()).append("；");
                last = list.end();
            }
        }
        return b.append(words.substring(last)).toString();
    }

    /** The count is larger than every figure the words hold (true when they hold none). */
    static boolean largerThanEveryFigure(BigDecimal count, String words) {
        Matcher f = FIGURE_IN_LIST.matcher(words);
        while (f.find()) {
            if (count.compareTo(new BigDecimal(f.group())) <= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A clause that counts the cases carried over: "，上年旧存19件，", "，上年未结15件，", "新收138件、旧存15件，" (round 51); also
     * opening the sentence ("加上上年结转的63宗，全年审结1097宗", round 57).
     */
    private static final Pattern CARRIED_OVER_CLAUSE = Pattern.compile(
            "(?:(?<=[，,；;、])|^)[^，,；;。\\d（(]{0,8}(?:结转|旧存|遗留|未审?结)[^，,；;。\\d]{0,8}(\\d+)\\s*[件起宗](?=[，,；;])");

    /**
     * "新收行政应诉案件186件，上年旧存19件，审结178件": the count after a clause of the cases carried over is larger than
     * they are, so it cannot be counted out of them; without that clause, the count it continues is the one before.
     */
    static String withoutSmallerCarriedOver(String beforeInSentence, BigDecimal count) {
        Matcher carried = CARRIED_OVER_CLAUSE.matcher(beforeInSentence);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (carried.find()) {
            BigDecimal n = new BigDecimal(carried.group(1));
            // the figure's own count, or (for a rate) a count written after the clause, is larger than those carried over
            if (count != null && count.compareTo(n) > 0 || largerCountAfter(beforeInSentence.substring(carried.end()), n)) {
                b.append(beforeInSentence, last, carried.start());
                last = carried.end() + 1 <= beforeInSentence.length() ? carried.end() + 1 : carried.end();
            }
        }
        return last == 0 ? beforeInSentence : b.append(beforeInSentence.substring(last)).toString();
    }

    private static boolean largerCountAfter(String words, BigDecimal carried) {
        Matcher c = COUNT_OF_CASES.matcher(words);
        while (c.find()) {
            if (new BigDecimal(c.group(1)).compareTo(carried) > 0) {
                return true;
            }
        }
        return false;
    }
    /** A figure and its unit of count: "1385件", "1.2万件". */
    private static final Pattern COUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(万)?\\s*(?:件次|人次|件|起|宗|个|次)");
    /** The count that ends the words before 其中: "调解各类矛盾纠纷6927件，". */
    private static final Pattern COUNT_ENDS = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(万)?\\s*(?:件次|人次|件|起|宗|个|次)[，,：:]?\\s*$");

    /**
     * "调解各类矛盾纠纷6927件，其中婚姻家庭纠纷1385件、劳动争议纠纷662件，调解成功6903件": a continuing act whose count is
     * larger than every part the 其中 list names, and no larger than the count before 其中, continues that whole (round
     * 63); "其中婚姻家庭纠纷1385件，调解成功1380件" may be the kind's and stays a part.
     */
    static boolean continuesTheWholeBeforeItsParts(String beforeInSentence, BigDecimal count) {
        int qiZhong = beforeInSentence.lastIndexOf("其中");
        if (count == null || qiZhong < 0) {
            return false;
        }
        Matcher whole = COUNT_ENDS.matcher(beforeInSentence.substring(0, qiZhong));
        if (!whole.find() || counted(whole).compareTo(count) < 0) {
            return false;
        }
        Matcher part = COUNT.matcher(beforeInSentence.substring(qiZhong));
        boolean anyPart = false;
        while (part.find()) {
            if (counted(part).compareTo(count) >= 0) {
                return false;
            }
            anyPart = true;
        }
        return anyPart;
    }

    /** The words before the 其中 list a continuing act goes back past. */
    static String beforeTheParts(String beforeInSentence) {
        return beforeInSentence.substring(0, Math.max(0, beforeInSentence.lastIndexOf("其中")));
    }

    private static BigDecimal counted(Matcher figure) {
        BigDecimal n = new BigDecimal(figure.group(1));
        return figure.group(2) != null ? n.multiply(BigDecimal.valueOf(10_000)) : n;
    }
}

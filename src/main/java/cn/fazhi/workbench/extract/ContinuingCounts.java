package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clause that names only its act (调解成功, 审结) continues the count written before it: which count that is
 * ("县人民调解中心受理纠纷860件，调解成功850件": 850 of those 860), past figures, remarks in brackets and lists of parts
 * (split out of {@link PartsOfTheWhole}).
 */
final class ContinuingCounts {
    private ContinuingCounts() {
    }

    /**
     * "调解成功", "审结", "成功化解": a clause that names only the act, no matter, body or kind of its own. Such a
     * count continues the count written before it ("县人民调解中心受理纠纷860件，调解成功850件": 850 of those 860).
     */
    private static final Pattern ACT_ONLY = Pattern.compile(
            "^(共|共计|依法|全部|均|已|并)?(成功)?(调解|调处|化解|审结|办结|结案|受理|纠错|纠正|败诉|撤销|变更|备案|废止|宣布失效)(成功|完毕)?(了)?$");

    /** The count's figure and unit that end the words before a continuing clause: "…纠纷860件，". */
    private static final Pattern TRAILING_FIGURE = Pattern.compile("[\\d.,，,万亿余多]+\\s*[件起宗个人次卷份%]*[，,]?\\s*$");

    private static final Pattern DIGIT = Pattern.compile("\\d");

    /** "占全区收案总数的": the words of a share before its figure. */
    private static final Pattern A_SHARE = Pattern.compile("^\\s*占[^，,；;。\\d]{1,16}$");

    /** A remark in brackets that ends the words before a continuing clause: "…399件（一审312件、二审87件），". */
    private static final Pattern TRAILING_REMARK = Pattern.compile("[（(][^（()）]{0,40}[)）]\\s*([，,；;]\\s*)?$");

    /** A figure and its unit ending a clause: "…案件52件，". */
    private static final Pattern FIGURE_ENDS = Pattern.compile("\\d[\\d.,万亿余多]*\\s*[件起宗个人次卷份%]*[，,；;]\\s*$");

    /** The clause names only its act ("调解成功"): the count continues the count before it. */
    static boolean actOnly(String clause) {
        return ACT_ONLY.matcher(clause.strip()).matches();
    }

    /**
     * The words of the count a continuing clause carries on ("县医调委受理医疗纠纷86件，调解成功" → "县医调委受理医疗
     * 纠纷"): the clause before the figure's own, past the lists of parts after 其中, without its figure.
     */
    static String continuedCount(String beforeInSentence, String clause) {
        String words = beforeInSentence.endsWith(clause)
                ? beforeInSentence.substring(0, beforeInSentence.length() - clause.length()) : beforeInSentence;
        // "…案件399件（一审312件、二审87件），败诉17件": the parts in brackets after the count are not what it counts
        words = TRAILING_FIGURE.matcher(TRAILING_REMARK.matcher(PartsOfTheWhole.withoutPartLists(words)).replaceFirst("")).replaceFirst("");
        int start = PartsOfTheWhole.lastClauseBreak(words);
        // "公安类行政复议案件52件，受理50件，审结48件": a clause that names only its act continues the one before it
        // too, so the count goes back to the clause that names a matter
        while (start >= 0 && actOnly(words.substring(start + 1))) {
            Matcher figure = FIGURE_ENDS.matcher(words.substring(0, start + 1));
            if (!figure.find()) {
                break; // no figure ended the clause before: it is no count this one continues
            }
            String earlier = words.substring(0, figure.start());
            int earlierStart = PartsOfTheWhole.lastClauseBreak(earlier);
            String counted = earlierStart < 0 ? null
                    : beforeTheCountOfAShare(earlier.substring(0, earlierStart + 1), earlier.substring(earlierStart + 1));
            if (counted != null) {
                // "…案件347件，占全区收案总数的25.3%，审结302件，败诉9件": the share says how big the count before it is,
                // and the acts after it go on with that count (round 86 b)
                earlier = counted;
                earlierStart = PartsOfTheWhole.lastClauseBreak(earlier);
            }
            // (a semicolon before it closes what came before: "…败诉率4.4%；县政府作为被告的…47件，审结43件，败诉1件")
            if (earlierStart >= 0 && "；;".indexOf(earlier.charAt(earlierStart)) < 0
                    && FIGURE_ENDS.matcher(earlier.substring(0, earlierStart + 1)).find()
                    || DIGIT.matcher(earlier.substring(earlierStart + 1)).find()) {
                // "…64件，包括一审案件51件、二审案件13件，审结60件，败诉3件": that count is one of a list of parts,
                // and what its act clauses continue is the total before the list
                break;
            }
            words = earlier;
            start = earlierStart;
        }
        return words.substring(start + 1);
    }

    /**
     * The continued count's words with the count a share clause is of: "涉及…的行政诉讼案件347件，占全区收案总数的25.3%，审结302件"
     * continues "占全区收案总数的", a share of the count before it, whose words name its kind (round 86 b). The words
     * unchanged when they are no share.
     */
    static String withTheCountOfItsShare(String beforeInSentence, String continued) {
        int at = beforeInSentence.lastIndexOf(continued);
        String counted = at <= 0 ? null : beforeTheCountOfAShare(beforeInSentence.substring(0, at), continued);
        return counted == null ? continued
                : counted.substring(PartsOfTheWhole.lastClauseBreak(counted) + 1) + "，" + continued;
    }

    /**
     * The words before the figure of the count a share clause follows ("…案件347件，" before "占全区收案总数的" → "…案件");
     * null when the clause is no share or no count ends the words before it.
     */
    private static String beforeTheCountOfAShare(String before, String clause) {
        if (!A_SHARE.matcher(clause).matches()) {
            return null;
        }
        Matcher figure = FIGURE_ENDS.matcher(before);
        return figure.find() ? before.substring(0, figure.start()) : null;
    }
}

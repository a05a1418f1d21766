package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "我县以99.2%的信访事项按期办结率位列全市第三", "全市…按期办结率99.0%，我县以99.2%位列全市第三": a rate a ranking is
 * earned with ("以 N% …位列/居…") names its measure after the figure, or leaves it to the clause before. The words are
 * rewritten as the plain level they state ("我县信访事项按期办结率为", "我县为"), so that the rate is named, and its
 * subject and period judged, as every level's are (round 106 a, read in the fifty-first session).
 */
final class RankedRates {
    /** What a ranking says after the figure or its name: "位列全市第三", "居全省前列", "排名第一". */
    private static final String RANKED = "(?:位列|位居|居于?|排名|排在|排|名列|列|稳居|跃居)";
    /** The rate's name after the figure, before the ranking: "的信访事项按期办结率位列…". */
    private static final Pattern NAME_AFTER = Pattern.compile("^\\s*的([^，,；;。\\d的]{1,24}?率)\\s*(?=" + RANKED + ")");
    /** The ranking right after the figure, the name left to the clause before: "位列全市第三", "的成绩位居…". */
    private static final Pattern RANKED_NEXT = Pattern.compile("^\\s*(?:的(?:好)?成绩)?\\s*" + RANKED);
    /** The figure's clause ends in 以, the measure a ranking is earned with: "我县以", "2024年，我县以". */
    private static final Pattern EARNED_WITH = Pattern.compile("以$");

    private RankedRates() {
    }

    /**
     * "我县以99.2%的信访事项按期办结率位列全市第三" → the words "我县信访事项按期办结率为" before the figure (those after it
     * unchanged: the matter they name, 信访, is the figure's own clause's); null when the figure is not a rate a ranking
     * is earned with, named after it.
     */
    static ClauseContext namedAfter(ClauseContext ctx, NumberMention m) {
        String before = ctx.before.stripTrailing();
        if (!m.isPercent() || !EARNED_WITH.matcher(before).find()) {
            return null;
        }
        Matcher name = NAME_AFTER.matcher(ctx.after);
        if (!name.find()) {
            return null;
        }
        return ctx.withBefore(before.substring(0, before.length() - 1) + name.group(1) + "为");
    }

    /** The figure is a rate a ranking is earned with, its name written right after it ("以99.2%的…办结率位列…"). */
    static boolean namedRightAfter(String beforeInSentence, String restOfSentence) {
        return EARNED_WITH.matcher(beforeInSentence.stripTrailing()).find()
                && NAME_AFTER.matcher(restOfSentence.replaceFirst("^[%％]", "")).find();
    }

    /**
     * "我县以" before a rate and a ranking right after it: the clause states the jurisdiction's level ("我县为"), to be named
     * by the clause before as "我县为" is. The clause unchanged otherwise.
     */
    static String asLevel(String clause, NumberMention m, String after) {
        if (!m.isPercent() || !EARNED_WITH.matcher(clause).find() || !RANKED_NEXT.matcher(after).lookingAt()) {
            return clause;
        }
        return clause.substring(0, clause.length() - 1) + "为";
    }
}

package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Remarks in closed brackets ("（包括上年受理后结转）", "（其中…上年结转7件）"): they qualify the words around
 * them, so they name no figure, set no period and list no part for the figures after them.
 */
final class Remarks {
    private static final Pattern CLOSED = Pattern.compile("[(（][^()（）]*[)）]");
    /** A short remark: a long bracketed passage may be the sentence's own words, copied with brackets. */
    private static final Pattern SHORT = Pattern.compile("[(（][^()（）]{0,30}[)）]");

    private Remarks() {
    }

    /** The words without every closed remark. */
    static String withoutClosed(String words) {
        // "（直接答复…10.52万件，向市直部门和乡镇（街道、区）派发工单…）": a remark may hold a bracket of its own, so the
        // innermost go first and the remark around them after (round 86, r226)
        String without = CLOSED.matcher(words).replaceAll("");
        for (int depth = 1; depth < MAX_DEPTH && without.length() < words.length(); depth++) {
            words = without;
            without = CLOSED.matcher(words).replaceAll("");
        }
        return without;
    }

    /**
     * A closed remark that counts ("（其中以区政府为被告的41件、以…管委会为被告的12件）"), perhaps around a short bracket of
     * its own; not a name's bracket ("镇（街道）综合执法办公室").
     */
    private static final Pattern COUNTING = Pattern.compile(
            "[(（](?:[^()（）]|[(（][^()（）]{0,6}[)）])*\\d(?:[^()（）]|[(（][^()（）]{0,6}[)）])*[)）]");

    /** The words without the closed remarks that count (see above); the brackets of names stay. */
    static String withoutCountingRemarks(String words) {
        return COUNTING.matcher(words).replaceAll("");
    }

    /** Brackets inside brackets inside brackets are as deep as remarks go. */
    private static final int MAX_DEPTH = 3;

    /** The words with every closed remark's inside blanked (same length, so offsets stay). */
    static String blanked(String words) {
        Matcher m = CLOSED.matcher(words);
        if (!m.find()) {
            return words;
        }
        StringBuilder b = new StringBuilder(words);
        do {
            for (int i = m.start() + 1; i < m.end() - 1; i++) {
                b.setCharAt(i, ' ');
            }
        } while (m.find());
        return b.toString();
    }

    /** The words without the closed remarks of up to 30 characters. */
    static String withoutShort(String words) {
        return SHORT.matcher(words).replaceAll("");
    }
}

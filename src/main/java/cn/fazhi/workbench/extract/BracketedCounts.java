package cn.fazhi.workbench.extract;

/**
 * A count inside a bracket before the figure ("全区行业性专业性调委会（共36个）全年共调处矛盾纠纷1468件", "全区各级人民调解组织
 * （包括10个街道调委会、…和36个行业性专业性调委会）全年共调处…") cuts the figure's clause in the middle of the bracket, so
 * the noun the bracket qualifies — the body that did the work — is lost to the checks of parts. The clause is read
 * again from where the bracket's noun begins (round 52).
 */
final class BracketedCounts {
    private BracketedCounts() {
    }

    /**
     * {@code clause}, the figure's own words at the end of {@code beforeInSentence}; when they close a bracket opened
     * before them, the words from the start of the clause that opened it.
     */
    static String withTheNounTheBracketQualifies(String clause, String beforeInSentence) {
        if (!beforeInSentence.endsWith(clause)) {
            return clause;
        }
        int depth = 0;
        boolean unmatched = false;
        for (int i = 0; i < clause.length() && !unmatched; i++) {
            char ch = clause.charAt(i);
            depth += ch == '（' || ch == '(' ? 1 : ch == '）' || ch == ')' ? -1 : 0;
            unmatched = depth < 0;
        }
        if (!unmatched) {
            return clause;
        }
        int open = -1;
        depth = 0;
        for (int i = beforeInSentence.length() - clause.length() - 1; i >= 0 && open < 0; i--) {
            char ch = beforeInSentence.charAt(i);
            depth += ch == '）' || ch == ')' ? 1 : ch == '（' || ch == '(' ? -1 : 0;
            open = depth < 0 ? i : -1;
        }
        if (open < 0) {
            return clause;
        }
        int start = open;
        while (start > 0 && "，,；;。：:".indexOf(beforeInSentence.charAt(start - 1)) < 0) {
            start--;
        }
        return beforeInSentence.substring(start);
    }
}

package cn.fazhi.workbench.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each catalogue topic (复议, 诉讼, 调解…) is named in a whole text, computed once per report:
 * the end offsets of every mention, per topic, in order. Literal topic lists are matched with a trie in
 * one pass; a topic a user wrote as a real regular expression is matched with that expression.
 */
final class TopicIndex {
    private final int[][] ends;

    private TopicIndex(int[][] ends) {
        this.ends = ends;
    }

    /** Matching rules for a list of topic patterns, built once per catalogue. */
    static final class Matchers {
        private final int count;
        private final LiteralTrie<Integer> trie = new LiteralTrie<>();
        private final List<Integer> regexTopics = new ArrayList<>();
        private final List<Pattern> regexes = new ArrayList<>();

        Matchers(List<String> patterns) {
            count = patterns.size();
            for (int t = 0; t < patterns.size(); t++) {
                String p = patterns.get(t);
                if (LiteralTrie.LITERAL_ALTERNATION.matcher(p).matches()) {
                    for (String word : p.split("\\|")) {
                        trie.add(word, t);
                    }
                } else {
                    regexTopics.add(t);
                    regexes.add(Pattern.compile(p));
                }
            }
        }

        TopicIndex index(String text) {
            List<List<Integer>> found = new ArrayList<>();
            for (int t = 0; t < count; t++) {
                found.add(new ArrayList<>());
            }
            for (int i = 0; i < text.length(); i++) {
                trie.matchesAt(text, i, (start, end, topics) -> {
                    for (Integer t : topics) {
                        found.get(t).add(end);
                    }
                });
            }
            for (int k = 0; k < regexes.size(); k++) {
                Matcher m = regexes.get(k).matcher(text);
                while (m.find()) {
                    found.get(regexTopics.get(k)).add(m.end());
                }
            }
            int[][] ends = new int[count][];
            for (int t = 0; t < count; t++) {
                ends[t] = found.get(t).stream().mapToInt(Integer::intValue).sorted().toArray();
            }
            return new TopicIndex(ends);
        }
    }

    /** The last end of a mention of {@code topic} within [from, to], or -1. */
    int lastEnd(int topic, int from, int to) {
        int[] e = ends[topic];
        int i = Arrays.binarySearch(e, to);
        int idx = i >= 0 ? i : -i - 2;
        while (idx + 1 < e.length && e[idx + 1] <= to) {
            idx++;
        }
        if (idx >= 0 && e[idx] <= to && e[idx] >= from) {
            return e[idx];
        }
        return -1;
    }

    /** Whether any topic is named within [from, to]. */
    boolean anyWithin(int from, int to) {
        for (int t = 0; t < ends.length; t++) {
            if (lastEnd(t, from, to) >= 0) {
                return true;
            }
        }
        return false;
    }
}

package cn.fazhi.workbench.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each catalogue topic (复议, 诉讼, 调解…) is named in a whole text, computed once per report:
 * the end offsets of every mention, per topic, in order. Literal topic lists are matched with a trie in
 * one pass; a topic a user wrote as a real regular expression is matched with that expression.
 */
final class TopicIndex {
    private final int[][] ends;
    /** Where a frame of the cases counted before opens a sentence (see {@link #CASES_BEFORE_FRAME}). */
    private final int[] frames;

    private TopicIndex(int[][] ends, int[] frames) {
        this.ends = ends;
        this.frames = frames;
    }

    /**
     * "审结案件中，决定维持98件，…达成调解协议24件…；…直接纠错15件": a sentence that opens by framing the cases the sentence
     * before counted ("全年审结行政复议案件162件") goes on with that sentence's matter, whatever outcome words (调解) it lists
     * (r253).
     */
    private static final Pattern CASES_BEFORE_FRAME = Pattern.compile(
            "(?<=^|[。\n])[ \t\u3000]*(?:审结|受理|办结|收到|新收|审理)的?(?:各类)?案件中[，,]");

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
            return new TopicIndex(ends, CASES_BEFORE_FRAME.matcher(text).results().mapToInt(MatchResult::start).toArray());
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

    /** The sentence starting at {@code sentenceStart} opens with a frame of the cases the sentence before counted. */
    boolean framedByTheCasesBefore(int sentenceStart) {
        int i = Arrays.binarySearch(frames, sentenceStart);
        int idx = i >= 0 ? i : -i - 1;
        return idx < frames.length && frames[idx] - sentenceStart <= 3 && frames[idx] >= sentenceStart;
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

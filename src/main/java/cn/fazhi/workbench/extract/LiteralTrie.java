package cn.fazhi.workbench.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Many literal words matched in one pass over a text. The first character is looked up in a flat
 * table (no boxing: this runs once per character of every report); deeper levels are small maps.
 */
final class LiteralTrie<T> {
    /** Patterns made only of literal words joined by | can use the trie instead of a regex. */
    static final Pattern LITERAL_ALTERNATION = Pattern.compile("[^\\\\()\\[\\]{}.*+?^$|]+(\\|[^\\\\()\\[\\]{}.*+?^$|]+)*");

    static final class Node<T> {
        private final Map<Character, Node<T>> children = new HashMap<>(4);
        private final List<T> values = new ArrayList<>(1);

        List<T> values() {
            return values;
        }
    }

    /** A match: the word ending at {@code end} (exclusive) that started at {@code start}. */
    interface Visitor<T> {
        void match(int start, int end, List<T> values);
    }

    @SuppressWarnings("unchecked")
    private final Node<T>[] roots = new Node[Character.MAX_VALUE + 1];

    void add(String word, T value) {
        Node<T> n = roots[word.charAt(0)];
        if (n == null) {
            n = new Node<>();
            roots[word.charAt(0)] = n;
        }
        for (int i = 1; i < word.length(); i++) {
            n = n.children.computeIfAbsent(word.charAt(i), k -> new Node<>());
        }
        if (!n.values.contains(value)) {
            n.values.add(value);
        }
    }

    /** Every word that starts at {@code start}, shortest first. */
    void matchesAt(String text, int start, Visitor<T> visitor) {
        Node<T> n = roots[text.charAt(start)];
        int j = start + 1;
        while (n != null) {
            if (!n.values.isEmpty()) {
                visitor.match(start, j, n.values);
            }
            if (j >= text.length() || n.children.isEmpty()) {
                return;
            }
            n = n.children.get(text.charAt(j));
            j++;
        }
    }

    /** The longest word that starts at {@code start}, or null. */
    Node<T> longestAt(String text, int start, int[] endOut) {
        Node<T> n = roots[text.charAt(start)];
        Node<T> found = null;
        int j = start + 1;
        while (n != null) {
            if (!n.values.isEmpty()) {
                found = n;
                endOut[0] = j;
            }
            if (j >= text.length() || n.children.isEmpty()) {
                break;
            }
            n = n.children.get(text.charAt(j));
            j++;
        }
        return found;
    }
}

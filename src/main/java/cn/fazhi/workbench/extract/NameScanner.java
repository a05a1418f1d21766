package cn.fazhi.workbench.extract;

import java.util.ArrayList;
import java.util.List;

/** Finds gazetteer names in text, longest match first, left to right, without overlaps. */
final class NameScanner {
    /** A name found in text; {@code shortForm} marks 新疆/乌鲁木齐-style short forms of provinces and cities. */
    record Hit(int start, int end, String name, boolean shortForm) {
    }

    private record Entry(String name, boolean shortForm) {
    }

    private final LiteralTrie<Entry> trie = new LiteralTrie<>();

    NameScanner(Gazetteer gazetteer) {
        for (String name : gazetteer.names()) {
            trie.add(name, new Entry(name, false));
        }
        for (String name : gazetteer.shortNames()) {
            if (gazetteer.named(name).isEmpty()) {
                trie.add(name, new Entry(name, true));
            }
        }
    }

    List<Hit> scan(String text) {
        List<Hit> hits = new ArrayList<>();
        int[] end = new int[1];
        int i = 0;
        while (i < text.length()) {
            LiteralTrie.Node<Entry> n = trie.longestAt(text, i, end);
            if (n != null) {
                Entry e = n.values().get(0);
                hits.add(new Hit(i, end[0], e.name(), e.shortForm()));
                i = end[0];
            } else {
                i++;
            }
        }
        return hits;
    }
}

package cn.fazhi.workbench.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds gazetteer names in text, longest match first, left to right, without overlaps. */
final class NameScanner {
    /** A name found in text; {@code shortForm} marks 新疆/乌鲁木齐-style short forms of provinces and cities. */
    record Hit(int start, int end, String name, boolean shortForm) {
    }

    private final Map<Character, List<String[]>> byFirstChar = new HashMap<>();

    NameScanner(Gazetteer gazetteer) {
        for (String name : gazetteer.names()) {
            add(name, false);
        }
        for (String name : gazetteer.shortNames()) {
            if (gazetteer.named(name).isEmpty()) {
                add(name, true);
            }
        }
        for (List<String[]> list : byFirstChar.values()) {
            list.sort(Comparator.comparingInt((String[] s) -> s[0].length()).reversed());
        }
    }

    private void add(String name, boolean shortForm) {
        byFirstChar.computeIfAbsent(name.charAt(0), k -> new ArrayList<>())
                .add(new String[]{name, shortForm ? "s" : ""});
    }

    List<Hit> scan(String text) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            List<String[]> names = byFirstChar.get(text.charAt(i));
            Hit hit = null;
            if (names != null) {
                for (String[] n : names) {
                    if (text.startsWith(n[0], i)) {
                        hit = new Hit(i, i + n[0].length(), n[0], !n[1].isEmpty());
                        break;
                    }
                }
            }
            if (hit != null) {
                hits.add(hit);
                i = hit.end();
            } else {
                i++;
            }
        }
        return hits;
    }
}

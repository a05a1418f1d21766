package cn.fazhi.workbench.ingest;

import com.ibm.icu.text.Transliterator;


/**
 * Character-by-character traditional-to-simplified mapping (ICU's Traditional-Simplified transform),
 * so that offsets stay one-to-one. Mirrors of reports in traditional characters then match the same
 * rules as the originals.
 */
final class TraditionalChinese {
    private static final int FIRST = 0x3400;
    /** Simplified form per character, 0 while not yet looked up. Races only repeat an identical write. */
    private static final char[] CACHE = new char[0xA000 - FIRST];
    private static volatile Transliterator transliterator;

    private TraditionalChinese() {
    }

    static char toSimplified(char c) {
        if (c < 0x3400 || c > 0x9FFF) {
            return c;
        }
        char cached = CACHE[c - FIRST];
        if (cached == 0) {
            cached = lookup(c);
            CACHE[c - FIRST] = cached;
        }
        return cached;
    }

    private static synchronized char lookup(char c) {
        String out = transliterator().transliterate(String.valueOf(c));
        return out.length() == 1 ? out.charAt(0) : c;
    }

    private static Transliterator transliterator() {
        Transliterator t = transliterator;
        if (t == null) {
            synchronized (TraditionalChinese.class) {
                t = transliterator;
                if (t == null) {
                    t = Transliterator.getInstance("Traditional-Simplified");
                    transliterator = t;
                }
            }
        }
        return t;
    }

    /**
     * Whether the text is written in traditional characters: enough of its CJK characters change when
     * simplified. Only a sample is inspected.
     */
    static boolean looksTraditional(String text) {
        int cjk = 0;
        int changed = 0;
        for (int i = 0; i < text.length() && cjk < 3000; i++) {
            char c = text.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF) {
                cjk++;
                if (toSimplified(c) != c) {
                    changed++;
                }
            }
        }
        return cjk > 0 && changed >= Math.max(3, cjk * 0.04);
    }
}

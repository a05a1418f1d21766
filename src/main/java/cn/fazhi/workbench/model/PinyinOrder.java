package cn.fazhi.workbench.model;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of Chinese names in every list a person reads (地市, jurisdictions, saved groups, reasons): the
 * order of a Chinese dictionary, by pinyin, as offices expect lists of places — not by character code, which
 * scatters them. One place, so every list sorts alike.
 * <p>
 * ICU's Chinese collation, not the JDK's: the JDK's knows pinyin only for the 3,755 common characters and
 * puts places such as 亳州, 衢州, 泸州, 漯河 after all others. ICU reads 长 as zhǎng; in place names it is
 * cháng (长沙, 长春, 长治…), so it is compared as 常 (building a tailored collator took seconds).
 */
public final class PinyinOrder {
    private static final Collator COLLATOR = Collator.getInstance(ULocale.SIMPLIFIED_CHINESE).freeze(); // frozen: thread-safe
    private static final Comparator<String> NAMES = (a, b) -> COLLATOR.compare(key(a), key(b));

    private PinyinOrder() {
    }

    /** Names in pinyin order (nulls not allowed: wrap in {@link Comparator#nullsLast} where a name may be missing). */
    public static Comparator<String> names() {
        return NAMES;
    }

    /**
     * Each distinct name's place in pinyin order (0, 1, 2…), for sorting many items by a few names: each name
     * is collated once (a collation key), items then compare numbers.
     */
    public static java.util.Map<String, Integer> ranks(java.util.Collection<String> names) {
        java.util.Map<String, com.ibm.icu.text.CollationKey> keys = new java.util.HashMap<>();
        for (String n : names) {
            if (n != null) {
                keys.computeIfAbsent(n, x -> COLLATOR.getCollationKey(key(x)));
            }
        }
        List<String> sorted = new ArrayList<>(keys.keySet());
        sorted.sort(Comparator.comparing((String n) -> keys.get(n)).thenComparing(Comparator.naturalOrder()));
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        for (String n : sorted) {
            out.put(n, out.size());
        }
        return out;
    }

    private static String key(String name) {
        return name.indexOf('长') < 0 ? name : name.replace('长', '常');
    }
}

package cn.fazhi.workbench.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicator catalogue in force.
 *
 * @param version    catalogue file version
 * @param topics     topic key to pattern naming the subject of a sentence (复议, 诉讼...)
 * @param parts      topic key to the words that say a figure counts only a part of that subject's whole (one
 *                   kind of lawsuit, one kind of mediation body, the principal heads only…); a topic without
 *                   an entry has none
 * @param groups     group key to Chinese name
 * @param indicators the indicators, in display order
 */
public record Catalogue(int version, Map<String, String> topics, Map<String, List<PartWords>> parts,
                        Map<String, String> groups, List<Indicator> indicators) {
    public Catalogue {
        topics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(topics));
        Map<String, List<PartWords>> copy = new LinkedHashMap<>();
        parts.forEach((topic, words) -> copy.put(topic, List.copyOf(words)));
        parts = java.util.Collections.unmodifiableMap(copy);
        groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        indicators = List.copyOf(indicators);
    }

    public Optional<Indicator> find(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The same catalogue with other indicators (a comparison's per-head rows, a benchmark's subset). */
    public Catalogue withIndicators(List<Indicator> others) {
        return new Catalogue(version, topics, parts, groups, others);
    }

    /** The part words of {@code topic}; empty for none or no topic. */
    public List<PartWords> partsOf(String topic) {
        return topic == null ? List.of() : parts.getOrDefault(topic, List.of());
    }

    /**
     * Words that, in a figure's own words, say it counts only a part of its topic's whole: "二审" for the
     * lawsuits, "专职调解员" for the disputes mediated.
     *
     * @param words      regular expression of the part
     * @param unless     regular expression that says it is the whole after all ("各级" before "村调委会"); null: none
     * @param inBrackets true when the words count inside a remark in brackets too ("（二审）"); otherwise a
     *                   remark in brackets ("（含村级调委会）") is read past
     */
    public record PartWords(String words, String unless, boolean inBrackets) {
    }
}

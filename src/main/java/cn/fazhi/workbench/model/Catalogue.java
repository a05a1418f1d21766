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
 * @param groups     group key to Chinese name
 * @param indicators the indicators, in display order
 */
public record Catalogue(int version, Map<String, String> topics, Map<String, String> groups,
                        List<Indicator> indicators) {
    public Catalogue {
        topics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(topics));
        groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        indicators = List.copyOf(indicators);
    }

    public Optional<Indicator> find(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}

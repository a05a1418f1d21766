package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.CatalogueProblem;
import cn.fazhi.workbench.model.Indicator;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the catalogue's {@code "parts"}: per topic, the words that say a figure counts only a part of the
 * topic's whole. A broken entry is refused naming the topic, the rule and the indicators it serves.
 */
final class PartWordsReader {
    private PartWordsReader() {
    }

    static Map<String, List<Catalogue.PartWords>> read(JsonNode node, Map<String, String> topics,
                                                        List<Indicator> indicators)
            throws CatalogueLoader.CatalogueException {
        if (!node.isObject()) {
            throw new CatalogueLoader.CatalogueException("\"parts\" must map topics to lists of part words", null,
                    CatalogueProblem.PARTS_NOT_OBJECT);
        }
        Map<String, List<Catalogue.PartWords>> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String topic = e.getKey();
            if (!topics.containsKey(topic)) {
                throw new CatalogueLoader.CatalogueException("parts: topic '" + topic
                        + "' is not defined under \"topics\"", null, CatalogueProblem.PARTS_UNKNOWN_TOPIC, topic);
            }
            out.put(topic, rules(topic, e.getValue(), usedBy(topic, indicators)));
        }
        return out;
    }

    private static List<Catalogue.PartWords> rules(String topic, JsonNode list, String users)
            throws CatalogueLoader.CatalogueException {
        String where = "parts of topic " + topic + " (" + users + ")";
        if (!list.isArray()) {
            throw new CatalogueLoader.CatalogueException(where + ": must be a list of {\"words\": …}", null,
                    CatalogueProblem.PARTS_NOT_LIST, topic, users);
        }
        List<Catalogue.PartWords> out = new ArrayList<>();
        int number = 0;
        for (JsonNode rule : list) {
            String n = String.valueOf(++number);
            String at = where + ", entry " + n;
            if (!rule.isObject() || !rule.path("words").isTextual()) {
                throw new CatalogueLoader.CatalogueException(at + ": needs \"words\", a pattern", null,
                        CatalogueProblem.PART_NO_WORDS, topic, n, users);
            }
            String words = rule.get("words").asText();
            CatalogueLoader.checkPattern(words, at + " words", CatalogueProblem.PART_PATTERN,
                    CatalogueProblem.PART_PATTERN_EMPTY, topic, n, "words", users);
            String unless = null;
            if (rule.has("unless")) {
                if (!rule.get("unless").isTextual()) {
                    throw new CatalogueLoader.CatalogueException(at + ": \"unless\" must be a pattern", null,
                            CatalogueProblem.PART_PATTERN_EMPTY, topic, n, "unless", users);
                }
                unless = rule.get("unless").asText();
                CatalogueLoader.checkPattern(unless, at + " unless", CatalogueProblem.PART_PATTERN,
                        CatalogueProblem.PART_PATTERN_EMPTY, topic, n, "unless", users);
            }
            JsonNode brackets = rule.path("inBrackets");
            if (!brackets.isMissingNode() && !brackets.isBoolean()) {
                throw new CatalogueLoader.CatalogueException(at + ": \"inBrackets\" must be true or false", null,
                        CatalogueProblem.PART_FLAG, topic, n, users);
            }
            out.add(new Catalogue.PartWords(words, unless, brackets.asBoolean(false)));
        }
        return out;
    }

    /** The codes of the indicators on {@code topic}, for a message that says whose checks a broken rule is. */
    private static String usedBy(String topic, List<Indicator> indicators) {
        String codes = indicators.stream().filter(i -> topic.equals(i.topic())).map(Indicator::code)
                .collect(Collectors.joining(", "));
        return codes.isEmpty() ? "-" : codes;
    }

    /**
     * The bundled catalogue's part words for the topics of a copy that has no {@code "parts"} (one made before
     * they moved into the catalogue): without them its checks would quietly accept parts as wholes.
     */
    static Map<String, List<Catalogue.PartWords>> bundledFor(Map<String, String> topics) {
        Map<String, List<Catalogue.PartWords>> bundled = Bundled.PARTS;
        Map<String, List<Catalogue.PartWords>> out = new LinkedHashMap<>();
        if (bundled != null) { // null only while the bundled catalogue itself is read, which has "parts"
            bundled.forEach((topic, words) -> {
                if (topics.containsKey(topic)) {
                    out.put(topic, words);
                }
            });
        }
        return out;
    }

    /** Read on first need only: most catalogues in use are the bundled one or a copy with its own parts. */
    private static final class Bundled {
        static final Map<String, List<Catalogue.PartWords>> PARTS = CatalogueLoader.bundled().parts();
    }
}

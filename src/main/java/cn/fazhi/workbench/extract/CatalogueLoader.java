package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.CatalogueProblem;
import cn.fazhi.workbench.model.Direction;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the indicator catalogue: the bundled one, or a user's edited copy. A broken copy is refused
 * with a message that names the indicator and the field at fault, so the user can fix it.
 */
public final class CatalogueLoader {
    public static final String RESOURCE = "/fazhi/catalogue/indicators.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.ALLOW_COMMENTS);

    private CatalogueLoader() {
    }

    /**
     * Thrown when a catalogue file cannot be used. The message says where the problem is, in English for the
     * command line and the log; {@link #code()} and {@link #args()} say the same for a window to word.
     */
    public static final class CatalogueException extends Exception {
        private final CatalogueProblem problem;
        private final List<String> args;

        public CatalogueException(String message, Throwable cause) {
            this(message, cause, CatalogueProblem.INVALID);
        }

        CatalogueException(String message, Throwable cause, CatalogueProblem problem, String... args) {
            super(message, cause);
            this.problem = problem;
            this.args = List.of(args);
        }

        /** What is wrong, as a code the ui words. */
        public CatalogueProblem problem() {
            return problem;
        }

        /** The indicator, topic, field and pattern at fault, in the order the code's words use them. */
        public List<String> args() {
            return args;
        }
    }

    public static Catalogue bundled() {
        try (InputStream in = CatalogueLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("catalogue resource missing: " + RESOURCE);
            }
            return parse(JSON.readTree(in));
        } catch (IOException | CatalogueException e) {
            throw new IllegalStateException("the bundled catalogue is broken: " + e.getMessage(), e);
        }
    }

    public static byte[] bundledBytes() throws IOException {
        try (InputStream in = CatalogueLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("catalogue resource missing: " + RESOURCE);
            }
            return in.readAllBytes();
        }
    }

    public static Catalogue load(Path file) throws CatalogueException {
        try {
            return parse(JSON.readTree(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new CatalogueException("catalogue " + file + " cannot be read as JSON: " + e.getMessage(), e, CatalogueProblem.NOT_JSON);
        } catch (CatalogueException e) {
            throw new CatalogueException("catalogue " + file + ": " + e.getMessage(), e, e.problem(),
                    e.args().toArray(String[]::new));
        }
    }

    /** Parses catalogue JSON held in memory (e.g. the copy stored in a workspace). */
    public static Catalogue parse(String json) throws CatalogueException {
        try {
            return parse(JSON.readTree(json));
        } catch (IOException e) {
            throw new CatalogueException("the catalogue is not valid JSON: " + e.getMessage(), e, CatalogueProblem.NOT_JSON);
        }
    }

    static Catalogue parse(JsonNode root) throws CatalogueException {
        if (root == null || !root.isObject()) {
            throw new CatalogueException("the catalogue must be a JSON object", null, CatalogueProblem.NOT_JSON);
        }
        Map<String, String> topics = strings(root.path("topics"));
        Map<String, String> groups = strings(root.path("groups"));
        for (Map.Entry<String, String> t : topics.entrySet()) {
            checkPattern(t.getValue(), "topic " + t.getKey(), CatalogueProblem.TOPIC_PATTERN, CatalogueProblem.TOPIC_PATTERN_EMPTY, t.getKey());
        }
        List<Indicator> indicators = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (JsonNode n : root.path("indicators")) {
            Indicator ind = indicator(n, topics);
            if (!codes.add(ind.code())) {
                throw new CatalogueException("indicator " + ind.code() + " is defined twice", null, CatalogueProblem.DUPLICATE, ind.code());
            }
            indicators.add(ind);
        }
        if (indicators.isEmpty()) {
            throw new CatalogueException("the catalogue defines no indicators", null, CatalogueProblem.NO_INDICATORS);
        }
        for (Indicator ind : indicators) {
            for (String ref : refs(ind)) {
                if (!codes.contains(ref)) {
                    throw new CatalogueException("indicator " + ind.code() + " refers to unknown indicator " + ref, null,
                            CatalogueProblem.UNKNOWN_REF, ind.code(), ref);
                }
            }
        }
        Map<String, List<Catalogue.PartWords>> parts = root.has("parts")
                ? PartWordsReader.read(root.get("parts"), topics, indicators)
                : PartWordsReader.bundledFor(topics);
        return new Catalogue(root.path("version").asInt(1), topics, parts, groups, indicators);
    }

    private static List<String> refs(Indicator ind) {
        List<String> out = new ArrayList<>(ind.denominators());
        if (ind.numerator() != null) {
            out.add(ind.numerator());
        }
        return out;
    }

    private static Indicator indicator(JsonNode n, Map<String, String> topics) throws CatalogueException {
        String code = n.path("code").asText("");
        if (!code.matches("[a-z_]+(\\.[a-z_]+)+")) {
            throw new CatalogueException("indicator code '" + code + "' must look like area.name (lower case)", null,
                    CatalogueProblem.BAD_CODE, code);
        }
        String where = "indicator " + code;
        String topic = n.path("topic").asText(null);
        if (topic != null && !topics.containsKey(topic)) {
            throw new CatalogueException(where + ": topic '" + topic + "' is not defined under \"topics\"", null,
                    CatalogueProblem.UNKNOWN_TOPIC, code, topic);
        }
        IndicatorKind kind = enumValue(IndicatorKind.class, n.path("kind").asText("count"), code, "kind");
        Direction direction = enumValue(Direction.class, n.path("direction").asText("neutral"), code, "direction");
        List<Indicator.Cue> cues = new ArrayList<>();
        for (JsonNode c : n.path("cues")) {
            String p = c.path("pattern").asText("");
            checkPattern(p, where + " cue", CatalogueProblem.BAD_PATTERN, CatalogueProblem.BAD_PATTERN_EMPTY, code, "cues");
            cues.add(new Indicator.Cue(p, c.path("weight").asDouble(1.0), c.path("after").asBoolean(false)));
        }
        List<String> excludes = new ArrayList<>();
        for (JsonNode e : n.path("excludes")) {
            checkPattern(e.asText(), where + " exclude", CatalogueProblem.BAD_PATTERN, CatalogueProblem.BAD_PATTERN_EMPTY, code, "excludes");
            excludes.add(e.asText());
        }
        List<String> requires = new ArrayList<>();
        for (JsonNode e : n.path("requires")) {
            checkPattern(e.asText(), where + " requires", CatalogueProblem.BAD_PATTERN, CatalogueProblem.BAD_PATTERN_EMPTY, code, "requires");
            requires.add(e.asText());
        }
        List<String> otherTopics = new ArrayList<>();
        for (JsonNode e : n.path("otherTopics")) {
            checkPattern(e.asText(), where + " otherTopics", CatalogueProblem.BAD_PATTERN, CatalogueProblem.BAD_PATTERN_EMPTY, code, "otherTopics");
            otherTopics.add(e.asText());
        }
        List<String> units = new ArrayList<>();
        n.path("units").forEach(u -> units.add(u.asText()));
        String unit = n.path("unit").asText(kind == IndicatorKind.RATE ? "%" : "件");
        if (units.isEmpty()) {
            units.add(unit);
        }
        List<String> denominators = new ArrayList<>();
        n.path("denominators").forEach(d -> denominators.add(d.asText()));
        JsonNode t = n.path("thresholds");
        Indicator.Thresholds thresholds = t.isObject()
                ? new Indicator.Thresholds(t.hasNonNull("green") ? t.get("green").asDouble() : null,
                t.hasNonNull("red") ? t.get("red").asDouble() : null)
                : null;
        return new Indicator(code, n.path("nameZh").asText(code), n.path("nameEn").asText(code), kind, unit, units,
                direction, n.path("group").asText("other"), n.path("core").asBoolean(false), topic, cues, excludes,
                n.path("numerator").asText(null), denominators, thresholds, n.path("part").asBoolean(false),
                requires, otherTopics);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String code, String field)
            throws CatalogueException {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CatalogueException("indicator " + code + ": " + field + " '" + value + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT), e, CatalogueProblem.BAD_VALUE,
                    code, field, value);
        }
    }

    /**
     * Refuses an empty or broken regular expression.
     *
     * @param where  the place in English, for the message
     * @param broken the code for a broken pattern
     * @param empty  the code for an empty one
     * @param args   the code's arguments before the pattern (indicator or topic, field…)
     */
    static void checkPattern(String pattern, String where, CatalogueProblem broken, CatalogueProblem empty,
                             String... args) throws CatalogueException {
        if (pattern.isEmpty()) {
            throw new CatalogueException(where + ": empty pattern", null, empty, args);
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            String[] withPattern = java.util.Arrays.copyOf(args, args.length + 1);
            withPattern[args.length] = pattern;
            throw new CatalogueException(where + ": invalid pattern '" + pattern + "': " + e.getDescription(), e,
                    broken, withPattern);
        }
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }
}

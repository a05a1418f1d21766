package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.extract.CatalogueLoader;
import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.CatalogueProblem;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Use case: a person changes one topic's words for "only a part of the whole" in the app (指标库), as they
 * would in an edited copy. The result is checked like any copy before it is stored.
 */
final class PartWordsEdit {
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.ALLOW_COMMENTS);

    private PartWordsEdit() {
    }

    /**
     * The catalogue JSON with {@code topic}'s part words replaced by {@code entries} (entries without words are
     * left out: that is how a person deletes one).
     *
     * @param inForce the catalogue {@code catalogueJson} loads to: a copy without "parts" has the bundled ones,
     *                which are written out first so that editing one topic keeps the others' words
     */
    static String apply(String catalogueJson, Catalogue inForce, String topic, List<Catalogue.PartWords> entries)
            throws Catalogues.InvalidCatalogueException {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(catalogueJson);
            if (!root.path("parts").isObject()) {
                ObjectNode parts = root.putObject("parts");
                inForce.parts().forEach((t, words) -> write(parts.putArray(t), words, Map.of()));
            }
            ObjectNode parts = (ObjectNode) root.get("parts");
            Map<String, JsonNode> notes = new HashMap<>();
            for (JsonNode old : parts.path(topic)) {
                if (old.has("about")) {
                    notes.put(old.path("words").asText(), old.get("about")); // the note stays with its words
                }
            }
            write(parts.putArray(topic), entries, notes);
            String out = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
            CatalogueLoader.parse(out);
            return out;
        } catch (CatalogueLoader.CatalogueException e) {
            throw new Catalogues.InvalidCatalogueException(e);
        } catch (IOException | ClassCastException e) {
            throw new Catalogues.InvalidCatalogueException("the catalogue in force cannot be read: " + e.getMessage(),
                    e, CatalogueProblem.NOT_JSON);
        }
    }

    private static void write(ArrayNode list, List<Catalogue.PartWords> entries, Map<String, JsonNode> notes) {
        for (Catalogue.PartWords p : entries) {
            if (p.words() == null || p.words().isBlank()) {
                continue;
            }
            ObjectNode o = list.addObject().put("words", p.words().strip());
            if (p.unless() != null && !p.unless().isBlank()) {
                o.put("unless", p.unless().strip());
            }
            if (p.inBrackets()) {
                o.put("inBrackets", true);
            }
            JsonNode note = notes.get(p.words().strip());
            if (note != null) {
                o.set("about", note);
            }
        }
    }
}

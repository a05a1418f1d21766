package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.IndicatorKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which counts the catalogue marks per-head comparable ({@code "perHead": true} on an indicator). Read here
 * from the catalogue's JSON rather than by the extractor's loader: the mark is about comparing, not about
 * reading reports, and the loader belongs to the extraction rules. Only counts are taken (a rate is already
 * comparable); a broken mark is ignored, never a reason to refuse the catalogue.
 */
final class PerHeadMarks {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.ALLOW_COMMENTS);

    private PerHeadMarks() {
    }

    static Set<String> read(String catalogueJson, Catalogue catalogue) {
        Set<String> out = new LinkedHashSet<>();
        try {
            for (JsonNode n : JSON.readTree(catalogueJson).path("indicators")) {
                String code = n.path("code").asText("");
                if (n.path("perHead").asBoolean(false) && catalogue.find(code)
                        .filter(i -> i.kind() == IndicatorKind.COUNT).isPresent()) {
                    out.add(code);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return Set.of(); // the loader has accepted this JSON already; a mark it cannot read is no mark
        }
        return Set.copyOf(out);
    }
}

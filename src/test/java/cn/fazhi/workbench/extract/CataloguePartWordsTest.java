package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.CatalogueProblem;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue's "parts": the words, per topic, that say a figure counts only a part of the topic's whole.
 * The loader refuses a broken entry naming the topic and the indicators it serves, with a code for a window;
 * a person's edited words change what the extractor accepts; a copy made before they moved keeps the bundled
 * ones.
 */
class CataloguePartWordsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode bundledJson() throws Exception {
        return (ObjectNode) JSON.readTree(new String(CatalogueLoader.bundledBytes(), StandardCharsets.UTF_8));
    }

    private static Catalogue edited(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = bundledJson();
        edit.accept(root);
        return CatalogueLoader.parse(JSON.writeValueAsString(root));
    }

    private static CatalogueLoader.CatalogueException refused(Consumer<ObjectNode> edit) {
        return assertThrows(CatalogueLoader.CatalogueException.class, () -> edited(edit));
    }

    private static ArrayNode licensing(ObjectNode root) {
        return (ArrayNode) root.with("parts").get("licensing");
    }

    @Test
    void theBundledCatalogueGivesPartWordsForItsTopics() {
        Catalogue c = CatalogueLoader.bundled();
        assertEquals(List.of("reconsideration", "mediation", "legal_aid", "petitions", "arbitration", "hotline", "normative_docs",
                        "licensing", "enforcement", "litigation"),
                List.copyOf(c.parts().keySet()));
        assertTrue(c.topics().keySet().containsAll(c.parts().keySet()));
        Catalogue.PartWords docs = c.partsOf("normative_docs").get(1);
        assertEquals("规章", docs.words());
        assertEquals("规范性文件", docs.unless());
        assertFalse(docs.inBrackets());
        assertTrue(c.partsOf("litigation").stream().allMatch(Catalogue.PartWords::inBrackets));
        assertTrue(c.partsOf("arbitration").get(0).words().contains("集体"), "collective disputes (round 52)");
        assertEquals(List.of(), c.partsOf("no_such_topic"));
        assertEquals(List.of(), c.partsOf(null));
    }

    @Test
    void aBrokenPatternIsRefusedNamingTheTopicTheEntryAndItsIndicators() {
        var e = refused(root -> ((ObjectNode) root.with("parts").withArray("litigation").get(1)).put("words", "二审|(再审"));
        assertEquals(CatalogueProblem.PART_PATTERN, e.problem());
        assertEquals("litigation", e.args().get(0));
        assertEquals("2", e.args().get(1));
        assertEquals("words", e.args().get(2));
        assertTrue(e.args().get(3).contains("litigation.cases") && e.args().get(3).contains("litigation.loss_rate"),
                e.args().toString());
        assertEquals("二审|(再审", e.args().get(4));
        assertTrue(e.getMessage().contains("parts of topic litigation") && e.getMessage().contains("litigation.cases"),
                e.getMessage());

        var unless = refused(root -> ((ObjectNode) root.with("parts").withArray("mediation").get(0)).put("unless", "各级["));
        assertEquals(CatalogueProblem.PART_PATTERN, unless.problem());
        assertEquals(List.of("mediation", "1", "unless"), unless.args().subList(0, 3));
        var empty = refused(root -> ((ObjectNode) licensing(root).get(0)).put("words", ""));
        assertEquals(CatalogueProblem.PART_PATTERN_EMPTY, empty.problem());
        assertEquals("licensing", empty.args().get(0));
    }

    @Test
    void aBrokenListIsRefusedWithItsCode() {
        assertEquals(CatalogueProblem.PARTS_UNKNOWN_TOPIC, refused(root -> root.with("parts").putArray("taxes")
                .addObject().put("words", "增值税")).problem());
        assertEquals(CatalogueProblem.PARTS_NOT_LIST, refused(root -> root.with("parts").put("licensing", "不动产")).problem());
        assertEquals(CatalogueProblem.PART_NO_WORDS, refused(root -> licensing(root).addObject().put("unless", "各类")).problem());
        assertEquals(CatalogueProblem.PART_NO_WORDS, refused(root -> licensing(root).add("不动产")).problem());
        assertEquals(CatalogueProblem.PART_FLAG, refused(root -> ((ObjectNode) licensing(root).get(0)).put("inBrackets", "yes")).problem());
        assertEquals(CatalogueProblem.PARTS_NOT_OBJECT, refused(root -> root.putArray("parts")).problem());
    }

    @Test
    void theLoadersOtherProblemsCarryCodesToo() {
        var cue = refused(root -> ((ObjectNode) root.withArray("indicators").get(0).withArray("cues").get(0))
                .put("pattern", "("));
        assertEquals(CatalogueProblem.BAD_PATTERN, cue.problem());
        assertEquals(List.of("mediation.disputes", "cues", "("), cue.args());
        var kind = refused(root -> ((ObjectNode) root.withArray("indicators").get(0)).put("kind", "sum"));
        assertEquals(CatalogueProblem.BAD_VALUE, kind.problem());
        assertEquals(List.of("mediation.disputes", "kind", "sum"), kind.args());
        assertEquals(CatalogueProblem.NOT_JSON, assertThrows(CatalogueLoader.CatalogueException.class,
                () -> CatalogueLoader.parse("{\"indicators\": [")).problem());
    }

    @Test
    void aCopyWithoutPartsKeepsTheBundledOnesAndAnEmptyOneHasNone() throws Exception {
        Catalogue old = edited(root -> root.remove("parts"));
        assertEquals(CatalogueLoader.bundled().parts(), old.parts());
        Catalogue none = edited(root -> root.putObject("parts"));
        assertTrue(none.parts().isEmpty());
    }

    @Test
    void aPersonsPartWordsDecideWhatIsAValue() throws Exception {
        String sentence = "全年办理医疗器械审批事项300件。";
        assertEquals(1, licensingValues(CatalogueLoader.bundled(), sentence), "not a part in the bundled catalogue");
        Catalogue edited = edited(root -> licensing(root).addObject().put("words", "医疗器械"));
        assertEquals(0, licensingValues(edited, sentence), "the person's words make it a part");

        String bracketed = "全年办理行政审批事项（医疗器械）300件。";
        Catalogue readPast = edited(root -> licensing(root).addObject().put("words", "医疗器械"));
        assertEquals(1, licensingValues(readPast, bracketed), "a remark in brackets is read past");
        Catalogue inBrackets = edited(root -> licensing(root).addObject().put("words", "医疗器械").put("inBrackets", true));
        assertEquals(0, licensingValues(inBrackets, bracketed), "unless the words count in brackets too");
        Catalogue unless = edited(root -> licensing(root).addObject().put("words", "医疗器械").put("unless", "全部"));
        assertEquals(1, licensingValues(unless, "全年办理医疗器械等全部审批事项300件。"), "the whole after all");
    }

    @Test
    void removingATopicsPartWordsLetsItsWholeFiguresThrough() throws Exception {
        String sentence = "全年办理不动产登记审批事项4500件。";
        assertEquals(0, licensingValues(CatalogueLoader.bundled(), sentence), "one kind of service: a part");
        Catalogue without = edited(root -> root.with("parts").putArray("licensing"));
        assertNull(without.partsOf("licensing").stream().findAny().orElse(null));
        assertEquals(1, licensingValues(without, sentence), "no words for a part of the licensing topic any more");
    }

    private static long licensingValues(Catalogue catalogue, String sentence) {
        ReportExtractor extractor = new ReportExtractor(catalogue, Gazetteer.bundled());
        var x = extractor.extract(new ReportText("通山县2022年度法治政府建设情况报告\n一、主要举措和成效\n" + sentence
                + "\n二、存在的问题\n执法力量不足。\n", ReportFormat.TXT, "UTF-8"));
        return x.values().stream().filter(v -> v.indicator().equals("licensing.handled")).count();
    }
}

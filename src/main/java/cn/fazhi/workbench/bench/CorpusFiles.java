package cn.fazhi.workbench.bench;

import cn.fazhi.workbench.bench.CorpusAccuracy.Item;
import cn.fazhi.workbench.bench.CorpusAccuracy.Label;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the corpus files (one labelled sentence per JSON line, docs/labelling.md) and merges collectors' labellings. */
final class CorpusFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusFiles() {
    }

    static List<Item> load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        java.util.Map<String, List<Item>> bySentence = new java.util.LinkedHashMap<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                Item item = new Item(n.path("id").asText(), n.path("url").asText(), "report".equals(n.path("kind").asText()),
                        n.path("jurisdiction").asText(null), n.path("year").asInt(), n.path("heading").asText(""),
                        n.path("sentence").asText(), labels(n.path("values")), labels(n.path("negatives")),
                        n.path("pageTitle").asText(null));
                bySentence.computeIfAbsent(item.url() + "\u0000" + item.sentence(), k -> new ArrayList<>()).add(item);
            }
        }
        List<Item> items = new ArrayList<>();
        for (List<Item> labellings : bySentence.values()) {
            items.add(adjudicate(labellings));
        }
        return items;
    }

    /**
     * The same sentence labelled by several collectors counts once. A figure is a value only when every
     * collector labelled it so; a figure some labelled as a value and others did not is unclear (scored
     * neither way). Negatives are those of any collector that nobody labelled as a value.
     */
    static Item adjudicate(List<Item> labellings) {
        Item first = labellings.get(0);
        if (labellings.size() == 1) {
            return first;
        }
        List<Label> agreed = new ArrayList<>();
        List<Label> negatives = new ArrayList<>();
        for (Item it : labellings) {
            for (Label v : it.values()) {
                boolean everyone = labellings.stream().allMatch(o -> o.values().stream()
                        .anyMatch(w -> w.value().compareTo(v.value()) == 0 && !java.util.Collections.disjoint(w.codes(), v.codes())));
                boolean known = agreed.stream().anyMatch(a -> a.value().compareTo(v.value()) == 0)
                        || negatives.stream().anyMatch(a -> a.value().compareTo(v.value()) == 0);
                if (known) {
                    continue;
                }
                if (everyone) {
                    agreed.add(v);
                } else {
                    negatives.add(new Label(v.codes(), v.value(), "unclear"));
                }
            }
        }
        for (Item it : labellings) {
            for (Label n : it.negatives()) {
                boolean isValue = agreed.stream().anyMatch(a -> a.value().compareTo(n.value()) == 0);
                boolean known = negatives.stream().anyMatch(a -> a.value().compareTo(n.value()) == 0
                        && java.util.Objects.equals(a.category(), n.category()));
                if (!isValue && !known) {
                    negatives.add(n);
                }
            }
        }
        return new Item(first.id(), first.url(), first.report(), first.jurisdiction(), first.year(), first.heading(),
                first.sentence(), agreed, negatives, first.pageTitle());
    }

    private static List<Label> labels(JsonNode array) {
        List<Label> out = new ArrayList<>();
        for (JsonNode l : array) {
            List<String> codes = new ArrayList<>();
            JsonNode ind = l.path("indicator");
            if (ind.isArray()) {
                ind.forEach(c -> codes.add(c.asText()));
            } else {
                codes.add(ind.asText());
            }
            out.add(new Label(codes, new BigDecimal(l.path("value").asText()), l.path("category").asText(null)));
        }
        return out;
    }
}

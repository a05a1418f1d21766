package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.cli.Main;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the {@code extract} command over the five sample reports and scores it against the
 * hand-checked gold file: stated values (derived ones are not scored), jurisdiction and year.
 * Prints the per-indicator table.
 */
class AccuracyTest {
    /** The indicators of the first catalogue (DOMAIN.md): the vocabulary the gold file speaks. */
    static final Set<String> GOLD_VOCABULARY = Set.of("mediation.disputes", "mediation.succeeded",
            "mediation.success_rate", "litigation.cases", "litigation.head_appeared", "litigation.head_appearance_rate",
            "litigation.lost", "litigation.loss_rate", "licensing.handled", "reconsideration.received",
            "reconsideration.accepted", "reconsideration.concluded", "reconsideration.corrected",
            "reconsideration.correction_rate", "legal_aid.cases", "normative_docs.filed", "normative_docs.reviewed",
            "normative_docs.repealed", "enforcement.files_reviewed", "petitions.completion_rate");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, JsonNode> outputByFile;

    record Gold(String file, String indicator, BigDecimal value, String unit, String qualifier, List<BigDecimal> accept) {
    }

    @BeforeAll
    static void runExtract() throws Exception {
        Path samples = Path.of(AccuracyTest.class.getResource("/samples").toURI());
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int status;
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            status = Main.run("extract", "--format", "json", samples.toString());
        } finally {
            System.setOut(original);
        }
        assertEquals(0, status, "extract exit status");
        outputByFile = new HashMap<>();
        for (String line : buffer.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                outputByFile.put(Path.of(n.get("file").asText()).getFileName().toString(), n);
            }
        }
        assertEquals(5, outputByFile.size(), "one JSON line per sample");
    }

    @Test
    void statedValuesMeetPrecisionAndRecallTargets() throws Exception {
        List<Gold> gold = readGold();
        Map<String, Gold> goldByKey = new LinkedHashMap<>();
        gold.forEach(g -> goldByKey.put(g.file + "|" + g.indicator, g));
        Map<String, int[]> perIndicator = new TreeMap<>(); // tp, fp, fn
        List<String> problems = new ArrayList<>();
        int tp = 0;
        int fp = 0;
        int qualifierMismatches = 0;
        for (Map.Entry<String, JsonNode> e : outputByFile.entrySet()) {
            for (JsonNode v : e.getValue().get("values")) {
                String code = v.get("indicator").asText();
                if (v.get("derived").asBoolean() || !GOLD_VOCABULARY.contains(code)) {
                    continue;
                }
                Gold g = goldByKey.get(e.getKey() + "|" + code);
                BigDecimal value = v.get("value").decimalValue();
                int[] row = perIndicator.computeIfAbsent(code, k -> new int[3]);
                if (g != null && accepted(g, value)) {
                    tp++;
                    row[0]++;
                    String q = v.get("qualifier").asText();
                    if (!q.equals(g.qualifier.isEmpty() ? "exact" : g.qualifier)) {
                        qualifierMismatches++;
                        problems.add("qualifier " + e.getKey() + " " + code + ": " + q + " vs gold " + g.qualifier);
                    }
                } else {
                    fp++;
                    row[1]++;
                    problems.add("wrong " + e.getKey() + " " + code + " = " + value.toPlainString()
                            + (g == null ? " (not in gold)" : " (gold " + g.value.toPlainString() + ")")
                            + " «" + v.get("evidence").asText() + "»");
                }
            }
        }
        for (Gold g : gold) {
            if (!found(g)) {
                perIndicator.computeIfAbsent(g.indicator, k -> new int[3])[2]++;
                problems.add("missed " + g.file + " " + g.indicator + " = " + g.value.toPlainString() + " «" + g.unit + "»");
            }
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = (double) tp / gold.size();
        StringBuilder table = new StringBuilder("\nAccuracy on the sample reports (stated values)\n");
        table.append(String.format("%-34s %4s %4s %4s%n", "indicator", "TP", "FP", "FN"));
        perIndicator.forEach((k, r) -> table.append(String.format("%-34s %4d %4d %4d%n", k, r[0], r[1], r[2])));
        table.append(String.format("precision %.3f  recall %.3f  (TP %d, FP %d, gold %d, qualifier mismatches %d)%n",
                precision, recall, tp, fp, gold.size(), qualifierMismatches));
        problems.forEach(p -> table.append("  ").append(p).append('\n'));
        System.out.println(table);
        assertTrue(precision >= 0.95, "precision " + precision + table);
        assertTrue(recall >= 0.90, "recall " + recall + table);
    }

    @Test
    void jurisdictionYearAndDatesMatchTheGold() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (String[] r : readTsv("/gold/seeds-reports.tsv")) {
            JsonNode out = outputByFile.get(r[0]);
            JsonNode j = out.get("jurisdiction");
            check(mismatches, r[0], "jurisdiction", r[1], j.isNull() ? "" : j.get("name").asText());
            check(mismatches, r[0], "province", r[2], j.isNull() ? "" : j.get("province").asText());
            check(mismatches, r[0], "city", r[3], j.isNull() ? "" : j.get("city").asText());
            check(mismatches, r[0], "level", r[4], j.isNull() ? "" : j.get("level").asText());
            check(mismatches, r[0], "code", r[5], j.isNull() || j.get("code").isNull() ? "" : j.get("code").asText());
            check(mismatches, r[0], "year", r[6], out.get("year").asText(""));
            check(mismatches, r[0], "publishDate", r[7], out.get("publishDate").isNull() ? "" : out.get("publishDate").asText());
            check(mismatches, r[0], "docNumber", r[8], out.get("docNumber").isNull() ? "" : out.get("docNumber").asText());
        }
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    private static void check(List<String> mismatches, String file, String field, String expected, String actual) {
        if (!expected.equals(actual)) {
            mismatches.add(file + " " + field + ": expected '" + expected + "' got '" + actual + "'");
        }
    }

    private static boolean accepted(Gold g, BigDecimal value) {
        if (g.value.compareTo(value) == 0) {
            return true;
        }
        return g.accept.stream().anyMatch(a -> a.compareTo(value) == 0);
    }

    private static boolean found(Gold g) {
        JsonNode out = outputByFile.get(g.file);
        for (JsonNode v : out.get("values")) {
            if (v.get("indicator").asText().equals(g.indicator) && !v.get("derived").asBoolean()
                    && accepted(g, v.get("value").decimalValue())) {
                return true;
            }
        }
        return false;
    }

    static List<Gold> readGold() throws IOException, URISyntaxException {
        List<Gold> out = new ArrayList<>();
        for (String[] r : readTsv("/gold/seeds-indicators.tsv")) {
            List<BigDecimal> accept = new ArrayList<>();
            if (r.length > 6 && !r[6].isBlank()) {
                for (String a : r[6].split("\\|")) {
                    accept.add(new BigDecimal(a.trim()));
                }
            }
            out.add(new Gold(r[0], r[1], new BigDecimal(r[2]), r[3], r[4], accept));
        }
        return out;
    }

    static List<String[]> readTsv(String resource) throws IOException {
        try (InputStream in = AccuracyTest.class.getResourceAsStream(resource)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<String[]> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(lines[i].split("\t", -1));
                }
            }
            return rows;
        }
    }
}

package cn.fazhi.workbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    private Path sample() throws Exception {
        return Path.of(getClass().getResource("/samples/003_46c221f3d7d0f561.txt").toURI());
    }

    @Test
    void extractPrintsTheContractFieldsForEachFile() throws Exception {
        assertEquals(0, Main.run("extract", "--format", "json", sample().toString()));
        JsonNode r = console.jsonLines().get(0);
        for (String field : List.of("file", "format", "charset", "title", "jurisdiction", "year", "publishDate",
                "docNumber", "issuer", "values", "warnings", "error")) {
            assertTrue(r.has(field), "missing " + field + " in " + r);
        }
        assertEquals("txt", r.get("format").asText());
        assertEquals("360902", r.get("jurisdiction").get("code").asText());
        JsonNode v = r.get("values").get(0);
        for (String field : List.of("indicator", "value", "unit", "qualifier", "derived", "section", "start", "end",
                "evidence", "confidence", "flags")) {
            assertTrue(v.has(field), "missing " + field + " in " + v);
        }
        String text = Files.readString(sample());
        assertEquals(v.get("evidence").asText(), text.substring(v.get("start").asInt(), v.get("end").asInt()));
    }

    @Test
    void oneBadFileDoesNotStopTheOthersAndTheExitStatusSaysSo() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path corrupt = Files.writeString(dir.resolve("broken.docx"), "this is not a docx");
        int status = Main.run("extract", empty.toString(), sample().toString(), corrupt.toString());
        assertEquals(3, status);
        List<JsonNode> lines = console.jsonLines();
        assertEquals(3, lines.size());
        assertEquals("empty", lines.get(0).get("errorKind").asText());
        assertTrue(lines.get(0).get("error").asText().contains("empty"));
        assertTrue(lines.get(1).get("error").isNull());
        assertTrue(lines.get(1).get("values").size() > 0);
        assertEquals("corrupt", lines.get(2).get("errorKind").asText());
        assertEquals(corrupt.toString(), lines.get(2).get("file").asText());
    }

    @Test
    void foldersAreReadRecursivelyAndOnlyReportFilesAreTaken() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("a/b"));
        Files.copy(sample(), sub.resolve("r.txt"));
        Files.writeString(dir.resolve("a/notes.xyz"), "ignored");
        assertEquals(0, Main.run("extract", dir.toString()));
        assertEquals(1, console.jsonLines().size());
    }

    @Test
    void extractHelpNamesEveryFormatTheReadersTake() {
        assertEquals(0, Main.run("extract", "--help"));
        String description = console.out().replaceAll("\\s+", " ").replace(". ", ".");
        for (var r : cn.fazhi.workbench.ingest.ReportReaders.registry()) {
            for (String ext : r.extensions()) {
                assertTrue(description.contains("." + ext + " ") || description.contains("." + ext + ";"),
                        ext + " missing from: " + description);
            }
        }
    }

    @Test
    void tsvHasOneRowPerValue() throws Exception {
        assertEquals(0, Main.run("extract", "--format", "tsv", sample().toString()));
        String[] rows = console.out().split("\n");
        assertTrue(rows[0].startsWith("file\tjurisdiction"));
        assertTrue(rows.length > 5);
        assertEquals(15, rows[1].split("\t", -1).length);
    }

    @Test
    void editedCatalogueCopyIsUsedWithoutRebuilding() throws Exception {
        Path copy = dir.resolve("catalogue.json");
        assertEquals(0, Main.run("catalogue", "export", copy.toString()));
        String edited = Files.readString(copy).replace("\"indicators\": [", """
                "indicators": [
                    {"code": "legal_aid.consultations", "nameZh": "法律咨询", "nameEn": "Legal consultations",
                     "kind": "count", "unit": "人次", "units": ["人次"], "group": "disputes", "topic": "legal_aid",
                     "cues": [{"pattern": "法律咨询$", "weight": 1.0}]},""");
        Files.writeString(copy, edited);
        Path report = Files.writeString(dir.resolve("r.txt"),
                "通山县2022年度法治政府建设情况报告\n一、成效\n充分发挥法律援助工作站作用，共接待群众法律咨询600人次。\n");
        console.reset();
        assertEquals(0, Main.run("extract", "--catalogue", copy.toString(), report.toString()));
        JsonNode v = console.jsonLines().get(0).get("values").get(0);
        assertEquals("legal_aid.consultations", v.get("indicator").asText());
        assertEquals(600, v.get("value").asInt());
    }

    @Test
    void brokenCatalogueIsRefusedWithTheReason() throws Exception {
        Path copy = dir.resolve("bad.json");
        Main.run("catalogue", "export", copy.toString());
        // an unbalanced parenthesis in the first cue of the first indicator
        Files.writeString(copy, Files.readString(copy).replaceFirst("\"pattern\": \"", "\"pattern\": \"("));
        assertEquals(2, Main.run("catalogue", "check", copy.toString()));
        assertTrue(console.err().contains("mediation.disputes"), console.err());
        assertEquals(2, Main.run("extract", "--catalogue", copy.toString(), sample().toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "catalogue", "catalogue list", "catalogue export", "catalogue check", "catalogue use", "bench", "bench extract", "bench import", "import", "reports", "values", "review", "review confirm", "review confirm-report", "review correct", "review reject", "review add", "review set-jurisdiction", "review set-year", "review history", "reextract", "workspace", "workspace init", "workspace info", "workspace backup", "workspace restore", "workspace check", "export", "group", "group save", "group show", "bench export", "bench workspace", "bench queue"})
    void everyCommandHasHelp(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        assertEquals(0, Main.run(args.toArray(String[]::new)));
        assertTrue(console.out().contains("Usage:"), console.out());
        // a '%' in a description is a format specifier to picocli unless doubled; a single one prints a warning
        assertFalse(console.err().contains("WARN"), console.err());
        assertFalse(console.out().contains("%%"), console.out());
        if (command.equals("import") || command.equals("export")) {
            assertTrue(console.out().contains("%APPDATA%\\FazhiWorkbench"), console.out());
        }
    }

    @Test
    void yearArgumentsAcceptListsAndRanges() {
        assertEquals(List.of(2020, 2021, 2022), ExportCommand.years(List.of("2020-2022")));
        assertEquals(List.of(2021, 2022), ExportCommand.years(List.of("2022", "2021")));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> ExportCommand.years(List.of("22")));
    }
}

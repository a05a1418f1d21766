package cn.fazhi.workbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceCommandLineTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    private int run(String... args) {
        console.reset();
        return Main.run(args);
    }

    private String ws() {
        return dir.resolve("ws.db").toString();
    }

    @Test
    void firstUseCreatesTheWorkspaceWithTheSamplesAndListsThem() throws Exception {
        assertEquals(0, run("reports", "--workspace", ws(), "--format", "json"));
        assertEquals(5, console.jsonLines().size());
        assertTrue(console.err().contains("created a new workspace"));
        assertEquals(0, run("workspace", "info", "--workspace", ws(), "--format", "json"));
        JsonNode info = console.jsonLines().get(0);
        assertEquals(5, info.get("reports").asInt());
        assertEquals(0, run("workspace", "check", "--workspace", ws()));
    }

    @Test
    void importReportsEveryFileAndExitsWith3WhenOneFailed() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "通山县2022年度法治政府建设情况报告\n全县共调处矛盾纠纷274件。\n");
        Files.writeString(in.resolve("bad.pdf"), "not a pdf");
        assertEquals(3, run("import", "--workspace", ws(), "--no-samples", "--format", "json", in.toString()));
        List<JsonNode> lines = console.jsonLines();
        assertEquals(2, lines.size());
        assertEquals("failed", lines.get(0).get("status").asText());
        assertEquals("corrupt", lines.get(0).get("reasonCode").asText(), lines.get(0).toString());
        assertTrue(lines.get(0).get("reason").asText().contains("damaged"), lines.get(0).toString());
        assertTrue(lines.get(0).get("detail").asText().contains("PDF"), lines.get(0).toString());
        assertEquals("imported", lines.get(1).get("status").asText());
        String log = Files.readString(dir.resolve("fazhi-workbench.log"));
        assertTrue(log.contains("import failed: " + in.resolve("bad.pdf")) && log.contains("[corrupt]"), log);
        assertFalse(log.contains("调处矛盾纠纷"), "no report text in the log");
    }

    @Test
    void reviewThroughTheCommandLineIsStoredAndAudited() throws Exception {
        assertEquals(0, run("reports", "--workspace", ws(), "--format", "json", "--jurisdiction", "袁州区"));
        long report = console.jsonLines().get(0).get("id").asLong();
        assertEquals(0, run("values", String.valueOf(report), "--workspace", ws(), "--format", "json"));
        long valueId = console.jsonLines().stream().filter(v -> v.get("value").get("indicator").asText().equals("mediation.disputes"))
                .findFirst().orElseThrow().get("id").asLong();
        assertEquals(0, run("review", "correct", String.valueOf(valueId), "--value", "7353", "--note", "recount",
                "--workspace", ws()));
        assertTrue(console.out().contains("corrected"));
        assertEquals(0, run("reextract", "--workspace", ws()));
        assertEquals(0, run("review", "history", String.valueOf(valueId), "--workspace", ws()));
        assertTrue(console.out().contains("7352 件 -> 7353 件"), console.out());
        assertEquals(ReviewCommand.REFUSED, run("review", "set-year", String.valueOf(report), "1850", "--workspace", ws()));
    }

    @Test
    void damagedWorkspaceGivesAClearErrorAndExit4() throws Exception {
        assertEquals(0, run("workspace", "init", "--workspace", ws()));
        try (RandomAccessFile f = new RandomAccessFile(ws(), "rw")) {
            f.setLength(f.length() / 3);
        }
        assertEquals(WorkspaceOptions.WORKSPACE_ERROR, run("reports", "--workspace", ws()));
        assertTrue(console.err().contains("damaged"), console.err());
    }

    @Test
    void backupThenRestoreFromTheCommandLine() throws Exception {
        assertEquals(0, run("workspace", "init", "--workspace", ws()));
        Path backup = dir.resolve("b.db");
        assertEquals(0, run("workspace", "backup", backup.toString(), "--workspace", ws()));
        assertEquals(0, run("workspace", "restore", backup.toString(), "--workspace", ws()));
        assertTrue(console.out().contains("kept as"));
        assertEquals(0, run("reports", "--workspace", ws(), "--format", "json"));
        assertEquals(5, console.jsonLines().size());
    }

    @Test
    void exportWritesAWorkbookAndAnEmptySelectionWritesNothing() throws Exception {
        Path xlsx = dir.resolve("out/compare.xlsx");
        assertEquals(0, run("export", "--workspace", ws(), "--year", "2022", "--a3", "--office", "县司法局", "--out", xlsx.toString()));
        assertTrue(console.out().contains("3 jurisdictions"), console.out());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals("县司法局", wb.getProperties().getCoreProperties().getCreator(), "the office, not the OS login");
            assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A3_PAPERSIZE, wb.getSheetAt(1).getPrintSetup().getPaperSize());
            assertEquals("摘要", wb.getSheetAt(0).getSheetName()); // the one-page summary first (issue 13)
            assertEquals("比对总表", wb.getSheetAt(1).getSheetName());
        }
        Path none = dir.resolve("none.xlsx");
        assertEquals(2, run("export", "--workspace", ws(), "--year", "2022", "--province", "广东省", "--out", none.toString()));
        assertTrue(console.err().contains("no file was written"), console.err());
        assertTrue(Files.notExists(none));
        assertEquals(0, run("group", "save", "两区", "360902", "630102", "--workspace", ws()));
        assertEquals(0, run("export", "--workspace", ws(), "--year", "2021,2022", "--group", "两区", "--out",
                dir.resolve("g.xlsx").toString()));
        assertTrue(console.out().contains("2 jurisdictions"), console.out());
    }

    @Test
    void aCorrectedValueThatIsNotSaneIsRefusedWithAClearMessage() throws Exception {
        assertEquals(0, run("reports", "--workspace", ws(), "--format", "json", "--jurisdiction", "袁州区"));
        long report = console.jsonLines().get(0).get("id").asLong();
        assertEquals(0, run("values", String.valueOf(report), "--workspace", ws(), "--format", "json"));
        long valueId = console.jsonLines().stream().filter(v -> v.get("value").get("indicator").asText().equals("mediation.disputes"))
                .findFirst().orElseThrow().get("id").asLong();
        for (String bad : new String[]{"1e400", "NaN", "-5", "Infinity"}) {
            assertEquals(ReviewCommand.REFUSED, run("review", "correct", String.valueOf(valueId), "--value", bad,
                    "--workspace", ws()), bad);
            assertTrue(console.err().startsWith("refused: "), console.err());
            assertFalse(console.err().contains("Exception"), console.err());
        }
        assertEquals(ReviewCommand.REFUSED, run("review", "add", String.valueOf(report), "--indicator", "legal_aid.cases",
                "--value", "1e400", "--workspace", ws()));
        assertTrue(console.err().contains("too large"), console.err());
        assertEquals(0, run("export", "--workspace", ws(), "--year", "2022", "--out", dir.resolve("x.xlsx").toString()));
    }

    @Test
    void restoreRefusesAnEmptyBackupAndKeepsTheWorkspace() throws Exception {
        assertEquals(0, run("workspace", "init", "--workspace", ws()));
        byte[] before = Files.readAllBytes(Path.of(ws()));
        Path empty = Files.createFile(dir.resolve("failed-backup.db"));
        assertEquals(WorkspaceOptions.WORKSPACE_ERROR, run("workspace", "restore", empty.toString(), "--workspace", ws()));
        assertTrue(console.err().contains("empty (0 bytes)") && console.err().contains("Nothing was replaced"), console.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(Path.of(ws()))));
        assertTrue(Files.readString(dir.resolve("fazhi-workbench.log")).contains("restore refused"),
                "the refusal is in the log beside the workspace");
    }

    @Test
    void checkNamesTheDamagedReportOfADamagedCopy() throws Exception {
        assertEquals(0, run("workspace", "init", "--workspace", ws()));
        Path report = Files.writeString(dir.resolve("marked.txt"), "通山县2022年度法治政府建设情况报告\n一、主要成效\n"
                + "MARKER-IN-THE-ORIGINAL\n全县共调处矛盾纠纷274件。\n");
        assertEquals(0, run("import", "--workspace", ws(), report.toString()));
        assertEquals(0, run("workspace", "check", "--workspace", ws()));
        assertTrue(console.out().contains("6 reports"), console.out());
        byte[] bytes = Files.readAllBytes(Path.of(ws()));
        byte[] marker = "MARKER-IN-THE-ORIGINAL".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int at = -1;
        outer:
        for (int i = 0; i <= bytes.length - marker.length; i++) {
            for (int k = 0; k < marker.length; k++) {
                if (bytes[i + k] != marker[k]) {
                    continue outer;
                }
            }
            at = i;
            break;
        }
        assertTrue(at > 0);
        bytes[at + 1] ^= 0x01;
        Path copy = Files.write(dir.resolve("copy.db"), bytes);
        assertEquals(WorkspaceOptions.WORKSPACE_ERROR, run("workspace", "check", "--workspace", copy.toString()));
        assertTrue(console.err().contains("(marked.txt): the stored original no longer matches its SHA-256"), console.err());
        assertTrue(console.err().contains("1 of 6 reports are damaged"), console.err());
    }

    @Test
    void missingListsWhoHasNotReportedForACity() {
        assertEquals(0, run("missing", "--workspace", ws(), "--province", "江西省", "--city", "宜春市", "--year", "2022"));
        String out = console.out();
        assertTrue(out.contains("360921  missing  江西省宜春市奉新县"), out);
        assertTrue(!out.contains("袁州区"), "袁州区 reported for 2022");
        assertTrue(out.contains("1 reported, 9 missing"), out);
    }
}

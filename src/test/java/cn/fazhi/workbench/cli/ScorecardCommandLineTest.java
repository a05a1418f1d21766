package cn.fazhi.workbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code scorecard} and {@code briefing} on the sample workspace. */
class ScorecardCommandLineTest {
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
    void scorecardPrintsOneTsvRowPerCountyWithTheHeadingThatMatched() {
        assertEquals(0, run("scorecard", "--workspace", ws(), "--year", "2022", "--province", "江西省", "--city", "宜春市"));
        String[] lines = console.out().strip().split("\n");
        assertEquals(11, lines.length, "header and the ten counties of 宜春市");
        assertTrue(lines[0].startsWith("city\tcode\tjurisdiction\texpected\treport\tpublished"), lines[0]);
        String yuanzhou = List.of(lines).stream().filter(l -> l.contains("\t袁州区\t")).findFirst().orElseThrow();
        assertTrue(yuanzhou.contains("heading: 二、存在的主要问题和原因分析"), yuanzhou);
        assertTrue(yuanzhou.contains("\ton_time\t"), yuanzhou);
    }

    @Test
    void scorecardAsJsonAndWithOtherWeights() throws Exception {
        assertEquals(0, run("scorecard", "--workspace", ws(), "--year", "2022", "--format", "json", "--weights", "0,100,0,0"));
        List<JsonNode> rows = console.jsonLines();
        assertEquals(3, rows.size(), "without a province: the 2022 reports in the workspace");
        for (JsonNode r : rows) {
            double expected = "on_time".equals(r.get("timeliness").asText()) ? 100 : 0;
            assertEquals(expected, r.get("total").asDouble(), r.toString());
        }
        assertEquals(2, run("scorecard", "--workspace", ws(), "--year", "2022", "--weights", "1,2"));
    }

    @Test
    void briefingWritesTheDocument() throws Exception {
        Path out = dir.resolve("通报.docx");
        assertEquals(0, run("briefing", "--workspace", ws(), "--year", "2022", "--province", "江西省", "--out", out.toString()));
        assertTrue(Files.size(out) > 0);
        assertTrue(console.out().contains("关于江西省2022年度法治政府建设情况报告的通报"), console.out());
        assertEquals(2, run("briefing", "--workspace", ws(), "--year", "1999", "--out", dir.resolve("x.docx").toString()));
        assertTrue(console.err().contains("no report of 1999"), console.err());
        assertTrue(!Files.exists(dir.resolve("x.docx")));
    }

    @Test
    void bothCommandsHaveHelp() {
        for (String command : new String[] {"scorecard", "briefing"}) {
            assertEquals(0, run(command, "--help"));
            assertTrue(console.out().contains("Usage:") && console.out().contains("--year"), console.out());
        }
    }
}

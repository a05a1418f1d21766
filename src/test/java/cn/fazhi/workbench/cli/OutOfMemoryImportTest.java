package cn.fazhi.workbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file under the size limit whose text still needs more memory than the program may use (a 30 MB text on a
 * 96 MB heap): it fails with its own reason, worded as too large rather than "could not be read", and the
 * batch goes on to store the next file.
 */
class OutOfMemoryImportTest {
    @TempDir
    Path dir;

    @Test
    void aTextTooLargeForTheMemoryFailsWithItsReasonAndTheBatchGoesOn() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-huge.txt"), "通山县2022年度法治政府建设情况报告\n" + "一二三四五六七八九十".repeat(1_000_000));
        Files.writeString(in.resolve("b-report.txt"), "通山县2022年度法治政府建设情况报告\n一、主要成效\n全县共调处矛盾纠纷300件。\n");
        Path ws = dir.resolve("ws.db");
        assertEquals(0, Main.run("workspace", "init", "--no-samples", "--workspace", ws.toString()));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx96m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "import", "--workspace", ws.toString(), "--format", "json", in.toString())
                .redirectError(dir.resolve("err.txt").toFile()).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the import finished");
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertEquals(3, p.exitValue(), out + Files.readString(dir.resolve("err.txt")));
        Map<String, JsonNode> byFile = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : out.strip().split("\n")) {
            JsonNode o = json.readTree(line);
            byFile.put(Path.of(o.get("file").asText()).getFileName().toString(), o);
        }
        assertEquals("failed", byFile.get("a-huge.txt").get("status").asText(), out);
        assertEquals("out_of_memory", byFile.get("a-huge.txt").get("reasonCode").asText(), out);
        assertEquals("imported", byFile.get("b-report.txt").get("status").asText(), out);
        assertEquals(0, Main.run("workspace", "check", "--workspace", ws.toString()));
    }
}

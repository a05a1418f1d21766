package cn.fazhi.workbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two command lines (two JVM processes) importing the same folder into one workspace at the same time. */
class TwoProcessImportTest {
    @TempDir
    Path dir;

    @Test
    void twoProcessesImportTheSameFolderWithoutAFailureAndStoreEachFileOnce() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        int n = 16;
        for (int i = 0; i < n; i++) {
            Files.writeString(in.resolve(String.format("r%02d.txt", i)), "通山县2022年度法治政府建设情况报告\n一、主要成效\n"
                    + "全县共调处矛盾纠纷" + (300 + i) + "件。\n");
        }
        Path ws = dir.resolve("ws.db");
        assertEquals(0, Main.run("workspace", "init", "--no-samples", "--workspace", ws.toString()));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "import", "--workspace", ws.toString(), "--format", "json", in.toString())
                    .redirectError(dir.resolve("err" + k + ".txt").toFile())
                    .redirectOutput(dir.resolve("out" + k + ".txt").toFile()).start());
        }
        ObjectMapper json = new ObjectMapper();
        int imported = 0;
        for (int k = 0; k < 2; k++) {
            Process p = processes.get(k);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "process " + k + " finished");
            String out = Files.readString(dir.resolve("out" + k + ".txt"), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), out + Files.readString(dir.resolve("err" + k + ".txt")));
            for (String line : out.strip().split("\n")) {
                JsonNode o = json.readTree(line);
                String status = o.get("status").asText();
                assertTrue(status.equals("imported") || status.equals("duplicate"), line);
                imported += status.equals("imported") ? 1 : 0;
            }
        }
        assertEquals(n, imported, "each file stored by exactly one of the two");
        assertEquals(0, Main.run("workspace", "check", "--workspace", ws.toString()));
    }
}

package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.WorkspaceHealth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** workspace check finds damage inside reports that SQLite's own check cannot see, and names the reports. */
class WorkspaceCheckTest {
    @TempDir
    Path dir;

    private long a;
    private long b;
    private long c;

    private Path workspace() throws Exception {
        Path ws = dir.resolve("ws.db");
        try (Workspace w = Workspace.open(ws)) {
            ReportStore store = new ReportStore(w);
            a = store.insert(TestReports.of("a.txt", "通山县2022年度法治政府建设情况报告\n一、主要成效\nMARKER-A-ORIGINAL\n"
                    + "全县共调处矛盾纠纷274件，调处成功率达到100%。\n"));
            b = store.insert(TestReports.of("b.txt", "崇阳县2022年度法治政府建设情况报告\n一、主要成效\n全县共调处矛盾纠纷5813件，调处成功率达到100%。\n"));
            c = store.insert(TestReports.county("通城县", 2022, 66));
        }
        assertFalse(Files.exists(dir.resolve("ws.db-wal")), "closing checkpoints everything into the file");
        return ws;
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void anIntactWorkspacePasses() throws Exception {
        WorkspaceHealth h = Workspace.checkFile(workspace());
        assertTrue(h.ok(), h.toString());
        assertEquals(3, h.reportsChecked());
    }

    @Test
    void changedBytesInsideReportsAreFoundAndTheReportsNamed() throws Exception {
        Path ws = workspace();
        byte[] bytes = Files.readAllBytes(ws);
        // report a: one byte of its stored original (the first copy of the marker; the text column comes after it)
        int inOriginal = indexOf(bytes, "MARKER-A-ORIGINAL".getBytes(StandardCharsets.US_ASCII), 0);
        assertTrue(inOriginal > 0);
        bytes[inOriginal + 7] = 'X';
        // report b: one digit of its stored text, inside the evidence sentence. The figure is stored several
        // times (original, text, evidence of values and suggestions) and SQLite decides where each lands, so
        // try each copy: changing the one in the text must be found as changed evidence.
        byte[] figure = "5813".getBytes(StandardCharsets.US_ASCII);
        WorkspaceHealth h = null;
        Map<Long, WorkspaceHealth.DamagedReport> byId = Map.of();
        for (int at = indexOf(bytes, figure, 0); at >= 0; at = indexOf(bytes, figure, at + 1)) {
            byte[] copy = bytes.clone();
            copy[at + 1] = '9';
            Path damaged = Files.write(dir.resolve("damaged.db"), copy);
            h = Workspace.checkFile(damaged);
            byId = h.damaged().stream().collect(Collectors.toMap(WorkspaceHealth.DamagedReport::id, d -> d));
            if (byId.containsKey(b) && "evidence_changed".equals(byId.get(b).reason())) {
                break;
            }
        }
        assertFalse(h.ok());
        assertEquals(List.of(a, b), byId.keySet().stream().sorted().toList(), h.toString());
        assertEquals("original_changed", byId.get(a).reason());
        assertEquals("a.txt", byId.get(a).sourceName());
        assertEquals("evidence_changed", byId.get(b).reason());
        assertFalse(byId.containsKey(c));
    }

    @Test
    void aWorkspaceTooDamagedToOpenIsStillCheckedAndReported() throws Exception {
        Path ws = workspace();
        byte[] bytes = Files.readAllBytes(ws);
        int pageSize = ((bytes[16] & 0xFF) << 8) | (bytes[17] & 0xFF);
        for (int i = pageSize; i < pageSize + 64 && i < bytes.length; i++) {
            bytes[i] = (byte) 0xA5; // the b-tree header of page 2
        }
        Path damaged = Files.write(dir.resolve("broken.db"), bytes);
        WorkspaceHealth h = Workspace.checkFile(damaged);
        assertFalse(h.ok());
        assertFalse(h.problems().isEmpty(), h.toString());
    }
}

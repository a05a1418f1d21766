package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.extract.ReportExtractor;
import cn.fazhi.workbench.model.ExtractionResult;
import cn.fazhi.workbench.model.ReadError;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fault in the extraction rules on one text fails that file with its own reason instead of stopping the batch
 * (a figure cut by a sentence's bound once threw and stopped a whole `extract` run), in `extract` and in an import;
 * a cancelled run still stops.
 */
class ExtractionFaultTest {
    private static final ReportText TEXT = new ReportText("通山县2022年度法治政府建设情况报告\n全县共调处矛盾纠纷274件。\n",
            ReportFormat.TXT, "UTF-8");

    @Test
    void aFaultInTheRulesFailsThatFileWithItsOwnReason() {
        ExtractionResult r = ExtractReports.extracted("a.txt", TEXT, t -> {
            throw new StringIndexOutOfBoundsException("begin 827, end 825");
        });
        assertFalse(r.ok());
        assertEquals("a.txt", r.file());
        assertEquals(ReadError.Kind.EXTRACTION_FAILED, r.error().kind());
        assertTrue(r.error().message().contains("StringIndexOutOfBoundsException"), r.error().message());
        assertEquals(ImportReason.EXTRACTION_FAILED, ImportReason.of(ReadError.Kind.EXTRACTION_FAILED));
    }

    @Test
    void theRulesOwnFailuresKeepTheirReasonsAndCancellingStillStops() {
        ExtractionResult slow = ExtractReports.extracted("a.txt", TEXT, t -> ReportExtractor.withBundledData().withTimeBudget(0).extract(t));
        assertEquals(ReadError.Kind.TOO_SLOW, slow.error().kind());
        assertThrows(CancellationToken.CancelledException.class, () -> ExtractReports.extracted("a.txt", TEXT, t -> {
            throw new CancellationToken.CancelledException();
        }));
        assertTrue(ExtractReports.extracted("a.txt", TEXT, ReportExtractor.withBundledData()::extract).ok());
    }

    @Test
    void anImportGoesOnPastAFileTheRulesFailOn(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("a-tongshan.txt"), TEXT.text());
        Files.writeString(folder.resolve("b-chongyang.txt"), TEXT.text().replace("通山县", "崇阳县"));
        ReportExtractor real = ReportExtractor.withBundledData();
        try (WorkspaceSession s = WorkspaceSession.open(dir.resolve("ws.db"), false)) {
            var rules = new ImportReports(s, t -> {
                if (t.text().startsWith("通山县")) {
                    throw new StringIndexOutOfBoundsException("begin 827, end 825");
                }
                return real.extract(t);
            });
            var out = rules.run(ImportReports.sources(List.of(folder.toString())), ImportReports.NewVersionPolicy.KEEP_BOTH,
                    ProgressListener.NONE, CancellationToken.none());
            assertEquals(ImportReports.Status.FAILED, out.get(0).status());
            assertEquals(ImportReason.EXTRACTION_FAILED, out.get(0).reason(), "the text was read: not read_failed");
            assertTrue(out.get(0).detail().contains("StringIndexOutOfBoundsException"), out.get(0).detail());
            assertEquals(ImportReports.Status.IMPORTED, out.get(1).status(), "the batch goes on");
            assertEquals(1, s.queries().reports(null, null, false).size(), "nothing of the failed file is stored");
        }
    }
}

package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.bench.ScanImages;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scanned report: every figure a suggestion (reason ocr), read after the other files, outranked by a text layer. */
class ScanImportTest {
    /** A short report of one small page: enough for the jurisdiction, the year and two figures. */
    static final String REPORT = "乌鲁木齐县人民政府2022年度法治政府建设情况报告\n"
            + "2022年，全县共受理行政复议案件21件，办结19件。\n"
            + "全年共受理行政调解、人民调解等涉法案件7352件，成功化解7266件。";

    @TempDir
    Path dir;

    private static byte[] scan(String text) throws Exception {
        return ScanImages.pdf(ScanImages.pages(text, new ScanImages.Style(300, 0.3, 0.0005, 3), 8.0, 2.2, 0.4), 300);
    }

    private List<ImportReports.FileOutcome> importFiles(WorkspaceSession s, Path... files) {
        return new ImportReports(s).run(ImportReports.sources(java.util.Arrays.stream(files).map(Path::toString).toList()),
                ImportReports.NewVersionPolicy.REPLACE, ProgressListener.NONE, CancellationToken.none());
    }

    @Test
    void everyFigureOfAScanIsASuggestionAndTheTextLayerVersionIsInForce() throws Exception {
        Path scan = Files.write(dir.resolve("a-盖章版.pdf"), scan(REPORT));
        Path txt = Files.writeString(dir.resolve("b.txt"), REPORT);
        assertEquals(List.of(1, 0), ImportReports.ocrLast(ImportReports.sources(List.of(scan.toString(), txt.toString()))),
                "the scan is read after the text file");
        try (WorkspaceSession s = WorkspaceSession.open(dir.resolve("ws.db"), false)) {
            var first = importFiles(s, scan);
            assertEquals(ImportReports.Status.IMPORTED, first.get(0).status(), first.toString());
            long scanId = first.get(0).reportId();
            assertEquals(0, s.queries().values(scanId).size(), "no value from a scan");
            var suggestions = new ReviewValues(s).suggestions(scanId);
            assertTrue(suggestions.stream().anyMatch(x -> x.value().value().intValue() == 7352), suggestions.toString());
            assertTrue(suggestions.stream().allMatch(x -> x.value().flags().get(0).equals(OcrFigures.REASON)), suggestions.toString());
            var disputes = suggestions.stream().filter(x -> x.value().value().intValue() == 7352).findFirst().orElseThrow();
            var picture = new ScanPages(s).figure(scanId, disputes.value().evidence()).orElseThrow();
            assertEquals(1, picture.page());
            assertTrue(picture.found(), "the figure's box on the page");
            assertTrue(picture.png().length > 1000 && picture.width() > 0 && picture.height() > 0);

            var second = importFiles(s, txt);
            assertEquals(ImportReports.Status.OTHER_FORMAT, second.get(0).status(), second.toString());
            assertEquals("other_format_in_force", second.get(0).reasonCode(), second.toString());
            List<ReportSummary> inForce = s.queries().reports(null, null, false);
            assertEquals(1, inForce.size());
            assertEquals(ReportFormat.TXT, inForce.get(0).format(), "the text beats the scan");
        }
    }

    @Test
    void extractPrintsTheScanFiguresAsSuggestionsOnly() throws Exception {
        Path scan = Files.write(dir.resolve("scan.pdf"), scan(REPORT));
        var r = new ExtractReports(Catalogues.extractorFor(Catalogues.bundled()))
                .extract(new ExtractReports.Input(scan.toString(), scan));
        assertTrue(r.ok(), String.valueOf(r.error()));
        assertEquals(ReportFormat.SCAN, r.text().format());
        assertTrue(r.values().isEmpty());
        assertTrue(r.suggestions().stream().anyMatch(v -> v.value().intValue() == 7352), r.suggestions().toString());
    }
}

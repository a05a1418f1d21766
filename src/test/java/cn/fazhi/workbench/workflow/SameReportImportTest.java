package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.bench.BenchmarkCorpus;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same report in another format is one report: recognised by content, one version in force. */
class SameReportImportTest {
    @TempDir
    Path dir;

    private static String yuanzhou() throws Exception {
        return SampleReports.text(SampleReports.names().stream().filter(n -> n.startsWith("003")).findFirst().orElseThrow());
    }

    private static String html(String text) {
        StringBuilder b = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>报告</title></head><body>"
                + "<div class=\"nav\">首页 &gt; 政务公开 &gt; 法治政府建设</div><div id=\"zoom\">");
        for (String line : text.split("\n")) {
            b.append("<p>").append(line).append("</p>\n");
        }
        return b.append("</div><div class=\"foot\">主办：宜春市袁州区人民政府办公室 版权所有</div></body></html>").toString();
    }

    /** What text taken from a PDF looks like: lines cut every 38 characters, a page number every 30 lines. */
    private static String asFromPdf(String text) {
        StringBuilder b = new StringBuilder();
        int lines = 0;
        for (String para : text.split("\n")) {
            // ragged lines (as a PDF with narrow columns and pictures gives): too uneven to be joined back
            for (int k = 0, w = 38; k < para.length(); k += w, w = w == 38 ? 24 : 38) {
                b.append(para, k, Math.min(para.length(), k + w)).append('\n');
                if (++lines % 30 == 0) {
                    b.append("\n- ").append(lines / 30).append(" -\n\n");
                }
            }
        }
        return b.toString();
    }

    private List<ImportReports.FileOutcome> importFiles(WorkspaceSession s, Path... files) {
        return new ImportReports(s).run(ImportReports.sources(java.util.Arrays.stream(files).map(Path::toString).toList()),
                ImportReports.NewVersionPolicy.REPLACE, ProgressListener.NONE, CancellationToken.none());
    }

    @Test
    void theSameReportAsTxtHtmlAndDocxIsOneReport() throws Exception {
        String text = yuanzhou();
        Path txt = Files.writeString(dir.resolve("袁州区.txt"), text);
        Path html = Files.writeString(dir.resolve("袁州区.html"), html(text));
        Path docx = Files.write(dir.resolve("袁州区.docx"), BenchmarkCorpus.docx(text));
        try (WorkspaceSession s = WorkspaceSession.open(dir.resolve("ws.db"), false)) {
            var out = importFiles(s, txt, html, docx);
            assertEquals(List.of(ImportReports.Status.IMPORTED, ImportReports.Status.OTHER_FORMAT, ImportReports.Status.OTHER_FORMAT),
                    out.stream().map(ImportReports.FileOutcome::status).toList(), out.toString());
            assertEquals(ImportReason.OTHER_FORMAT, out.get(1).reason(), out.get(1).toString());
            assertEquals(out.get(0).reportId(), out.get(1).otherVersionOf());
            List<ReportSummary> inForce = s.queries().reports(null, null, false);
            assertEquals(1, inForce.size(), "one report in force for 袁州区 2022");
            assertEquals(ReportFormat.TXT, inForce.get(0).format(), "the plain text reads as well as any");
            assertEquals(3, new ReportVersionsOf(s).versions(inForce.get(0).id()).size(), "all three files are kept");
            var table = new BuildComparison(s).build(cn.fazhi.workbench.model.Selection.ofYear(2022));
            assertEquals(1, table.jurisdictions().size(), "the comparison sees one report");
        }
    }

    @Test
    void theVersionThatReadsBestIsInForceAndPageFurnitureDoesNotMatter() throws Exception {
        String text = yuanzhou();
        Path pdfLike = Files.writeString(dir.resolve("袁州区-pdf.txt"), asFromPdf(text));
        Path docx = Files.write(dir.resolve("袁州区.docx"), BenchmarkCorpus.docx(text));
        try (WorkspaceSession s = WorkspaceSession.open(dir.resolve("ws.db"), false)) {
            var out = importFiles(s, pdfLike, docx);
            assertEquals(ImportReports.Status.OTHER_FORMAT, out.get(1).status(), out.toString());
            assertEquals(ImportReason.OTHER_FORMAT_IN_FORCE, out.get(1).reason(), out.get(1).toString());
            List<ReportSummary> inForce = s.queries().reports(null, null, false);
            assertEquals(1, inForce.size());
            assertEquals(ReportFormat.DOCX, inForce.get(0).format());
        }
    }

    @Test
    void aReissueWithOtherFiguresIsAnotherReportNotAnotherFormat() throws Exception {
        String text = yuanzhou();
        Path first = Files.writeString(dir.resolve("a.txt"), text);
        Path corrected = Files.writeString(dir.resolve("b.txt"), text.replace("7352件", "7353件"));
        try (WorkspaceSession s = WorkspaceSession.open(dir.resolve("ws.db"), false)) {
            var out = importFiles(s, first, corrected);
            assertEquals(ImportReports.Status.REPLACED, out.get(1).status(), out.toString());
        }
    }

    @Test
    void theUserCanPutAnotherVersionInForceAndReviewedValuesGoWithIt() throws Exception {
        String text = yuanzhou();
        Path txt = Files.writeString(dir.resolve("袁州区.txt"), text);
        Path html = Files.writeString(dir.resolve("袁州区.html"), html(text), StandardCharsets.UTF_8);
        try (WorkspaceSession s = WorkspaceSession.open(dir.resolve("ws.db"), false)) {
            var out = importFiles(s, txt, html);
            long primary = out.get(0).reportId();
            long other = out.get(1).reportId();
            var disputes = s.queries().values(primary).stream().filter(v -> v.value().indicator().equals("mediation.disputes"))
                    .findFirst().orElseThrow();
            new ReviewValues(s).confirm(disputes.id(), "checked");
            assertEquals(primary, new ReportVersionsOf(s).makePrimary(other));
            List<ReportSummary> inForce = s.queries().reports(null, null, false);
            assertEquals(List.of(other), inForce.stream().map(ReportSummary::id).toList());
            var carried = s.queries().values(other).stream().filter(v -> v.value().indicator().equals("mediation.disputes"))
                    .findFirst().orElseThrow();
            assertEquals(ReviewStatus.CONFIRMED, carried.status());
            assertEquals(other, new ReportVersionsOf(s).makePrimary(other), "already in force: nothing changes");
        }
    }

    @Test
    void fingerprintIgnoresLayoutPunctuationWidthAndPageNumbers() {
        String a = "一、主要成效\n全年共受理行政复议案件21件，办结19件。\n";
        String b = "一、主要成效 全年共受理行政复议\n案件21件,办结19件.\n\n- 3 -\n第 3 页 共 12 页\n";
        assertEquals(SameReport.content(a), SameReport.content(b));
        assertTrue(SameReport.readability(a, ReportFormat.TXT) > SameReport.readability(b, ReportFormat.PDF));
    }
}

package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportAndReviewTest {
    @TempDir
    Path dir;

    private static final String TONGSHAN = "通山县2022年度法治政府建设情况报告\n一、主要成效\n全县共调处矛盾纠纷274件，调处成功率达到100%。"
            + "全年共收到行政复议申请21件，受理19件。\n";

    private WorkspaceSession open(boolean samples) throws WorkspaceException {
        return WorkspaceSession.open(dir.resolve("ws.db"), samples);
    }

    private static List<ImportReports.FileOutcome> importPaths(WorkspaceSession s, ImportReports.NewVersionPolicy policy,
                                                               Path... paths) {
        List<String> list = java.util.Arrays.stream(paths).map(Path::toString).toList();
        return new ImportReports(s).run(ImportReports.sources(list), policy, ProgressListener.NONE, CancellationToken.none());
    }

    private static StoredValue valueOf(WorkspaceSession s, long reportId, String indicator) throws WorkspaceException {
        return s.queries().values(reportId).stream().filter(v -> v.value().indicator().equals(indicator)).findFirst()
                .orElseThrow(() -> new AssertionError(indicator + " not stored"));
    }

    @Test
    void aNewWorkspaceStartsWithTheSampleReports() throws Exception {
        try (WorkspaceSession s = open(true)) {
            assertTrue(s.created());
            assertEquals(5, s.sampleImport().stream().filter(o -> o.status() == ImportReports.Status.IMPORTED).count());
            assertEquals(5, s.queries().reports(null, null, false).size());
        }
        try (WorkspaceSession again = open(true)) {
            assertFalse(again.created());
            assertEquals(5, again.queries().reports(null, null, false).size(), "samples are imported once");
        }
    }

    @Test
    void batchListsEveryFileAndABadFileDoesNotStopIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("a-tongshan.txt"), TONGSHAN);
        Files.write(folder.resolve("b-empty.txt"), new byte[0]);
        Files.writeString(folder.resolve("c-broken.docx"), "not a word file");
        Files.write(folder.resolve("d-gbk.txt"), TONGSHAN.replace("通山县", "崇阳县").getBytes("GBK"));
        try (WorkspaceSession s = open(false)) {
            List<ImportReports.FileOutcome> out = importPaths(s, ImportReports.NewVersionPolicy.KEEP_BOTH, folder);
            assertEquals(4, out.size());
            assertEquals(ImportReports.Status.IMPORTED, out.get(0).status());
            assertEquals(ImportReports.Status.FAILED, out.get(1).status());
            assertEquals(ImportReason.EMPTY, out.get(1).reason(), out.get(1).toString());
            assertEquals(ImportReports.Status.FAILED, out.get(2).status());
            assertEquals(ImportReason.CORRUPT, out.get(2).reason(), out.get(2).toString());
            assertTrue(out.get(2).detail().contains(".docx"), "the log says why: " + out.get(2).detail());
            assertEquals(ImportReports.Status.IMPORTED, out.get(3).status());
            assertEquals(2, s.queries().reports(null, null, false).size());

            List<ImportReports.FileOutcome> again = importPaths(s, ImportReports.NewVersionPolicy.KEEP_BOTH,
                    folder.resolve("a-tongshan.txt"));
            assertEquals(ImportReports.Status.DUPLICATE, again.get(0).status());
            assertEquals(out.get(0).reportId(), again.get(0).reportId());
        }
    }

    @Test
    void unresolvedReportIsStoredAndMarkedUntilAPersonSetsJurisdictionAndYear() throws Exception {
        Path f = Files.writeString(dir.resolve("unknown.txt"), "关于法治政府建设情况的报告\n全区共调处矛盾纠纷88件。\n");
        try (WorkspaceSession s = open(false)) {
            ImportReports.FileOutcome o = importPaths(s, ImportReports.NewVersionPolicy.KEEP_BOTH, f).get(0);
            assertEquals(ImportReports.Status.IMPORTED, o.status());
            assertTrue(o.needsAttention());
            ReviewValues review = new ReviewValues(s);
            ReviewValues.ReviewException ambiguous = assertThrows(ReviewValues.ReviewException.class,
                    () -> review.setJurisdiction(o.reportId(), "鼓楼区", null));
            assertEquals(ReviewValues.Refusal.AMBIGUOUS_JURISDICTION, ambiguous.refusal(), ambiguous.getMessage());
            assertTrue(ambiguous.args().get(1).contains("鼓楼区") && ambiguous.args().get(1).contains("、"), ambiguous.args().toString());
            review.setJurisdiction(o.reportId(), "421224", "from the cover letter");
            ReportSummary done = review.setYear(o.reportId(), 2022, null);
            assertFalse(done.needsAttention());
            assertEquals("通山县", done.jurisdiction().name());
            assertEquals(2, s.queries().history(o.reportId(), null).stream()
                    .filter(a -> a.action().startsWith("set_")).count());
        }
    }

    @Test
    void reviewedValuesSurviveANewVersionAndReextraction() throws Exception {
        Path v1 = Files.writeString(dir.resolve("v1.txt"), TONGSHAN);
        Path v2 = Files.writeString(dir.resolve("v2.txt"), TONGSHAN.replace("受理19件", "受理20件") + "共办理法律援助案件300件。\n");
        try (WorkspaceSession s = open(false)) {
            long first = importPaths(s, ImportReports.NewVersionPolicy.KEEP_BOTH, v1).get(0).reportId();
            ReviewValues review = new ReviewValues(s);
            StoredValue disputes = valueOf(s, first, "mediation.disputes");
            review.correct(disputes.id(), new BigDecimal("275"), null, Qualifier.EXACT, "checked with the office");
            review.reject(valueOf(s, first, "reconsideration.received").id(), "not this year's figure");

            ImportReports.FileOutcome replaced = importPaths(s, ImportReports.NewVersionPolicy.REPLACE, v2).get(0);
            assertEquals(ImportReports.Status.REPLACED, replaced.status());
            assertEquals(first, replaced.otherVersionOf());
            long second = replaced.reportId();
            StoredValue carried = valueOf(s, second, "mediation.disputes");
            assertEquals(ReviewStatus.CORRECTED, carried.status());
            assertEquals(0, new BigDecimal("275").compareTo(carried.value().value()));
            assertEquals(ReviewStatus.REJECTED, valueOf(s, second, "reconsideration.received").status());
            assertEquals(0, new BigDecimal("20").compareTo(valueOf(s, second, "reconsideration.accepted").value().value()));
            assertEquals(first, (long) s.queries().report(second).map(r -> r.id()).orElseThrow() - (second - first));
            assertEquals(second, s.queries().report(first).orElseThrow().supersededBy());

            ReextractReports.Summary sum = new ReextractReports(s).run(ProgressListener.NONE, CancellationToken.none());
            assertEquals(2, sum.keptReviewed());
            assertEquals(0, new BigDecimal("275").compareTo(valueOf(s, second, "mediation.disputes").value().value()));
        }
    }

    @Test
    void editedCatalogueInTheWorkspaceIsAppliedByReextraction() throws Exception {
        Path f = Files.writeString(dir.resolve("r.txt"), TONGSHAN + "依托法律援助工作站，全年共接待群众法律咨询600人次。\n");
        Path catalogue = dir.resolve("cat.json");
        Catalogues.exportBundled(catalogue);
        Files.writeString(catalogue, Files.readString(catalogue, StandardCharsets.UTF_8).replace("\"indicators\": [", """
                "indicators": [
                    {"code": "legal_aid.consultations", "nameZh": "法律咨询", "nameEn": "Legal consultations",
                     "kind": "count", "unit": "人次", "units": ["人次"], "group": "disputes", "topic": "legal_aid",
                     "cues": [{"pattern": "法律咨询$", "weight": 1.0}]},"""));
        try (WorkspaceSession s = open(false)) {
            long id = importPaths(s, ImportReports.NewVersionPolicy.KEEP_BOTH, f).get(0).reportId();
            assertTrue(s.queries().values(id).stream().noneMatch(v -> v.value().indicator().equals("legal_aid.consultations")));
            s.useCatalogue(catalogue);
        }
        try (WorkspaceSession s = open(false)) {
            assertTrue(s.catalogue().find("legal_aid.consultations").isPresent(), "the workspace keeps its catalogue");
            new ReextractReports(s).run(ProgressListener.NONE, CancellationToken.none());
            long id = s.queries().reports(null, null, false).get(0).id();
            assertEquals(0, new BigDecimal("600").compareTo(valueOf(s, id, "legal_aid.consultations").value().value()));
        }
    }

    @Test
    void manualValueNeedsAQuoteFromTheReport() throws Exception {
        Path f = Files.writeString(dir.resolve("r.txt"), TONGSHAN + "开展行政执法案卷评查工作。\n");
        try (WorkspaceSession s = open(false)) {
            long id = importPaths(s, ImportReports.NewVersionPolicy.KEEP_BOTH, f).get(0).reportId();
            ReviewValues review = new ReviewValues(s);
            assertThrows(ReviewValues.ReviewException.class, () -> review.add(id, "enforcement.files_reviewed",
                    new BigDecimal("50"), null, null, "评查案卷50卷", null));
            StoredValue added = review.add(id, "enforcement.files_reviewed", new BigDecimal("50"), "卷", null,
                    "开展行政执法案卷评查工作", "from the annex table");
            assertEquals(ReviewStatus.MANUAL, added.status());
            String text = s.queries().text(id).orElseThrow();
            assertEquals("开展行政执法案卷评查工作", text.substring(added.value().evidence().start(), added.value().evidence().end()));
            WorkspaceException twice = assertThrows(WorkspaceException.class, () -> review.add(id,
                    "enforcement.files_reviewed", new BigDecimal("51"), null, null, null, null));
            assertEquals(WorkspaceException.Kind.CONFLICT, twice.kind());
        }
    }

    @Test
    void cancelledImportListsTheFilesItDidNotImport() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), TONGSHAN);
        Path b = Files.writeString(dir.resolve("b.txt"), TONGSHAN.replace("通山县", "崇阳县"));
        try (WorkspaceSession s = open(false)) {
            CancellationToken cancel = new CancellationToken();
            List<ImportReports.FileOutcome> out = new ImportReports(s).run(
                    ImportReports.sources(List.of(a.toString(), b.toString())), ImportReports.NewVersionPolicy.KEEP_BOTH,
                    (done, total, file) -> {
                        if (done == 1) {
                            cancel.cancel();
                        }
                    }, cancel);
            assertEquals(ImportReports.Status.IMPORTED, out.get(0).status());
            assertEquals(ImportReports.Status.CANCELLED, out.get(1).status());
            assertNull(out.get(1).reportId());
            assertEquals(1, s.queries().reports(null, null, false).size());
        }
    }

    @Test
    void defaultLocationFollowsThePlatform() {
        assertEquals(Path.of("C:/Users/li/AppData/Roaming", "FazhiWorkbench", "workspace.db"),
                WorkspaceLocation.defaultPath(java.util.Map.of("APPDATA", "C:/Users/li/AppData/Roaming"), "Windows 10", "C:/Users/li"));
        assertEquals(Path.of("/home/li/.local/share/fazhi-workbench/workspace.db"),
                WorkspaceLocation.defaultPath(java.util.Map.of(), "Linux", "/home/li"));
        assertEquals(Path.of("/data/fazhi-workbench/workspace.db"),
                WorkspaceLocation.defaultPath(java.util.Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/li"));
    }

    @Test
    void anIndicatorAddedInTheAppIsFoundByReextraction() throws Exception {
        Path f = Files.writeString(dir.resolve("r.txt"), TONGSHAN + "依托法律援助工作站，全年共接待群众法律咨询600人次。\n");
        try (WorkspaceSession s = open(false)) {
            long id = importPaths(s, ImportReports.NewVersionPolicy.KEEP_BOTH, f).get(0).reportId();
            s.addIndicator(new Catalogues.NewIndicator("custom.consultations", "法律咨询", "Legal consultations", "人次",
                    false, "neutral", "disputes", "legal_aid", List.of("法律咨询"), false));
            assertThrows(Catalogues.InvalidCatalogueException.class, () -> s.addIndicator(new Catalogues.NewIndicator(
                    "custom.consultations", "重复", "", "件", false, "neutral", "disputes", "", List.of("x"), false)));
            new ReextractReports(s).run(ProgressListener.NONE, CancellationToken.none());
            assertEquals(0, new BigDecimal("600").compareTo(valueOf(s, id, "custom.consultations").value().value()));
        }
    }
}

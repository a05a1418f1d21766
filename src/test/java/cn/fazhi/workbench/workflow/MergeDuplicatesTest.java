package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.bench.BenchmarkCorpus;
import cn.fazhi.workbench.model.AuditEntry;
import cn.fazhi.workbench.model.MergeRules;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Workspaces made before copies were recognised by content hold one report several times, each in force;
 * {@code MergeDuplicates} finds them and merges them without losing a file or a person's decision.
 */
class MergeDuplicatesTest {
    @TempDir
    Path dir;

    private static String yuanzhou() throws Exception {
        return SampleReports.text(SampleReports.names().stream().filter(n -> n.startsWith("003")).findFirst().orElseThrow());
    }

    private static String pdfLike(String text) {
        StringBuilder b = new StringBuilder();
        for (String para : text.split("\n")) {
            for (int k = 0; k < para.length(); k += 38) {
                b.append(para, k, Math.min(para.length(), k + 38)).append('\n');
            }
        }
        return b.toString();
    }

    private static long storeAsBefore(WorkspaceSession s, String name, byte[] bytes) throws Exception {
        return OldDuplicates.store(s, name, bytes);
    }

    private static StoredValue value(WorkspaceSession s, long report, String indicator) throws Exception {
        return s.queries().values(report).stream().filter(v -> v.value().indicator().equals(indicator)).findFirst().orElseThrow();
    }

    @Test
    void oldCopiesAreFoundMergedIntoTheBestReadingOneAndEveryDecisionIsKept() throws Exception {
        String text = yuanzhou();
        try (WorkspaceSession s = WorkspaceSession.open(dir.resolve("ws.db"), false)) {
            long pdf = storeAsBefore(s, "袁州区-pdf.txt", pdfLike(text).getBytes(StandardCharsets.UTF_8));
            long docx = storeAsBefore(s, "袁州区.docx", BenchmarkCorpus.docx(text));
            long other = storeAsBefore(s, "另一份.txt", text.replace("7352件", "7353件").getBytes(StandardCharsets.UTF_8));
            assertEquals(3, s.queries().reports(null, null, false).size(), "before: three reports in force for 袁州区 2022");

            // decisions on the copy that will not stay in force
            ReviewValues review = new ReviewValues(s);
            review.correct(value(s, pdf, "mediation.disputes").id(), new BigDecimal("7400"), "件", Qualifier.EXACT, "checked");
            review.confirm(value(s, pdf, "mediation.succeeded").id(), "ok");
            // … and on the copy that will: its own decision wins, the copy's stays on the copy
            review.confirm(value(s, docx, "mediation.succeeded").id(), null);
            review.correct(value(s, pdf, "mediation.succeeded").id(), new BigDecimal("1"), "件", Qualifier.EXACT, "other");

            MergeDuplicates merge = new MergeDuplicates(s);
            List<MergeDuplicates.Group> groups = merge.find(ProgressListener.NONE, CancellationToken.none());
            assertEquals(1, groups.size(), "the corrected re-issue is another report, not a copy: " + groups);
            MergeDuplicates.Group g = groups.get(0);
            assertEquals(docx, g.primary().id(), "the .docx reads better than the text cut into lines");
            assertEquals(List.of(pdf), g.copies().stream().map(ReportSummary::id).toList());
            assertEquals(1, g.carried());
            assertEquals(1, g.kept().size());
            assertEquals(MergeRules.Fate.KEPT_PRIMARY_DECIDED, g.kept().get(0).fate());
            assertEquals(3, s.queries().reports(null, null, false).size(), "finding changes nothing");

            MergeDuplicates.Outcome out = merge.merge(groups, ProgressListener.NONE, CancellationToken.none());
            assertEquals(1, out.merged().size());
            List<ReportSummary> inForce = s.queries().reports(null, null, false);
            assertEquals(List.of(docx, other), inForce.stream().map(ReportSummary::id).sorted().toList());
            assertEquals(3, new ReportVersionsOf(s).versions(docx).size(), "nothing deleted: the copy is another version");

            StoredValue carried = value(s, docx, "mediation.disputes");
            assertEquals(ReviewStatus.CORRECTED, carried.status());
            assertEquals(0, new BigDecimal("7400").compareTo(carried.value().value()));
            assertEquals(ReviewStatus.CONFIRMED, value(s, docx, "mediation.succeeded").status(), "the primary's decision stays");
            StoredValue keptOnCopy = value(s, pdf, "mediation.succeeded");
            assertEquals(ReviewStatus.CORRECTED, keptOnCopy.status(), "the copy's differing decision is still there");
            assertEquals(0, BigDecimal.ONE.compareTo(keptOnCopy.value().value()));

            List<AuditEntry> audit = s.queries().history(null, null);
            assertTrue(audit.stream().anyMatch(a -> a.action().equals("other_version") && Long.valueOf(pdf).equals(a.reportId())
                    && a.note().contains("mediation.succeeded")), "the merge is audited and names what stayed on the copy");
            assertTrue(audit.stream().anyMatch(a -> a.action().equals("carry_over") && Long.valueOf(docx).equals(a.reportId())
                    && "mediation.disputes".equals(a.indicator())));

            assertEquals(List.of(), merge.find(ProgressListener.NONE, CancellationToken.none()), "nothing left to merge");
        }
    }

    @Test
    void aStalePlanIsRefusedAndChangesNothing() throws Exception {
        String text = yuanzhou();
        try (WorkspaceSession s = WorkspaceSession.open(dir.resolve("ws.db"), false)) {
            long txt = storeAsBefore(s, "袁州区.txt", text.getBytes(StandardCharsets.UTF_8));
            long docx = storeAsBefore(s, "袁州区.docx", BenchmarkCorpus.docx(text));
            MergeDuplicates merge = new MergeDuplicates(s);
            var groups = merge.find(ProgressListener.NONE, CancellationToken.none());
            assertEquals(1, groups.size());
            assertEquals(1, merge.merge(groups, ProgressListener.NONE, CancellationToken.none()).merged().size());
            var before = s.queries().reports(null, null, true);
            // the same plan again (a second window, or a dry run applied after the workspace changed): refused
            var out = merge.merge(groups, ProgressListener.NONE, CancellationToken.none());
            assertEquals(0, out.merged().size());
            assertEquals(1, out.refused().size());
            assertEquals(before, s.queries().reports(null, null, true), "nothing changed");
            assertEquals(1, s.queries().reports(null, null, false).size());
            assertTrue(List.of(txt, docx).contains(groups.get(0).primary().id()));
        }
    }

    @Test
    void copiesThatDisagreeMoveNothingAndAPersonChooses() {
        var a = stored(1, 10, "mediation.disputes", "7352", ReviewStatus.CONFIRMED);
        var b = stored(2, 11, "mediation.disputes", "7400", ReviewStatus.CORRECTED);
        var c = stored(3, 12, "legal_aid.cases", "5", ReviewStatus.MANUAL);
        var d = stored(4, 11, "legal_aid.cases", "5", ReviewStatus.MANUAL);
        var extracted = stored(5, 99, "legal_aid.cases", "6", ReviewStatus.EXTRACTED);
        var fates = MergeRules.decide(List.of(extracted), List.of(List.of(a, c), List.of(b, d)));
        assertEquals(List.of(MergeRules.Fate.KEPT_COPIES_DISAGREE, MergeRules.Fate.KEPT_COPIES_DISAGREE, MergeRules.Fate.CARRIED,
                MergeRules.Fate.SAME), fates.stream().map(MergeRules.Decision::fate).toList());
    }

    private static StoredValue stored(long id, long report, String indicator, String figure, ReviewStatus status) {
        var v = new cn.fazhi.workbench.model.IndicatorValue(indicator, new BigDecimal(figure), "件", Qualifier.EXACT, false,
                cn.fazhi.workbench.model.Section.RESULTS, null, 1.0, List.of(), List.of());
        return new StoredValue(id, report, v, status, null, "2023-01-01T00:00:00Z");
    }
}

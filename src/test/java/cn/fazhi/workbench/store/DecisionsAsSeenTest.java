package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.model.WorkspaceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Two people on one workspace (two windows on a shared drive, or the command line beside the window): a decision
 * made on a value as it was shown is refused when the other changed it in between, and so is an undo — a human
 * decision is never overwritten unseen.
 */
class DecisionsAsSeenTest {
    @TempDir
    Path dir;

    @Test
    void aDecisionOnAValueSomeoneElseChangedSinceIsRefusedAndNothingIsWritten() throws Exception {
        try (Workspace first = Workspace.open(dir.resolve("ws.db"));
             Workspace second = Workspace.open(dir.resolve("ws.db"))) {
            ReportStore store = new ReportStore(first);
            long report = store.insert(TestReports.county("通山县", 2022, 274));
            StoredValue shown = store.values(report).stream()
                    .filter(v -> v.value().indicator().equals("mediation.disputes")).findFirst().orElseThrow();
            ValueReview a = new ValueReview(first, "甲");
            ValueReview b = new ValueReview(second, "乙");

            StoredValue corrected = a.correct(shown.id(), shown, new BigDecimal("284"), null, null, "misprint");
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> b.confirm(shown, null));
            assertEquals(WorkspaceException.Kind.CHANGED_ELSEWHERE, e.kind());
            assertThrows(WorkspaceException.class, () -> b.reject(shown, null));
            assertThrows(WorkspaceException.class, () -> b.correct(shown.id(), shown, new BigDecimal("1"), null, null, null));
            StoredValue now = b.value(shown.id()).orElseThrow();
            assertEquals(ReviewStatus.CORRECTED, now.status(), "甲's correction stands");
            assertEquals(0, new BigDecimal("284").compareTo(now.value().value()));
            assertEquals(1, b.audit(null, shown.id()).size(), "only 甲's decision is in the audit log");

            StoredValue confirmed = b.confirm(corrected, "seen the correction"); // on what is stored now: fine
            assertEquals(ReviewStatus.CONFIRMED, confirmed.status());
            // 甲's undo would put back the extracted 274 over 乙's decision: refused too
            assertThrows(WorkspaceException.class, () -> a.restore(shown, corrected));
            assertEquals(ReviewStatus.CONFIRMED, a.value(shown.id()).orElseThrow().status());
            // the command line decides by id on what is stored, as before
            assertEquals(ReviewStatus.REJECTED, a.reject(shown.id(), null).status());
        }
    }

    @Test
    void aSuggestionDecidedElsewhereIsNotDecidedAgainUnseen() throws Exception {
        try (Workspace first = Workspace.open(dir.resolve("ws.db"));
             Workspace second = Workspace.open(dir.resolve("ws.db"))) {
            long report = new ReportStore(first).insert(TestReports.of("a.txt", "通山县2022年度法治政府建设情况报告\n一、主要成效\n"
                    + "全年共办理“一次不跑”事项34583件,办理“一次办好”事项109081件。全县共调处矛盾纠纷274件。\n"));
            SuggestionStore a = new SuggestionStore(first, "甲");
            SuggestionStore b = new SuggestionStore(second, "乙");
            var shown = a.forReport(report).get(0);
            assertEquals(cn.fazhi.workbench.model.SuggestionStatus.OPEN, shown.status());
            a.dismiss(shown.id(), shown.status(), "not the total");
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> b.accept(shown.id(), shown.status(), null));
            assertEquals(WorkspaceException.Kind.CHANGED_ELSEWHERE, e.kind());
            assertEquals(cn.fazhi.workbench.model.SuggestionStatus.DISMISSED, b.get(shown.id()).orElseThrow().status());
            // a person who sees it dismissed may still change their mind and take it
            assertEquals(ReviewStatus.CONFIRMED, b.accept(shown.id(), cn.fazhi.workbench.model.SuggestionStatus.DISMISSED, null).status());
        }
    }
}

package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.model.StoredSuggestion;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.model.SuggestionStatus;
import cn.fazhi.workbench.model.WorkspaceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Suggestions in the workspace: stored apart from values, accepted or dismissed by a person, kept across re-extraction. */
class SuggestionStoreTest {
    /** Two figures for the same indicator in one sentence: the extractor cannot tell which, a person decides. */
    private static final String REPORT = "通山县2022年度法治政府建设情况报告\n一、主要成效\n"
            + "全年共办理“一次不跑”事项34583件,办理“一次办好”事项109081件。全县共调处矛盾纠纷274件。\n";

    @TempDir
    Path dir;

    private Workspace open() throws WorkspaceException {
        return Workspace.open(dir.resolve("ws.db"));
    }

    @Test
    void doubtedFiguresAreStoredAsOpenSuggestionsNotValues() throws Exception {
        try (Workspace ws = open()) {
            ReportStore store = new ReportStore(ws);
            long id = store.insert(TestReports.of("a.txt", REPORT));
            assertTrue(store.values(id).stream().noneMatch(v -> v.value().indicator().equals("licensing.handled")));
            List<StoredSuggestion> s = new SuggestionStore(ws, "tester").forReport(id);
            assertEquals(2, s.size());
            assertTrue(s.stream().allMatch(g -> g.status() == SuggestionStatus.OPEN
                    && g.value().flags().contains("competing")));
        }
    }

    @Test
    void acceptingMakesTheFigureAConfirmedValueAndIsAudited() throws Exception {
        try (Workspace ws = open()) {
            ReportStore store = new ReportStore(ws);
            long id = store.insert(TestReports.of("a.txt", REPORT));
            SuggestionStore suggestions = new SuggestionStore(ws, "张三");
            StoredSuggestion big = suggestions.forReport(id).stream()
                    .filter(g -> g.value().value().compareTo(new BigDecimal("109081")) == 0).findFirst().orElseThrow();
            StoredValue v = suggestions.accept(big.id(), "一次办好 is the total");
            assertEquals(ReviewStatus.CONFIRMED, v.status());
            assertEquals(0, new BigDecimal("109081").compareTo(v.value().value()));
            assertEquals(SuggestionStatus.ACCEPTED, suggestions.get(big.id()).orElseThrow().status());
            assertTrue(store.audit(id, null).stream().anyMatch(a -> a.action().equals("accept_suggestion")
                    && a.who().equals("张三")));
        }
    }

    @Test
    void acceptingNeverOverwritesAValueAPersonDecided() throws Exception {
        try (Workspace ws = open()) {
            ReportStore store = new ReportStore(ws);
            long id = store.insert(TestReports.of("a.txt", REPORT));
            SuggestionStore suggestions = new SuggestionStore(ws, "tester");
            List<StoredSuggestion> open = suggestions.forReport(id);
            suggestions.accept(open.get(0).id(), null);
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> suggestions.accept(open.get(1).id(), null));
            assertEquals(WorkspaceException.Kind.CONFLICT, e.kind());
        }
    }

    @Test
    void reextractionKeepsDecisionsAndDoesNotSuggestADismissedFigureAgain() throws Exception {
        try (Workspace ws = open()) {
            ReportStore store = new ReportStore(ws);
            NewReport report = TestReports.of("a.txt", REPORT);
            long id = store.insert(report);
            SuggestionStore suggestions = new SuggestionStore(ws, "tester");
            StoredSuggestion first = suggestions.forReport(id).get(0);
            suggestions.dismiss(first.id(), "a part");
            store.reextract(id, report.values(), report.suggestions());
            List<StoredSuggestion> after = suggestions.forReport(id);
            assertEquals(1, after.stream().filter(g -> g.status() == SuggestionStatus.DISMISSED).count());
            assertEquals(1, after.stream().filter(g -> g.status() == SuggestionStatus.OPEN).count());
            assertTrue(after.stream().filter(g -> g.status() == SuggestionStatus.OPEN)
                    .noneMatch(g -> cn.fazhi.workbench.model.KeepRules.sameSuggestion(g.value(), first.value())));
        }
    }
}

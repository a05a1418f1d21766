package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.ReportConfirmation;
import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.model.Section;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.model.SuggestionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Confirming a whole report in one step: what it confirms, what it leaves, the audit and the undo. */
class ConfirmReportTest {
    private static final String TONGSHAN = "通山县2022年度法治政府建设情况报告\n一、主要成效\n"
            + "全年共办理“一次不跑”事项34583件,办理“一次办好”事项109081件。全县共调处矛盾纠纷274件。"
            + "全年共受理行政复议案件35件，行政诉讼案件应诉41件。\n";

    @TempDir
    Path dir;

    @Test
    void confirmsOnlyUntouchedValuesWithoutWarningsAndLeavesSuggestionsOpen() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.db"))) {
            ReportStore store = new ReportStore(ws, "张三");
            long report = store.insert(TestReports.of("a.txt", TONGSHAN));
            List<StoredValue> values = store.values(report);
            assertTrue(values.size() >= 2, "need two values to decide one by hand: " + values);
            StoredValue rejected = store.reject(values.get(0).id(), "wrong sentence");
            long warned = ws.write(c -> ValueRows.insert(c, report, new IndicatorValue("reconsideration.rate",
                    new BigDecimal("50"), "%", Qualifier.EXACT, false, Section.RESULTS, null, 0.9, List.of("inconsistent"),
                    List.of()), ReviewStatus.EXTRACTED, null));
            SuggestionStore suggestions = new SuggestionStore(ws, "张三");
            long open = suggestions.forReport(report).stream().filter(g -> g.status() == SuggestionStatus.OPEN).count();
            assertTrue(open >= 1, "the sample sentence has competing figures");

            ReportConfirmation done = store.review().confirmReport(report, "读完全文");

            List<StoredValue> after = store.values(report);
            assertEquals(ReviewStatus.REJECTED, byId(after, rejected.id()).status(), "a person's decision is kept");
            assertEquals(ReviewStatus.EXTRACTED, byId(after, warned).status(), "a value with a warning needs its own look");
            assertEquals(values.size() - 1, done.confirmed().size());
            assertTrue(done.confirmed().stream().allMatch(id -> byId(after, id).status() == ReviewStatus.CONFIRMED));
            assertEquals(1, done.withWarnings());
            assertEquals(1, done.alreadyDecided());
            assertEquals(open, done.openSuggestions());
            assertEquals(open, suggestions.forReport(report).stream().filter(g -> g.status() == SuggestionStatus.OPEN).count(),
                    "suggestions are not silently accepted or dismissed");

            var audit = store.review().audit(report, null);
            assertEquals(done.confirmed().size(), audit.stream().filter(a -> a.action().equals("confirm")
                    && "读完全文".equals(a.note()) && a.who().equals("张三")).count(), "each value audited");
            var whole = audit.stream().filter(a -> a.action().equals("confirm_report")).toList();
            assertEquals(1, whole.size());
            assertEquals(done.auditNote(), whole.get(0).note());

            long correctedSince = done.confirmed().get(0);
            store.correct(correctedSince, new BigDecimal("1"), null, null, null);
            assertEquals(done.confirmed().size() - 1, store.review().unconfirmReport(done));
            assertTrue(store.values(report).stream().filter(v -> v.id() != rejected.id() && v.id() != correctedSince)
                    .allMatch(v -> v.status() == ReviewStatus.EXTRACTED), "undo puts them back");
            assertEquals(ReviewStatus.CORRECTED, byId(store.values(report), correctedSince).status(),
                    "undo never overwrites a decision taken after the confirmation");
            assertEquals(ReviewStatus.REJECTED, byId(store.values(report), rejected.id()).status());
        }
    }

    private static StoredValue byId(List<StoredValue> values, long id) {
        return values.stream().filter(v -> v.id() == id).findFirst().orElseThrow();
    }
}

package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.model.Selection;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.model.ValueCheck;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A figure a person enters is checked at the door; a bad stored figure never stops a comparison or an export. */
class ValueDoorTest {
    @TempDir
    Path dir;

    private static final String TONGSHAN = "通山县2022年度法治政府建设情况报告\n一、主要成效\n全县共调处矛盾纠纷274件，调处成功率达到100%。"
            + "全年共收到行政复议申请21件，受理19件。\n";

    private WorkspaceSession withReport() throws Exception {
        Path f = dir.resolve("tongshan.txt");
        Files.writeString(f, TONGSHAN);
        WorkspaceSession s = WorkspaceSession.open(dir.resolve("ws.db"), false);
        new ImportReports(s).run(ImportReports.sources(List.of(f.toString())), ImportReports.NewVersionPolicy.KEEP_BOTH,
                ProgressListener.NONE, CancellationToken.none());
        return s;
    }

    private static StoredValue value(WorkspaceSession s, String indicator) throws Exception {
        long report = s.queries().reports(null, null, false).get(0).id();
        return s.queries().values(report).stream().filter(v -> v.value().indicator().equals(indicator)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1e400   | TOO_LARGE
            -3      | NEGATIVE
            1e-30   | TOO_PRECISE
            12.5    | NOT_WHOLE
            """)
    void aCorrectedCountThatIsNotSaneIsRefusedAndNothingChanges(String typed, ValueCheck.Problem expected) throws Exception {
        try (WorkspaceSession s = withReport()) {
            StoredValue before = value(s, "mediation.disputes");
            var e = assertThrows(ReviewValues.ReviewException.class, () -> new ReviewValues(s)
                    .correct(before.id(), ReviewValues.parseNumber(typed), null, null, null));
            assertEquals(expected, e.problem(), e.getMessage());
            assertEquals(before, value(s, "mediation.disputes"));
        }
    }

    @ParameterizedTest
    @CsvSource({"NaN", "Infinity", "-Infinity", "1e", "abc", "''", "1e2147483648"})
    void textThatIsNotAFiniteNumberIsRefused(String typed) {
        var e = assertThrows(ReviewValues.ReviewException.class, () -> ReviewValues.parseNumber(typed));
        assertEquals(ValueCheck.Problem.NOT_A_NUMBER, e.problem());
    }

    @Test
    void aRateAbove100PercentIsRefusedButAGoodCorrectionIsKept() throws Exception {
        try (WorkspaceSession s = withReport()) {
            StoredValue rate = value(s, "mediation.success_rate");
            var review = new ReviewValues(s);
            var e = assertThrows(ReviewValues.ReviewException.class,
                    () -> review.correct(rate.id(), new BigDecimal("120"), "%", null, null));
            assertEquals(ValueCheck.Problem.RATE_ABOVE_100, e.problem());
            assertEquals(0, new BigDecimal("99.5").compareTo(review.correct(rate.id(), new BigDecimal("99.5"), null, null, null)
                    .value().value()));
            long report = s.queries().reports(null, null, false).get(0).id();
            var add = assertThrows(ReviewValues.ReviewException.class,
                    () -> review.add(report, "legal_aid.cases", new BigDecimal("-1"), null, null, null, null));
            assertEquals(ValueCheck.Problem.NEGATIVE, add.problem());
        }
    }

    @Test
    void exportLeavesOutAStoredValueThatIsNotSaneAndSaysSo() throws Exception {
        try (WorkspaceSession s = withReport()) {
            StoredValue bad = value(s, "mediation.disputes");
            // as an older version (or a hand edit) could have stored it: past the door
            s.store().correct(bad.id(), new BigDecimal("1e400"), null, null, "before values were checked");
            Selection sel = new Selection(List.of(2022), List.of(), null, null, List.of(), List.of(), null, null);
            Path out = dir.resolve("out.xlsx");
            ExportComparison.Result r = new ExportComparison().export(s, sel, "t", false, null, out);
            assertTrue(Files.size(out) > 0);
            assertTrue(r.warnings().stream().anyMatch(w -> w.contains("value " + bad.id()) && w.contains("left out")),
                    r.warnings().toString());
        }
    }

    @Test
    void aFigureSelectedInTheTextIsAddedByHandWithItsSentenceWhereItStandsAndAWrongPlaceIsRefused() throws Exception {
        try (WorkspaceSession s = withReport()) {
            long report = s.queries().reports(null, null, false).get(0).id();
            String text = s.queries().text(report).orElseThrow();
            int at = text.indexOf("19件");
            SelectedFigure f = SelectedFigure.of(text, at, at + 2).orElseThrow();
            var review = new ReviewValues(s);
            var wrong = new cn.fazhi.workbench.model.Evidence(f.evidence().start() + 1, f.evidence().end() + 1,
                    f.evidence().sentence(), f.evidence().valueStart(), f.evidence().valueEnd());
            var e = assertThrows(ReviewValues.ReviewException.class, () -> review.addWithEvidence(report,
                    "reconsideration.accepted", f.value(), null, f.qualifier(), wrong, null));
            assertEquals(ReviewValues.Refusal.QUOTE_NOT_IN_TEXT, e.refusal());
            StoredValue added = review.addWithEvidence(report, "legal_aid.cases", f.value(), null, f.qualifier(), f.evidence(), null);
            assertEquals(cn.fazhi.workbench.model.ReviewStatus.MANUAL, added.status());
            assertEquals(0, new BigDecimal("19").compareTo(added.value().value()));
            assertEquals(f.evidence(), added.value().evidence());
            assertEquals("19件", text.substring(added.value().evidence().valueStart(), added.value().evidence().valueEnd()));
        }
    }
}

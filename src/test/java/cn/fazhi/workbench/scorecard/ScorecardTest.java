package cn.fazhi.workbench.scorecard;

import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.JurisdictionLevel;
import cn.fazhi.workbench.model.PartFinding;
import cn.fazhi.workbench.model.ReportPart;
import cn.fazhi.workbench.model.ReportStructure;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScorecardTest {
    private static final Jurisdiction A = new Jurisdiction("360921", "奉新县", "江西省宜春市奉新县", JurisdictionLevel.COUNTY,
            "360900", "江西省", "宜春市");
    private static final Jurisdiction B = new Jurisdiction("360102", "东湖区", "江西省南昌市东湖区", JurisdictionLevel.DISTRICT,
            "360100", "江西省", "南昌市");

    private static ReportStructure parts(PartFinding.How... how) {
        List<PartFinding> out = new ArrayList<>();
        for (ReportPart p : ReportPart.values()) {
            PartFinding.How h = p.ordinal() < how.length ? how[p.ordinal()] : PartFinding.How.MISSING;
            out.add(h == PartFinding.How.MISSING ? PartFinding.missing(p) : new PartFinding(p, h, "标题"));
        }
        return new ReportStructure(out, 10, 5);
    }

    private static ReportFacts report(LocalDate published, ReportStructure s, int stated, int flagged, List<String> copied) {
        return new ReportFacts(A, true, 1L, "报告", published, ReportFacts.DateSource.TEXT, s, stated, 10, flagged, copied);
    }

    @Test
    void aCompleteOnTimeReportWithAllFiguresScoresFull() {
        var h = PartFinding.How.HEADING;
        ReportFacts f = report(LocalDate.of(2023, 3, 1), parts(h, h, h, h, h), 10, 0, List.of());
        ReportScore s = Scorecard.score(2022, f, Deadlines.DEFAULT, ScoreWeights.DEFAULT);
        assertEquals(ReportScore.Timeliness.ON_TIME, s.timeliness());
        assertEquals(100, s.structure());
        assertEquals(100, s.substance(), "all core stated, half the statements with figures, no flag, nothing copied");
        assertEquals(100, s.total());
        assertEquals(ReportScore.Grade.GOOD, s.grade());
    }

    @Test
    void theDeadlineDayIsStillOnTimeAndTheNextIsLate() {
        var h = PartFinding.How.HEADING;
        ReportStructure st = parts(h);
        assertEquals(ReportScore.Timeliness.ON_TIME,
                Scorecard.score(2022, report(LocalDate.of(2023, 4, 1), st, 0, 0, List.of()), Deadlines.DEFAULT, ScoreWeights.DEFAULT).timeliness());
        assertEquals(ReportScore.Timeliness.LATE,
                Scorecard.score(2022, report(LocalDate.of(2023, 4, 2), st, 0, 0, List.of()), Deadlines.DEFAULT, ScoreWeights.DEFAULT).timeliness());
        Deadlines earlier = new Deadlines(MonthDay.of(3, 1), MonthDay.of(3, 15));
        assertEquals(ReportScore.Timeliness.LATE,
                Scorecard.score(2022, report(LocalDate.of(2023, 4, 1), st, 0, 0, List.of()), earlier, ScoreWeights.DEFAULT).timeliness());
        assertEquals(ReportScore.Timeliness.DATE_UNKNOWN,
                Scorecard.score(2022, report(null, st, 0, 0, List.of()), Deadlines.DEFAULT, ScoreWeights.DEFAULT).timeliness());
    }

    @Test
    void aPartOnlyInTheTextCountsHalf() {
        var h = PartFinding.How.HEADING;
        var t = PartFinding.How.TEXT;
        ReportScore s = Scorecard.score(2022, report(null, parts(h, t, PartFinding.How.THEMED_HEADINGS), 0, 0, List.of()),
                Deadlines.DEFAULT, ScoreWeights.DEFAULT);
        assertEquals(50, s.structure());
    }

    @Test
    void substanceFallsWithFlagsAndCopies() {
        var h = PartFinding.How.HEADING;
        ReportStructure st = parts(h, h, h, h, h);
        double clean = Scorecard.substance(report(null, st, 10, 0, List.of()));
        assertEquals(100, clean);
        assertEquals(95, Scorecard.substance(report(null, st, 10, 1, List.of())), 1e-9, "one inconsistent figure: 5 off");
        assertEquals(85, Scorecard.substance(report(null, st, 10, 9, List.of())), 1e-9, "at most the 15 of consistency");
        assertEquals(100 - 15 * 0.2, Scorecard.substance(report(null, st, 10, 0, List.of("a", "b"))), 1e-9, "two of ten copied");
        assertEquals(100 - 20, Scorecard.substance(report(null, st, 5, 0, List.of())), 1e-9, "half the core indicators");
    }

    @Test
    void weightsDecideTheTotalAndNoReportScoresNothing() {
        var h = PartFinding.How.HEADING;
        ReportFacts late = report(LocalDate.of(2023, 5, 1), parts(h, h, h, h, h), 10, 0, List.of());
        assertEquals(80, Scorecard.score(2022, late, Deadlines.DEFAULT, ScoreWeights.DEFAULT).total());
        assertEquals(0, Scorecard.score(2022, late, Deadlines.DEFAULT, new ScoreWeights(0, 1, 0, 0)).total());
        assertEquals(75, Scorecard.score(2022, late, Deadlines.DEFAULT, ScoreWeights.parse("1，1,1,1")).total());
        ReportScore none = Scorecard.score(2022, ReportFacts.noReport(B, true, 10), Deadlines.DEFAULT, ScoreWeights.DEFAULT);
        assertEquals(ReportScore.Timeliness.NO_REPORT, none.timeliness());
        assertEquals(0, none.total());
        assertThrows(IllegalArgumentException.class, () -> ScoreWeights.parse("0,0,0,0"));
        assertThrows(IllegalArgumentException.class, () -> ScoreWeights.parse("20,20,30"));
    }

    @Test
    void rowsAreGroupedByCityInCodeOrderAndRankedByTotal() {
        var h = PartFinding.How.HEADING;
        Scorecard c = Scorecard.score(2022, "江西省", null, List.of(report(LocalDate.of(2023, 3, 1), parts(h), 3, 0, List.of()),
                ReportFacts.noReport(B, true, 10)), Deadlines.DEFAULT, ScoreWeights.DEFAULT);
        assertEquals(List.of("南昌市", "宜春市"), List.copyOf(c.byCity().keySet()));
        assertEquals(1, c.ranked().size());
        assertEquals(2, c.expected());
        assertEquals(1, c.expectedReported());
    }
}

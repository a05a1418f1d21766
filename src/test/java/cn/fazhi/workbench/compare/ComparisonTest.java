package cn.fazhi.workbench.compare;

import cn.fazhi.workbench.model.Selection;
import cn.fazhi.workbench.extract.CatalogueLoader;
import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.ReviewStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import static cn.fazhi.workbench.compare.CompareFixture.CHONGYANG;
import static cn.fazhi.workbench.compare.CompareFixture.JIAYU;
import static cn.fazhi.workbench.compare.CompareFixture.TONGSHAN;
import static cn.fazhi.workbench.compare.CompareFixture.YUANZHOU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonTest {
    static final Catalogue CATALOGUE = CatalogueLoader.bundled();

    private static Selection select(List<Integer> years, List<String> indicators) {
        return new Selection(years, List.of(), null, null, indicators, List.of(), null, null);
    }

    private static int col(ComparisonTable t, String name) {
        for (int j = 0; j < t.jurisdictions().size(); j++) {
            if (t.jurisdictions().get(j).name().equals(name)) {
                return j;
            }
        }
        throw new AssertionError(name + " not in table");
    }

    private static int row(ComparisonTable t, String code) {
        for (int i = 0; i < t.indicators().size(); i++) {
            if (t.indicators().get(i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code + " not in table");
    }

    private static void assertNumber(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " got " + actual);
    }

    @Test
    void reviewedValuesWinRejectedOnesAreNeverUsedAndMissingIsNotZero() {
        CompareFixture f = new CompareFixture();
        f.report(TONGSHAN, 2022, null).value("mediation.disputes", "300");
        f.report(TONGSHAN, 2022, null).value("mediation.disputes", "310", Qualifier.EXACT, ReviewStatus.CORRECTED);
        f.report(CHONGYANG, 2022, null).value("mediation.disputes", "999", Qualifier.EXACT, ReviewStatus.REJECTED)
                .value("legal_aid.cases", "50");
        ComparisonTable t = Comparison.build(f.data, CATALOGUE, select(List.of(2022), List.of("mediation.disputes")));
        int i = row(t, "mediation.disputes");
        Cell tongshan = t.cell(col(t, "通山县"), i);
        assertNumber("310", tongshan.value());
        assertEquals(ReviewStatus.CORRECTED, tongshan.status());
        Cell chongyang = t.cell(col(t, "崇阳县"), i);
        assertTrue(chongyang.missing(), "a rejected value is never used");
        assertEquals(Absence.REJECTED, chongyang.absence(), "rejected, not 未披露");
        assertNumber("999", chongyang.rejectedValue());
        assertEquals(1, t.stats().get(i).count());
        assertNumber("310", t.stats().get(i).median());
    }

    @Test
    void ranksAreCompetitionRanksAndFollowTheIndicatorsDirection() {
        CompareFixture f = new CompareFixture();
        f.report(TONGSHAN, 2022, null).value("mediation.success_rate", "98").value("litigation.loss_rate", "5");
        f.report(CHONGYANG, 2022, null).value("mediation.success_rate", "100").value("litigation.loss_rate", "12");
        f.report(JIAYU, 2022, null).value("mediation.success_rate", "98", Qualifier.AT_LEAST, ReviewStatus.EXTRACTED)
                .value("litigation.loss_rate", "5");
        f.report(YUANZHOU, 2022, null).value("mediation.success_rate", "90");
        ComparisonTable t = Comparison.build(f.data, CATALOGUE,
                select(List.of(2022), List.of("mediation.success_rate", "litigation.loss_rate")));
        int rate = row(t, "mediation.success_rate");
        assertEquals(1, t.cell(col(t, "崇阳县"), rate).rank());
        assertEquals(2, t.cell(col(t, "通山县"), rate).rank());
        assertEquals(2, t.cell(col(t, "嘉鱼县"), rate).rank());
        assertTrue(t.cell(col(t, "嘉鱼县"), rate).qualifiedRank(), "a '以上' figure is ranked but marked");
        assertEquals("≥", t.cell(col(t, "嘉鱼县"), rate).marker());
        assertEquals(4, t.cell(col(t, "袁州区"), rate).rank(), "ties share a rank and the next skips: 1, 2, 2, 4");
        assertTrue(t.cell(col(t, "崇阳县"), rate).best());
        assertTrue(t.cell(col(t, "袁州区"), rate).worst());
        int loss = row(t, "litigation.loss_rate");
        assertEquals(1, t.cell(col(t, "通山县"), loss).rank(), "lower is better for the loss rate");
        assertEquals(3, t.cell(col(t, "崇阳县"), loss).rank(), "1, 1, 3");
        assertNull(t.cell(col(t, "袁州区"), loss).rank());
    }

    @Test
    void noReportNotStatedAndRejectedAreThreeDifferentStates() {
        CompareFixture f = new CompareFixture();
        f.report(TONGSHAN, 2021, null).value("legal_aid.cases", "90");
        f.report(CHONGYANG, 2022, null).value("legal_aid.cases", "321", Qualifier.EXACT, ReviewStatus.REJECTED);
        f.report(JIAYU, 2022, null).value("mediation.disputes", "5");
        ComparisonTable t = Comparison.build(f.data, CATALOGUE, select(List.of(2021, 2022), List.of("legal_aid.cases")));
        int i = row(t, "legal_aid.cases");
        assertEquals(Absence.NO_REPORT, t.cell(col(t, "通山县"), i).absence(), "only a 2021 report");
        assertEquals(Absence.REJECTED, t.cell(col(t, "崇阳县"), i).absence());
        assertEquals(Absence.NOT_STATED, t.cell(col(t, "嘉鱼县"), i).absence());
        assertNull(t.profiles().get(col(t, "通山县")).reportId());
        assertNull(t.cell(col(t, "通山县"), i).rank());
        assertEquals(0, t.stats().get(i).count());
    }

    @Test
    void indicatorsWithoutDirectionAreNotRanked() {
        CompareFixture f = new CompareFixture();
        f.report(TONGSHAN, 2022, null).value("mediation.disputes", "300");
        f.report(CHONGYANG, 2022, null).value("mediation.disputes", "500");
        ComparisonTable t = Comparison.build(f.data, CATALOGUE, select(List.of(2022), List.of("mediation.disputes")));
        assertNull(t.cell(0, 0).rank());
        assertNull(t.cell(1, 0).rank());
        assertFalse(t.cell(0, 0).best() || t.cell(1, 0).best() || t.cell(0, 0).worst() || t.cell(1, 0).worst());
    }

    @Test
    void aMedianBuiltFromAnAtLeastFigureKeepsItsMarker() {
        CompareFixture f = new CompareFixture();
        f.report(TONGSHAN, 2022, null).value("legal_aid.cases", "100");
        f.report(CHONGYANG, 2022, null).value("legal_aid.cases", "200", Qualifier.APPROX_OVER, ReviewStatus.EXTRACTED);
        f.report(JIAYU, 2022, null).value("legal_aid.cases", "400");
        ComparisonTable t = Comparison.build(f.data, CATALOGUE, select(List.of(2022), List.of("legal_aid.cases")));
        assertEquals("≥", t.stats().get(0).medianMarker());
        CompareFixture g = new CompareFixture();
        g.report(TONGSHAN, 2022, null).value("legal_aid.cases", "100", Qualifier.APPROX_OVER, ReviewStatus.EXTRACTED);
        g.report(CHONGYANG, 2022, null).value("legal_aid.cases", "200");
        g.report(JIAYU, 2022, null).value("legal_aid.cases", "400");
        assertEquals("", Comparison.build(g.data, CATALOGUE, select(List.of(2022), List.of("legal_aid.cases")))
                .stats().get(0).medianMarker(), "a marked figure away from the middle does not mark the median");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            litigation.loss_rate,    9.9,  GREEN
            litigation.loss_rate,   10,    GREEN
            litigation.loss_rate,   10.1,  YELLOW
            litigation.loss_rate,   20,    YELLOW
            litigation.loss_rate,   20.1,  RED
            mediation.success_rate, 95,    GREEN
            mediation.success_rate, 94.9,  YELLOW
            mediation.success_rate, 85,    YELLOW
            mediation.success_rate, 84.9,  RED
            """)
    void lightsAtTheBoundariesAreThoseOfTheNotes(String code, String value, Light expected) {
        assertEquals(expected, Comparison.light(new BigDecimal(value), CATALOGUE.find(code).orElseThrow()));
    }

    @Test
    void statisticsAndDistanceFromTheMedian() {
        CompareFixture f = new CompareFixture();
        f.report(TONGSHAN, 2022, null).value("legal_aid.cases", "100");
        f.report(CHONGYANG, 2022, null).value("legal_aid.cases", "200");
        f.report(JIAYU, 2022, null).value("legal_aid.cases", "400");
        f.report(YUANZHOU, 2022, null).value("legal_aid.cases", "500");
        ComparisonTable t = Comparison.build(f.data, CATALOGUE, select(List.of(2022), List.of("legal_aid.cases")));
        IndicatorStats s = t.stats().get(0);
        assertEquals(4, s.count());
        assertNumber("300", s.median());
        assertNumber("300", s.mean());
        assertNumber("100", s.min());
        assertNumber("500", s.max());
        assertNumber("-200", t.cell(col(t, "通山县"), 0).distanceFromMedian());
    }

    @Test
    void yearOnYearIsPercentagePointsForRatesAndPercentForCounts() {
        CompareFixture f = new CompareFixture();
        f.report(TONGSHAN, 2021, null).value("mediation.success_rate", "95.5").value("legal_aid.cases", "200");
        f.report(TONGSHAN, 2022, null).value("mediation.success_rate", "98").value("legal_aid.cases", "250");
        ComparisonTable t = Comparison.build(f.data, CATALOGUE,
                select(List.of(2021, 2022), List.of("mediation.success_rate", "legal_aid.cases")));
        assertNumber("2.5", t.cell(0, row(t, "mediation.success_rate")).change());
        assertNumber("25", t.cell(0, row(t, "legal_aid.cases")).change());
        assertEquals(2, t.byYear().size());
    }

    @Test
    void changeIsUnknownWithoutLastYearsFigure() {
        CompareFixture f = new CompareFixture();
        f.report(TONGSHAN, 2022, null).value("legal_aid.cases", "250");
        ComparisonTable t = Comparison.build(f.data, CATALOGUE, select(List.of(2022), List.of("legal_aid.cases")));
        assertNull(t.cell(0, 0).change());
    }

    @Test
    void trafficLightsFollowTheCatalogueThresholds() {
        var rate = CATALOGUE.find("mediation.success_rate").orElseThrow(); // green >= 95, red < 85
        assertEquals(Light.GREEN, Comparison.light(new BigDecimal("96"), rate));
        assertEquals(Light.YELLOW, Comparison.light(new BigDecimal("90"), rate));
        assertEquals(Light.RED, Comparison.light(new BigDecimal("80"), rate));
        var loss = CATALOGUE.find("litigation.loss_rate").orElseThrow(); // green <= 10, red > 20
        assertEquals(Light.GREEN, Comparison.light(new BigDecimal("5"), loss));
        assertEquals(Light.RED, Comparison.light(new BigDecimal("25"), loss));
        assertEquals(Light.NONE, Comparison.light(new BigDecimal("5"), CATALOGUE.find("legal_aid.cases").orElseThrow()));
    }

    @Test
    void completenessCountsStatedCoreIndicatorsAndOnTimeUsesTheDeadline() {
        CompareFixture f = new CompareFixture();
        f.report(TONGSHAN, 2022, LocalDate.of(2023, 3, 20)).value("mediation.disputes", "300")
                .value("litigation.cases", "10", Qualifier.EXACT, ReviewStatus.EXTRACTED, "inconsistent");
        f.report(CHONGYANG, 2022, LocalDate.of(2023, 4, 2)).value("legal_aid.cases", "5");
        ComparisonTable t = Comparison.build(f.data, CATALOGUE, select(List.of(2022), List.of()));
        JurisdictionProfile tongshan = t.profiles().get(col(t, "通山县"));
        long core = CATALOGUE.indicators().stream().filter(i -> i.core()).count();
        assertEquals(core, tongshan.coreTotal());
        assertEquals(2, tongshan.coreStated());
        assertEquals(1, tongshan.flagged());
        assertTrue(tongshan.onTime());
        assertFalse(t.profiles().get(col(t, "崇阳县")).onTime(), "2 April is after the 1 April deadline");

        Selection march = new Selection(List.of(2022), List.of(), null, null, List.of(), List.of(), MonthDay.of(3, 1), null);
        assertFalse(Comparison.build(f.data, CATALOGUE, march).profiles().get(col(t, "通山县")).onTime());
    }

    @Test
    void selectionByProvinceCityOrNamesAndReplacedReportsLeftOut() {
        CompareFixture f = new CompareFixture();
        f.report(TONGSHAN, 2022, null).value("legal_aid.cases", "1");
        f.report(CHONGYANG, 2022, null).value("legal_aid.cases", "2");
        f.report(YUANZHOU, 2022, null).value("legal_aid.cases", "3");
        var old = f.new ReportBuilder(JIAYU, 2022, null, 99L).value("legal_aid.cases", "4");
        Selection hubei = new Selection(List.of(2022), List.of(), "湖北省", null, List.of(), List.of(), null, null);
        assertEquals(2, Comparison.build(f.data, CATALOGUE, hubei).jurisdictions().size());
        Selection xianning = new Selection(List.of(2022), List.of(), null, "咸宁市", List.of(), List.of(), null, null);
        assertEquals(2, Comparison.build(f.data, CATALOGUE, xianning).jurisdictions().size());
        Selection named = new Selection(List.of(2022), List.of("360902", "湖北省咸宁市通山县", "某某县"), null, null,
                List.of(), List.of(), null, null);
        ComparisonTable t = Comparison.build(f.data, CATALOGUE, named);
        assertEquals(2, t.jurisdictions().size());
        assertTrue(t.warnings().stream().anyMatch(w -> w.contains("某某县")));
        assertFalse(t.jurisdictions().contains(old.summary().jurisdiction()), "a replaced report is not compared");
    }

    @Test
    void indicatorsByGroupKeepTheCatalogueOrder() {
        Selection disputes = new Selection(List.of(2022), List.of(), null, null, List.of(), List.of("rules"), null, null);
        ComparisonTable t = Comparison.build(List.of(), CATALOGUE, disputes);
        assertEquals(List.of("normative_docs.filed", "normative_docs.reviewed", "normative_docs.repealed"),
                t.indicators().stream().map(i -> i.code()).toList());
        assertTrue(t.isEmpty());
    }
}

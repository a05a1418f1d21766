package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;

/**
 * Round 52 (helpers a and f, blind): in a report, a court named bare (法院) after the jurisdiction's own suits, or as
 * the venue (被诉至法院, 经法院判决), is the court that heard those suits, so the figures after it are the
 * jurisdiction's; a court named with its name (县人民法院…) still speaks of its own caseload. Made-up sentences.
 */
class CourtOfTheSuitsRound52Test {
    private static final String COUNTY = "安吉县人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void aBareCourtAfterTheOwnSuitsHeardThem() {
        var x = extract(COUNTY + "全县行政机关全年共发生一审行政诉讼案件154件，由市中级人民法院指定集中管辖。"
                + "法院开庭审理139件，行政机关负责人出庭应诉139件。全年审结一审行政诉讼案件147件，行政机关败诉9件。\n");
        assertValue(x, "litigation.cases", "154");
        assertValue(x, "litigation.heard", "139");
        assertValue(x, "litigation.head_appeared", "139");
        assertValue(x, "litigation.concluded", "147");
        assertValue(x, "litigation.lost", "9");
    }

    @Test
    void aCourtAsTheVenueOrTheOneThatDecidedNamesNoOtherSubject() {
        var x = extract(COUNTY + "全年全县被诉至法院的行政案件共76件，法院已审结68件，其中行政机关败诉3件。\n");
        assertValue(x, "litigation.cases", "76");
        assertValue(x, "litigation.lost", "3");
        assertValue(extract(COUNTY + "全年全县行政机关应诉案件92件，经法院判决败诉4件，败诉率4.3%。\n"),
                "litigation.loss_rate", "4.3");
    }

    @Test
    void aBarePeoplesCourtIsBareToo() {
        var x = extract(COUNTY + "全县新收一审行政诉讼案件131件。人民法院开庭审理的118件案件中，行政机关负责人出庭应诉118件。"
                + "全年审结一审行政诉讼案件125件，行政机关败诉6件。\n");
        assertValue(x, "litigation.head_appeared", "118");
        assertValue(x, "litigation.lost", "6");
    }

    @Test
    void aNamedCourtStillSpeaksOfItsOwnCaseload() {
        var x = extract(COUNTY + "县人民法院全年受理各类行政案件312件。法院审结298件，行政机关败诉12件。\n");
        assertNoValue(x, "litigation.concluded");
        assertNoValue(x, "litigation.lost");
        assertNoValue(extract(COUNTY + "县人民法院全年受理行政案件312件，经法院判决行政机关败诉12件。\n"), "litigation.lost");
        // a bare court with no own suits before it, opening the sentence, is no venue either
        assertNoValue(extract(COUNTY + "法院全年受理行政案件286件，审结271件。\n"), "litigation.concluded");
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Legal aid cases are the cases taken in (受理、办理、承办); the cases concluded (办结) beside them in one sentence are
 * another measure of the same year's cases, as the corpus labels them — not a second answer, and not the value.
 */
class ConcludedBesideIntakeTest {

    @Test
    void theCasesTakenInWinOverTheCasesConcluded() {
        assertValue(report("全年受理法律援助案件960件，受援人数1984人次，办结法律援助案件465件。"), "legal_aid.cases", "960");
        assertValue(report("全年办结法律援助案件812件，受理法律援助案件860件。"), "legal_aid.cases", "860");
    }

    @Test
    void aConcludedCountFollowedByItsRateOrTheIntakeIsOnlySuggested() {
        concludedSuggestion("全年法律援助案件办结812件，办结率94.4%。");
        concludedSuggestion("全年共办结法律援助案件812件，结案率96%。");
        concludedSuggestion("全年办结法律援助案件812件，受理860件。");
    }

    @Test
    void aConcludedCountAloneAndApplicationsStayAsBefore() {
        aValue("全年共办结法律援助案件812件。", "legal_aid.cases");
        // applications may be refused: beside the cases concluded they still only compete
        var x = report("全年受理法律援助申请900件，办结法律援助案件812件，办结率94.4%。");
        assertTrue(x.values().stream().noneMatch(v -> v.indicator().equals("legal_aid.cases")), x.values().toString());
    }

    private static void concludedSuggestion(String sentence) {
        var x = report(sentence);
        assertTrue(x.values().stream().noneMatch(v -> v.indicator().equals("legal_aid.cases")), x.values().toString());
        assertTrue(x.suggestions().stream().anyMatch(v -> v.indicator().equals("legal_aid.cases")
                && v.flags().contains(Competition.CONCLUDED_BESIDE_INTAKE)), x.suggestions().toString());
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 51 (lead and a helper; tools/probes/redteam-round51-*-y2024-*.tsv, blind): the government itself as the
 * respondent of reviews that the body above decides, a body above deciding on the government's acts, and the
 * government's own losses after the suits of the government with its departments.
 */
class RespondentsRound51Test {
    private static final String TITLE = "安吉县人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void reviewsOfTheGovernmentAsRespondentAreTheCitysDecisions() {
        var x = extract(TITLE + "全年县政府被申请行政复议案件9件，经市政府审理维持7件、确认违法1件、申请人撤回1件。\n");
        assertTrue(value(x, "reconsideration.corrected").isEmpty(), describe(x.values()));
        assertTrue(value(x, "reconsideration.received").isEmpty(), describe(x.values()));
        // the government as the reviewing organ after it, or the whole county after it, speaks for itself
        assertValue(extract(TITLE + "2024年度，县政府被申请行政复议12件，县政府作为行政复议机关收到行政复议申请263件。\n"),
                "reconsideration.received", "263");
        x = extract(TITLE + "县政府作为被申请人的行政复议案件12件，全县共收到行政复议申请263件，纠错31件。\n");
        assertValue(x, "reconsideration.received", "263");
        assertValue(x, "reconsideration.corrected", "31");
        // the departments as respondents of the county's own reviews are not the government as respondent
        assertValue(extract(TITLE + "全年共收到行政复议申请263件，纠错31件，督促被申请人履职2件。\n"),
                "reconsideration.corrected", "31");
    }

    @Test
    void aBodyAboveDecidingOnTheGovernmentsActsSpeaksForItself() {
        var x = extract(TITLE + "湖州市人民政府作出行政复议决定撤销县政府行政行为2件、确认违法1件。\n");
        assertTrue(value(x, "reconsideration.corrected").isEmpty(), describe(x.values()));
    }

    @Test
    void theGovernmentsLossesAfterTheSuitsWithItsDepartmentsAreAPart() {
        var x = extract(TITLE + "县人民法院一审审结以县政府及其部门为被告的行政案件97件，其中县政府败诉6件。\n");
        assertTrue(value(x, "litigation.lost").isEmpty(), describe(x.values()));
        x = extract(TITLE + "全县行政机关作为被告的行政诉讼案件136件，县政府败诉2件。\n");
        assertValue(x, "litigation.cases", "136");
        assertTrue(value(x, "litigation.lost").isEmpty(), describe(x.values()));
        // the losses of the whole group stay
        assertValue(extract(TITLE + "县政府及其部门作为被告的行政诉讼案件112件，其中败诉4件。\n"), "litigation.lost", "4");
    }
}

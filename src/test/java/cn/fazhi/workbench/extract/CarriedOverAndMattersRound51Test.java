package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 51 (whole reports r124 and r125, blind): the cases carried over listed with 、 after the new ones, a body of
 * another matter in the sentence before a figure, and reviews closed by 调解和解 (not the mediation matter).
 */
class CarriedOverAndMattersRound51Test {
    private static final String TITLE = "南昌县人民政府关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n";

    @Test
    void theYearsConcludedAfterNewAndOldCasesListedWithAPauseMark() {
        var x = extract(TITLE + "全年全县行政机关作为被告的一审行政诉讼案件新收138件、旧存15件，审结141件，其中败诉8件，败诉率5.7%。\n");
        assertValue(x, "litigation.cases", "138");
        assertValue(x, "litigation.concluded", "141");
        assertValue(x, "litigation.lost", "8");
        // a count smaller than those carried over may be counted out of them: still a suggestion
        x = extract(TITLE + "全年新收行政诉讼案件108件、旧存12件，审结10件。\n");
        assertTrue(value(x, "litigation.concluded").isEmpty(), describe(x.values()));
    }

    @Test
    void aBodyOfAnotherMatterBeforeIsNotTheSubject() {
        var x = extract(TITLE + "县医疗纠纷人民调解委员会调解医疗纠纷86件，成功82件。全年办理法律援助案件2183件。\n");
        assertValue(x, "legal_aid.cases", "2183");
        assertTrue(value(x, "mediation.disputes").isEmpty(), describe(x.values()));
        // a body of the same matter still is
        x = extract(TITLE + "县公安局深化警调对接，调解治安纠纷312件。全年共调解矛盾纠纷1260件。\n");
        assertTrue(value(x, "mediation.disputes").isEmpty(), describe(x.values()));
        // and a court, which no matter's words name, still is
        x = extract(TITLE + "县人民法院充分发挥审判职能。全年共受理行政诉讼案件312件。\n");
        assertTrue(value(x, "litigation.cases").isEmpty(), describe(x.values()));
    }

    @Test
    void reviewsClosedByMediationAndSettlementStayReviews() {
        var x = extract(TITLE + "全年全县共收到行政复议申请468件，审结405件。审结案件中，维持253件、驳回41件、调解和解后终止59件，"
                + "直接纠错52件。\n");
        assertValue(x, "reconsideration.corrected", "52");
        x = extract(TITLE + "全年全县共收到行政复议申请468件，审结405件。通过调解、和解方式化解行政争议217件，直接纠错52件。\n");
        assertValue(x, "reconsideration.corrected", "52");
        // mediation's own words still name mediation
        assertValue(extract(TITLE + "全年共化解矛盾纠纷326件，调解成功320件。\n"), "mediation.succeeded", "320");
    }
}

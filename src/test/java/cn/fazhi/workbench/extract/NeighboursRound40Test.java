package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;

/**
 * Red-team round 40 (tools/probes/redteam-round40-recall*.txt): blind batches of controls — the county's whole-year
 * value of the weakest indicators (legal aid, the arbitration 结案率, heads appearing, repeals, losses, mediation's
 * successes, the correction rate) in the many ways reports write it — each with a trap of the same shape beside it.
 */
class NeighboursRound40Test {

    private static void notAValue(String sentence, String indicator) {
        assertNoValue(report(sentence), indicator);
    }

    @Test
    void aShareTheArithmeticTiesToTheDenominatorBeforeItIsTheRate() {
        var x = report("全年审结行政复议案件135件，直接纠正（含撤销、确认违法、变更、责令履行）行政行为17件，占比12.6%。");
        assertValue(x, "reconsideration.concluded", "135");
        assertValue(x, "reconsideration.corrected", "17");
        assertValue(x, "reconsideration.correction_rate", "12.6");
        assertValue(report("全年审结行政诉讼案件146件，败诉9件，占比6.16%。"), "litigation.loss_rate", "6.16");
        // a share the counts do not make (of another whole) stays unnamed; half a year stays out
        var other = report("全年审结行政复议案件135件，直接纠错17件，占比8.9%。");
        org.junit.jupiter.api.Assertions.assertTrue(value(other, "reconsideration.correction_rate")
                .map(v -> v.value().compareTo(new java.math.BigDecimal("8.9")) != 0).orElse(true));
        notAValue("上半年审结行政复议案件61件，直接纠错8件，占比13.1%。", "reconsideration.correction_rate");
    }

    @Test
    void aSubstantiveResolutionRateIsNotMediationsSuccessRate() {
        notAValue("实质性化解率达94%，乡镇行政机关负责人出庭应诉率达100%。", "mediation.success_rate");
        notAValue("行政争议实质化解率达96.5%。", "mediation.success_rate");
        // nor does it make a bare 调解率 beside it mediation's (d-0126: the reconsideration's 调解率)
        var x = report("实质性化解率达94%，行政机关负责人出庭应诉率达100%，调解率为40.74%。");
        assertValue(x, "litigation.head_appearance_rate", "100");
        assertNoValue(x, "mediation.success_rate");
        assertValue(report("全年调解矛盾纠纷1431件，成功化解1362件，化解率95.2%。"), "mediation.success_rate", "95.2");
    }

    @Test
    void aSentenceOpenedBy其中GoesOnWithThePeriodOfTheSentenceBefore() {
        var half = report("上半年审结一审行政诉讼案件41件。其中，判决行政机关败诉3件，败诉率为7.3%。");
        assertNoValue(half, "litigation.lost");
        assertNoValue(half, "litigation.loss_rate");
        var year = report("全年审结一审行政诉讼案件96件。其中，判决行政机关败诉7件，败诉率为7.3%。");
        assertValue(year, "litigation.concluded", "96");
        assertValue(year, "litigation.lost", "7");
        assertValue(year, "litigation.loss_rate", "7.3");
    }
}

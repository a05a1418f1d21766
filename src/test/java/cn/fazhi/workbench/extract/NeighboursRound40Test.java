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

    @Test
    void theCitysArbitrationCourtSpeaksAboveTheCounty() {
        notAValue("市劳动人事争议仲裁院结案率：97.1%。", "labour_arbitration.closing_rate");
        notAValue("市劳动人事争议仲裁院全年结案率97.1%。", "labour_arbitration.closing_rate");
        assertValue(report("县劳动人事争议仲裁院全年立案处理劳动人事争议案件564件，结案516件，仲裁结案率91.5%。"),
                "labour_arbitration.closing_rate", "91.5");
        assertValue(report("劳动人事争议仲裁结案率：98.6%。"), "labour_arbitration.closing_rate", "98.6");
    }

    @Test
    void oneKindAloneInBracketsAfterTheNounIsAPart() {
        notAValue("法律援助工作成效明显，全年共办理法律援助案件（刑事）708件。", "legal_aid.cases");
        notAValue("全年调解矛盾纠纷（婚姻家庭类）320件。", "mediation.disputes");
        assertValue(report("法律援助工作成效明显，全年共办理法律援助案件（含刑事、民事、行政）1158件。"), "legal_aid.cases", "1158");
    }

    @Test
    void headsAppearingInTheCasesOfOneKindTheClauseBeforeCountsAreAPart() {
        notAValue("全年开庭审理涉征地拆迁行政诉讼案件32件，行政机关负责人出庭应诉32件。", "litigation.head_appeared");
        notAValue("全年开庭审理涉征地拆迁行政诉讼案件32件，行政机关负责人出庭应诉率100%。", "litigation.head_appearance_rate");
        var x = report("全年开庭审理行政诉讼案件132件，行政机关负责人出庭应诉132件，出庭应诉率100%。");
        assertValue(x, "litigation.head_appeared", "132");
        assertValue(x, "litigation.head_appearance_rate", "100");
    }

    @Test
    void aTotalAfterAColonAndLossesNamedBeforeTheNoun() {
        assertValue(report("全年法律援助案件总数：1158件。"), "legal_aid.cases", "1158");
        assertValue(report("全年行政复议申请数量：286件。"), "reconsideration.received", "286");
        notAValue("递铺街道法律援助工作站全年法律援助案件总数：126件。", "legal_aid.cases");
        var x = report("全年被判决败诉的行政诉讼案件7件，败诉率4.8%，低于全市平均水平。");
        assertValue(x, "litigation.lost", "7");
        assertValue(x, "litigation.loss_rate", "4.8");
        notAValue("全年涉企被判决败诉的行政诉讼案件2件。", "litigation.lost");
    }

    @Test
    void aShareOfTheRatesWholeIsTheRateAndNoPart() {
        var x = report("全年行政诉讼案件败诉9件，占审结案件总数的6.2%。");
        assertValue(x, "litigation.lost", "9");
        assertValue(x, "litigation.loss_rate", "6.2");
        assertValue(report("全年审结行政复议案件135件，纠错17件，占审结案件的12.6%。"), "reconsideration.correction_rate", "12.6");
        // the share of another whole: of the received (no denominator of the rate), of the city's losses, of 维持
        notAValue("全年收到行政复议申请135件，直接纠错17件，占比12.6%。", "reconsideration.correction_rate");
        notAValue("全年行政诉讼案件败诉9件，占全市败诉案件的6.2%。", "litigation.loss_rate");
        notAValue("全年审结行政复议案件135件，其中维持92件，占比68.1%。", "reconsideration.correction_rate");
        notAValue("“一网通办”办件量25万件，占办件总量的78%。", "licensing.handled");
    }

    @Test
    void legalAidAbbreviatedOneMediatorAndHeadsInTheAudience() {
        assertValue(report("全年共办理法援案件1158件，法律援助覆盖面进一步扩大。"), "legal_aid.cases", "1158");
        notAValue("全年人民调解员个人调解成功纠纷326件。", "mediation.succeeded");
        notAValue("老杨个人调解工作室全年调解纠纷326件。", "mediation.disputes");
        notAValue("全年行政机关负责人出庭旁听庭审120人次。", "litigation.head_appeared");
        assertValue(report("全年行政机关负责人出庭应诉案件86件，出庭应诉率达100%。"), "litigation.head_appeared", "86");
    }

    @Test
    void countsNamedByTheirNumberWord() {
        assertValue(report("全年法律援助案件办理数1158件。"), "legal_aid.cases", "1158");
        assertValue(report("全年法律援助案件受理数1158件，办结数1096件。"), "legal_aid.cases", "1158");
        notAValue("全年法律援助案件办结数1096件。", "legal_aid.cases");
        var x = report("全年行政诉讼案件败诉数7件，败诉率4.8%。");
        assertValue(x, "litigation.lost", "7");
        assertValue(x, "litigation.loss_rate", "4.8");
        notAValue("全年行政诉讼二审败诉案件数量为2件。", "litigation.lost");
    }

    @Test
    void theArithmeticTiesNoFigureOfAnotherPeriod() {
        var x = report("一季度审结行政复议案件135件；全年直接纠错17件，占比12.6%。");
        assertValue(x, "reconsideration.corrected", "17");
        assertNoValue(x, "reconsideration.correction_rate");
        notAValue("全年涉企行政诉讼案件败诉9件，占审结案件总数的6.2%。", "litigation.loss_rate");
    }

    @Test
    void aColonAloneBetweenTheNameAndItsFigure() {
        assertValue(report("法律援助案件：1158件（其中刑事708件）。"), "legal_aid.cases", "1158");
        assertValue(report("行政复议申请：286件。"), "reconsideration.received", "286");
        notAValue("法律援助案件：上半年612件。", "legal_aid.cases");
        notAValue("递铺街道法律援助案件：126件。", "legal_aid.cases");
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;

/**
 * The dense figures of a 司法局's statistics of reconsiderations and lawsuits (round 21,
 * tools/probes/redteam-round21-statistics.txt and reports r65–r68): a figure counted out of a part (the second
 * instance, the cases carried over) is a part; cases handled with those carried over are not the year's
 * applications; cases still pending are none; a loss rate over the judgements alone is another measure; one group
 * of defendants as a clause's subject, and one bureau's heads in court, are parts.
 */
class StatisticsRound21Test {

    @Test
    void aFigureCountedOutOfAPartIsAPart() {
        notAValue("二审案件中，行政机关败诉1件。", "litigation.lost");
        notAValue("审结上年结转的行政复议案件19件，其中纠错2件。", "reconsideration.corrected");
        notAValue("涉企行政复议案件中，纠错9件。", "reconsideration.corrected");
        // the year's cases framing the figure, or a whole with its carried-over cases in brackets, limit nothing
        var x = report("在审结的151件行政诉讼案件中，判决结案82件，行政机关败诉7件。");
        assertValue(x, "litigation.lost", "7");
        var y = report("全年审结行政复议案件268件（含上年结转19件），其中纠错31件，纠错率11.6%。");
        assertValue(y, "reconsideration.concluded", "268");
        assertValue(y, "reconsideration.corrected", "31");
        assertValue(y, "reconsideration.correction_rate", "11.6");
    }

    @Test
    void oneKindOfCorrectionAmongTheCasesIsAPart() {
        notAValue("审结的行政复议案件中，作出撤销决定9件。", "reconsideration.corrected");
        notAValue("在审结案件中，确认违法6件。", "reconsideration.corrected");
        // the corrections as a whole among the same cases, and a kind after a count with no frame (WordingAndPeriodsTest)
        aValue("审结的行政复议案件中，纠错18件。", "reconsideration.corrected");
        aValue("全年审结行政复议案件40件，撤销具体行政行为3件。", "reconsideration.corrected");
    }

    @Test
    void casesHandledWithThoseCarriedOverAreNotTheYearsApplications() {
        var x = report("全年共办理行政复议案件305件（含上年结转19件）。");
        assertNoValue(x, "reconsideration.received");
        assertNoValue(x, "reconsideration.accepted");
        // what came in, with its carried-over remark, is left as the report gives it
        aValue("全年收到行政复议申请286件，同比增长15.3%。", "reconsideration.received");
    }

    @Test
    void casesStillPendingAreNoApplicationsReceived() {
        notAValue("截至12月底，尚有未结行政复议案件23件。", "reconsideration.received");
        aValue("全年新收行政复议申请286件。", "reconsideration.received");
    }

    @Test
    void aLossRateOverTheJudgementsAloneIsAnotherMeasure() {
        notAValue("一审判决败诉率为5.3%。", "litigation.loss_rate");
        var x = report("行政机关败诉7件，败诉率4.6%；实体判决败诉率为8.5%。");
        assertValue(x, "litigation.loss_rate", "4.6");
        // a lone first-instance loss rate stays the loss rate (LawsuitTrapsTest)
        aValue("一审行政案件败诉率5.3%。", "litigation.loss_rate");
    }

    @Test
    void oneGroupOfDefendantsAsTheSubjectIsAPart() {
        var x = report("县级部门败诉6件，败诉率5.8%。");
        assertNoValue(x, "litigation.lost");
        assertNoValue(x, "litigation.loss_rate");
        notAValue("乡镇（街道）应诉行政诉讼案件26件。", "litigation.cases");
        // the two levels together, and all the organs, are the whole
        aValue("全县行政机关败诉6件。", "litigation.lost");
        // the government as one reconsideration organ beside the departments (before the 2024 reform)
        notAValue("县政府全年收到行政复议申请236件，县级部门收到行政复议申请48件。", "reconsideration.received");
        aValue("县政府全年收到行政复议申请236件，以县级部门为被申请人的180件。", "reconsideration.received");
        notAValue("县政府受理行政复议案件262件，县级部门受理12件，全县合计274件。", "reconsideration.accepted");
        aValue("县政府全年审结行政复议案件248件，乡镇无行政复议职能。", "reconsideration.concluded");
    }

    @Test
    void countyLevelOrgansAMatterOrAKindOfApplicantAreParts() {
        notAValue("县级行政机关作为被告的行政诉讼案件142件。", "litigation.cases");
        notAValue("县级行政机关被诉案件142件，乡镇被诉案件26件。", "litigation.cases");
        notAValue("行政诉讼案件中，涉及征收拆迁的68件，败诉3件。", "litigation.lost");
        notAValue("申请人为自然人的行政复议申请352件。", "reconsideration.received");
        var x = report("行政机关败诉7件，败诉率（败诉案件占判决案件比例）8.5%。");
        assertValue(x, "litigation.lost", "7");
        assertNoValue(x, "litigation.loss_rate");
        aValue("全县各级行政机关应诉行政诉讼案件168件。", "litigation.cases");
        notAValue("县级部门复议纠错率12.6%。", "reconsideration.correction_rate");
        var y = report("全县复议纠错率11.6%，其中县级部门纠错率12.6%、乡镇（街道）纠错率8.3%。");
        assertValue(y, "reconsideration.correction_rate", "11.6");
    }

    @Test
    void oneBureausHeadsInCourtAreAPart() {
        notAValue("司法局负责人出庭应诉5次。", "litigation.head_appeared");
        notAValue("县自然资源和规划局局长出庭应诉3次。", "litigation.head_appeared");
        aValue("全年行政机关负责人出庭应诉156人次。", "litigation.head_appeared");
        var x = report("各局负责人出庭应诉率100%。");
        assertValue(x, "litigation.head_appearance_rate", "100");
    }
}

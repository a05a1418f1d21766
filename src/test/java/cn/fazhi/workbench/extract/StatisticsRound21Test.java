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

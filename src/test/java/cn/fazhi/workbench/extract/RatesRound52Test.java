package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;

/**
 * Round 52 (helper h, blind; tools/probes/redteam-round52-helper-h-y2024-county.tsv): rates after 分别 follow the
 * matters listed before them in order (the hotline's name 12345 is no item of the list), and the heads' rate of a first instance
 * beside the second instance's rate is one stage's (the loss rate is not). Made-up sentences.
 */
class RatesRound52Test {
    private static final String COUNTY = "安吉县人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void ratesAfterRespectivelyFollowTheListedMatters() {
        var x = extract(COUNTY + "全年登记信访事项2104件、受理12345热线工单18.2万件，按期办结率分别为99.6%、98.7%。\n");
        assertValue(x, "petitions.completion_rate", "99.6");
        assertValue(x, "hotline.completion_rate", "98.7");
        // counts after 分别 still pair with their matters
        x = extract(COUNTY + "全年办理行政复议案件96件、行政应诉案件61件，分别审结90件、55件。\n");
        assertValue(x, "reconsideration.concluded", "90");
        assertValue(x, "litigation.concluded", "55");
    }

    @Test
    void aFirstInstancesRateBesideTheSecondsIsOneStage() {
        assertNoValue(extract(COUNTY + "一审案件行政机关负责人出庭应诉率98%，二审案件出庭应诉率为81.5%。\n"),
                "litigation.head_appearance_rate");
        // the loss rate of the first instance is how reports give the suits' loss rate, beside the second's too
        assertValue(extract(COUNTY + "一审行政案件败诉率为4.9%，二审行政案件败诉率为2.6%。\n"), "litigation.loss_rate", "4.9");
        // beside a count of the second instance, the first instance's rate stays the suits' rate
        assertValue(extract(COUNTY + "全年一审行政诉讼案件败诉率为4.9%，另有二审案件31件。\n"), "litigation.loss_rate", "4.9");
    }
}

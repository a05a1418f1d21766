package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 51 batch b (tools/probes/redteam-round51-lead-b-y2024-county.tsv, blind): mediation before a review or a suit
 * is filed (案前调解) is a part, as 诉前调解 is; a one-stop resolution rate (一站式化解率) is not the success rate.
 */
class LookalikesRound51Test {
    private static final String TITLE = "安吉县人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void mediationBeforeAReviewIsAPart() {
        var x = extract(TITLE + "全年开展案前调解112件，调解成功87件。\n");
        assertTrue(value(x, "mediation.succeeded").isEmpty(), describe(x.values()));
        assertTrue(value(x, "mediation.disputes").isEmpty(), describe(x.values()));
    }

    @Test
    void aOneStopResolutionRateIsAnotherMeasure() {
        var x = extract(TITLE + "全县矛盾纠纷一站式化解率达92.4%。\n");
        assertTrue(value(x, "mediation.success_rate").isEmpty(), describe(x.values()));
        assertValue(extract(TITLE + "全年各级人民调解组织调解纠纷9862件，调解成功9815件，调解成功率99.5%。\n"),
                "mediation.success_rate", "99.5");
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;

/** A period written in brackets right after the figure is the figure's period. */
class PeriodInBracketsTest {

    @Test
    void aDateOrMonthsInBracketsAfterTheFigureLimitIt() {
        suggested("全县共受理行政复议申请86件（截至11月20日）。", "reconsideration.accepted");
        suggested("全县共调解矛盾纠纷1260件（1—10月），调解成功率98.6%。", "mediation.disputes");
    }

    @Test
    void theYearsEndOrAFigureOfItsOwnInBracketsDoNot() {
        aValue("全县共受理行政复议申请86件（截至12月31日）。", "reconsideration.accepted");
        aValue("全县共受理行政复议申请86件（上半年42件）。", "reconsideration.accepted");
        aValue("全县共受理行政复议申请86件（含上年结转12件）。", "reconsideration.accepted");
    }
}

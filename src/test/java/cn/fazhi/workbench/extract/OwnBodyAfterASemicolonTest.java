package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;

/**
 * A part of a sentence after a semicolon that opens with the jurisdiction's own body for the figure's matter, named by
 * its level alone (县12345热线, 县法律援助中心), is that body's: a centre named in an earlier part does not own it.
 */
class OwnBodyAfterASemicolonTest {

    @Test
    void theOwnHotlineOpeningItsPartIsNotTheCentreBefore() {
        assertValue(report("2022年，县行政服务中心受理各类业务12.3万件，按期办结率100%；县12345热线受理群众来电8.6万件，"
                + "形成工单2.1万件，按期办结率99.6%。"), "hotline.completion_rate", "99.6");
        assertValue(report("2022年，县公共资源交易中心完成交易860笔；县12345热线受理群众诉求7.2万件，按期办结率99.3%，"
                + "群众满意率96.1%。"), "hotline.completion_rate", "99.3");
    }

    @Test
    void withoutTheSemicolonOrWithAnotherBodyTheCentreStillOwnsIt() {
        // one part: the centre named first is still the subject of what follows in it
        suggested("2022年，县公共资源交易中心完成交易860笔，12345热线受理群众诉求7.2万件，按期办结率99.3%。",
                "hotline.completion_rate");
        // the part opens with a court, which does not handle the matter for the county
        notAValue("县公共资源交易中心完成交易860笔；县人民法院受理行政案件212件。", "litigation.cases");
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 50, batch c (tools/probes/redteam-round50-lead-c-county.tsv, blind): headings that name the towns without a
 * town's name (乡镇（街道）行政执法), one platform (“浙里办”平台) or key fields of enforcement (重点领域执法) make the
 * figures under them parts.
 */
class HeadingsRound50Test {
    private static ReportExtractor.Extraction under(String heading, String sentence) {
        return extract("安吉县人民政府2023年度法治政府建设情况报告\n一、主要举措和成效\n" + heading + "\n" + sentence + "\n");
    }

    private static void noValue(String heading, String sentence, String code) {
        var x = under(heading, sentence);
        assertTrue(value(x, code).isEmpty(), heading + " / " + sentence + " → " + describe(x.values()));
    }

    @Test
    void theTownsSectionsFiguresAreTheTowns() {
        noValue("（二）乡镇（街道）行政执法", "全年评查行政执法案卷326卷。", "enforcement.files_reviewed");
        noValue("（三）镇街矛盾纠纷化解", "全年共调解矛盾纠纷1260件。", "mediation.disputes");
        noValue("（三）街道调解工作", "全年共调解矛盾纠纷1260件。", "mediation.disputes");
        // the towns named with another level are all of them
        assertValue(under("（三）乡镇（街道）和村（社区）两级调解", "全年共调解矛盾纠纷5623件。"), "mediation.disputes", "5623");
    }

    @Test
    void anAreasSectionIsAPart() {
        noValue("（三）城区", "全年共调解矛盾纠纷1860件。", "mediation.disputes");
        noValue("（四）农村地区", "全年共调解矛盾纠纷3760件。", "mediation.disputes");
    }

    @Test
    void aPlatformsSectionIsOneChannel() {
        noValue("（三）“浙里办”平台", "全年网上办件32.6万件，网办率86.5%。", "online_service.rate");
        noValue("（二）综合受理窗口", "全年受理办件12.6万件。", "licensing.handled");
        // the hotline's platform is the hotline itself
        assertValue(under("（四）12345政务服务平台", "全年受理群众诉求16.2万件，按期办结率99.6%。"), "hotline.completion_rate", "99.6");
    }

    @Test
    void keyFieldsOfEnforcementAreAPart() {
        noValue("（四）重点领域执法", "全年评查行政执法案卷612卷。", "enforcement.files_reviewed");
        assertValue(under("（四）行政执法监督", "全年评查行政执法案卷612卷。"), "enforcement.files_reviewed", "612");
    }
}

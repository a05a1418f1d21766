package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;

/**
 * Round 72 (read after its clean scores): an enforcement measure's online rate, a 网上办理率 named as handled beside the
 * items available online, the towns listed with the government and its departments as defendants, the next item of a
 * summary list of matters, a clause of the circumstances, links with the police named as the means. Made-up text, not
 * the probes'.
 */
class ServicesSummariesAndCircumstancesRound72Test {

    @Test
    void penaltyCasesHandledOnlineAreNoGovernmentServices() {
        var x = report("依托统一行政执法监管平台，全年全县行政检查掌上执法率99.2%，行政处罚案件网上办理率100%。");
        assertNoValue(x, "online_service.rate");
    }

    @Test
    void aRateNamedAsHandledOnlineBesideTheItemsAvailableOnline() {
        var x = report("依申请政务服务事项网上可办率保持100%，全县政务服务网上办理率由上年的86.4%提高到90.2%。");
        assertValue(x, "online_service.rate", "90.2");
    }

    @Test
    void theTownsListedWithTheGovernmentAndItsDepartments() {
        var x = report("全年全县新收以县政府及其部门、乡镇（街道）为被告的一审行政诉讼案件142件，其中以县政府为被告的21件。");
        assertValue(x, "litigation.cases", "142");
        // beside the towns as another group, the government with its departments is one group (round 37 e)
        var groups = report("县政府及其部门作为被告的案件112件，乡镇（街道）作为被告的14件。");
        assertNoValue(groups, "litigation.cases");
    }

    @Test
    void theNextItemOfASummaryListOfMatters() {
        var x = report("全年共办理行政复议案件132件、法律援助案件986件，调处矛盾纠纷3862件，分别同比增长12.1%、5.4%和3.2%。");
        assertValue(x, "mediation.disputes", "3862");
        assertValue(x, "legal_aid.cases", "986");
    }

    @Test
    void aClauseOfTheCircumstancesIsNoSubject() {
        var x = report("在咸宁市法律援助案件总量同比下降4.2%的情况下，县法律援助中心全年仍受理法律援助案件812件。");
        assertValue(x, "legal_aid.cases", "812");
    }

    @Test
    void linksNamedAsTheMeansBeforeTheWhole() {
        var x = report("通过推行“访调对接”“警民联调”等机制，全县矛盾纠纷调解成功率达98.6%。");
        assertValue(x, "mediation.success_rate", "98.6");
        suggested("通过“诉调对接”机制，共调解纠纷326件，调解成功率96%。", "mediation.disputes");
    }

    /** Round 73 (read after its clean score): the hotline's rate of tickets answered at once is another measure. */
    @Test
    void theHotlinesDirectAnswerRateIsNoCompletionRate() {
        var x = report("深化“接诉即办”机制，12345热线直接答复办结率58.2%，工单平均办理时长压缩至2.8个工作日。");
        assertNoValue(x, "hotline.completion_rate");
        var whole = report("全县12345热线受理工单3.2万件，办结率99.6%，直接答复办结率62.1%。");
        assertValue(whole, "hotline.completion_rate", "99.6");
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.news;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;

/**
 * Red-team round 31 (tools/probes/redteam-round31-who.txt, tools/probes/news-round31.txt): near neighbours of the
 * tuning half's traps of WHO and WHICH PART — the same other body, other place, higher level or part said in other
 * words. The neighbours that were wrongly accepted, each with a control whose figure is the county's whole-year value.
 */
class NeighboursRound31Test {

    @Test
    void oneNamedChannelOfFilingIsAPart() {
        // "通过网上复议渠道申请8件" in a bracket was a part; the same channel as a sentence's own subject was accepted
        suggested("通过“浙里复议”网上渠道收到行政复议申请41件。", "reconsideration.received");
        // all the channels together are the whole
        assertValue(report("全年通过线上、线下等多种渠道共收到行政复议申请132件。"), "reconsideration.received", "132");
        assertValue(report("全年通过线上线下渠道收到行政复议申请132件。"), "reconsideration.received", "132");
        // the hotline's own channel is the hotline
        assertValue(report("全年通过12345热线渠道受理群众诉求21.6万件，办结率99.4%。"), "hotline.completion_rate", "99.4");
        var x = report("全年共收到行政复议申请132件（其中通过网上渠道提交17件），受理118件。");
        assertValue(x, "reconsideration.received", "132");
        assertValue(x, "reconsideration.accepted", "118");
    }

    @Test
    void aWindowThatProducesItemsIsOneChannel() {
        suggested("全年综合窗口产生办件2万余件。", "licensing.handled");
        suggested("全年综窗产生办件2万余件。", "licensing.handled");
        aValue("全县全年政务服务办件量52.6万件。", "licensing.handled");
        // every window of the county's hall is the hall's whole
        assertValue(report("全县政务服务中心各窗口全年共受理办件52.6万件。"), "licensing.handled", "526000");
    }

    @Test
    void aCampaignsCasesOnTheSpotAndTheCasesHelpersSteeredAreNoLegalAidTotal() {
        suggested("“法援惠民生”活动走进12个乡镇，现场受理法律援助案件58起。", "legal_aid.cases");
        var x = report("全县司法行政协理员参与矛盾纠纷化解420余件，引导办理法律援助130余件。");
        assertNoValue(x, "legal_aid.cases");
        assertValue(report("县法律援助中心全年共受理法律援助案件936件。"), "legal_aid.cases", "936");
        // on the spot and online listed together are all the ways of taking cases
        assertValue(report("全年现场受理、网上受理法律援助案件共936件。"), "legal_aid.cases", "936");
        assertValue(report("全年帮助困难群众办理法律援助案件936件。"), "legal_aid.cases", "936");
        // a whole with its groups after 其中 stays the whole
        assertValue(report("全县共办理各类法律援助案件1126件，其中农民工案件386件、未成年人案件92件。"), "legal_aid.cases", "1126");
    }

    @Test
    void villageTalkPointsAreOneChannelOfMediation() {
        suggested("全县128个“村民说事”点共化解矛盾纠纷1460件。", "mediation.disputes");
        suggested("全县1500个“百姓评理说事点”化解矛盾纠纷7500件。", "mediation.disputes");
        assertValue(report("全县各级人民调解组织共调解矛盾纠纷8650件，其中交通事故纠纷1320件。"), "mediation.disputes", "8650");
        // named beside all the mediation organisations, the points are among the whole
        assertValue(report("全县各级人民调解组织和“村民说事”点共调解矛盾纠纷8650件。"), "mediation.disputes", "8650");
    }

    @Test
    void theBacklogOfPetitionsIsAPart() {
        suggested("由县信访局牵头负责的信访积案12件，已办结10件，办结率83.3%。", "petitions.completion_rate");
        suggested("县领导包案信访事项12件，办结率83.3%。", "petitions.completion_rate");
        suggested("重复信访事项22件，办结率95.5%。", "petitions.completion_rate");
        assertValue(report("全县信访事项按期办结率100%。"), "petitions.completion_rate", "100");
        // a campaign on the backlog named before the year's count is no part of it (recall-mixed line 9)
        assertValue(report("扎实开展信访积案化解攻坚，全年受理信访事项1120件，按期办结率98.8%。"), "petitions.completion_rate", "98.8");
        assertValue(news(null, "2023年，全县信访事项按期办结率100%。"), "petitions.completion_rate", "100");
    }

    @Test
    void theRateOfSomeUnitsCountedByNumberIsNotTheCountys() {
        // loose text: the units a petitions office called back, then their rate with a bare name
        assertNoValue(news(null, "2023年，县信访局对35个责任单位开展回访，按期办结率均为100%。"), "petitions.completion_rate");
        assertValue(news(null, "2023年，全县共受理信访事项1860件，按期办结率99.6%。"), "petitions.completion_rate", "99.6");
    }

    @Test
    void aHeadingThatIsAMailboxsNameMakesItsFiguresTheMailboxs() {
        // in the sentence, 信箱 was already the mailbox's; under a heading of its name the rate was taken for petitions
        suggested("（二）县长信箱\n共受理群众来信412件，办结412件，办结率100%。", "petitions.completion_rate");
        suggested("（三）区长信箱办理情况\n共受理群众来信119件，办结率100%。", "petitions.completion_rate");
        suggested("（二）“书记信箱”\n全年收到来信186件，办结率100%。", "petitions.completion_rate");
        // a heading that names the petitions work itself leaves the rate alone
        aValue("（二）信访工作\n全年受理群众来信来访412件，按期办结率100%。", "petitions.completion_rate");
    }

    @Test
    void oneKindOfApplicantIsAPartOfTheApplications() {
        suggested("公民提出行政复议申请241件，法人和其他组织提出45件。", "reconsideration.received");
        suggested("企业提交行政复议申请45件。", "reconsideration.received");
        // every kind of applicant together is the whole
        assertValue(report("全年公民、法人和其他组织提出行政复议申请286件。"), "reconsideration.received", "286");
        assertValue(report("全年收到行政复议申请286件，其中公民提出241件。"), "reconsideration.received", "286");
    }

    @Test
    void theCountysLevelOfOrgansBesideTheTownsIsAPart() {
        var x = report("以县级行政机关为被告的案件142件，占81.6%；以乡镇政府为被告的案件32件，占18.4%。");
        assertNoValue(x, "litigation.cases");
        // the government alone as defendant is the county's lawsuits (labelling rule 4)
        assertValue(report("全年以县政府为被告的行政诉讼案件58件。"), "litigation.cases", "58");
    }

    @Test
    void theTownsHeadsInCourtAreAPartEvenAcrossTheCounty() {
        suggested("全县乡镇（街道）负责人出庭应诉率达100%。", "litigation.head_appearance_rate");
        assertNoValue(news(null, "2023年，全县乡镇（街道）负责人出庭应诉率达100%。"), "litigation.head_appearance_rate");
        assertValue(report("全县行政机关负责人出庭应诉率99.2%。"), "litigation.head_appearance_rate", "99.2");
        // the towns named beside the other organs are all of them
        assertValue(report("县政府、县级部门和乡镇（街道）负责人出庭应诉率均为100%。"), "litigation.head_appearance_rate", "100");
    }
}

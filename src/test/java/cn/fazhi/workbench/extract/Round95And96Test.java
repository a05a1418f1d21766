package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;

/**
 * Rounds 95 and 96 (read in part: 95 a, 95 c, reports r243 and r245, 96 a, 96 c; late, the older clean 93 b and r240):
 * what a bracket leaves out, the hotline's plain rate named by channel and tickets, a remark that compares, a department's
 * long name over its paragraph, the last year of a row that names the level reached, another channel's app, what was
 * reached against a target set from above, one field's campaign, agreements counted in 份, applications passed on, a
 * congress a document is filed with, a level held steady, applications counted as 申请量, one way of deciding, documents
 * of the government or its office, a part's row in a table run into one line. Made-up text, not the probes'.
 */
class Round95And96Test {

    @Test
    void aBracketLeavingOutAKindOfWorkLeavesTheWhole() {
        var aid = reportOf("宁阳县", 2024, "全年受理法律援助案件1350件（不含值班律师提供法律帮助1860人次），挽回经济损失1200万元。");
        assertValue(aid, "legal_aid.cases", "1350");
        var suits = reportOf("宁阳县", 2024, "全年审结行政诉讼案件118件（含上年结转12件），败诉7件（不含撤诉后重新起诉案件）。");
        assertValue(suits, "litigation.lost", "7");
        // a place or a body left out makes the rest a part
        var zone = reportOf("宁阳县", 2024, "全县共调解矛盾纠纷3860件（不含开发区），调解成功3801件。");
        assertNoValue(zone, "mediation.disputes");
        var bureau = reportOf("宁阳县", 2024, "全县行政应诉案件（不含县司法局）共86件。");
        assertNoValue(bureau, "litigation.cases");
    }

    @Test
    void theHotlinesPlainRateNamedByChannelAndTicketsBeatsTheOnTimeShare() {
        var x = reportOf("宁阳县", 2024, "全年12345热线受理工单11.3万件，热线工单办结率99.3%，按时办结率97.1%，群众满意率95.6%。");
        assertValue(x, "hotline.completion_rate", "99.3");
    }

    @Test
    void aRemarkThatComparesNamesNoSubjectOfTheClausesAfterIt() {
        var x = reportOf("宁阳县", 2024, "全年行政复议直接纠错率12.4%（泰安市平均为13.2%），行政诉讼败诉率4.8%（2023年为6.1%）。");
        assertValue(x, "reconsideration.correction_rate", "12.4");
        assertValue(x, "litigation.loss_rate", "4.8");
    }

    @Test
    void aDepartmentsLongNameOverItsParagraphIsItsSubject() {
        var x = reportOf("宁阳县", 2024, "（三）县人力资源和社会保障局\n全年办理信访事项96件，按期办结率100%，劳动保障监察案件结案率100%。");
        assertNoValue(x, "petitions.completion_rate");
    }

    @Test
    void theLastYearOfARowMayNameTheLevelItReached() {
        var x = reportOf("宁阳县", 2024, "全县信访事项按期办结率2023年为97.6%，2024年提高到99.1%。");
        assertValue(x, "petitions.completion_rate", "99.1");
    }

    @Test
    void anAppsRateAfterTheSemicolonIsThatChannels() {
        var x = reportOf("宁阳县", 2024, "县12345热线工单办结率99.5%；“爱山东·宁阳”移动端诉求办结率100%，首接办结率85.2%。");
        assertValue(x, "hotline.completion_rate", "99.5");
    }

    @Test
    void whatWasReachedAgainstATargetSetFromAboveIsTheResult() {
        var x = reportOf("宁阳县", 2024, "市政府下达我县政务服务网办率目标为90%，全年实际完成93.4%，超额完成目标任务。");
        assertValue(x, "online_service.rate", "93.4");
    }

    @Test
    void oneFieldsCampaignCountsAPartOfTheFiles() {
        var field = reportOf("宁阳县", 2024, "开展交通运输、市场监管领域执法案卷专项评查，评查案卷88卷，发现问题31个。");
        assertNoValue(field, "enforcement.files_reviewed");
        var all = reportOf("宁阳县", 2024, "开展行政执法案卷评查，全年评查案卷560卷，发现问题112个。");
        assertValue(all, "enforcement.files_reviewed", "560");
    }

    @Test
    void agreementsCountedInCopiesAreDisputesSettled() {
        var x = reportOf("宁阳县", 2024, "全县人民调解组织全年达成调解协议5280份，协议履行率99.5%。");
        assertValue(x, "mediation.succeeded", "5280");
    }

    @Test
    void applicationsPassedOnByContactPointsAreNoCases() {
        var x = reportOf("宁阳县", 2024, "全年，县法律援助中心共受理法律援助案件980件，挽回经济损失2100万元。\n"
                + "在12个乡镇（街道）公共法律服务工作站设立法律援助联络点，全年各联络点代为接收法律援助申请132件。");
        assertValue(x, "legal_aid.cases", "980");
    }

    @Test
    void theCongressADocumentIsFiledWithIsNoSubject() {
        var x = reportOf("宁阳县", 2024, "全年以县政府及县政府办公室名义印发规范性文件7件，均在30日内报送泰安市人民政府和宁阳县人民代表大会"
                + "常务委员会备案，全年报送备案规范性文件7件，报备率100%。");
        assertValue(x, "normative_docs.filed", "7");
    }

    @Test
    void aLevelHeldSteadyWithoutAYearIsNoResult() {
        var x = reportOf("宁阳县", 2024, "12345热线日均接听来电650个，月均转派工单0.9万件，工单按期办结率稳定在98%以上。");
        assertNoValue(x, "hotline.completion_rate");
        var year = reportOf("宁阳县", 2024, "全年12345热线受理工单10.8万件，工单按期办结率稳定在98.6%。");
        assertValue(year, "hotline.completion_rate", "98.6");
    }

    @Test
    void theApplicationsCountIsWhatWasReceived() {
        var x = reportOf("宁阳县", 2024, "行政复议申请量从2021年的126件增加到2024年的305件，行政复议已成为化解行政争议的主渠道。");
        assertValue(x, "reconsideration.received", "305");
    }

    @Test
    void itemsDecidedOneWayAreSomeOfTheItems() {
        var x = reportOf("宁阳县", 2024, "全年全县各级政务服务平台共办理政务服务事项98.6万件，网办率91.2%。\n"
                + "推行“秒批秒办”，全年通过智能审批方式办件5.2万件。");
        assertValue(x, "licensing.handled", "986000");
    }

    @Test
    void theGovernmentsOrItsOfficesDocumentsAreAllOfThem() {
        var x = reportOf("宁阳县", 2024, "2024年，县司法局对以县政府或县政府办公室名义制发的规范性文件开展合法性审查19件，提出修改意见52条。");
        assertValue(x, "normative_docs.reviewed", "19");
    }

    @Test
    void aPartsRowInATableRunIntoOneLineKeepsTheTable() {
        var x = reportOf("宁阳县", 2024, "项目\t2024年\t2023年\t同比 法律援助案件（件）\t1350\t1210\t11.6% 其中：刑事（件）\t520\t470\t10.6% "
                + "民事（件）\t830\t740\t12.2%");
        assertValue(x, "legal_aid.cases", "1350");
    }

    @Test
    void anAdministrativeAdjudicationIsNoPeoplesMediation() {
        var x = reportOf("宁阳县", 2024, "2024年，全县各级人民调解组织共调解矛盾纠纷5120件，调解成功5068件。\n"
                + "健全知识产权行政保护与司法保护衔接机制，全年办理知识产权侵权纠纷行政裁决和调解案件12件。");
        assertValue(x, "mediation.disputes", "5120");
    }

    @Test
    void aMailboxSentenceNamingRequestChannelsGivesTheMailboxsRate() {
        var x = reportOf("宁阳县", 2024, "全年县12345政务服务便民热线共受理群众诉求工单8.2万件，办结率99.9%，按时办结率99.0%。\n"
                + "畅通县政府门户网站“县长信箱”等网络诉求渠道，全年收到群众来信530件，办结率100%。");
        assertValue(x, "hotline.completion_rate", "99.9");
    }

    @Test
    void aMediationStatementInAReconsiderationDecisionNamesNoOtherMatter() {
        var x = reportOf("宁阳县", 2024, "全年审结行政复议案件142件。审结的案件中，维持70件，驳回20件，撤销6件，变更2件，确认违法8件，"
                + "责令履行3件，经调解和解后制作调解书或者申请人撤回申请结案27件，因其他原因终止6件。全年通过撤销、变更、确认违法、"
                + "责令履行等方式纠正违法或者不当行政行为19件，直接纠错率13.38%。");
        assertValue(x, "reconsideration.corrected", "19");
        assertValue(x, "reconsideration.correction_rate", "13.38");
    }

    @Test
    void aCourtNamedInWhatIsLeftOutIsNoSpeaker() {
        var x = reportOf("宁阳县", 2024, "全县各级人民调解组织全年调处矛盾纠纷6210件（不含法院诉前调解案件），调解成功率98.7%。");
        assertValue(x, "mediation.success_rate", "98.7");
    }

    @Test
    void theConcludedCasesAreTheLossRatesOwnBasis() {
        var x = reportOf("宁阳县", 2024, "按审结案件计算，全年行政机关败诉率为4.76%；按判决结案的58件计算，判决败诉率为8.6%。");
        assertValue(x, "litigation.loss_rate", "4.76");
    }

    @Test
    void aNewCasesColumnOfAReconsiderationTableCountsWhatWasReceived() {
        var x = reportOf("宁阳县", 2024, "表1 2024年行政复议案件办理情况\n地区\t新收\t受理\t审结\n宁阳县\t244\t226\t210\n"
                + "泰安市\t1290\t1175\t1102");
        assertValue(x, "reconsideration.received", "244");
    }

    @Test
    void aRowOfYearsAfterAnotherClause() {
        var x = reportOf("宁阳县", 2024, "行政机关负责人出庭应诉率连续三年保持100%，行政诉讼败诉率2023年为6.4%，2024年为4.9%。");
        assertValue(x, "litigation.loss_rate", "4.9");
    }

    @Test
    void documentsReviewedAndThenFiledInTheClauseJoinedByBing() {
        var x = reportOf("宁阳县", 2024, "全年县政府出台行政规范性文件8件，均经县司法局合法性审查，并在规定时间内报泰安市人民政府和县人大常委会备案。");
        assertValue(x, "normative_docs.reviewed", "8");
        assertValue(x, "normative_docs.filed", "8");
    }

    @Test
    void theOnTimeRowOfAHotlineTableYieldsToThePlainRow() {
        var x = reportOf("宁阳县", 2024, "表4  2024年12345热线诉求办理情况\n指标\t宁阳县\t泰安市\n受理诉求（万件）\t10.6\t201.4\n"
                + "办结率（%）\t99.5\t99.1\n按期办结率（%）\t98.6\t97.6\n满意率（%）\t96.0\t95.4");
        assertValue(x, "hotline.completion_rate", "99.5");
    }
}

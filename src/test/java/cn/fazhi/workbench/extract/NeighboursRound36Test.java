package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;

/**
 * Red-team round 36 (tools/probes/redteam-round36-measure*.txt): blind batches of WHAT MEASURE and WHICH INDICATOR
 * traps in report sentences — another measure than the indicator's (the organs as respondents, other hotlines, cases
 * transferred, items that can be handled, policy documents), a look-alike rate, a change. Each trap with a control
 * whose figure is the county's whole-year value.
 */
class NeighboursRound36Test {

    private static void notAValue(String sentence, String indicator) {
        assertNoValue(report(sentence), indicator);
    }

    @Test
    void theCountysActsCorrectedAreNotItsCorrections() {
        notAValue("2022年，全县行政行为被复议纠错率为4.1%。", "reconsideration.correction_rate");
        notAValue("全县行政机关被上级复议机关纠正率为3.2%。", "reconsideration.correction_rate");
        notAValue("全县各行政机关作为被申请人的复议案件86件，行政复议被纠正12件。", "reconsideration.corrected");
        var x = report("全年审结行政复议案件198件，其中直接纠错21件，直接纠错率10.6%。");
        assertValue(x, "reconsideration.corrected", "21");
        assertValue(x, "reconsideration.correction_rate", "10.6");
        assertValue(report("2022年全县行政复议纠错率为10.6%，较上年下降3.2个百分点。"),
                "reconsideration.correction_rate", "10.6");
    }

    @Test
    void casesCountedByTheOrgansAppliedAgainst() {
        notAValue("全县行政机关作为被申请人的行政复议案件86件。", "reconsideration.received");
        notAValue("全县行政机关被申请行政复议案件86件。", "reconsideration.received");
        notAValue("全县各行政机关作为被申请人的复议案件86件，行政复议被纠正12件。", "reconsideration.received");
        // the organ that receives them: its count
        assertValue(report("县政府作为复议机关共收到以全县各部门作为被申请人的复议申请236件。"),
                "reconsideration.received", "236");
        assertValue(report("全年县政府共收到以各乡镇、各部门作为被申请人的行政复议申请236件，受理208件。"),
                "reconsideration.received", "236");
    }

    @Test
    void anotherHotlinesRate() {
        notAValue("县营商环境投诉热线全年按时办结率100%。", "hotline.completion_rate");
        notAValue("县企业服务热线、政风行风热线按期办结率均为100%。", "hotline.completion_rate");
        notAValue("县数字城管热线全年办结率99.6%。", "hotline.completion_rate");
        assertValue(report("12345热线全年受理工单12.6万件，办结12.5万件，办结率99.2%。"), "hotline.completion_rate", "99.2");
        assertValue(report("全县12345政务服务便民热线全年按时办结率99.2%。"), "hotline.completion_rate", "99.2");
    }

    @Test
    void legalAidCasesTransferredAreNotTheCentresCases() {
        notAValue("全年通过“跨域通办”转办法律援助案件5件。", "legal_aid.cases");
        assertValue(report("全年办理法律援助案件1186件，提供法律咨询8620人次，受援群众1350人。"), "legal_aid.cases", "1186");
    }

    @Test
    void itemsThatCanBeHandledAreACatalogue() {
        notAValue("县政务服务中心可办理事项1406件，实现“一网通办”事项1320件。", "licensing.handled");
        assertValue(report("全年新增“跨省通办”事项56件，全年政务服务事项办件量56.3万件。"), "licensing.handled", "563000");
    }

    @Test
    void policyAndOrdinaryDocumentsAreNotNormativeOnes() {
        notAValue("全年合法性审查政策性文件45件，审核一般性文件26件。", "normative_docs.reviewed");
        assertValue(report("全年审查县政府及部门行政规范性文件32件，审核政策性文件45件。"), "normative_docs.reviewed", "32");
    }

    @Test
    void petitionsReviewedAgainAndResolved() {
        notAValue("全年信访事项复查复核按期办结率100%。", "petitions.completion_rate");
        var x = report("全年信访事项按期办结率98.7%，化解率96.9%，群众满意率95%。");
        assertValue(x, "petitions.completion_rate", "98.7");
        assertNoValue(x, "mediation.success_rate");
        assertValue(report("全年调解矛盾纠纷3520件，调解成功3498件，化解率99.4%。"), "mediation.success_rate", "99.4");
    }

    @Test
    void theApprovalBureausNameIsNotWhatItHandled() {
        notAValue("县行政审批局承办人大代表建议12件、政协提案8件。", "licensing.handled");
        notAValue("县审批局共收到投资项目备案320件。", "licensing.handled");
        assertValue(report("全年办理行政许可事项1.9万件，许可事项目录共228项。"), "licensing.handled", "19000");
        assertValue(report("全年政务服务办件85.6万件，网办率83.2%，即办件占比41.5%。"), "licensing.handled", "856000");
    }

    @Test
    void whatIsReceivedAboutAReconsiderationIsNotAnApplication() {
        notAValue("全年收到群众对行政复议决定的投诉3件。", "reconsideration.received");
        notAValue("全年收到被申请人履行行政复议决定情况报告12件。", "reconsideration.received");
        assertValue(report("全年收到行政复议申请236件，其中群众通过“浙里复议”网上申请98件。"),
                "reconsideration.received", "236");
    }

    @Test
    void reconsiderationAndLawsuitFilesAreNotEnforcementFiles() {
        notAValue("全年评查行政复议和行政应诉案卷86卷。", "enforcement.files_reviewed");
        assertValue(report("全年评查行政复议案卷60卷，行政执法案卷评查320卷。"), "enforcement.files_reviewed", "320");
        assertValue(report("全年审结行政复议案件198件，纠错率10.6%；行政执法监督纠错率5%。"),
                "reconsideration.correction_rate", "10.6");
    }

    @Test
    void ticketsHandledAgainSupervisedOrAtOneSeat() {
        notAValue("全年12345热线重办件办结率100%，督办件按期办结率98%。", "hotline.completion_rate");
        notAValue("12345热线营商环境专席全年按时办结率100%。", "hotline.completion_rate");
        notAValue("全年办理信访复查复核事项32件，按期办结率100%。", "petitions.completion_rate");
    }

    @Test
    void policyDocumentsDeclaredVoidAreNotNormativeDocumentsRepealed() {
        assertValue(report("全年宣布失效政策性文件45件，废止规范性文件12件。"), "normative_docs.repealed", "12");
    }

    @Test
    void requestsInsideACaseAndOneKindOfCase() {
        notAValue("全年收到行政复议停止执行申请3件，行政复议听证申请12件。", "reconsideration.received");
        notAValue("全年收到行政赔偿复议申请8件。", "reconsideration.received");
        var x = report("全年收到行政复议申请236件（含邮寄申请12件），依法受理208件。");
        assertValue(x, "reconsideration.received", "236");
        assertValue(x, "reconsideration.accepted", "208");
    }

    @Test
    void firstHandledAndDirectTicketsAndRetrials() {
        notAValue("12345热线首办办结率85%，直办件办结率100%。", "hotline.completion_rate");
        assertValue(report("12345热线按时办结率（剔除重复件）99.2%。"), "hotline.completion_rate", "99.2");
        notAValue("全年行政诉讼案件发回重审3件，行政机关胜诉79件。", "litigation.cases");
        var x = report("全县行政诉讼案件审结86件，行政机关胜诉79件，败诉7件。");
        assertValue(x, "litigation.concluded", "86");
        assertValue(x, "litigation.lost", "7");
    }
}

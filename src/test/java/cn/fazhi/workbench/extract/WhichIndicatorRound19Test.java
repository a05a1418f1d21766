package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;

/**
 * A real figure of the right matter given to another indicator (round 19,
 * tools/probes/redteam-round19-which-indicator.txt and reports r57–r59): a rate of reconsiderations and lawsuits
 * together is neither's, a reconsideration's 败诉 is no lawsuit's, lawsuits 被纠错 are not all lawsuits, and
 * business handled online is a part of all business handled; documents found wanting are not all documents filed or
 * reviewed; a rank of mediators (首席调解员) and the hotline's enterprise requests are parts.
 */
class WhichIndicatorRound19Test {

    @Test
    void aCorrectionRateOfLawsuitsAndReconsiderationsTogetherIsNotTheReconsiderations() {
        notAValue("全年行政诉讼和行政复议案件纠错率为8.2%。", "reconsideration.correction_rate");
        notAValue("全年行政复议和行政应诉案件纠错率为8.2%。", "reconsideration.correction_rate");
        notAValue("全年行政应诉案件纠错率4.9%。", "reconsideration.correction_rate");
        // the reconsiderations' own rate, also after a lawsuit clause
        aValue("全年行政复议纠错率为12.5%。", "reconsideration.correction_rate");
        var x = report("全年行政诉讼案件52件，行政复议纠错率12%。");
        assertValue(x, "reconsideration.correction_rate", "12");
        assertValue(x, "litigation.cases", "52");
        aValue("全年行政复议纠错率12.5%（纠错9件，审结72件）。", "reconsideration.correction_rate");
    }

    @Test
    void aReconsiderationsLossIsNoLawsuitsLoss() {
        notAValue("全年行政复议案件败诉率6%。", "litigation.loss_rate");
        notAValue("全年行政复议案件被申请人败诉9件。", "litigation.lost");
        notAValue("行政复议案件被申请人败诉率为12.5%。", "litigation.loss_rate");
        // a lawsuit clause after a reconsideration clause keeps its loss and its bare loss rate
        var x = report("全年行政复议案件纠错9件，行政诉讼败诉3件，败诉率5.8%。");
        assertValue(x, "litigation.lost", "3");
        assertValue(x, "litigation.loss_rate", "5.8");
        assertValue(x, "reconsideration.corrected", "9");
        aValue("全年行政诉讼败诉3件，行政复议纠错9件。", "litigation.lost");
        aValue("全年行政诉讼案件败诉率为3.8%，同比下降2个百分点。", "litigation.loss_rate");
    }

    @Test
    void lawsuitsCorrectedAreNotAllLawsuits() {
        notAValue("全年行政诉讼案件被纠错3件。", "litigation.cases");
        notAValue("全年行政诉讼案件被撤销3件。", "litigation.cases");
        aValue("全年新增行政诉讼案件52件。", "litigation.cases");
    }

    @Test
    void businessHandledOnlineIsAPartOfAllBusinessHandled() {
        notAValue("全年政务服务网办件51.8万件。", "licensing.handled");
        notAValue("全年政务服务事项网上办理51.8万件。", "licensing.handled");
        notAValue("全年掌上办理政务服务事项12.6万件。", "licensing.handled");
        // the whole, with its online rate beside it
        var x = report("全年政务服务办件量56.3万件，网办率92%。");
        assertValue(x, "licensing.handled", "563000");
        assertValue(x, "online_service.rate", "92");
        aValue("全年办理行政许可及政务服务事项56.3万件。", "licensing.handled");
        assertNoValue(report("全年审批服务办件56.3万件，按时办结率100%。"), "hotline.completion_rate");
    }

    @Test
    void documentsFoundWantingAreNotAllDocumentsFiledOrReviewed() {
        notAValue("全年备案审查发现问题文件3件。", "normative_docs.filed");
        notAValue("全年备案审查发现问题文件3件。", "normative_docs.reviewed");
        notAValue("全年合法性审查中发现问题文件3件。", "normative_docs.reviewed");
        // problems found after the count leave the count whole
        aValue("全年报备规范性文件5件，均未发现问题。", "normative_docs.filed");
        aValue("全年审查规范性文件28件，发现问题12个。", "normative_docs.reviewed");
    }

    @Test
    void oneRankOfMediatorsIsAPart() {
        suggested("全年首席调解员调解纠纷260件。", "mediation.disputes");
        suggested("全年金牌调解员调解纠纷120件。", "mediation.disputes");
        aValue("全年调解矛盾纠纷3260件，涉及当事人6800人。", "mediation.disputes");
    }

    @Test
    void theHotlinesRateForEnterprisesIsAPart() {
        suggested("全年12345热线企业诉求办结率100%。", "hotline.completion_rate");
        suggested("全年12345热线涉企诉求办结率100%。", "hotline.completion_rate");
        assertValue(report("全年12345热线受理诉求12.6万件，其中企业诉求1200件，办结率99%。"), "hotline.completion_rate", "99");
        assertValue(report("全年12345热线满意率、按期办结率分别为96%、99%。"), "hotline.completion_rate", "99");
    }

    @Test
    void oneActOverAListOfMattersActsOnEach() {
        var x = report("全年审结行政复议案件72件、行政诉讼案件46件。");
        assertValue(x, "reconsideration.concluded", "72");
        assertValue(x, "litigation.concluded", "46");
        assertNoValue(x, "litigation.cases");
        var y = report("全年审结行政诉讼案件46件、行政复议案件72件。");
        assertValue(y, "litigation.concluded", "46");
        assertValue(y, "reconsideration.concluded", "72");
        assertNoValue(y, "reconsideration.received");
        // an item with its own act, or an act that names the matter, keeps its own words
        var z = report("全年收到行政复议申请86件、行政诉讼案件52件，纠错率和败诉率分别为12.5%和3.8%。");
        assertValue(z, "reconsideration.received", "86");
        assertValue(z, "litigation.cases", "52");
        var w = report("全年审查规范性文件28件、备案19件、废止4件。");
        assertValue(w, "normative_docs.reviewed", "28");
        assertValue(w, "normative_docs.filed", "19");
        assertValue(w, "normative_docs.repealed", "4");
        var v = report("全年调解矛盾纠纷3260件、办理法律援助案件860件。");
        assertValue(v, "mediation.disputes", "3260");
        assertValue(v, "legal_aid.cases", "860");
    }

    @Test
    void aBareCorrectionRateAfterReconsiderationsAndLawsuitsTogetherIsNeithers() {
        notAValue("全年办理行政复议、行政诉讼案件138件，纠错率8%。", "reconsideration.correction_rate");
        aValue("全年办理行政复议案件86件，纠错率12%。", "reconsideration.correction_rate");
    }

    @Test
    void figuresAfterRespectivelyFollowTheMattersOfTheListBefore() {
        var x = report("全年办理行政复议案件86件、行政应诉案件52件，分别审结72件、46件。");
        assertValue(x, "reconsideration.concluded", "72");
        assertValue(x, "litigation.concluded", "46");
        var y = report("全年行政诉讼案件52件、行政复议案件86件，分别审结46件、72件。");
        assertValue(y, "litigation.concluded", "46");
        assertValue(y, "reconsideration.concluded", "72");
        // no 分别: the act's figures stay with the one matter named
        assertValue(report("全年受理行政复议案件86件，审结72件。"), "reconsideration.concluded", "72");
    }

    @Test
    void legalAidApplicationsBesideTheCasesAssignedAreNoLongerTheCases() {
        // 指派案件 without 法律援助 continues the sentence's matter: the cases assigned compete with the applications
        var x = report("全年法律援助中心受理法律援助申请900件，指派案件860件。");
        assertNoValue(x, "legal_aid.cases");
        org.junit.jupiter.api.Assertions.assertEquals(2, x.suggestions().stream()
                .filter(v -> v.indicator().equals("legal_aid.cases")).count(), x.suggestions().toString());
        assertNoValue(report("全年受理法律援助申请900件，指派承办案件860件。"), "legal_aid.cases");
        // alone, either is the year's legal aid cases; without the matter in the sentence, 指派案件 is nothing
        aValue("全年受理法律援助申请900件。", "legal_aid.cases");
        assertNoValue(report("全县法院全年受理案件900件，指派案件860件。"), "legal_aid.cases");
    }
}

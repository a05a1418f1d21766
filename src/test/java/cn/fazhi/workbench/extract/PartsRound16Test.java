package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.number;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parts of a total and other bodies' figures that red-team round 16 (tools/probes/redteam-round16-parts.txt and the
 * whole reports r47–r52) found accepted as the jurisdiction's values in reconsideration, licensing, normative
 * documents and mediation; and the wordings next to them that stay values.
 */
class PartsRound16Test {

    @Test
    void reconsiderationCasesClosedOneWayTakenOnTheSpotOrOfOneMatterAreParts() {
        suggested("全年通过调解和解方式办结行政复议案件56件。", "reconsideration.concluded");
        suggested("全年共收到行政复议申请312件，其中当场受理186件。", "reconsideration.accepted");
        suggested("全年收到涉及征地拆迁的行政复议申请58件，审结52件。", "reconsideration.received");
        suggested("全年收到涉及征地拆迁的行政复议申请58件，审结52件。", "reconsideration.concluded");
        // the whole beside its parts, and 不予受理 or 调解和解 in another clause, leave it whole
        aValue("全年共收到行政复议申请312件，其中当场受理186件。", "reconsideration.received");
        aValue("全年收到行政复议申请312件，依法受理286件，不予受理19件，告知向其他机关申请7件。", "reconsideration.accepted");
        aValue("全年共审结行政复议案件268件，其中维持186件，驳回32件，调解和解16件。", "reconsideration.concluded");
    }

    @Test
    void aHeadingThatNamesTheGovernmentAsRespondentLimitsTheFiguresUnderIt() {
        suggested("（二）县政府作为被申请人的行政复议案件\n全年共收到12件，审结11件。", "reconsideration.concluded");
        var x = report("（一）县政府作为被申请人的行政复议案件\n全年咸宁市人民政府共收到以县政府为被申请人的行政复议申请11件，审结10件，确认违法1件。\n"
                + "（二）县政府办理的行政复议案件\n全年共收到行政复议申请152件，受理143件，审结136件，纠错15件，纠错率11.0%。");
        assertEquals(15, number(x, "reconsideration.corrected").intValue(), describe(x.values()));
        assertEquals(136, number(x, "reconsideration.concluded").intValue(), describe(x.values()));
        aValue("（一）行政复议\n全年共收到行政复议申请312件，审结268件。", "reconsideration.concluded");
    }

    @Test
    void aHeadingThatNamesOneKindOfMediationOrTheTownsDocumentsLimitsTheFiguresUnderIt() {
        suggested("（三）诉前调解\n全年调解成功2860件。", "mediation.succeeded");
        suggested("（三）部门规范性文件备案\n全年备案28件，纠错2件。", "normative_docs.filed");
        suggested("（六）乡镇规范性文件备案审查\n全年审查规范性文件42件，备案38件。", "normative_docs.reviewed");
        // a topic heading of legal aid names no part ("法律援助事项" is what such headings call the topic)
        aValue("（五）法律援助事项办理情况\n全年共办理法律援助案件612件。", "legal_aid.cases");
        aValue("（四）人民调解\n全县共调解矛盾纠纷8630件，调解成功8542件。", "mediation.succeeded");
    }

    @Test
    void oneCommitteeOneLevelOneChannelOrOneTeamOfMediationIsAPart() {
        suggested("各村（社区）调委会全年调解成功6120件。", "mediation.succeeded");
        suggested("全年12348热线调解成功纠纷120件。", "mediation.succeeded");
        suggested("全年“共享法庭”调解成功960件。", "mediation.succeeded");
        suggested("全县“老娘舅”调解团队全年调解成功1260件。", "mediation.succeeded");
        // all levels, the whole county's committees, or the villages named beside the towns stay whole
        aValue("全县各级人民调解组织调解成功8542件，其中村级调委会调解成功6120件。", "mediation.succeeded");
        aValue("全县人民调解委员会共调解矛盾纠纷8630件，调解成功8542件。", "mediation.succeeded");
        aValue("全县乡镇和村（社区）调委会共调解矛盾纠纷8630件，调解成功8542件。", "mediation.succeeded");
    }

    /** Found when the three branches of 2026-12-01 were merged: each rule right alone, wrong together. */
    @Test
    void aHeadingAboutAnotherMatterAndAListOfOutcomesDoNotMakeAPart() {
        // the heading's 化解 is a part word of lawsuits beside their figure only (府院联动协调化解…件), and the heading is
        // about disputes, not lawsuits: the sample report's 79 suits against the district government stay its value
        aValue("（六）注重多方联动，有效化解社会矛盾。\n以区政府为被告行政应诉案件79件，其中已开庭审理75件。", "litigation.cases");
        // 废止 and 修改 are what the clean-up did, not two kinds of documents
        aValue("全年集中清理行政规范性文件，废止文件9件、修改文件4件。", "normative_docs.repealed");
        suggested("（三）诉前调解\n全年共调解矛盾纠纷1260件。", "mediation.disputes");
    }

    @Test
    void itemsHandledWhollyOnlineAreAPartOfAllItemsButTheOnlineRateIsTheRate() {
        suggested("全年全流程网办事项办件量42.6万件。", "licensing.handled");
        // the online rate is not a part of anything: after a count of business handled it is the rate (recall round 4)
        aValue("全年办理政务服务事项125.6万件，全程网办率91.2%。", "online_service.rate");
        aValue("全年办理政务服务事项125.6万件，全程网办率91.2%。", "licensing.handled");
        aValue("全县政务服务事项全年办件量52.6万件，其中县政务服务中心办件38.2万件。", "licensing.handled");
    }

    @Test
    void aDepartmentFilingWithTheGovernmentSpeaksForItself() {
        // "向县政府" names the government as the one the department files with, not as the subject
        suggested("县发改局全年向县政府报备规范性文件3件。", "normative_docs.filed");
        var x = report("县发展改革局全年向县政府报送备案规范性文件3件。");
        assertTrue(value(x, "normative_docs.filed").isEmpty(), describe(x.values()));
        // the government's own filing with the city stays its value
        aValue("全年报市政府备案县政府规范性文件12件，同时备案审查部门和乡镇规范性文件36件。", "normative_docs.filed");
        aValue("全年向县人大常委会报备规范性文件12件，及时率、规范率均达100%。", "normative_docs.filed");
    }

    @Test
    void reconsiderationOfOneKindOrOneProcedureIsAPart() {
        suggested("全年收到工伤认定行政复议申请68件，审结62件。", "reconsideration.received");
        suggested("全年收到工伤认定行政复议申请68件，审结62件。", "reconsideration.concluded");
        suggested("全年适用简易程序审结行政复议案件126件。", "reconsideration.concluded");
        suggested("全年普通程序审结行政复议案件142件。", "reconsideration.concluded");
        suggested("全年通过听证方式审结行政复议案件32件。", "reconsideration.concluded");
        // the whole before its procedures stays whole
        aValue("全年共审结行政复议案件268件，其中适用简易程序审结126件。", "reconsideration.concluded");
        aValue("全年共收到行政复议申请86件，涉及公安、人社、市场监管等部门。", "reconsideration.received");
    }

    @Test
    void moreKindsOfDisputesAndMoreSingleBodiesOfMediationAreParts() {
        suggested("全年边界纠纷调解成功46件。", "mediation.succeeded");
        suggested("全年旅游纠纷调解成功58件。", "mediation.succeeded");
        suggested("全年“和事佬”协会调解成功纠纷326件。", "mediation.succeeded");
        suggested("全年“云调解”平台调解成功纠纷320件。", "mediation.succeeded");
        suggested("全年“警民联调室”调解成功纠纷1460件。", "mediation.succeeded");
        suggested("全年“老娘舅”工作室调解成功纠纷286件。", "mediation.succeeded");
        // the three kinds of mediation together, or all kinds listed with 等, are the whole
        aValue("全年行政调解、司法调解、人民调解共调解成功8542件。", "mediation.succeeded");
        aValue("全年调解婚姻家庭、邻里、旅游等各类纠纷8630件，调解成功8542件。", "mediation.succeeded");
    }

    @Test
    void theItemsOfOneReformAreAPartOfTheItemsHandled() {
        suggested("全年“证照分离”改革事项办件1.2万件。", "licensing.handled");
        aValue("全年共受理各类审批服务事项86.2万件，其中行政许可事项28.6万件。", "licensing.handled");
    }

    @Test
    void theFirstKindOfAListWithoutItsTotalIsAPart() {
        suggested("全年报备县政府规范性文件5件、县政府办公室规范性文件7件。", "normative_docs.filed");
        suggested("全年审核并报备县政府规范性文件5件、部门规范性文件7件。", "normative_docs.filed");
        // a list of acts, or of two matters, leaves each figure whole
        aValue("全年受理行政复议案件56件、行政诉讼案件92件。", "reconsideration.accepted");
        aValue("全年共调解矛盾纠纷8630件、调解成功8542件。", "mediation.disputes");
    }

    @Test
    void oneKindOfLicenceIsAPartOfTheItemsHandled() {
        suggested("全年办理建设工程施工许可386件。", "licensing.handled");
        suggested("全年办理食品经营许可1200件。", "licensing.handled");
        suggested("全县共办理农业行政许可620件。", "licensing.handled");
        aValue("全年共受理行政许可申请6.8万件。", "licensing.handled");
        aValue("县政务服务中心全年共办理行政许可事项28.6万件。", "licensing.handled");
    }

    @Test
    void monthsOpeningTheSentenceBeforeTheYearsWordDateThePartialData() {
        suggested("1—11月，全年共收到行政复议申请286件。", "reconsideration.received");
        // a half-year's own count before the year's whole leaves the whole the year's
        aValue("1—6月调解纠纷420件，全年共调解纠纷860件。", "mediation.disputes");
        aValue("全年共收到行政复议申请312件。", "reconsideration.received");
    }

    @Test
    void oneKindBesideTheOtherKindWithoutATotalIsAPart() {
        notAValueOf("全年审查县政府规范性文件12件，报市政府备案12件，审查部门规范性文件28件，备案28件。", "normative_docs.reviewed");
        suggested("全年办理行政许可事项28.6万件，公共服务事项57.6万件。", "licensing.handled");
        // the departments' documents only filed beside the government's reviewed: the review's whole stays
        aValue("全年审查县政府规范性文件6件，报丽水市政府备案6件；备案审查县级部门规范性文件12件。", "normative_docs.reviewed");
        aValue("全年审查县政府规范性文件18件，备案审查乡镇、部门规范性文件36件，提出修改意见52条。", "normative_docs.reviewed");
        // the government's own filing with the city beside the departments' stays the filed count
        aValue("全年审查县政府规范性文件12件，报市政府备案12件，审查部门规范性文件28件，备案28件。", "normative_docs.filed");
    }

    private static void notAValueOf(String sentence, String code) {
        var x = report(sentence);
        assertTrue(value(x, code).isEmpty(), sentence + " → " + describe(x.values()));
    }
}

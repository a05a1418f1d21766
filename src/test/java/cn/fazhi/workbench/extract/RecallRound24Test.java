package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;

/**
 * Recall round 24 (tools/probes/redteam-round24-recall.txt and the whole reports r79–r82): a county's own whole
 * figure of the year said the ways real reports say it, which the extractor missed or only suggested, with the
 * controls beside each wording that must stay no value.
 */
class RecallRound24Test {

    @Test
    void piecesOfTheWholeElsewhereDoNotMakeTheWholeDoubtful() {
        // the towns' figures rival each other in their own sentence; they are pieces, not rivals of the whole
        assertValue(report("人民调解：全年共调解矛盾纠纷5460件，调解成功5428件。通羊镇调解纠纷1020件，南林桥镇调解纠纷860件。"),
                "mediation.disputes", "5460");
        assertValue(report("全县人民调解组织共受理矛盾纠纷2958件，调解成功2941件。县海事纠纷人民调解委员会全年调解海事纠纷58件。"
                + "通羊镇调解纠纷486件，南林桥镇调解纠纷312件。"), "mediation.disputes", "2958");
        assertValue(report("全县共调解矛盾纠纷3200件。县人民调解中心调解纠纷620件，县医调委调解纠纷48件。"),
                "mediation.disputes", "3200");
        // departments' figures (other bodies) rivalling each other still leave the choice to a person
        suggested("全县共评查行政执法案卷520卷。县市场监管局评查案卷86卷，县公安局评查案卷64卷。", "enforcement.files_reviewed");
        // two figures of equal standing for the whole in two sentences still compete
        suggested("全县共调解矛盾纠纷3200件。全年调解矛盾纠纷3260件，调解成功3250件。", "mediation.disputes");
    }

    @Test
    void legalAidCasesTakenInAreTheCasesNotThoseClosedAfterThem() {
        assertValue(report("法律援助方面，全年共受理法律援助案件726件，办结698件，提供法律咨询5360人次。"), "legal_aid.cases", "726");
        assertValue(report("法律援助：全年受理案件1128件，办结1096件。"), "legal_aid.cases", "1128");
        assertValue(report("全年指派法律援助案件726件，办结698件。"), "legal_aid.cases", "726");
        // 办结 alone stays the cases; a town's station and half a year stay out
        assertValue(report("全年办结法律援助案件698件。"), "legal_aid.cases", "698");
        notAValue("通羊镇法律援助工作站受理案件56件，办结52件。", "legal_aid.cases");
        notAValue("上半年受理法律援助案件360件，办结342件。", "legal_aid.cases");
    }

    @Test
    void documentsMadeAndAllReviewedAreTheDocumentsReviewed() {
        assertValue(report("全年新制定行政规范性文件12件，均经合法性审核。"), "normative_docs.reviewed", "12");
        assertValue(report("全年县政府出台行政规范性文件26件，均经县司法局合法性审核后发布。"), "normative_docs.reviewed", "26");
        assertValue(report("全年出台行政规范性文件18件，全部经过合法性审查。"), "normative_docs.reviewed", "18");
        assertValue(report("全年共有行政规范性文件21件经合法性审核后出台。"), "normative_docs.reviewed", "21");
        // the departments' documents, contracts, decisions, another act, half a year, a town: no value
        notAValue("全年县政府部门制定规范性文件12件，均经合法性审核。", "normative_docs.reviewed");
        notAValue("全年签订合同86份，均经合法性审查。", "normative_docs.reviewed");
        notAValue("全年出台重大行政决策9件，均经合法性审查。", "normative_docs.reviewed");
        notAValue("全年制定规范性文件12件，均经集体讨论决定。", "normative_docs.reviewed");
        notAValue("上半年制定规范性文件6件，均经合法性审核。", "normative_docs.reviewed");
        notAValue("通羊镇制定规范性文件3件，均经合法性审核。", "normative_docs.reviewed");
    }

    @Test
    void theGovernmentsAndTheDepartmentsDocumentsTogetherAreAllOfThem() {
        assertValue(report("全年审核县政府及县级部门行政规范性文件共计32件。"), "normative_docs.reviewed", "32");
        assertValue(report("全年审核县政府及其部门规范性文件40件。"), "normative_docs.reviewed", "40");
        assertValue(report("全年审核县政府和部门行政规范性文件32件，其中部门规范性文件20件。"), "normative_docs.reviewed", "32");
        notAValue("全年审核部门规范性文件20件。", "normative_docs.reviewed");
        notAValue("全年审核乡镇和部门规范性文件26件。", "normative_docs.reviewed");
    }

    @Test
    void theHeadsAppearingInCourtAtAHundredPercentIsTheirRate() {
        assertValue(report("全年全县行政机关负责人出庭应诉实现100%。"), "litigation.head_appearance_rate", "100");
        assertValue(report("全县行政机关负责人出庭应诉达100%。"), "litigation.head_appearance_rate", "100");
        notAValue("力争全县行政机关负责人出庭应诉达到100%。", "litigation.head_appearance_rate");
        notAValue("2021年全县行政机关负责人出庭应诉实现100%。", "litigation.head_appearance_rate");
        notAValue("县政府负责人出庭应诉实现100%。", "litigation.head_appearance_rate");
    }

    @Test
    void theCityThatReceivesTheFilingsIsNotWhoFilesThem() {
        assertValue(report("全年向咸宁市政府和县人大常委会报备规范性文件14件，报备率100%。"), "normative_docs.filed", "14");
        assertValue(report("全年报咸宁市人民政府备案规范性文件7件。"), "normative_docs.filed", "7");
        notAValue("咸宁市全年备案规范性文件86件。", "normative_docs.filed");
        notAValue("咸宁市政府全年向省政府报备规范性文件26件。", "normative_docs.filed");
        notAValue("全年向咸宁市政府申请行政复议的案件12件。", "reconsideration.received");
    }

    @Test
    void theGovernmentUnderAMattersLabelIsTheCounty() {
        var x = report("1.行政复议：全年县政府收案132件，依法受理121件。");
        assertValue(x, "reconsideration.received", "132");
        assertValue(x, "reconsideration.accepted", "121");
        assertValue(report("法律援助：全年我县受理案件620件。"), "legal_aid.cases", "620");
        notAValue("行政复议：全年市政府收到申请212件。", "reconsideration.received");
        notAValue("行政复议：全年通羊镇收到申请12件。", "reconsideration.received");
    }

    @Test
    void labelsEndingInManagementAndFirstInstanceCasesUnderALabel() {
        var x = report("规范性文件管理：审核48件，备案48件，备案率100%。");
        assertValue(x, "normative_docs.reviewed", "48");
        assertValue(x, "normative_docs.filed", "48");
        assertValue(report("行政应诉：新收一审案件68件，审结61件，败诉2件。"), "litigation.cases", "68");
        notAValue("行政应诉：新收二审案件18件。", "litigation.cases");
        notAValue("（三）合同管理\n全年审核86件。", "normative_docs.reviewed");
    }

    @Test
    void petitionChannelsListedTogetherAreAllOfThem() {
        assertValue(report("全年县信访局共受理来信来访及网上信访1260件次，按期办结率99.2%。"), "petitions.completion_rate", "99.2");
        notAValue("全年受理网上信访410件，按期办结率99.0%。", "petitions.completion_rate");
    }

    @Test
    void aFigureBeforeThePlainNounItCounts() {
        assertValue(report("全年共收到86件行政复议申请。"), "reconsideration.received", "86");
        assertValue(report("全年共受理86件行政复议申请，审结80件。"), "reconsideration.accepted", "86");
        assertValue(report("全年共有86件行政复议申请被依法受理。"), "reconsideration.accepted", "86");
        assertValue(report("全年共有5620件矛盾纠纷得到调解，调解成功5588件。"), "mediation.disputes", "5620");
        assertValue(report("全年共审核21件行政规范性文件。"), "normative_docs.reviewed", "21");
        assertValue(report("全年共发生58件一审行政诉讼案件。"), "litigation.cases", "58");
        assertValue(report("县政府共收到212件行政复议申请。"), "reconsideration.received", "212");
        // one kind, a town, half a year, another year, the court, a target, people: no value
        notAValue("全年共调解86件婚姻家庭纠纷。", "mediation.disputes");
        notAValue("全年共受理56件涉企行政复议申请。", "reconsideration.accepted");
        notAValue("通羊镇共调解320件矛盾纠纷。", "mediation.disputes");
        notAValue("上半年共收到56件行政复议申请。", "reconsideration.received");
        notAValue("2021年共收到78件行政复议申请。", "reconsideration.received");
        notAValue("县法院全年共审结102件行政诉讼案件。", "litigation.concluded");
        notAValue("力争全年共调解5000件矛盾纠纷。", "mediation.disputes");
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;

/**
 * Red-team round 27 (tools/probes/redteam-round27-mediation.txt and the whole reports r91–r94): the part of a county
 * report written from the justice bureau's year — mediation, legal aid, public legal services, 普法, 社区矫正. The
 * wordings that were wrongly accepted, and the whole figures that were lost, with the controls beside them.
 */
class MediationRound27Test {

    @Test
    void bodiesOfOneKindCountedBeforeAreTheSubjectOfTheDisputesAfterThem() {
        notAValue("全县共有调解工作室46个，全年调解纠纷1260件。", "mediation.disputes");
        notAValue("全县建有村（社区）调委会233个，全年调解矛盾纠纷3620件。", "mediation.disputes");
        // r94: the studios' 680 no longer competes with the whole beside it
        var x = report("全县各级人民调解组织全年调解矛盾纠纷5680件，成功5612件，成功率98.8%，涉及金额2.16亿元。"
                + "全县建成“和顺”调解工作室11个，全年调解纠纷680件。");
        assertValue(x, "mediation.disputes", "5680");
        // all the committees, or bodies of several kinds listed together, are the whole
        assertValue(report("全县共有人民调解委员会268个，全年调解矛盾纠纷4120件。"), "mediation.disputes", "4120");
        assertValue(report("全县建成调解中心1个、调解室186个，全年调解矛盾纠纷4120件。"), "mediation.disputes", "4120");
    }

    @Test
    void theTownsJusticeOfficesAndTheBureausOwnOfficeAreParts() {
        notAValue("全县16个司法所共调解矛盾纠纷1680件。", "mediation.disputes");
        notAValue("县司法局局机关全年接待来访群众调解纠纷42件。", "mediation.disputes");
        // the bureau guiding all the committees speaks of them all
        assertValue(report("县司法局指导全县人民调解组织调解矛盾纠纷4120件。"), "mediation.disputes", "4120");
        assertValue(report("全县各级人民调解组织在司法所指导下共调解矛盾纠纷4120件。"), "mediation.disputes", "4120");
    }

    @Test
    void keyDisputesEnterprisesDisputesAndLinksInQuotesAreParts() {
        notAValue("全县矛盾纠纷排查覆盖率100%，重点矛盾纠纷化解率96.2%。", "mediation.success_rate");
        notAValue("全年组织“法律进企业”活动186场，为企业提供法治体检312家次，帮助企业化解纠纷46件。", "mediation.disputes");
        notAValue("全县“访调、诉调、警调”对接共调解矛盾纠纷1320件。", "mediation.disputes");
        notAValue("12345热线全年转办矛盾纠纷类工单3260件，调处化解3180件。", "mediation.disputes");
        assertValue(report("全县人民调解成功率达99.3%，群众满意率98.6%。"), "mediation.success_rate", "99.3");
    }

    @Test
    void aPartInBracketsDoesNotMakeTheRateAfterItAPart() {
        var x = report("全县调解组织共调解纠纷5236件（其中涉企纠纷318件），调解成功率99.0%。");
        assertValue(x, "mediation.disputes", "5236");
        assertValue(x, "mediation.success_rate", "99.0");
        // the kind in the rate's own words still makes it a part
        notAValue("全年调解涉企矛盾纠纷326件，调解成功率97.8%。", "mediation.success_rate");
    }

    @Test
    void legalAidForOneGroupOfPeopleIsAPart() {
        notAValue("全年为残疾人、老年人等特殊群体办理法律援助案件186件。", "legal_aid.cases");
        notAValue("全年为农民工办理法律援助案件98件。", "legal_aid.cases");
        assertValue(report("全年为困难群众办理法律援助案件612件。"), "legal_aid.cases", "612");
        assertValue(report("全年为2860名群众办理法律援助案件612件。"), "legal_aid.cases", "612");
        assertValue(report("全年共办理法律援助案件612件，其中为未成年人提供援助68件。"), "legal_aid.cases", "612");
    }

    @Test
    void communityCorrectionIsNoLicensing() {
        notAValue("社区矫正对象全年办理请假外出审批86件，警告处分12件，提请撤销缓刑3件。", "licensing.handled");
        notAValue("全年开展社区矫正调查评估218件，社区矫正对象再犯罪率为0。", "licensing.handled");
    }

    @Test
    void aSentenceOpenedByTheBodyThatHandlesItsMatterNamesItsOwnSubject() {
        // r92: the court's sentence before does not make the arbitration tribunal's rate the court's
        var x = extract("晋江市人民政府关于2024年法治政府建设年度报告\n\n一、主要工作成效\n\n"
                + "市人民法院委派委托调解案件5230件，调解成功2690件。市劳动人事争议仲裁院全年受理劳动人事争议案件1460件，仲裁结案率96.4%。\n");
        assertValue(x, "labour_arbitration.closing_rate", "96.4");
        // the service hall's sentence before does not make the hotline platform's rate the hall's
        var y = extract("晋江市人民政府关于2024年法治政府建设年度报告\n\n一、主要工作成效\n\n"
                + "市行政服务中心全年受理各类政务服务事项86.2万件，办结86.1万件。12345便民服务平台全年受理群众诉求28.6万件，按时办结率99.3%。\n");
        assertValue(y, "hotline.completion_rate", "99.3");
        // a court's own figures after its sentence stay the court's
        var z = extract("晋江市人民政府关于2024年法治政府建设年度报告\n\n一、主要工作成效\n\n"
                + "市人民法院深化诉源治理。全年诉前调解纠纷2160件，调解成功率48.6%。\n");
        assertNoValue(z, "mediation.success_rate");
    }

    @Test
    void aBareMediatingVerbAfterTheDisputesFoundMediatesThem() {
        var x = report("全年排查矛盾纠纷3260件，调处3180件，调处成功3126件，调处成功率98.3%。");
        assertValue(x, "mediation.disputes", "3180");
        assertValue(x, "mediation.succeeded", "3126");
        assertValue(report("全年排查矛盾纠纷6120件，调解4862件，其中调解成功4808件。"), "mediation.disputes", "4862");
        // the found disputes' kind or body goes with them; 化解 alone may be the success, so it is not read
        notAValue("全年排查重大矛盾纠纷156件，调处148件。", "mediation.disputes");
        notAValue("全年排查矛盾纠纷3260件，化解3180件。", "mediation.disputes");
        notAValue("全年共排查各类矛盾纠纷3126件，均已落实化解责任。", "mediation.disputes");
    }

    @Test
    void applicationsForMediationReceivedAreTheDisputes() {
        assertValue(report("全年受理群众调解申请4120件，调解成功4062件。"), "mediation.disputes", "4120");
        notAValue("全年受理行政调解申请86件。", "mediation.disputes");
        notAValue("全年受理诉前调解申请860件。", "mediation.disputes");
    }

    @Test
    void enterprisesCommitteesPetitionsThroughALinkAndEveryLevelNamed() {
        notAValue("全县企业调解委员会全年调解企业内部纠纷126件。", "mediation.disputes");
        notAValue("通过访调对接化解的信访事项按期办结率100%。", "petitions.completion_rate");
        assertValue(report("全县信访事项按期办结率99.6%。"), "petitions.completion_rate", "99.6");
        // the trades' committees with the towns' and villages' beside them are every level
        assertValue(report("县级行业性专业性调委会和乡镇、村调委会全年共调解矛盾纠纷4120件。"), "mediation.disputes", "4120");
        notAValue("全县行业性专业性人民调解委员会全年调解纠纷1320件，调解成功率98.2%。", "mediation.disputes");
    }

    @Test
    void aHeadingNamingALinkMakesTheDisputesUnderItThatLinks() {
        var x = extract("通山县2022年度法治政府建设情况报告\n一、主要举措和成效\n（二）诉调对接\n全年调解矛盾纠纷860件，调解成功率96.5%。\n");
        assertNoValue(x, "mediation.disputes");
        assertNoValue(x, "mediation.success_rate");
        notAValue("全年“援调对接”调解纠纷126件。", "mediation.disputes");
        // the sentence naming the whole under such a heading is the whole
        var y = extract("通山县2022年度法治政府建设情况报告\n一、主要举措和成效\n（二）诉调对接\n全县各级人民调解组织全年共调解矛盾纠纷4120件。\n");
        assertValue(y, "mediation.disputes", "4120");
    }
}

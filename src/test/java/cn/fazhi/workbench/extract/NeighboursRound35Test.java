package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;

/**
 * Red-team round 35 (tools/probes/redteam-round35-who*.txt): blind batches of WHO and WHICH PART traps in report
 * sentences — parts named by a phrase before the noun, one body or station named by role, units counted before a
 * named rate, a body in the sentence before or the heading above, the court's or procuratorate's figures in a county
 * report's words. Each trap with a control whose figure is the county's whole-year value.
 */
class NeighboursRound35Test {

    private static void notAValue(String sentence, String indicator) {
        assertNoValue(report(sentence), indicator);
    }

    @Test
    void aPhraseThatNamesOneMatterSourceOrCauseIsAPart() {
        notAValue("针对土地征收决定的行政复议申请38件。", "reconsideration.received");
        notAValue("调解涉及土地承包经营的矛盾纠纷230件，调解成功226件。", "mediation.disputes");
        notAValue("调解涉及土地承包经营的矛盾纠纷230件，调解成功226件。", "mediation.succeeded");
        notAValue("受理来自残疾人、老年人的法律援助申请92件。", "legal_aid.cases");
        notAValue("因土地征收引起的行政诉讼案件48件，败诉2件。", "litigation.cases");
        notAValue("因土地征收引起的行政诉讼案件48件，败诉2件。", "litigation.lost");
        notAValue("清理针对民营企业的规范性文件48件，废止5件。", "normative_docs.repealed");
        notAValue("来自县级部门转办的工单按时办结率100%。", "hotline.completion_rate");
        notAValue("涉及民生领域的12345热线诉求按时办结率100%。", "hotline.completion_rate");
        // the whole, and the whole public as the source
        var x = report("全年共收到行政复议申请286件，受理271件。");
        assertValue(x, "reconsideration.received", "286");
        assertValue(x, "reconsideration.accepted", "271");
        assertValue(report("全年共发生行政诉讼案件136件，败诉3件，败诉率2.2%。"), "litigation.cases", "136");
        assertValue(report("全年办理来自群众的12345热线诉求21.6万件，按时办结率99.6%。"), "hotline.completion_rate", "99.6");
    }

    @Test
    void aStationNamedByRoleIsOneBody() {
        notAValue("“和事佬”之家全年调解矛盾纠纷360件。", "mediation.disputes");
        notAValue("县“红枫”调解服务队成功调解纠纷128件。", "mediation.succeeded");
        notAValue("县诉调对接专班化解矛盾纠纷86件。", "mediation.disputes");
        notAValue("县商会调解联合体调处纠纷75件，调解成功率100%。", "mediation.success_rate");
        notAValue("全县15个“枫桥驿站”共化解矛盾纠纷1530件。", "mediation.disputes");
        var x = report("全县各级人民调解组织共调解矛盾纠纷5630件，调解成功5584件，调解成功率99.2%。");
        assertValue(x, "mediation.disputes", "5630");
        assertValue(x, "mediation.success_rate", "99.2");
    }

    @Test
    void theCourtsAndTheProcuratorateByOtherNames() {
        notAValue("县院全年审结行政诉讼案件118件。", "litigation.concluded");
        notAValue("县行政审判庭全年审结行政诉讼案件132件。", "litigation.concluded");
        notAValue("县检察机关全年办理行政诉讼监督案件36件。", "litigation.cases");
        notAValue("县人民法庭调解成功纠纷860件。", "mediation.succeeded");
        notAValue("全县公安机关调解矛盾纠纷3260件。", "mediation.disputes");
        var x = report("全县行政机关全年新发生行政诉讼案件156件，败诉4件。");
        assertValue(x, "litigation.cases", "156");
        assertValue(x, "litigation.lost", "4");
    }

    @Test
    void unitsCountedBeforeARateAreTheirs() {
        notAValue("全县32个乡镇和部门12345热线按时办结率均为100%。", "hotline.completion_rate");
        notAValue("县级21个部门信访事项按期办结率均达100%。", "petitions.completion_rate");
        notAValue("据县热线办回访，全县有28个单位按时办结率、满意率均为100%。", "hotline.completion_rate");
        notAValue("对全县18个乡镇（街道）开展抽查，12345热线按时办结率均为100%。", "hotline.completion_rate");
        notAValue("经抽查21家单位，政务服务网办率达100%。", "online_service.rate");
        assertValue(report("全县12345热线按时办结率99.6%，21个部门达到100%。"), "hotline.completion_rate", "99.6");
        assertValue(report("全县政务服务网办率达98.6%。"), "online_service.rate", "98.6");
    }

    @Test
    void aBodyInTheSentenceBeforeOrTheHeadingAbove() {
        notAValue("县医疗纠纷人民调解委员会成立于2015年。全年调解纠纷186件，调解成功183件。", "mediation.disputes");
        notAValue("县“老娘舅”调解工作室是全县首家个人品牌调解室。今年共调解纠纷236件。", "mediation.disputes");
        notAValue("（二）驻看守所法律援助工作站\n全年指派刑事法律援助案件126件。", "legal_aid.cases");
        notAValue("3.“枫桥驿站”建设\n全年化解矛盾纠纷360件，化解成功率98%。", "mediation.disputes");
        var x = report("县司法局指导全县各级人民调解组织开展矛盾纠纷排查。全年共调解矛盾纠纷4860件，调解成功4832件。");
        assertValue(x, "mediation.disputes", "4860");
        assertValue(x, "mediation.succeeded", "4832");
    }

    @Test
    void oneKindOfApplicantOrField() {
        notAValue("个体工商户提出行政复议申请36件。", "reconsideration.received");
        notAValue("外地当事人提出行政复议申请28件。", "reconsideration.received");
        notAValue("重点行业领域行政执法案卷评查86卷。", "enforcement.files_reviewed");
        var x = report("公民、法人和其他组织共提出行政复议申请312件，受理298件。");
        assertValue(x, "reconsideration.received", "312");
        assertValue(x, "reconsideration.accepted", "298");
    }

    @Test
    void batchC_moreWaysToNameAPartOrAStation() {
        notAValue("由于征地补偿引发的行政复议案件31件。", "reconsideration.received");
        notAValue("对工伤认定决定不服的行政复议申请45件。", "reconsideration.received");
        notAValue("有关食品安全的12345热线诉求按时办结率100%。", "hotline.completion_rate");
        notAValue("县“石榴籽”调解小组调解纠纷56件。", "mediation.disputes");
        notAValue("“老兵”调解志愿队化解纠纷88件，化解率100%。", "mediation.success_rate");
        notAValue("县“红色管家”调解团调处矛盾纠纷160件。", "mediation.disputes");
        notAValue("县“娘家人”维权站调解纠纷98件。", "mediation.disputes");
        notAValue("县信访超市受理信访事项860件，按期办结率100%。", "petitions.completion_rate");
        notAValue("县法援便民联络点受理法律援助案件56件。", "legal_aid.cases");
        notAValue("被申请人系县级部门的行政复议案件120件。", "reconsideration.received");
        notAValue("随机抽查300件12345工单，按时办结率100%。", "hotline.completion_rate");
        notAValue("全县14家单位负责人出庭应诉率均为100%。", "litigation.head_appearance_rate");
        // controls: the hotline's whole, a callback of the public, stations as the means, a title after 关于
        assertValue(report("全年12345热线共受理工单12.3万件，按时办结率99.8%，群众满意率98.6%。"), "hotline.completion_rate", "99.8");
        assertValue(report("经回访，群众对12345热线办理满意率98.9%，按时办结率99.7%。"), "hotline.completion_rate", "99.7");
        assertValue(report("依托“枫桥驿站”、“和事佬”之家等平台，全县共调解矛盾纠纷5630件。"), "mediation.disputes", "5630");
        assertValue(report("县政府作为行政复议机关，全年共收到行政复议申请286件。"), "reconsideration.received", "286");
    }

    @Test
    void batchD_aBrandOrAVolunteerTeamIsOneBodyButNotBesideAllOrganisations() {
        notAValue("县“老杨说和”调解品牌全年调处纠纷230件。", "mediation.disputes");
        notAValue("县“红枫义警”队伍调解纠纷180件。", "mediation.disputes");
        notAValue("“一站式”矛盾纠纷调解服务点全年受理纠纷98件。", "mediation.disputes");
        notAValue("县信访局对26个单位开展督查，信访事项按期办结率均为100%。", "petitions.completion_rate");
        assertValue(report("全县各级人民调解组织和调解服务点共调解矛盾纠纷5630件。"), "mediation.disputes", "5630");
        assertValue(report("全县12345热线按时办结率99.5%，26个单位均达100%。"), "hotline.completion_rate", "99.5");
        assertValue(report("全年收到行政复议申请286件，其中针对县政府部门的240件。"), "reconsideration.received", "286");
    }
}

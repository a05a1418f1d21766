package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.number;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Wordings found by the recall probes (tools/probes/recall-*.txt) in which a clear, whole, one-year figure of the
 * county itself was doubted or missed, and the wordings next to them that must stay doubted.
 */
class ReportRecallTest {

    private static void is(String sentence, String code, String expected) {
        assertEquals(new BigDecimal(expected).stripTrailingZeros(),
                number(report(sentence), code).stripTrailingZeros(), sentence);
    }

    @Test
    void aMeasureWordOrASumBetweenTheNameAndTheFigureChangesNothing() {
        is("全年行政复议申请数量为286件，同比上升31%。", "reconsideration.received", "286");
        is("全年规范性文件合法性审查数量为37件。", "normative_docs.reviewed", "37");
        // a bare 数 or 量 after the name (收案数达到174件, 案件办理量为615件, 办理数达到702件) is not read past: on unseen text that reading
        // let another measure's figure through (the lead's merge, 2026-12-01)
        is("全年废止、宣布失效规范性文件合计19件。", "normative_docs.repealed", "19");
        is("全年办理刑事、民事法律援助案件合计488件。", "legal_aid.cases", "488");
        // a name that ends in 为 keeps it: 行政行为 is no measure word
        is("全年行政复议纠错率为9.6%，共纠正违法或不当行政行为13件。", "reconsideration.corrected", "13");
        // 人数 measures people, not the cases
        notAValue("全年法律援助受援人数为820件。", "legal_aid.cases");
    }

    @Test
    void legalAidCasesNamedBeforeTheirActOrByTheCentre() {
        is("法律援助案件全年共办理463件，同比增长9%。", "legal_aid.cases", "463");
        is("全年共为困难群众提供法律援助391件。", "legal_aid.cases", "391");
        is("县法律援助中心全年共受理援助案件356件。", "legal_aid.cases", "356");
        is("全年县法律援助中心受理各类案件402件。", "legal_aid.cases", "402");
        is("全年县法律援助中心指派律师承办法律援助案件574件。", "legal_aid.cases", "574");
        is("受理的533件法律援助案件中，农民工欠薪案件120件。", "legal_aid.cases", "533");
        // a lawyer's own share and the matters beside the cases stay out
        notAValue("全县律师全年办理法律援助案件210件。", "legal_aid.cases");
        suggested("全年提供法律援助服务1260件。", "legal_aid.cases");
    }

    @Test
    void caseFilesNamedBeforeTheReviewOrWithTheirKindsListed() {
        is("全年完成行政执法案卷评查412卷。", "enforcement.files_reviewed", "412");
        is("全年行政执法案卷评查数量378卷，优秀率16%。", "enforcement.files_reviewed", "378");
        is("全年共评查行政处罚、行政许可、行政检查等执法案卷980卷。", "enforcement.files_reviewed", "980");
        is("对全县26个执法单位的540份行政执法案卷进行了评查。", "enforcement.files_reviewed", "540");
        // 本 is not parsed as a unit (评查行政执法案卷320本): on unseen text it let a count of something else through
        // one kind of file stays a part
        suggested("全年评查行政处罚案卷180卷。", "enforcement.files_reviewed");
    }

    @Test
    void documentsReviewedWithTheirIssuerNamedOrStillToBeIssued() {
        is("全年审查以县政府和县政府办公室名义制发的规范性文件44件。", "normative_docs.reviewed", "44");
        is("全年对县政府及部门拟出台的52件规范性文件开展合法性审查。", "normative_docs.reviewed", "52");
        // what is still to be done is a plan
        notAValue("2023年拟出台规范性文件10件。", "normative_docs.reviewed");
        notAValue("拟对规范性文件开展合法性审查30件。", "normative_docs.reviewed");
    }

    @Test
    void reconsiderationsConcludedOfEveryKindOrByDecision() {
        is("全年共审结各类行政复议案件126件。", "reconsideration.concluded", "126");
        is("全年作出行政复议决定83件，纠错率8.4%。", "reconsideration.concluded", "83");
    }

    @Test
    void firstAndSecondInstanceTogetherAreAllTheSuits() {
        is("全年全县一、二审行政诉讼案件共168件。", "litigation.cases", "168");
        suggested("全年行政诉讼二审案件42件。", "litigation.cases");
    }

    @Test
    void aClosedRemarkNamesNoChannelForTheFiguresAfterIt() {
        is("全年共收到行政复议申请146件（含网上申请21件），依法受理133件。", "reconsideration.accepted", "133");
        is("全年共受理政务服务事项42万件（其中通过“浙里办”平台受理8万件），办结41.9万件。", "licensing.handled", "420000");
        // a channel written in the clause itself stays one channel
        suggested("全年通过网上复议平台受理行政复议申请36件。", "reconsideration.accepted");
    }

    @Test
    void theRepealsAmongACleanUpsOutcomesAreAllTheRepeals() {
        is("全年清理规范性文件286件，其中保留250件、修改21件、废止15件。", "normative_docs.repealed", "15");
        is("开展规范性文件集中清理，共清理文件140件，其中继续有效118件，宣布失效22件。", "normative_docs.repealed", "22");
        // one kind's repeals after 其中 stay a part
        notAValue("全年清理规范性文件286件，其中部门规范性文件废止11件。", "normative_docs.repealed");
        notAValue("全年清理规范性文件286件，其中县政府部门文件废止9件。", "normative_docs.repealed");
    }

    @Test
    void aShortHeadingNamesWhatItsSentencesLeaveOut() {
        is("（四）劳动人事争议仲裁\n全年共立案312件，结案305件，结案率97.8%。", "labour_arbitration.closing_rate", "97.8");
        is("（二）信访工作\n全年受理群众来信来访1260件次，按期办结率98.4%。", "petitions.completion_rate", "98.4");
        is("（一）行政诉讼\n全年收案118件，结案104件，败诉7件。", "litigation.cases", "118");
        is("行政复议：收案64件，审结60件。", "reconsideration.received", "64");
        is("（三）规范性文件合法性审查\n全年审查47件，提出修改意见102条。", "normative_docs.reviewed", "47");
        // a long heading is a slogan, not the name of the count
        notAValue("（四）深入推进矛盾纠纷多元化解和劳动关系和谐稳定\n全年共立案312件，结案率97.8%。",
                "labour_arbitration.closing_rate");
    }

    @Test
    void theBodyThatHandlesLabourArbitrationByNatureSpeaksForTheCounty() {
        is("县人力社保局劳动人事争议仲裁院全年受理案件402件，结案率98.2%。", "labour_arbitration.closing_rate", "98.2");
        is("县劳动保障局全年受理劳动人事争议仲裁案件215件，仲裁结案率96.7%。", "labour_arbitration.closing_rate", "96.7");
        // a town's stays the town's
        notAValue("天子湖镇劳动争议调解中心全年受理劳动争议案件36件，仲裁结案率100%。", "labour_arbitration.closing_rate");
    }

    @Test
    void aRateOfNothingNeedsNoPercentSign() {
        is("全年行政诉讼案件败诉0件，败诉率为0。", "litigation.loss_rate", "0");
        is("全年行政复议纠错率为0，行政机关负责人出庭应诉率100%。", "reconsideration.correction_rate", "0");
        // a bare number other than nothing after 率 is no rate, nor is a count of nothing
        notAValue("全年行政诉讼败诉率为5，同比下降。", "litigation.loss_rate");
        notAValue("全年行政诉讼败诉0件。", "litigation.loss_rate");
    }

    @Test
    void thePetitionsCasesAreAllThePetitions() {
        is("全年全县信访案件按期办结率为98.7%。", "petitions.completion_rate", "98.7");
        // one kind of them, and petitions among the disputes mediated, stay a part
        suggested("全年重大信访案件按期办结率100%。", "petitions.completion_rate");
        suggested("全年调解信访纠纷120件。", "mediation.disputes");
    }

    @Test
    void amongTheCasesTheActThatIsAPartByNature() {
        is("全年行政诉讼案件中败诉4件，败诉率5.2%。", "litigation.lost", "4");
        is("全年行政诉讼案件中开庭审理61件，行政机关负责人出庭61件次。", "litigation.heard", "61");
        is("全年审结的行政复议案件中纠错11件，纠错率8.9%。", "reconsideration.corrected", "11");
        // a kind among them, or one kind of correction, stays a part
        suggested("全年行政复议案件中涉及征收拆迁的纠错2件。", "reconsideration.corrected");
        suggested("全年审结行政复议案件中撤销9件。", "reconsideration.corrected");
    }

    @Test
    void theLawyersSuitsAreNotTheGovernments() {
        notAValue("全县律师全年代理行政诉讼案件210件。", "litigation.cases");
        notAValue("政府法律顾问全年代理行政诉讼案件42件。", "litigation.cases");
        is("全年行政诉讼案件86件，律师代理率100%。", "litigation.cases", "86");
    }

    @Test
    void channelsListedTogetherAreAllOfThem() {
        is("全年网上信访、来信来访事项按期办结率99.1%。", "petitions.completion_rate", "99.1");
        suggested("全年网上信访按期办结率99.7%。", "petitions.completion_rate");
    }

    @Test
    void theseRulesOpenNoGateForCourtsTownsPeriodsOrOtherBodies() {
        notAValue("县人民法院全年新收行政诉讼案件数为132件。", "litigation.cases");
        notAValue("天子湖镇全年规范性文件审查数量为6件。", "normative_docs.reviewed");
        notAValue("2024年行政复议申请数量力争控制在100件以内。", "reconsideration.received");
        notAValue("（一）行政复议\n上半年收案56件。", "reconsideration.received");
        notAValue("全年律师事务所办理法律援助案件320件。", "legal_aid.cases");
        notAValue("全年开展法律援助案件质量评查，评查120件法律援助案件。", "legal_aid.cases");
        notAValue("全年发放法治宣传手册3000本。", "enforcement.files_reviewed");
        notAValue("全年行政诉讼案件中二审案件败诉2件。", "litigation.lost");
    }
}

package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Qualifier;
import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;

/**
 * Wordings found by the red-team probes (tools/probes/redteam-*.txt) that gave a value where the figure is not one
 * by docs/labelling.md, and the wordings next to them that must stay values.
 */
class RedTeamTrapsTest {

    @Test
    void allTheTownsTogetherAreStillOnlyTheTowns() {
        suggested("各乡镇（街道）全年共受理行政许可事项1.2万件。", "licensing.handled");
        suggested("全县各乡镇全年共调处矛盾纠纷1260件，调处成功率98.9%。", "mediation.disputes");
        suggested("全县各乡镇全年共调处矛盾纠纷1260件，调处成功率98.9%。", "mediation.success_rate");
        suggested("各镇（街道）全年共审查规范性文件36件。", "normative_docs.reviewed");
        // the county's level named beside them: the whole
        aValue("全县各乡镇、各部门共审查规范性文件42件。", "normative_docs.reviewed");
        aValue("县政务服务中心和各乡镇便民服务中心全年共受理办件56万件。", "licensing.handled");
    }

    @Test
    void aClauseThatNamesOnlyItsActKeepsTheTownsOfTheCountBefore() {
        suggested("乡镇（街道）全年共审查规范性文件36件，备案32件。", "normative_docs.filed");
        aValue("全年共审查规范性文件36件，备案32件。", "normative_docs.filed");
    }

    @Test
    void gridWorkersAndHelpersWhoTakePartMediateOnlyAPart() {
        suggested("全县网格员全年排查化解矛盾纠纷3260件。", "mediation.disputes");
        suggested("全县各网格员共排查化解矛盾纠纷4238件，化解率99.3%。", "mediation.success_rate");
        suggested("全县村（社区）法律顾问全年提供法律咨询6500人次，参与调解纠纷1260件。", "mediation.disputes");
        notAValue("驻所律师全年协助调解矛盾纠纷236件。", "mediation.disputes");
        aValue("全县各级调解组织全年共调解矛盾纠纷3268件，调解成功率98.7%。", "mediation.disputes");
    }

    @Test
    void anAveragePerTownWrittenWithout每IsNoCount() {
        notAValue("全年各乡镇平均调处矛盾纠纷186件。", "mediation.disputes");
        notAValue("全县各司法所平均受理法律援助申请56件。", "legal_aid.cases");
        aValue("我县行政复议纠错率为8.6%，低于全省平均水平（12.3%）。", "reconsideration.correction_rate");
        aValue("全年审查规范性文件28件，平均审查时间3个工作日。", "normative_docs.reviewed");
    }

    @Test
    void whatShouldBeReachedIsATarget() {
        // the level actually reached after it is the year's result (round 91 c)
        assertValue(report("按照市里下达的目标，全年调解成功率应达到98%，实际完成98.6%。"), "mediation.success_rate", "98.6");
        notAValue("行政复议纠错率应保持在15%以上。", "reconsideration.correction_rate");
        aValue("全年应诉行政诉讼案件96件，行政机关负责人出庭应诉96件次，出庭应诉率100%。", "litigation.head_appearance_rate");
    }

    @Test
    void anotherYearInsideTheFiguresClauseMakesItThatYearsFigure() {
        notAValue("针对2021年行政诉讼败诉率偏高（15.6%）的问题，我县开展专项整治。", "litigation.loss_rate");
        notAValue("针对上年度行政复议纠错率较高（18.5%）的问题，开展专项整改。", "reconsideration.correction_rate");
        // a comparison or a starting point names the other year without making the level its own
        aValue("全年调解纠纷数从上年的2860件增加到3260件。", "mediation.disputes");
        aValue("2022年行政诉讼败诉率偏高，2022年全县行政诉讼败诉率为6.2%。", "litigation.loss_rate");
    }

    @Test
    void aClauseOpeningWithTheRespondentCountsTheCasesAgainstTheGovernmentNamedBefore() {
        suggested("县政府作为复议机关全年受理行政复议申请58件，作为被申请人的复议案件6件。", "reconsideration.received");
        aValue("县政府作为复议机关全年受理行政复议申请58件，作为被申请人的复议案件6件。", "reconsideration.accepted");
        aValue("收到以各乡镇人民政府、县政府各部门作为被申请人的行政复议申请35件。", "reconsideration.received");
    }

    @Test
    void documentsRepealedInOneCleanUpAreAPartOfThoseRepealed() {
        suggested("开展优化营商环境专项清理，废止规范性文件12件。", "normative_docs.repealed");
        suggested("开展民法典涉及的规范性文件专项清理，废止规范性文件6件。", "normative_docs.repealed");
        aValue("开展规范性文件专项清理8次，审核区政府规范性文件26件。", "normative_docs.reviewed");
        aValue("全年共废止规范性文件18件。", "normative_docs.repealed");
    }

    @Test
    void legalAidMattersAreNotLegalAidCases() {
        // the matters are no case count; the cases after 其中 are all the cases (round 67, decision 0064)
        assertValue(report("全年共办理各类法律援助事项2680件，其中法律援助案件612件，法律咨询2068人次。"), "legal_aid.cases", "612");
        suggested("全年办理各类法律援助事项2680件。", "legal_aid.cases");
        aValue("县公共法律服务中心全年接待群众咨询6520人次，受理法律援助案件438件。", "legal_aid.cases");
    }

    @Test
    void belowAndAboveAreBoundsAndTheirNegationsRequirements() {
        assertEquals(Qualifier.AT_MOST, value(report("全年行政诉讼案件80余件，败诉率低于5%。"), "litigation.loss_rate")
                .orElseThrow().qualifier());
        assertEquals(Qualifier.APPROX_OVER, value(report("全年调解成功率高于98%。"), "mediation.success_rate")
                .orElseThrow().qualifier());
        // "超过" inside "不超过" made a ceiling a value "over 5%"
        notAValue("全年行政诉讼败诉率不超过5%。", "litigation.loss_rate");
        notAValue("全年12345热线办结率不低于98%。", "hotline.completion_rate");
    }

    @Test
    void aCutOffDateGivesTheDateOfTheYearsDataInTheClauseAfterIt() {
        suggested("数据统计截至10月31日，全年共受理行政复议申请52件。", "reconsideration.accepted");
        notAValue("截至5月底，全年共调解矛盾纠纷1300件。", "mediation.disputes");
        // a half-year is a period beside the year: the whole year after it is the year's
        aValue("上半年受理行政复议申请26件，全年共受理行政复议申请52件。", "reconsideration.accepted");
        aValue("截至12月20日，全县共办理法律援助案件512件。", "legal_aid.cases");
    }

    @Test
    void aRepealProposedToTheGovernmentIsNotARepeal() {
        notAValue("全年提请县政府废止规范性文件5件，修改3件。", "normative_docs.repealed");
        notAValue("全年报请县政府宣布失效规范性文件12件。", "normative_docs.repealed");
        aValue("全年审查县政府规范性文件12件，提请县政府废止规范性文件5件。", "normative_docs.reviewed");
    }

    @Test
    void allTheTownsOpeningTheHeadingOrTheSentenceBeforeAreTheSubject() {
        var x = ExtractorFixture.extract("通山县2022年度法治政府建设情况报告\n一、主要举措和成效\n（七）各乡镇法治建设情况\n"
                + "全年共调处矛盾纠纷1260件。\n二、存在的问题\n执法力量不足。\n");
        org.junit.jupiter.api.Assertions.assertTrue(value(x, "mediation.disputes").isEmpty(), ExtractorFixture.describe(x.values()));
        suggested("各乡镇（街道）积极开展矛盾纠纷排查。全年共调处矛盾纠纷1260件。", "mediation.disputes");
        aValue("各乡镇、各部门高度重视。全年共调处矛盾纠纷1260件。", "mediation.disputes");
    }

    @Test
    void theHotlinesRequestsOfOneFieldAreAPartOfItsTickets() {
        suggested("全年12345热线涉及法治领域诉求320件，办结率100%。", "hotline.completion_rate");
        suggested("全年12345热线受理民生领域工单3.2万件，办结率99%。", "hotline.completion_rate");
        aValue("全年12345热线受理各领域诉求8.6万件，办结率99.3%。", "hotline.completion_rate");
    }

    @Test
    void aLevelAlwaysKeptIsAClaimOverTheYears() {
        notAValue("全县行政机关负责人出庭应诉率始终保持在100%。", "litigation.head_appearance_rate");
        notAValue("全县行政机关负责人出庭应诉率常态化保持100%。", "litigation.head_appearance_rate");
        aValue("全县行政机关负责人出庭应诉工作常态化，2022年出庭应诉率100%。", "litigation.head_appearance_rate");
        aValue("常态化清理行政规范性文件，2022年废止规范性文件26件。", "normative_docs.repealed");
    }

    @Test
    void aYearToReachOpeningTheClauseIsATarget() {
        notAValue("到2025年，全县行政诉讼败诉率降至5%以下。", "litigation.loss_rate");
        aValue("至2022年底，全县共办理法律援助案件526件。", "legal_aid.cases");
    }

    @Test
    void aHotlineOtherThan12345IsAnotherMatter() {
        suggested("12348公共法律服务热线全年接听咨询1.2万人次，办结率100%。", "hotline.completion_rate");
        suggested("全年12315投诉举报热线受理投诉3260件，办结率99.8%。", "hotline.completion_rate");
        suggested("全年8890营商环境热线受理诉求1260件，按期办结率100%。", "hotline.completion_rate");
        aValue("2022年12345政务服务便民热线受理诉求8.6万件，按期办结率99.2%。", "hotline.completion_rate");
        aValue("市长热线全年转办我县诉求1.5万件，按期办结率98.2%。", "hotline.completion_rate");
    }

    @Test
    void allTheCountiesTogetherInACitysReportAreOnlyTheCounties() {
        var x = ExtractorFixture.extract("湖州市2022年度法治政府建设情况报告\n一、主要举措和成效\n"
                + "各县（市、区）共受理行政复议申请1260件。全市两级行政复议机关共收到行政复议申请1616件。\n二、存在的问题\n执法力量不足。\n");
        org.junit.jupiter.api.Assertions.assertTrue(value(x, "reconsideration.accepted").isEmpty(), ExtractorFixture.describe(x.values()));
        org.junit.jupiter.api.Assertions.assertTrue(value(x, "reconsideration.received").isPresent(), ExtractorFixture.describe(x.values()));
    }

    @Test
    void aFigureInsideQuotationMarksIsPartOfAName() {
        notAValue("推行“行政复议纠错率15%”考核机制，倒逼依法行政。", "reconsideration.correction_rate");
        notAValue("实施“出庭应诉率100%”工程。", "litigation.head_appearance_rate");
        aValue("依托“12345”政务服务便民热线，全年按期办结率99.2%。", "hotline.completion_rate");
        aValue("全县推行“1+3+N”矛盾纠纷调解模式，全年调解纠纷3260件。", "mediation.disputes");
    }

    @Test
    void theResultsAfterACampaignsClauseAreTheCampaigns() {
        suggested("开展“百日攻坚”行动，化解矛盾纠纷860件。", "mediation.disputes");
        aValue("开展“百日攻坚”行动，全年化解矛盾纠纷3260件。", "mediation.disputes");
        aValue("在全县开展行政执法案卷评查活动，县司法局抽查评查案卷260卷。", "enforcement.files_reviewed");
    }

    @Test
    void dismissedSuitsAreAnOutcomeNotTheLawsuits() {
        notAValue("全年行政诉讼案件驳回起诉12件，驳回诉讼请求36件。", "litigation.cases");
        aValue("全年行政诉讼案件92件，驳回起诉12件。", "litigation.cases");
    }

    @Test
    void whatIsStillOpenIsNotWhatWasDone() {
        notAValue("全年仍有行政复议案件8件未审结。", "reconsideration.received");
        notAValue("全县共有32件规范性文件未按时报备。", "normative_docs.filed");
        aValue("全年行政机关负责人出庭应诉率98%，有2件案件负责人未出庭。", "litigation.head_appearance_rate");
        aValue("全年受理行政复议申请56件，审结48件，尚在审理中8件。", "reconsideration.concluded");
    }

    @Test
    void theBacklogIsAPartOfTheDisputes() {
        suggested("全县积案化解率92%，仍有积案12件。", "mediation.success_rate");
        suggested("全年化解历史遗留矛盾纠纷36件。", "mediation.disputes");
        aValue("全县矛盾纠纷化解率99%，信访事项按期办结率98%。", "mediation.success_rate");
    }

    @Test
    void aFirst受理FollowedByThoseRefusedCountsWhatCameIn() {
        suggested("全年受理行政复议申请62件，经审查不予受理5件，告知其他途径3件。", "reconsideration.accepted");
        suggested("全年受理行政复议申请56件，其中依法受理52件，不予受理4件。", "reconsideration.accepted");
        // something received counted before, or an accepting verb of its own: the accepted cases
        aValue("全年收到行政复议申请85件，经审查后受理70件，不予受理6件。", "reconsideration.accepted");
        aValue("全年共收到行政复议申请8件，受理行政复议申请6件，审结6件。", "reconsideration.accepted");
    }

    @Test
    void 分别PairingLevelsWithFiguresMakesEachAPart() {
        suggested("全县县级、乡镇两级调解组织分别调解纠纷860件、2400件。", "mediation.disputes");
        notAValue("全县县、乡、村三级调解组织分别调解纠纷560件、1200件、1500件。", "mediation.disputes");
        aValue("全年收到、受理、审结行政复议案件分别为56件、52件、48件。", "reconsideration.received");
        aValue("全年调解矛盾纠纷、办理法律援助案件分别达2680件、532件。", "mediation.disputes");
    }

    @Test
    void aTownSpeakingOfItselfGivesTheTownsFigure() {
        suggested("我镇全年调处矛盾纠纷326件，调处成功率99%。", "mediation.disputes");
        suggested("我街道全年调处矛盾纠纷268件。", "mediation.disputes");
        aValue("我县全年调处矛盾纠纷2860件。", "mediation.disputes");
    }

    @Test
    void aStationOrRoomSpeakingOfItselfIsOneBody() {
        suggested("该站全年调解矛盾纠纷186件。", "mediation.disputes");
        notAValue("县法律援助工作站设在县法院。该工作站全年办理法律援助案件126件。", "legal_aid.cases");
        aValue("全县各级调解组织全年共调解矛盾纠纷3268件。", "mediation.disputes");
    }

    @Test
    void oneKindOfDecisionInAListOfKindsIsAPart() {
        notAValue("全年行政复议案件撤销4件、变更1件、确认违法2件、责令履行1件，纠错率14.3%。", "reconsideration.corrected");
        aValue("全年审结行政复议案件48件，纠错8件，维持36件。", "reconsideration.corrected");
        aValue("全年审结行政复议案件48件，撤销4件，变更1件，确认违法2件。", "reconsideration.concluded");
        // a list of matters joined by 、 is no list of decisions
        aValue("全年受理行政复议案件56件、行政诉讼案件92件、法律援助案件532件、调解矛盾纠纷2680件。", "legal_aid.cases");
    }

    @Test
    void aBareRateAfterTheShareOfOneKindIsThatKindsRate() {
        suggested("全年行政复议案件中，涉及自然资源领域的占45%，纠错率18%。", "reconsideration.correction_rate");
        aValue("全年行政复议案件56件，纠错率12.5%。", "reconsideration.correction_rate");
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;

/**
 * Periods written as one month, as the time of a campaign or holiday, in the heading above a sentence, or as
 * "本年度" after another year's clause; an expectation, a
 * mark not reached and a figure per head. All sentences are made up in the style of reports (a 2022 report).
 */
class PeriodsAndStatementsTest {

    @Test
    void decemberAloneIsOneMonth() {
        notAValue("12月份，全县受理行政复议申请9件。", "reconsideration.accepted");
        notAValue("12月，全县各级调解组织共调解纠纷230件。", "mediation.disputes");
        aValue("1月至12月，全县受理行政复议申请102件。", "reconsideration.accepted");
        aValue("截至12月底，全县受理行政复议申请102件。", "reconsideration.accepted");
        aValue("截至2022年12月31日，全县共审查规范性文件36件。", "normative_docs.reviewed");
    }

    @Test
    void aCampaignOrAHolidayIsAPartOfTheYearOrMore() {
        suggested("国庆期间，全县共调解矛盾纠纷86件。", "mediation.disputes");
        suggested("“法援惠民生”专项行动期间，共办理法律援助案件42件。", "legal_aid.cases");
        suggested("在矛盾纠纷大排查大化解活动中，共调解矛盾纠纷312件。", "mediation.disputes");
        suggested("“八五”普法规划实施以来，共调解矛盾纠纷3100件。", "mediation.disputes");
        // the verb before the campaign's name, and a body's own time since it opened
        suggested("自开展“枫桥式”专项行动以来，共排查化解矛盾纠纷860件。", "mediation.disputes");
        suggested("县公共法律服务中心挂牌以来，共办理法律援助案件420件。", "legal_aid.cases");
        aValue("自今年以来，全县共办理法律援助案件420件。", "legal_aid.cases");
        // a later whole-year phrase wins; the year's own words are no campaign
        aValue("春节期间开展走访活动，全年共调解矛盾纠纷1250件。", "mediation.disputes");
        aValue("2022年，全县共调解矛盾纠纷1250件。", "mediation.disputes");
    }

    @Test
    void aHeadingsPeriodCoversTheSentencesBelowIt() {
        notAValue("（一）上半年工作情况\n全县共受理行政复议申请46件。", "reconsideration.accepted");
        notAValue("（一）2021年工作回顾\n全年共受理行政复议申请86件。", "reconsideration.accepted");
        // a sentence that writes only a bare year under a half-year's heading may mean either: a suggestion (round 73 b);
        // 全年 is the year's
        suggested("（一）上半年工作情况\n2022年，全县共受理行政复议申请102件。", "reconsideration.accepted");
        aValue("（一）上半年工作情况\n2022年全年，全县共受理行政复议申请202件。", "reconsideration.accepted");
    }

    @Test
    void aLaterClauseThatOpensWithThisYearIsThisYears() {
        aValue("上年度全县共受理行政复议申请86件，本年度共受理102件。", "reconsideration.accepted");
        aValue("2021年全县共受理行政复议申请86件，今年共受理102件。", "reconsideration.accepted");
        // "全年" and "当年" after another year may still be that year's
        notAValue("2021年全县共受理行政复议申请86件，当年审结80件。", "reconsideration.concluded");
    }

    @Test
    void aGovernmentsTermIsSeveralYears() {
        notAValue("本届政府以来，全县共办理法律援助案件3200件。", "legal_aid.cases");
        notAValue("换届以来，全县共审查规范性文件156件。", "normative_docs.reviewed");
        aValue("一年来，全县共办理法律援助案件638件。", "legal_aid.cases");
    }

    @Test
    void anExpectationAMarkNotReachedAndAFigurePerHeadAreNoResults() {
        notAValue("全县行政机关负责人出庭应诉率有望达到100%。", "litigation.head_appearance_rate");
        notAValue("全县行政机关负责人出庭应诉率未达到100%。", "litigation.head_appearance_rate");
        notAValue("若按人口计算，全县每万人调解纠纷45件。", "mediation.disputes");
        aValue("全县行政机关负责人出庭应诉率达到100%。", "litigation.head_appearance_rate");
        aValue("全县行政机关负责人出庭应诉率仅为65%，距离100%的目标还有差距。", "litigation.head_appearance_rate");
    }
}

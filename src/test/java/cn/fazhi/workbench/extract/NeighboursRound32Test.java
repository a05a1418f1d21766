package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;

/**
 * Round 32 (tools/probes/redteam-round32-when.tsv): near neighbours of the tuning half's traps of WHEN and WHAT
 * MEASURE, said with other words than the development sentences — and, for each, the wording beside it that must stay
 * the county's value of the year.
 */
class NeighboursRound32Test {

    @Test
    void aRangeOfMonthsInNumeralsIsPartOfTheYear() {
        notAValue("一至十月，全县共调解矛盾纠纷2800件。", "mediation.disputes");
        notAValue("二至十月，全县共审查行政规范性文件36件。", "normative_docs.reviewed");
        aValue("一至十二月，全县共调解矛盾纠纷3712件。", "mediation.disputes");
    }

    @Test
    void aSentenceOpeningWithItsActGoesOnInThePeriodOfTheSentenceBefore() {
        suggested("1—6月，全县行政复议工作平稳推进。新收行政复议申请112件，受理105件。", "reconsideration.received");
        suggested("今年上半年，县司法局组织开展矛盾纠纷专项排查。共调解矛盾纠纷1620件，调解成功率98.6%。", "mediation.disputes");
        suggested("第一季度，县司法局开展矛盾纠纷大排查。共排查调处矛盾纠纷860件。", "mediation.disputes");
        // the year in the sentence before, no period before, or 全年 in its own words: the year's
        aValue("2022年，全县行政复议工作平稳推进。新收行政复议申请236件，受理228件。", "reconsideration.received");
        aValue("全县行政复议工作平稳推进。新收行政复议申请236件，受理228件。", "reconsideration.accepted");
        aValue("上半年，召开行政复议委员会会议2次。全年共新收行政复议申请236件。", "reconsideration.received");
    }

    @Test
    void sinceAYearUpToNowAndThisYearWithEarlierYearsAreSpans() {
        notAValue("自2016年设立至今，县调委会共化解纠纷3260件，调解成功率达96%。", "mediation.disputes");
        notAValue("自2020年挂牌至今，县矛盾纠纷调处化解中心共受理纠纷4120件。", "mediation.disputes");
        notAValue("全年共收回当年及以前年度指派的结案归档法律援助案件506件。", "legal_aid.cases");
        notAValue("全年共收回当年及往年指派的结案案件402件。", "legal_aid.cases");
        aValue("全年共办理当年指派的法律援助案件612件。", "legal_aid.cases");
    }

    @Test
    void aLevelKeptForYearsIsAClaim() {
        notAValue("全县行政机关负责人出庭应诉率常年保持100%。", "litigation.head_appearance_rate");
        notAValue("全县行政机关负责人出庭应诉率连续多年保持100%。", "litigation.head_appearance_rate");
        aValue("2022年，全县行政机关负责人出庭应诉率保持100%。", "litigation.head_appearance_rate");
        aValue("全县常年法律顾问全年审查行政规范性文件28件。", "normative_docs.reviewed");
    }

    @Test
    void aFigureRightBeforeTargetNamesTheTargetWithoutOf() {
        notAValue("年初确定的调解成功率98%目标全部实现。", "mediation.success_rate");
        notAValue("全县行政复议纠错率12%目标已经完成。", "reconsideration.correction_rate");
        aValue("全年调解成功率98.5%，超额完成98%的目标。", "mediation.success_rate");
        aValue("县12345热线全年办结率99.6%，高于98%目标值。", "hotline.completion_rate");
    }

    @Test
    void aMonthInNumeralsIsReadAsTheSameMonthInDigits() {
        notAValue("截至十一月底，全县共办理法律援助案件756件。", "legal_aid.cases");
        notAValue("今年三月份，全县共调解矛盾纠纷320件。", "mediation.disputes");
        aValue("截至十二月底，全县共办理法律援助案件826件。", "legal_aid.cases");
        aValue("统一至12月底前完成清理，全年共审查行政规范性文件30件。", "normative_docs.reviewed");
    }

    @Test
    void yearsListedThenCountedAndAQuarterlyMeanAreNoYearsFigure() {
        notAValue("2022、2023两年全县共办理法律援助案件1420件。", "legal_aid.cases");
        notAValue("每季度评查行政执法案卷120卷。", "enforcement.files_reviewed");
        aValue("全年县12345热线日均受理诉求42件，办结率99.5%。", "hotline.completion_rate");
    }

    @Test
    void anExpectationAStandardAndAFloorThatMustNotBeMissedAreTargets() {
        notAValue("预期全年行政复议纠错率达到12%左右。", "reconsideration.correction_rate");
        notAValue("全县行政机关负责人出庭应诉率达到省定90%的标准。", "litigation.head_appearance_rate");
        notAValue("12345热线按期办结率不得低于95%。", "hotline.completion_rate");
        aValue("县12345热线按期办结率99.2%，群众满意率97.3%。", "hotline.completion_rate");
    }

    @Test
    void monthsSinceAHolidayOrASeasonAndFromAMonthToTheEndArePartsOfTheYear() {
        suggested("春节前后，全县共化解矛盾纠纷126件。", "mediation.disputes");
        notAValue("专项行动开展三个月来，全县共排查化解矛盾纠纷680件。", "mediation.disputes");
        notAValue("3个月来，全县各调委会共调解纠纷860件。", "mediation.disputes");
        notAValue("4月份至年底，全县共调解矛盾纠纷2680件。", "mediation.disputes");
        notAValue("全县10月份至12月共调解矛盾纠纷960件。", "mediation.disputes");
        aValue("全县在春节前后开展矛盾纠纷大走访，全年共化解矛盾纠纷3120件。", "mediation.disputes");
    }

    @Test
    void fromAnEarlierYearOnAndTheYearsBeforeOneAreNotTheYear() {
        notAValue("从2020年起，全县共评查行政执法案卷1560卷。", "enforcement.files_reviewed");
        notAValue("2020年以前，全县行政复议纠错率一度高达18%。", "reconsideration.correction_rate");
        aValue("2022年，全县行政复议纠错率为10.2%，较2021年以前明显下降。", "reconsideration.correction_rate");
    }

    @Test
    void anAssessmentStandardIsATarget() {
        notAValue("全县行政复议纠错率的考核标准为10%。", "reconsideration.correction_rate");
        notAValue("出庭应诉率达到100%的要求已写入考核办法。", "litigation.head_appearance_rate");
        aValue("全县行政机关负责人出庭应诉率达到100%，符合考核要求。", "litigation.head_appearance_rate");
        aValue("全县调解成功率98.6%，超过考核标准。", "mediation.success_rate");
    }

    @Test
    void anotherYearOrASpanInTheSentenceBeforeCarriesOverToASentenceOpeningWithItsAct() {
        suggested("2021年，县司法局深入开展矛盾纠纷排查。共调解矛盾纠纷3650件，调解成功率98.9%。", "mediation.disputes");
        notAValue("“十四五”以来，县司法局持续推进公共法律服务。共办理法律援助案件3260件。", "legal_aid.cases");
        notAValue("近三年来，全县行政复议工作稳步推进。受理行政复议申请562件。", "reconsideration.accepted");
    }

    @Test
    void aBracketNamingAnotherYearsDataAndDottedMonthsDateTheFigure() {
        notAValue("全县行政复议纠错率11.6%（2021年数据）。", "reconsideration.correction_rate");
        notAValue("全县行政诉讼败诉率5.2%（为2021年度数据）。", "litigation.loss_rate");
        aValue("全县行政复议纠错率11.6%（2022年数据）。", "reconsideration.correction_rate");
        aValue("全县行政复议纠错率11.6%（2021年为8.2%）。", "reconsideration.correction_rate");
        notAValue("2022.1—2022.10，全县共调解矛盾纠纷2800件。", "mediation.disputes");
        aValue("2022.1—2022.12，全县共调解矛盾纠纷3712件。", "mediation.disputes");
    }

    @Test
    void aMonthsEndOpeningAClauseTheFirstMonthsAndTheLastMonthsArePartsOfTheYear() {
        suggested("11月末，全县共受理行政复议申请196件。", "reconsideration.accepted");
        suggested("10月底前，全县共审查行政规范性文件40件。", "normative_docs.reviewed");
        aValue("2022年12月底，全县共办理法律援助案件826件。", "legal_aid.cases");
        aValue("11月底召开专题会议，全年共审查行政规范性文件36件。", "normative_docs.reviewed");
        notAValue("今年头三个月，全县共调解矛盾纠纷760件。", "mediation.disputes");
        notAValue("元月份，全县共办理法律援助案件58件。", "legal_aid.cases");
        notAValue("近半年，全县共审查行政规范性文件18件。", "normative_docs.reviewed");
        notAValue("近一个月，全县共调解矛盾纠纷320件。", "mediation.disputes");
        suggested("入夏以来，全县共调处矛盾纠纷560件。", "mediation.disputes");
        notAValue("此前三年，全县行政诉讼败诉率均在10%以上。", "litigation.loss_rate");
    }
}

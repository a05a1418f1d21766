package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;

/**
 * Round 34 (tools/probes/redteam-round34-when.tsv): blind batches of WHEN and target traps in report sentences —
 * other period words than round 32's, a data note in the sentence before, other plan words — each beside the wording
 * that must stay the county's value of the year.
 */
class NeighboursRound34Test {

    @Test
    void theMiddleOfTheYearIsPartOfIt() {
        notAValue("年中，全县共受理行政复议申请92件。", "reconsideration.accepted");
        notAValue("截至年中，全县各级人民调解组织共调解矛盾纠纷1830件，调解成功率98.2%。", "mediation.disputes");
        notAValue("年中以来，全县共调处矛盾纠纷1460件。", "mediation.disputes");
        notAValue("2023年中，全县共受理行政复议申请88件。", "reconsideration.accepted");
        // 全年中 is the year; 年中央 no period
        aValue("全年中，全县共调解矛盾纠纷3712件，调解成功率98.9%。", "mediation.disputes");
    }

    @Test
    void theQuarterWrittenAboutAndTenDaysArePartsOfTheYear() {
        notAValue("本季度，县12345政务服务便民热线共受理群众诉求1580件，按期办结率99.5%。", "hotline.completion_rate");
        notAValue("本季，全县共审查行政规范性文件9件。", "normative_docs.reviewed");
        notAValue("当季，全县12345热线按期办结率99.3%。", "hotline.completion_rate");
        notAValue("上旬，全县共审查行政规范性文件3件。", "normative_docs.reviewed");
        aValue("全年，全县共审查行政规范性文件40件。", "normative_docs.reviewed");
    }

    @Test
    void aSeasonSinceIsAnEventsTime() {
        notAValue("秋冬季以来，全县共排查化解矛盾纠纷620件。", "mediation.disputes");
        aValue("今年以来，全县共排查化解矛盾纠纷3620件。", "mediation.disputes");
    }

    @Test
    void aDataNoteInTheSentenceBeforeDatesTheFigures() {
        notAValue("以下为前三季度数据。全县共办理法律援助案件480件。", "legal_aid.cases");
        notAValue("以下数据截至2023年10月底。全县共收到行政复议申请171件，受理160件。", "reconsideration.received");
        aValue("以下为全年数据。全县共办理法律援助案件655件。", "legal_aid.cases");
        aValue("以下为2023年度数据。全县共收到行政复议申请196件，受理188件。", "reconsideration.received");
        // the sentence writes the year itself
        aValue("以下为前三季度数据。2022年全年，全县共办理法律援助案件655件。", "legal_aid.cases");
    }

    @Test
    void strivingForALevelIsATarget() {
        notAValue("全县力求行政复议纠错率达到15%。", "reconsideration.correction_rate");
        notAValue("全县力求调解成功率保持在98%以上。", "mediation.success_rate");
        notAValue("全县力促行政机关负责人出庭应诉率达到100%。", "litigation.head_appearance_rate");
        aValue("全县力促行政争议实质性化解，行政机关负责人出庭应诉率达到100%。", "litigation.head_appearance_rate");
    }

    @Test
    void theMonthWrittenAboutAndAMeanPerTenDaysAreNotTheYear() {
        notAValue("当月，全县共受理行政复议申请18件。", "reconsideration.accepted");
        notAValue("本月，全县12345热线按期办结率99.8%。", "hotline.completion_rate");
        notAValue("每旬，全县共调解矛盾纠纷100件。", "mediation.disputes");
        notAValue("每季度，全县共调解矛盾纠纷900件。", "mediation.disputes");
        aValue("全年，全县共调解矛盾纠纷3712件。", "mediation.disputes");
    }

    @Test
    void theTwoYearsBeforeAreASpan() {
        notAValue("前两年，全县共评查行政执法案卷780卷。", "enforcement.files_reviewed");
        aValue("全县共评查行政执法案卷400卷，较前两年有所增加。", "enforcement.files_reviewed");
    }

    @Test
    void strivingToReachALevelIsATarget() {
        notAValue("全县努力实现调解成功率达到98%。", "mediation.success_rate");
        aValue("经过努力，全县调解成功率达到98.6%。", "mediation.success_rate");
    }

    @Test
    void aMidYearReviewAndEnsuringOrStrivingForALevelAreNotTheYearsResult() {
        notAValue("年中盘点，全县共调解矛盾纠纷1830件。", "mediation.disputes");
        notAValue("年中考核显示，全县行政机关负责人出庭应诉率100%。", "litigation.head_appearance_rate");
        notAValue("全县12345热线按期办结率确保在99%以上。", "hotline.completion_rate");
        notAValue("全县争创行政机关负责人出庭应诉率100%。", "litigation.head_appearance_rate");
        aValue("全县调解成功率98.9%，完成年度目标。", "mediation.success_rate");
    }
}

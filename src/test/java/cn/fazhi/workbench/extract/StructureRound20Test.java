package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;

/**
 * The shape of the text around a figure, as red-team round 20 (tools/probes/redteam-round20-structure.txt and the
 * whole reports r60–r63) found it wrongly accepted: 分别 lists of periods, a data note after the sentence, an earlier
 * report quoted as the source, a broken line that looks ahead; and the wordings next to them that stay values. The
 * fixture's report is 通山县's of 2022.
 */
class StructureRound20Test {

    @Test
    void aRespectivelyListOfYearsGivesEachFigureItsOwnYear() {
        var x = report("全县行政诉讼案件2021年、2022年分别为96件、86件。");
        assertNoValue(x, "litigation.cases"); // 96 is 2021's; 86 is named by 2022年 alone (no indicator words)
        assertValue(report("2021年、2022年全县法律援助案件分别为986件、1046件。"), "legal_aid.cases", "1046");
        // the indicators' own lists stay values
        var y = report("全县收到、受理、审结行政复议案件分别为86件、80件、78件。");
        assertValue(y, "reconsideration.received", "86");
        assertValue(y, "reconsideration.accepted", "80");
        assertValue(y, "reconsideration.concluded", "78");
        assertValue(report("全县调解矛盾纠纷、法律援助案件分别为6842件、1268件。"), "legal_aid.cases", "1268");
    }

    @Test
    void aPartOfTheYearListedWithTheWholeYearKeepsItsFigure() {
        var x = report("上半年、全年分别调解矛盾纠纷2410件、5230件。");
        assertNoValue(x, "mediation.disputes");
        notAValue("一季度、上半年分别调解矛盾纠纷1020件、2410件。", "mediation.disputes");
        // a whole year after a part's own figure is the year's
        assertValue(report("上半年调解矛盾纠纷2410件，全年调解矛盾纠纷5230件。"), "mediation.disputes", "5230");
        assertValue(report("上半年，全县调解矛盾纠纷2410件；全年共调解矛盾纠纷5230件。"), "mediation.disputes", "5230");
    }

    @Test
    void aDataNoteAfterTheSentenceDatesItsFigures() {
        notAValue("全县调解矛盾纠纷5230件。（数据截至2022年10月底）", "mediation.disputes");
        notAValue("全县调解矛盾纠纷5230件，调解成功5210件（数据统计至6月底）。", "mediation.disputes");
        notAValue("全县调解矛盾纠纷5230件，调解成功5210件（数据截至9月30日）。", "mediation.disputes");
        // a note that names only the source, or a figure in the bracket, dates nothing
        aValue("全县调解矛盾纠纷5230件，调解成功5210件（数据来源：县司法局）。", "mediation.disputes");
        aValue("全县调解矛盾纠纷5230件。（2021年为4980件）", "mediation.disputes");
        aValue("全县调解矛盾纠纷5230件，调解成功5210件（数据截至12月31日）。", "mediation.disputes");
    }

    @Test
    void anEarlierYearsReportQuotedAsTheSourceIsThatYears() {
        notAValue("据2021年法治政府建设年度报告，全县调解矛盾纠纷4980件。", "mediation.disputes");
        notAValue("根据2021年度统计，全县行政诉讼案件96件。", "litigation.cases");
        aValue("据2022年度统计，全县行政诉讼案件86件。", "litigation.cases");
        aValue("2022年报告显示，全县行政诉讼案件86件。", "litigation.cases");
    }

    @Test
    void aBrokenLineThatLooksAheadMakesATarget() {
        notAValue("力争2023年全县\n调解矛盾纠纷7000件。", "mediation.disputes");
        notAValue("预计全年全县\n办理法律援助案件1200件。", "legal_aid.cases");
        // a broken line of the year's results, and an enumerated heading, stay as they were
        aValue("全县各级人民调解组织全年共\n调解矛盾纠纷5630件，调解成功5581件。", "mediation.succeeded");
        aValue("（四）法律援助\n全县办理法律援助案件986件。", "legal_aid.cases");
    }

    @Test
    void aPeriodInAHeadingAboveTheNearestCoversTheFigure() {
        notAValue("（一）2021年工作回顾\n1.行政复议\n全县收到行政复议申请148件。", "reconsideration.received");
        notAValue("（一）上半年工作情况\n1.行政复议\n全县收到行政复议申请62件。", "reconsideration.received");
        // the own year above, and the sentence's own year under a heading of another, stay values
        aValue("（一）2022年工作情况\n1.行政复议\n全县收到行政复议申请156件。", "reconsideration.received");
        aValue("（一）2021年以来工作回顾\n1.行政复议\n2022年全县收到行政复议申请156件。", "reconsideration.received");
    }

    @Test
    void aRespectivelyListOfIndicatorsKeepsTheYearWrittenAfterIt() {
        notAValue("全县行政诉讼案件、败诉案件2021年分别为96件、5件。", "litigation.cases");
        var x = report("全县行政诉讼案件、败诉案件分别为86件、3件，败诉率3.5%。");
        assertValue(x, "litigation.cases", "86");
        assertValue(x, "litigation.lost", "3");
    }

    @Test
    void aBrokenLineThatPlansOrSetsAGoalMakesATarget() {
        notAValue("计划2023年全县\n办理法律援助案件1300件。", "legal_aid.cases");
        notAValue("目标：全县\n调解矛盾纠纷7000件以上。", "mediation.disputes");
        aValue("目标任务完成情况\n全县调解矛盾纠纷5230件。", "mediation.disputes");
        // only the sentence that continues the broken line is the target's
        aValue("力争在全县\n范围内推广。全县调解矛盾纠纷5230件。", "mediation.disputes");
    }

    @Test
    void numberedItemsUnderALineThatBreaksATotalDownAreParts() {
        var x = report("全县行政诉讼案件88件，按被告分：\n（1）以县政府为被告的行政诉讼案件32件；\n（2）以县级部门为被告的56件。");
        assertValue(x, "litigation.cases", "88");
        notAValue("按被告分：\n（1）以县政府为被告的行政诉讼案件32件；\n（2）以县级部门为被告的行政诉讼案件56件。",
                "litigation.cases");
        notAValue("按纠纷类型统计：\n1.婚姻家庭纠纷调解1206件；\n2.邻里纠纷调解985件。", "mediation.disputes");
        // items that list the year's own figures stay values
        var y = report("全县行政复议工作情况具体如下：\n1.全年收到行政复议申请156件；\n2.依法受理143件。");
        assertValue(y, "reconsideration.received", "156");
        assertValue(y, "reconsideration.accepted", "143");
    }
}

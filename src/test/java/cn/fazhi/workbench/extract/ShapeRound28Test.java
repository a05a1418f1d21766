package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;

/**
 * Text as the readers give it, as red-team round 28 (tools/probes/redteam-round28-shape.txt and the whole reports
 * r95–r98) found it: a line broken inside a word or a figure, a label cell and its figure on two lines, a note line
 * dating the sentence above, an annex of another year or of a plan, a report of another year quoted as the source,
 * a Chinese comma written as a thousands separator, a table given as a header row of names over a row of figures.
 * The fixture's report is 通山县's of 2022.
 */
class ShapeRound28Test {

    @Test
    void aLineBrokenInsideAPeriodOrAPlaceKeepsItsWordsForTheFigure() {
        notAValue("上半\n年全县共调解矛盾纠纷2860件。", "mediation.disputes");
        notAValue("2021\n年全县共调解矛盾纠纷4980件。", "mediation.disputes");
        notAValue("近三\n年来，全县共调解矛盾纠纷1.6万件。", "mediation.disputes");
        notAValue("截至11月\n底，全年共收到行政复议申请86件。", "reconsideration.received");
        notAValue("1-\n10月全县共调解矛盾纠纷4860件。", "mediation.disputes");
    }

    @Test
    void aLineBrokenInsideANameOrAFigureGivesTheFigureItsName() {
        aValue("全年审核县政府规范性文\n件15件。", "normative_docs.reviewed");
        aValue("全年劳动人事争议仲裁结案\n率96.8%。", "labour_arbitration.closing_rate");
        assertValue(report("全年共调解矛盾纠纷5630\n件，调解成功5588件。"), "mediation.disputes", "5630");
        // two lines that each stand on their own stay apart: a heading over a sentence, a figure over a figure
        assertValue(report("（一）矛盾纠纷化解\n全县共调解矛盾纠纷5630件。"), "mediation.disputes", "5630");
        assertNoValue(report("调解矛盾纠纷\n4980\n5630"), "mediation.disputes");
    }

    @Test
    void aLabelCellAndItsFigureOnTheNextLineAreOneRow() {
        assertValue(report("调解成功率：\n99.3%"), "mediation.success_rate", "99.3");
        assertValue(report("全年共调解矛盾纠纷：\n5630件"), "mediation.disputes", "5630");
        var x = report("指标\n数值\n调解矛盾纠纷（件）\n5630\n调解成功率（%）\n99.3");
        assertValue(x, "mediation.disputes", "5630");
        assertValue(x, "mediation.success_rate", "99.3");
        // a label over two bare figures is a column of years or places: which is the year's is not said
        assertNoValue(report("调解矛盾纠纷（件）\n4980\n5630"), "mediation.disputes");
        // a line that opens a list is no label
        assertNoValue(report("具体如下：\n5630件"), "mediation.disputes");
    }

    @Test
    void aNoteLineUnderTheSentenceDatesItsFigures() {
        notAValue("全年共收到行政复议申请86件。\n注：数据统计时间为2022年1月至10月。", "reconsideration.received");
        aValue("全年共收到行政复议申请86件。\n注：数据来源于县司法局。", "reconsideration.received");
        aValue("全年共调解矛盾纠纷5630件。\n注：2021年为4980件。", "mediation.disputes");
    }

    @Test
    void anAnnexOfAnotherYearOrOfAPlanIsNotTheYears() {
        assertNoValue(report("全县办理法律援助案件1268件。\n附件：通山县2021年度法治政府建设主要指标\n调解矛盾纠纷4980件\n"
                + "办理法律援助案件1120件"), "mediation.disputes");
        assertNoValue(report("附件2\n2023年法治政府建设工作要点\n全年调解矛盾纠纷不少于6000件"), "mediation.disputes");
        assertValue(report("附件：2022年度法治政府建设主要指标\n调解矛盾纠纷5630件"), "mediation.disputes", "5630");
    }

    @Test
    void aReportOfAnotherYearQuotedAsTheSourceIsThatYears() {
        notAValue("据《通山县2021年法治政府建设情况报告》，全县共调解矛盾纠纷4980件。", "mediation.disputes");
        aValue("据《通山县2022年法治政府建设情况报告》，全县共调解矛盾纠纷5630件。", "mediation.disputes");
        // a plan or a law named with its years is no source of a year's figures
        aValue("根据《法治政府建设实施纲要（2021—2025年）》，全县共调解矛盾纠纷5630件。", "mediation.disputes");
    }

    @Test
    void aChineseCommaBetweenThousandsIsNoBreakBetweenTwoFigures() {
        assertValue(report("全年共调解矛盾纠纷1，234件。"), "mediation.disputes", "1234");
        assertValue(report("全年共调解矛盾纠纷５，６３０件。"), "mediation.disputes", "5630");
        assertValue(report("全年办理法律援助案件1 268 件。"), "legal_aid.cases", "1268");
        // a figure with its own unit before the comma stays two figures
        assertValue(report("全年共收到行政复议申请5件，630件为咨询。"), "reconsideration.received", "5");
    }

    @Test
    void aHeaderRowOfNamesOverARowOfFiguresNamesEachColumn() {
        var x = report("表1  2022年全县行政诉讼案件情况\n收案数（件）\t败诉率\n96\t4.4%");
        assertValue(x, "litigation.cases", "96");
        assertValue(x, "litigation.loss_rate", "4.4");
        // a caption of another year, or two rows of figures, give no value
        assertNoValue(report("表1  2021年全县行政诉讼案件情况\n收案数（件）\t败诉率\n102\t5.1%"), "litigation.loss_rate");
        assertNoValue(report("表1  全县行政诉讼案件情况\n收案数（件）\t败诉率\n102\t5.1%\n96\t4.4%"), "litigation.loss_rate");
        // a caption naming a town keeps the town's figures out
        assertNoValue(report("表2  城关镇调解情况\n调解纠纷（件）\t调解成功率\n612\t99.5%"), "mediation.disputes");
    }
}

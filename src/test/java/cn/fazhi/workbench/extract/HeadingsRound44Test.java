package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 44 (tools/probes/redteam-round44-headings[-b|-c].tsv, the lead's blind batches): headings and annex titles
 * that say whose or which period the figures under them are. A short line holding figures ("行政复议：收到申请75件",
 * an annex's row, "（一）全年调解纠纷3120件") was read as its own heading and so under none: the heading above it (a half
 * year, last year, three years, a town, a department) never reached its figures. An annex titled with the city, the
 * province or another place, and a heading opening with another place and a year, now make their figures another body's.
 */
class HeadingsRound44Test {

    /** 通山县's 2022 report with {@code lines} under the results heading. */
    private static ReportExtractor.Extraction under(String lines) {
        return extract("通山县2022年度法治政府建设情况报告\n一、主要举措和成效\n" + lines + "\n");
    }

    private static void noValue(String lines, String code) {
        var x = under(lines);
        assertTrue(value(x, code).isEmpty(), lines + " → " + describe(x.values()));
    }

    @Test
    void aRowOfFiguresIsReadUnderTheHeadingAboveIt() {
        noValue("上半年主要数据\n行政复议：收到申请42件，审结38件", "reconsideration.received");
        noValue("近三年主要数据\n行政复议：收到申请220件，纠错率11.2%", "reconsideration.correction_rate");
        noValue("2021年主要数据一览\n行政复议：收到申请75件，审结70件，纠错率9.2%", "reconsideration.received");
        noValue("（二）“十四五”以来\n规范性文件：审核126件，废止48件", "normative_docs.reviewed");
        noValue("（三）城关镇\n调解纠纷：326件", "mediation.disputes");
        noValue("（四）县公安局\n治安纠纷调解：1860件", "mediation.disputes");
        var year = under("2022年主要数据一览\n行政复议：收到申请86件，审结80件，纠错率10.6%");
        assertValue(year, "reconsideration.received", "86");
        assertValue(year, "reconsideration.correction_rate", "10.6");
    }

    @Test
    void aNumberedLeadWithFiguresIsReadUnderItsTopHeading() {
        var x = extract("通山县2022年度法治政府建设情况报告\n一、2021年工作回顾\n（一）全年调解矛盾纠纷3120件，调解成功率97.6%。\n");
        assertTrue(value(x, "mediation.disputes").isEmpty(), describe(x.values()));
        var own = extract("通山县2022年度法治政府建设情况报告\n一、2022年工作成效\n（一）全年调解矛盾纠纷3260件，调解成功率98.1%。\n");
        assertValue(own, "mediation.disputes", "3260");
        assertValue(own, "mediation.success_rate", "98.1");
    }

    @Test
    void aRowThatOpensWithATownIsTheTownsStill() {
        noValue("（1）石浦镇：调解矛盾纠纷612件，调解成功605件；", "mediation.disputes");
        noValue("1.石浦镇：调解矛盾纠纷612件。", "mediation.disputes");
    }

    @Test
    void anAnnexTitleSaysWhoseItsRowsAre() {
        noValue("附件：全市2022年度主要法治指标\n行政机关负责人出庭应诉率：97.8%\n人民调解成功率：98.3%",
                "litigation.head_appearance_rate");
        noValue("附件：咸宁市2022年度法治政府建设主要指标\n行政机关负责人出庭应诉率：98.6%", "litigation.head_appearance_rate");
        noValue("附件：全省2022年法治政府建设主要指标完成情况\n行政复议纠错率：13.2%", "reconsideration.correction_rate");
        noValue("附件2\n全市法治政府建设主要指标（2022年）\n行政诉讼败诉率：6.1%", "litigation.loss_rate");
        noValue("附件：县人民法院2022年度行政审判主要数据\n一审行政诉讼案件收案数：156件", "litigation.cases");
        noValue("附件：各乡镇（街道）2022年度调解工作数据\n调解矛盾纠纷：2860件", "mediation.disputes");
        noValue("附表1\n2022年度各乡镇人民调解情况统计表\n调解纠纷：2860件", "mediation.disputes");
        assertValue(under("附件：通山县2022年度法治政府建设主要指标\n行政复议纠错率：10.6%"), "reconsideration.correction_rate", "10.6");
        assertValue(under("附件：咸宁市通山县2022年度法治政府建设主要指标\n行政复议纠错率：10.6%"),
                "reconsideration.correction_rate", "10.6");
        var rows = under("附件：2022年度主要法治指标\n行政机关负责人出庭应诉率：100%\n调解成功率：98.1%");
        assertValue(rows, "litigation.head_appearance_rate", "100");
        assertValue(rows, "mediation.success_rate", "98.1");
    }

    @Test
    void aFiveYearPlansSpanIsNotTheYear() {
        noValue("（四）“八五”普法以来\n全县共调解矛盾纠纷9860件。", "mediation.disputes");
        noValue("“八五”普法以来，全县共调解矛盾纠纷9860件。", "mediation.disputes");
        noValue("（七）“十四五”中期\n全县共办理法律援助案件2360件。", "legal_aid.cases");
        assertValue(under("（三）2022年以来\n全县共收到行政复议申请86件。"), "reconsideration.received", "86");
    }

    @Test
    void aRowOfYearColumnsIsReadByItsColumnsNotUnderTheHeaderOfYears() {
        assertValue(under("附表\n指标 2022年 2021年\n行政复议纠错率 10.9% 12.5%"), "reconsideration.correction_rate", "10.9");
    }

    @Test
    void aHeadingOpeningWithAnotherPlaceAndAYearIsThatPlaces() {
        noValue("五、咸宁市2022年法治政府建设情况\n全年共收到行政复议申请1260件，纠错率12.4%。", "reconsideration.received");
        assertValue(under("（二）全市率先推行行政复议“一站式”服务\n全年共收到行政复议申请86件，纠错率10.6%。"),
                "reconsideration.received", "86");
    }
}

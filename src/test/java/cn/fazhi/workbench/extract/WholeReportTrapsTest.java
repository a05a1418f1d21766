package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Qualifier;
import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Wordings found by running whole made-up reports (tools/probes/reports/*.txt) through the extractor: figures that
 * became values although docs/labelling.md says they are not, because the subject or the level is set by the
 * sentence's source, a heading or the sentence before, and the wordings next to them that must stay values.
 */
class WholeReportTrapsTest {

    @Test
    void aHigherLevelNamedAfterTheSourceAndItsYearKeepsTheRestOfTheSentence() {
        // the city's rate two clauses after "全市2022年共…", even when a source ("据市司法局通报") opens the sentence
        notAValue("据市司法局通报，全市2022年共办理行政复议案件3200件，纠错率13.5%。", "reconsideration.correction_rate");
        notAValue("全市2022年共办理行政复议案件3200件，纠错率13.5%。", "reconsideration.correction_rate");
        aValue("据市司法局通报，我县2022年共办理行政复议案件86件，纠错率13.5%。", "reconsideration.correction_rate");
    }

    @Test
    void aHeadingOrTheSentenceBeforeThatOpensWithTheCityGivesTheCityTheFiguresUnderIt() {
        var x = extract("""
                通山县人民政府关于2022年度法治政府建设情况的报告
                一、主要工作
                （一）全市总体情况
                共受理行政复议申请2200件，纠错率12.1%。
                （二）行政复议
                全县全年共受理行政复议申请92件，审结88件。
                二、存在的问题
                执法力量不足。
                """);
        assertTrue(value(x, "reconsideration.correction_rate").isEmpty(), describe(x.values()));
        assertTrue(value(x, "reconsideration.accepted").map(v -> v.value().intValue() == 92).orElse(false),
                describe(x.values()));
        suggested("全市法治政府建设稳步推进。共受理行政复议申请2200件，纠错率12.1%。", "reconsideration.correction_rate");
        // the county is the subject of the sentence before, after the city's name
        aValue("全市法治政府建设考核中，我县位列第一。全年行政复议纠错率为8.2%。", "reconsideration.correction_rate");
        aValue("全市首创行政复议“一站式”受理。全年行政复议纠错率为8.2%。", "reconsideration.correction_rate");
    }

    @Test
    void theCountiesTogetherInACountysReportAreTheCitysCounties() {
        suggested("各县（市、区）共受理行政复议案件2140件。", "reconsideration.accepted");
        suggested("各县区共受理行政复议案件2140件。", "reconsideration.accepted");
        // the county's own departments and its own level
        aValue("全县各乡镇、各县直部门共审查规范性文件42件。", "normative_docs.reviewed");
        aValue("全年共受理行政复议案件86件，各县级行政机关负责人出庭应诉率100%。", "reconsideration.accepted");
    }

    @Test
    void aRowOfAFlattenedTableTakesTheReportingYearsColumnFromItsHeader() {
        var x = extract("""
                德清县人民政府关于2022年度法治政府建设情况的报告
                一、主要成效
                全年共办理法律援助案件968件。
                指标 2021年 2022年
                行政复议纠错率 12.5% 10.9%
                行政诉讼败诉率 5.1% 3.4%
                二、存在的问题
                执法力量不足。
                """);
        assertValue(x, "reconsideration.correction_rate", "10.9");
        assertValue(x, "litigation.loss_rate", "3.4");
        assertTrue(x.suggestions().isEmpty(), "the year before's column is no suggestion: " + describe(x.suggestions()));
        assertTrue(value(x, "legal_aid.cases").isPresent(), describe(x.values()));
        // without a header of years, which column is the year's is not known (decision 0042)
        var noHeader = report("行政复议纠错率 12.5% 10.9%");
        assertTrue(value(noHeader, "reconsideration.correction_rate").isEmpty(), describe(noHeader.values()));
        // a sentence with one figure and a rate after it is no row
        aValue("全年行政诉讼败诉率为3.4%。", "litigation.loss_rate");
    }

    @Test
    void aShareOfACountRoundedToTenThousandsIsOnlyAbout() {
        var x = report("全县各级人民调解组织共调解矛盾纠纷3.6万件，调解成功率99.1%。");
        assertEquals(Qualifier.APPROX, value(x, "mediation.succeeded").orElseThrow().qualifier(), describe(x.values()));
        var whole = report("全县各级人民调解组织共调解矛盾纠纷1000件，调解成功率99.1%。");
        assertEquals(Qualifier.EXACT, value(whole, "mediation.succeeded").orElseThrow().qualifier(), describe(whole.values()));
    }

    @Test
    void aSentenceThatGoesOnWithTheCountBeforeKeepsItsPeriod() {
        // the fixture's report is 2022's: 2021 and 上半年 are other periods
        suggested("2021年，全县共受理行政复议案件78件。审结75件，纠错率9%。", "reconsideration.correction_rate");
        suggested("上半年，全县共受理行政复议申请46件。审结40件，纠错率10%。", "reconsideration.concluded");
        // the sentence names its own period, or the one before is the year's
        aValue("2021年，全县共受理行政复议案件78件。全年审结75件，纠错率9%。", "reconsideration.correction_rate");
        aValue("全年共受理行政复议申请46件。审结40件，纠错率10%。", "reconsideration.concluded");
    }
}

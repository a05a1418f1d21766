package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.IndicatorValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static cn.fazhi.workbench.extract.ExtractorFixture.EXTRACTOR;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.number;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ways reports write their figures that the rules did not read (a count of seven digits, 3部规范性文件, the
 * number before the noun, 件次), and periods judged at the scope where they are written: a sentence that writes
 * the reporting year is not overruled by its heading, and "去年" in loose text is a doubt, not another year.
 * All sentences are made up in the style of reports.
 */
class WordingAndPeriodsTest {

    private static Optional<IndicatorValue> suggestion(ReportExtractor.Extraction x, String code) {
        return x.suggestions().stream().filter(v -> v.indicator().equals(code)).findFirst();
    }

    private static ReportExtractor.Extraction news(String sentence) {
        return EXTRACTOR.extractPassage(sentence, "通山县", 2022, false);
    }

    @Test
    void aCountOfSevenDigitsWithItsUnitIsACount() {
        assertEquals(new BigDecimal("2345678"),
                number(report("全年县政务服务中心受理各类业务2345678件，办结率100%。"), "licensing.handled"));
        // without a count's unit a long run of digits is still a telephone number or a code
        assertTrue(NumberParser.parse("法律援助咨询电话7654321。").stream().noneMatch(NumberMention::isValue));
        assertTrue(NumberParser.parse("编号20221231038。").stream().noneMatch(NumberMention::isValue));
    }

    @Test
    void documentsCountedInBuAndNamedAfterTheNumber() {
        assertEquals(new BigDecimal("6"), number(report("全年报送备案规范性文件6部，备案率100%。"), "normative_docs.filed"));
        assertEquals(new BigDecimal("11"), number(report("县政府依法对报送的11份规范性文件完成了备案。"), "normative_docs.filed"));
        assertEquals(new BigDecimal("4"), number(report("完成《某某办法》等4部规范性文件的合法性审核。"),
                "normative_docs.reviewed"));
        // 部门 and 部分 are words of their own
        assertTrue(NumberParser.parse("5部门联合发文").stream().noneMatch(m -> "部".equals(m.unit())));
        assertTrue(value(report("会同3部门对规范性文件进行备案。"), "normative_docs.filed").isEmpty());
    }

    @Test
    void theConcludedCasesNamedBeforeTheirNumber() {
        var x = report("全年审结的58件行政应诉案件中，败诉4件，败诉率6.9%。");
        assertEquals(new BigDecimal("58"), number(x, "litigation.concluded"));
        assertEquals(new BigDecimal("4"), number(x, "litigation.lost"));
    }

    @Test
    void headsInCourtCountedInJianCi() {
        assertEquals(new BigDecimal("37"), number(report("全年行政机关负责人出庭应诉37件次。"), "litigation.head_appeared"));
    }

    @Test
    void qiZhongBeforeAVerbOfSayingIsNoListOfParts() {
        var x = report("《白皮书》其中提到，2022年全县共审结行政复议案件150件。");
        assertEquals(new BigDecimal("150"), number(x, "reconsideration.concluded"));
        // a real list of parts still is one
        var parts = report("全年审结行政复议案件150件，其中撤销12件。");
        assertTrue(value(parts, "reconsideration.concluded").isPresent());
        assertTrue(!value(parts, "reconsideration.corrected").map(v -> v.flags().isEmpty()).orElse(false),
                describe(parts.values()));
    }

    @Test
    void theLevelAfterAChangeTakesTheNameBeforeIt() {
        var x = report("全县调解成功率较去年同期提高1.5个百分点，达98.5%。全县行政诉讼案件同比下降8件，为76件。");
        assertEquals(0, new BigDecimal("98.5").compareTo(number(x, "mediation.success_rate")), describe(x.values()));
        assertEquals(0, new BigDecimal("76").compareTo(number(x, "litigation.cases")), describe(x.values()));
        // the change itself is never the level
        var change = report("全县行政诉讼案件同比下降8件。");
        assertTrue(value(change, "litigation.cases").isEmpty(), describe(change.values()));
    }

    @Test
    void aRemarkInBracketsEndsWithThem() {
        // neither the 其中 nor the 上年 inside the brackets reaches the figure after them
        var x = report("全年共办理行政复议案件86件（其中新收79件，上年结转7件），审结75件。");
        assertTrue(value(x, "reconsideration.concluded").isPresent(), describe(x.values()) + " / " + describe(x.suggestions()));
        var last = report("上年（2021年）受理行政复议申请62件。");
        assertTrue(value(last, "reconsideration.accepted").isEmpty(), describe(last.values()));
    }

    @Test
    void aSentenceThatWritesTheYearIsNotOverruledByItsHeading() {
        var x = extract("通山县2022年度法治政府建设情况报告\n一、主要举措和成效\n（三）2018年以来的成效\n"
                + "2022年，全县共收到行政复议申请60件。\n近五年来，全县共收到行政复议申请240件。\n二、存在的问题\n执法力量不足。\n");
        assertEquals(new BigDecimal("60"), number(x, "reconsideration.received"));
        // the sentence without a year of its own still takes the heading's span
        assertTrue(x.values().stream().noneMatch(v -> v.value().compareTo(new BigDecimal("240")) == 0), describe(x.values()));
        var underHeading = extract("通山县2022年度法治政府建设情况报告\n一、主要举措和成效\n（三）2018年以来的成效\n"
                + "全县共收到行政复议申请240件。\n二、存在的问题\n执法力量不足。\n");
        assertTrue(value(underHeading, "reconsideration.received").isEmpty(), describe(underHeading.values()));
    }

    @Test
    void lastYearInLooseTextIsADoubtNotAnotherYear() {
        // a news item written early in 2023 about 2022: "去年" may well be the year the figure is wanted for
        var loose = news("据介绍，去年通山县共调解矛盾纠纷3200件。");
        assertTrue(value(loose, "mediation.disputes").isEmpty(), describe(loose.values()));
        IndicatorValue s = suggestion(loose, "mediation.disputes").orElseThrow(
                () -> new AssertionError(describe(loose.suggestions()) + " / " + describe(loose.candidates())));
        assertTrue(s.flags().contains(Periods.UNCLEAR), s.flags().toString());
        // in a report of 2022 "去年" is 2021: no value, no suggestion
        var inReport = report("去年，全县共调解矛盾纠纷3200件。");
        assertTrue(value(inReport, "mediation.disputes").isEmpty() && suggestion(inReport, "mediation.disputes").isEmpty(),
                describe(inReport.values()) + " / " + describe(inReport.suggestions()));
        // another year written out stays another year in loose text too
        assertTrue(suggestion(news("2020年，通山县共调解矛盾纠纷3000件。"), "mediation.disputes").isEmpty());
    }

    @Test
    void aMatterNamedOnlyInTheReportsTitleMakesASuggestion() {
        String title = "通山县人民政府2022年行政复议工作总结";
        var x = EXTRACTOR.extractPassage("经审查，立案受理45件，不予受理6件。", "通山县", 2022, true, title);
        assertTrue(value(x, "reconsideration.accepted").isEmpty(), describe(x.values()));
        IndicatorValue s = suggestion(x, "reconsideration.accepted").orElseThrow(
                () -> new AssertionError(describe(x.suggestions()) + " / " + describe(x.candidates())));
        assertEquals(new BigDecimal("45"), s.value());
        assertTrue(s.flags().contains("topic_elsewhere"), s.flags().toString());
        // a title about something else, or none, gives the figure no subject at all
        assertTrue(EXTRACTOR.extractPassage("经审查，立案受理45件。", "通山县", 2022, true,
                "通山县2022年度法治政府建设情况报告").suggestions().isEmpty());
        // a news item's headline says what the page is about as well
        var loose = EXTRACTOR.extractPassage("直接纠错18件，直接纠错率12.5%。", "通山县", 2022, false,
                "通山县发布2022年行政复议工作白皮书");
        assertTrue(loose.values().isEmpty(), describe(loose.values()));
        assertEquals(new BigDecimal("18"), suggestion(loose, "reconsideration.corrected").orElseThrow().value());
        // a sentence that names its own matter is judged by it, not by the title
        var own = EXTRACTOR.extractPassage("全年共调解矛盾纠纷320件。", "通山县", 2022, true, title);
        assertEquals(new BigDecimal("320"), number(own, "mediation.disputes"));
    }

    @Test
    void theCountyReferredBackToIsTheSubject() {
        // a news item about a county names it once and then says 该县
        var x = news("2022年，该县各级调解组织共调解矛盾纠纷3200件，调解成功率98.6%。");
        assertEquals(new BigDecimal("3200"), number(x, "mediation.disputes"));
        assertEquals(new BigDecimal("98.6"), number(x, "mediation.success_rate"));
        // after another county is named, 该县 is that county
        var visit = news("2022年赴嘉鱼县学习调研，该县调解矛盾纠纷1800件。");
        assertTrue(value(visit, "mediation.disputes").isEmpty(), describe(visit.values()));
        // in a text about a city, 该县 is one of its counties
        var city = EXTRACTOR.extractPassage("2022年，该县各级调解组织共调解矛盾纠纷3200件。", "咸宁市", 2022, false);
        assertTrue(value(city, "mediation.disputes").isEmpty(), describe(city.values()));
    }

    @Test
    void aFigureInsideWhatATotalIncludesIsAPart() {
        var x = report("全年审结行政复议案件80件（含上年结转6件，本年新收74件）。");
        assertEquals(new BigDecimal("80"), number(x, "reconsideration.concluded"));
        assertTrue(value(x, "reconsideration.received").isEmpty(), describe(x.values()));
        var listed = report("共收到行政复议申请70件，包括受理行政复议申请60件、受理前撤回4件。");
        assertEquals(new BigDecimal("70"), number(listed, "reconsideration.received"));
        assertTrue(value(listed, "reconsideration.accepted").isEmpty(), describe(listed.values()));
        // "包括…在内" names the whole
        assertEquals(new BigDecimal("120"),
                number(report("全年收到包括邮寄申请在内的行政复议申请120件。"), "reconsideration.received"));
    }

    @Test
    void aCorrectionNamedWithWhatItCorrected() {
        assertEquals(new BigDecimal("15"), number(report("全年审结行政复议案件120件，直接纠正行政机关决定15件。"),
                "reconsideration.corrected"));
        assertEquals(new BigDecimal("3"), number(report("全年审结行政复议案件40件，撤销具体行政行为3件。"),
                "reconsideration.corrected"));
    }

    @Test
    void acceptedAndConcludedAreStagesOfTheCasesReceived() {
        // "收到…，其中受理…，审结…": the stages of the year's cases, not kinds of them
        var x = report("全年收到行政复议申请63件，其中受理58件，审结54件。");
        assertEquals(new BigDecimal("58"), number(x, "reconsideration.accepted"));
        assertEquals(new BigDecimal("54"), number(x, "reconsideration.concluded"));
        assertEquals(new BigDecimal("30"), number(report("全年办理行政应诉案件42件，其中审结30件。"), "litigation.concluded"));
        // one kind after 其中 is still a part
        assertTrue(value(report("全年收到行政复议申请63件，其中涉企行政复议案件审结12件。"), "reconsideration.concluded")
                .isEmpty());
    }

    @Test
    void aFigureThatNamesTheTargetMetIsNoResult() {
        var x = report("全县提前完成调解成功率95%的年度目标，全年调解矛盾纠纷1000件，调解成功980件，调解成功率98%。");
        // 95 is the target: it neither becomes the value nor competes with the year's 98
        assertEquals(new BigDecimal("98"), number(x, "mediation.success_rate"));
        assertTrue(x.suggestions().stream().noneMatch(v -> v.value().compareTo(new BigDecimal("95")) == 0),
                describe(x.suggestions()));
    }

    @Test
    void aHeadingThatNamesTheMatterCoversAWeakCue() {
        var x = extract("通山县2022年度法治政府建设情况报告\n一、主要举措和成效\n（二）持续优化政务服务\n"
                + "全年共受理业务35678件。\n二、存在的问题\n执法力量不足。\n");
        assertEquals(new BigDecimal("35678"), number(x, "licensing.handled"));
        // under a heading about something else the weak cue still needs its matter in its own sentence
        var other = extract("通山县2022年度法治政府建设情况报告\n一、主要举措和成效\n（二）深化改革\n"
                + "深化“一网通办”改革。全年共受理业务35678件。\n二、存在的问题\n执法力量不足。\n");
        assertTrue(value(other, "licensing.handled").isEmpty(), describe(other.values()));
    }
}

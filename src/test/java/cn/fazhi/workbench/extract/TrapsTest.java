package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.Section;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.number;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per trap listed in DOMAIN.md: how the extractor handles it. */
class TrapsTest {

    private static void assertNumber(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " got " + actual);
    }

    @Test
    void moreThanAndAtLeastKeepTheirQualifier() {
        var x = report("政务服务大厅共计受理各项行政许可、行政审批及服务事项4868余件。通过交办、督办等方式，使全年信访事项办结率达到89.6%以上。");
        IndicatorValue licensing = value(x, "licensing.handled").orElseThrow();
        assertNumber("4868", licensing.value());
        assertEquals(Qualifier.APPROX_OVER, licensing.qualifier());
        IndicatorValue rate = value(x, "petitions.completion_rate").orElseThrow();
        assertEquals(Qualifier.AT_LEAST, rate.qualifier());
    }

    @Test
    void wanYiDecimalsChineseNumeralsFullWidthSeparatorsAndSpaces() {
        var x = report("全年办理行政许可事项57.95万件。全县共调处矛盾纠纷两千余件，调处成功率达到９８．５％。"
                + "共办理法律援助案件1,326件。以县政府为被告的行政诉讼案件79 件。");
        assertNumber("579500", number(x, "licensing.handled"));
        assertNumber("2000", number(x, "mediation.disputes"));
        assertEquals(Qualifier.APPROX_OVER, value(x, "mediation.disputes").orElseThrow().qualifier());
        assertNumber("98.5", number(x, "mediation.success_rate"));
        assertNumber("1326", number(x, "legal_aid.cases"));
        assertNumber("79", number(x, "litigation.cases"));
    }

    @Test
    void noCountIsDerivedFromARateThatIsOnlyABound() {
        var x = report("全县各级调解组织共调解矛盾纠纷3200件，调解成功率达99%以上。");
        assertEquals(Qualifier.AT_LEAST, value(x, "mediation.success_rate").orElseThrow().qualifier());
        assertTrue(value(x, "mediation.succeeded").isEmpty(), "99 % or more of 3,200 is no count");
    }

    @Test
    void missingRateOrCountIsDerivedAndMarked() {
        var x = report("全县共调处矛盾纠纷274件，调处成功率达到100%。全年受理行政复议申请40件，审结40件，纠错4件。");
        IndicatorValue succeeded = value(x, "mediation.succeeded").orElseThrow();
        assertTrue(succeeded.derived());
        assertNumber("274", succeeded.value());
        IndicatorValue correction = value(x, "reconsideration.correction_rate").orElseThrow();
        assertTrue(correction.derived());
        assertNumber("10", correction.value());
        assertEquals(java.util.List.of("reconsideration.corrected", "reconsideration.concluded"), correction.derivedFrom());
    }

    @Test
    void statedRateThatAgreesAfterRoundingIsNotFlagged() {
        var x = report("涉及行政诉讼案件12件，负责人出庭应诉案件11件，出庭率92%。");
        assertTrue(value(x, "litigation.head_appearance_rate").orElseThrow().flags().isEmpty());
    }

    @Test
    void statedRateThatDisagreesWithItsCountsIsFlaggedWithThem() {
        var x = report("涉及行政诉讼案件12件，负责人出庭应诉案件6件，出庭率92%。");
        assertTrue(value(x, "litigation.head_appearance_rate").orElseThrow().flags().contains("inconsistent"));
        assertTrue(value(x, "litigation.head_appeared").orElseThrow().flags().contains("inconsistent"));
        assertTrue(value(x, "litigation.cases").orElseThrow().flags().contains("inconsistent"));
        assertTrue(x.warnings().stream().anyMatch(w -> w.contains("litigation.head_appearance_rate")), x.warnings().toString());
    }

    @Test
    void aPartStatedLargerThanItsWholeFlagsBothWithOrWithoutTheRate() {
        var x = report("全县共调处矛盾纠纷4120件，调处成功4180件。");
        assertTrue(value(x, "mediation.succeeded").orElseThrow().flags().containsAll(java.util.List.of("inconsistent", "part_above_whole")));
        assertTrue(value(x, "mediation.disputes").orElseThrow().flags().contains("part_above_whole"));
        assertTrue(value(x, "mediation.success_rate").isEmpty(), "no rate over 100 % is worked out");
        assertTrue(x.warnings().stream().anyMatch(w -> w.contains("4180") && w.contains("4120")), x.warnings().toString());
        // a whole that is only a bound from below can hold more; appearances in 人次 may outnumber cases
        assertTrue(value(report("全县共调处矛盾纠纷4100余件，调处成功4180件。"), "mediation.succeeded").orElseThrow().flags().isEmpty());
        var times = report("全县行政诉讼案件开庭审理42件，行政机关负责人出庭应诉45人次。");
        assertTrue(value(times, "litigation.head_appeared").map(v -> v.flags().isEmpty()).orElse(true));
    }

    @Test
    void yearOnYearChangesAreNotLevels() {
        var x = report("全年共收到行政复议案件66件，同比增长106%。调解成功率同比下降3.95个百分点。信访事项按期办结率比上年提高2.5%。");
        assertNumber("66", number(x, "reconsideration.received"));
        assertFalse(value(x, "mediation.success_rate").isPresent(), describe(x.values()));
        assertFalse(value(x, "petitions.completion_rate").isPresent(), describe(x.values()));
        assertTrue(x.candidates().stream().anyMatch(c -> c.flags().contains("change")));
    }

    @Test
    void rateRaisedToALevelIsALevel() {
        var x = report("全年调处矛盾纠纷500件，调解成功率提高到98%。");
        assertNumber("98", number(x, "mediation.success_rate"));
    }

    @Test
    void figuresForSeveralYearsOrAnotherYearAreNotThisYearsResult() {
        var x = report("2018年以来，全县共调处矛盾纠纷3000件。2020-2021年度共评查行政执法案卷100卷。2021年，共办理法律援助案件200件。");
        assertFalse(value(x, "mediation.disputes").isPresent(), describe(x.values()));
        assertFalse(value(x, "enforcement.files_reviewed").isPresent(), describe(x.values()));
        assertFalse(value(x, "legal_aid.cases").isPresent(), describe(x.values()));
        assertTrue(x.candidates().stream().anyMatch(c -> c.flags().contains("multi_period")));
        assertTrue(x.candidates().stream().anyMatch(c -> c.flags().contains("other_year")));
    }

    @Test
    void sinceTheStartOfTheReportingYearAndSoFarCountAsTheYear() {
        var x = report("2022年以来，全县共调处矛盾纠纷300件。截至目前，以县政府为被告的行政诉讼案件79件。");
        assertNumber("300", number(x, "mediation.disputes"));
        assertNumber("79", number(x, "litigation.cases"));
    }

    @Test
    void totalWinsOverItsParts() {
        var x = report("全年办理政务服务事项5000件，其中行政许可事项1200件。录入政务服务网事项691项，其中：行政许可112项。");
        assertNumber("5000", number(x, "licensing.handled"));
    }

    @Test
    void respectivelyListsPairNamesWithNumbersByPosition() {
        var x = report("全年收到、受理、审结行政复议申请分别为30件、28件、25件。");
        assertNumber("30", number(x, "reconsideration.received"));
        assertNumber("28", number(x, "reconsideration.accepted"));
        assertNumber("25", number(x, "reconsideration.concluded"));
    }

    @Test
    void catalogueSizesStaffMoneyAndRanksAreNotIndicators() {
        var x = report("梳理行政许可事项112项，政务服务事项461项。全县现有执法人员300名，减免税费18833.2万元。调解工作位列全省第二。");
        assertTrue(x.values().isEmpty(), describe(x.values()));
    }

    @Test
    void aFigureWorkedOutFromARoundedRateGivesWayToNearlyTheSameStatedOne() {
        // the stated 3236 is doubted here (after 其中, one kind named before it); 3260 × 99.3% = 3237 is no value
        var x = report("全县共调处矛盾纠纷3260件，调处成功率99.3%，其中婚姻家庭等纠纷调处成功3236件。");
        assertTrue(x.values().stream().noneMatch(v -> v.indicator().equals("mediation.succeeded")), describe(x.values()));
        // far from any stated figure, the derived one stays: 2000 × 98% = 1960 beside one kind's 850
        var y = report("全县共调解矛盾纠纷2000件，调解成功率98%，其中婚姻家庭纠纷860件，调解成功850件。");
        assertTrue(y.values().stream().anyMatch(v -> v.indicator().equals("mediation.succeeded")
                && v.value().intValue() == 1960), describe(y.values()));
    }

    @Test
    void consultationsAreNoApplications() {
        var x = report("全年共收到行政复议咨询56件。全年受理行政复议咨询48件，办结行政复议咨询40件。");
        assertTrue(x.values().isEmpty(), describe(x.values()));
        ExtractorFixture.aValue("全年共收到行政复议申请56件。", "reconsideration.received");
    }

    @Test
    void otherBodiesFiguresAreNotTheGovernments() {
        var x = report("截至目前，区法院共委派2097件，调解成功1042件，调解成功率50%。某律师事务所办理法律援助案件80件。");
        assertFalse(value(x, "mediation.succeeded").isPresent(), describe(x.values()));
        assertFalse(value(x, "mediation.success_rate").isPresent(), describe(x.values()));
        assertFalse(value(x, "legal_aid.cases").isPresent(), describe(x.values()));
        assertTrue(x.suggestions().stream().anyMatch(c -> c.flags().contains("other_body")),
                "another body's figure is at most a suggestion, with the reason");
    }

    @Test
    void theJurisdictionWideFigureBeatsAnotherBodysFigure() {
        var x = report("截至目前，区法院共委派2097件，调解成功1042件，调解成功率50%。全年共受理行政调解、人民调解等涉法案件7352件，成功化解7266件，化解率为98.8%。");
        assertNumber("7352", number(x, "mediation.disputes"));
        assertNumber("7266", number(x, "mediation.succeeded"));
        assertNumber("98.8", number(x, "mediation.success_rate"));
    }

    @Test
    void plansAndTargetsAreNotResults() {
        var x = extract("通山县2022年度法治政府建设情况报告\n一、主要举措和成效\n全县共调处矛盾纠纷274件。\n"
                + "三、2023年工作打算\n力争调解成功率达到99%，行政机关负责人出庭应诉率达到100%，法律援助案件达到500件。\n");
        assertFalse(value(x, "mediation.success_rate").isPresent(), describe(x.values()));
        assertFalse(value(x, "litigation.head_appearance_rate").isPresent(), describe(x.values()));
        assertFalse(value(x, "legal_aid.cases").isPresent(), describe(x.values()));
        assertTrue(x.candidates().stream().anyMatch(c -> c.section() == Section.PLANS && c.flags().contains("plan")));
    }

    @Test
    void targetWordsInTheResultsSectionAreNotResults() {
        var x = report("按照要求，力争行政机关负责人出庭应诉率达到100%。实现村居法律顾问全覆盖。");
        assertTrue(x.values().isEmpty(), describe(x.values()));
    }

    @Test
    void closingParagraphWithoutHeadingsTurnsToProblemsThenPlans() {
        var x = extract("通山县人民政府2022年度法治政府建设情况报告\n全县共调处矛盾纠纷274件。\n"
                + "一年来，我县法治政府建设取得一定成效，但还存在短板问题，执法案卷评查50卷仍不规范。2023年，我县将继续推进法治政府建设，力争办理法律援助案件300件。\n");
        assertNumber("274", number(x, "mediation.disputes"));
        assertFalse(value(x, "enforcement.files_reviewed").isPresent(), describe(x.values()));
        assertFalse(value(x, "legal_aid.cases").isPresent(), describe(x.values()));
    }

    @Test
    void mangledDateIsReadAndGluedNumberStaysAlone() {
        var x = extract("通山县2022年度法治政府建设情况报告\n一、主要举措和成效\n全县共调处矛盾纠纷45二是加强法律援助。\n通山县人民政府\n2023214\n");
        assertEquals(java.time.LocalDate.of(2023, 2, 14), x.metadata().publishDate());
        IndicatorValue v = value(x, "mediation.disputes").orElseThrow(() -> new AssertionError(describe(x.candidates())));
        assertNumber("45", v.value());
        assertTrue(v.flags().contains("unit_missing"));
    }

    @Test
    void evidenceOffsetsPointAtTheSentenceInTheOriginalText() {
        String text = "通山县2022年度法治政府建设情况报告\n一、主要举措和成效\n全县共调处矛盾纠纷２７４ 件，调处成功率达到100%。\n";
        var x = extract(text);
        IndicatorValue v = value(x, "mediation.disputes").orElseThrow();
        assertEquals(v.evidence().sentence(), text.substring(v.evidence().start(), v.evidence().end()));
        assertEquals("全县共调处矛盾纠纷２７４ 件，调处成功率达到100%。", v.evidence().sentence());
        assertEquals("２７４ 件", text.substring(v.evidence().valueStart(), v.evidence().valueEnd()));
    }

    @Test
    void traditionalCharacterReportGivesTheSameValues() {
        var x = extract("通山縣2022年度法治政府建設情況報告\n一、主要舉措和成效\n全縣共調處各類矛盾糾紛274件，調處成功率達到100%。全年共收到行政復議申請21件，受理19件。\n");
        assertNumber("274", number(x, "mediation.disputes"));
        assertNumber("21", number(x, "reconsideration.received"));
        assertNumber("19", number(x, "reconsideration.accepted"));
        assertEquals("421224", x.metadata().jurisdiction().code());
        assertTrue(value(x, "mediation.disputes").orElseThrow().evidence().sentence().contains("糾紛"));
    }
}

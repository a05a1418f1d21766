package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static cn.fazhi.workbench.extract.ExtractorFixture.EXTRACTOR;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A figure is a value only when the evidence for it holds; a figure that matched but that the sentence or the
 * report's title casts doubt on becomes a suggestion with the reason, never silence.
 */
class DefaultToDoubtTest {

    private static Optional<IndicatorValue> suggestion(ReportExtractor.Extraction x, String code) {
        return x.suggestions().stream().filter(v -> v.indicator().equals(code)).findFirst();
    }

    private static void assertSuggestedWith(ReportExtractor.Extraction x, String code, String flag) {
        assertTrue(value(x, code).isEmpty(), code + " accepted: " + describe(x.values()));
        IndicatorValue s = suggestion(x, code).orElseThrow(() -> new AssertionError(code + " not suggested: "
                + describe(x.suggestions()) + " / " + describe(x.candidates())));
        assertTrue(s.flags().contains(flag), s.flags().toString());
    }

    @Test
    void titleNamesTheAuthorAndWhatTheReportIsAbout() {
        assertEquals(Authors.OTHER_AUTHOR, Authors.of("常德市水利局2022年政府工作年度报告").doubt("licensing"));
        assertEquals(Authors.OTHER_AUTHOR, Authors.of("许昌市中级人民法院 行政案件司法审判年度报告").doubt("litigation"));
        assertEquals(Authors.OTHER_MATTER, Authors.of("城东区卫生健康局2023年度政府信息公开年度报告").doubt("litigation"));
        // The bodies that handle a matter for the whole jurisdiction, and the government itself, speak for it.
        assertNull(Authors.of("高淳区行政审批局2021年法治政府建设情况报告").doubt("licensing"));
        assertNull(Authors.of("通山县人民政府2022年度法治政府建设情况报告").doubt("litigation"));
        assertNull(Authors.of("通山县司法局2022年法治政府建设工作报告").doubt("mediation"));
        assertNull(Authors.of("中共通山县委 通山县人民政府关于2022年度法治政府建设情况的报告").doubt("litigation"));
        assertNull(Authors.of(null).doubt("litigation"));
    }

    @Test
    void aDepartmentsOwnReportGivesSuggestionsNotValues() {
        var x = EXTRACTOR.extract(new ReportText("通山县水利局2022年法治政府建设年度报告\n一、主要举措和成效\n"
                + "全年共办理行政许可事项20件。\n二、存在的问题\n执法力量不足。\n", ReportFormat.TXT, "UTF-8"));
        assertSuggestedWith(x, "licensing.handled", Authors.OTHER_AUTHOR);
    }

    @Test
    void twoFiguresForOneIndicatorInOneSentenceAreBothDoubted() {
        var x = report("县政府负责人出庭应诉率100%，县级部门和乡镇负责人出庭应诉率99.3%。");
        assertSuggestedWith(x, "litigation.head_appearance_rate", Competition.COMPETING);
        assertEquals(2, x.suggestions().stream().filter(v -> v.indicator().equals("litigation.head_appearance_rate")).count());
    }

    @Test
    void aPartAfterQiZhongDoesNotCompeteWithItsTotal() {
        var x = report("全年共收到行政复议申请85件，其中网上申请8件。");
        assertEquals(0, value(x, "reconsideration.received").orElseThrow().value().compareTo(java.math.BigDecimal.valueOf(85)));
    }

    @Test
    void aDepartmentNamedAsTheSubjectMakesItsFigureDoubtful() {
        var x = report("县市场监管局全年办理行政许可事项1200件。");
        assertSuggestedWith(x, "licensing.handled", "subject_other_body");
        // The body that handles the matter for the whole county speaks for it.
        var own = report("县行政审批服务局全年办理行政许可事项1200件。");
        assertTrue(value(own, "licensing.handled").isPresent(), describe(own.values()));
    }

    @Test
    void aChannelNamedInAnEarlierClauseStillOwnsTheFigure() {
        var x = report("该机可办理公安、人社等部门共计240项服务事项，全年办理业务1132宗。");
        assertFalse(value(x, "licensing.handled").isPresent(), describe(x.values()));
    }

    @Test
    void theYearSoFarOnANewsPageIsNotTheYear() {
        var x = EXTRACTOR.extractPassage("2015年以来，全县各级人民调解组织调解矛盾纠纷1800件。", "通山县", 2015, false);
        assertSuggestedWith(x, "mediation.disputes", "period_unclear");
        var inReport = EXTRACTOR.extractPassage("2015年以来，全县各级人民调解组织调解矛盾纠纷1800件。", "通山县", 2015, true);
        assertTrue(value(inReport, "mediation.disputes").isPresent(), describe(inReport.values()));
    }

    @Test
    void oneKindOfMediationIsNotAllMediation() {
        var x = report("全县行政调解案件1445件。");
        assertTrue(value(x, "mediation.disputes").isEmpty(), describe(x.values()));
    }

    @Test
    void aWeakCueNeedsTheTopicInItsOwnSentence() {
        var x = report("深化“一事通办”，梳理“一件事”18项。截至目前，共办理业务196余件。");
        assertTrue(value(x, "licensing.handled").isEmpty(), describe(x.values()));
    }

    @Test
    void anotherCountyNamedInAnEarlierClauseStillOwnsTheFigure() {
        var x = report("赴嘉鱼县学习调研，该县全年调解矛盾纠纷1800件。");
        assertTrue(value(x, "mediation.disputes").isEmpty(), describe(x.values()));
        // A place named inside a document's title is not the subject.
        var own = report("落实《咸宁市矛盾纠纷多元化解办法》，全年调解矛盾纠纷1800件。");
        assertTrue(value(own, "mediation.disputes").isPresent(), describe(own.values()));
    }

    @Test
    void oneKindOfDisputeIsAPart() {
        var x = report("全年调处重大疑难纠纷35件。");
        assertTrue(value(x, "mediation.disputes").isEmpty(), describe(x.values()));
        var all = report("全年化解邻里等各类矛盾纠纷1200件。");
        assertTrue(value(all, "mediation.disputes").isPresent(), describe(all.values()));
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;

/**
 * Round 114 (read: 114 b, 114 c): a list of the year's quarters or months given 分别, the government's documents
 * reviewed and then all sent for filing, a table's row named 合法性审核. Made-up text, not the probes'.
 */
class Round114Test {

    private static final String COUNTY = "井陉县";

    @Test
    void aListOfTheFourQuartersIsNoYearsFigure() {
        var x = reportOf(COUNTY, 2024, "2024年四个季度，全县信访事项按期办结率分别为97.6%、98.2%、98.8%、99.1%。");
        assertNoValue(x, "petitions.completion_rate");
        assertNoValue(reportOf(COUNTY, 2024, "各季度12345热线办结率分别为98.0%、98.5%、99.0%和99.3%。"),
                "hotline.completion_rate");
        assertNoValue(reportOf(COUNTY, 2024, "全年各月份，热线工单办结率分别为98.0%、98.5%、99.0%等。"),
                "hotline.completion_rate");
    }

    @Test
    void aFigureAfterTheQuartersListIsNotItsItem() {
        var x = reportOf(COUNTY, 2024, "全年共收到行政复议申请402件，各季度收到申请分别为81件、96件、103件、122件；经审查依法受理371件。");
        assertValue(x, "reconsideration.received", "402");
        assertValue(x, "reconsideration.accepted", "371");
    }

    @Test
    void theYearsFourQuartersWithoutAListAreTheWholeYear() {
        assertValue(reportOf(COUNTY, 2024, "全年四个季度考核均位列全市前三，12345热线工单办结率99.2%。"),
                "hotline.completion_rate", "99.2");
    }

    @Test
    void theGovernmentsDocumentsReviewedAndAllSentForFilingAreFiled() {
        var x = reportOf(COUNTY, 2024, "全年审核县政府及县政府办公室规范性文件9件，全部报送市政府和县人大常委会备案。");
        assertValue(x, "normative_docs.reviewed", "9");
        assertValue(x, "normative_docs.filed", "9");
    }

    @Test
    void theDepartmentsDocumentsReviewedAndSentForFilingAreNotTheGovernmentsFilings() {
        var x = reportOf(COUNTY, 2024, "全年审核县直部门规范性文件9件，均报送县政府备案。");
        assertNoValue(x, "normative_docs.filed");
    }

    @Test
    void aTablesRowOfLegalityChecksCountsTheDocumentsReviewed() {
        var x = reportOf(COUNTY, 2024, "2024年规范性文件工作情况\n项目\t数量（件）\n合法性审核\t16\n报市政府备案\t13\n");
        assertValue(x, "normative_docs.reviewed", "16");
        assertValue(x, "normative_docs.filed", "13");
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "全年制定出台行政规范性文件12件，全部按规定报备", "县政府共制发规范性文件12件，均在30日内报送备案": the documents made in the year,
 * all of them filed, are the documents filed (a clause that says what was done to all of them names what the figure
 * counts, as "…12件，均经合法性审核" names the documents reviewed).
 */
class DocumentsAllFiledTest {

    private static ReportExtractor.Extraction in(String sentence) {
        return extract("安吉县人民政府2023年度法治政府建设情况报告\n一、主要举措和成效\n" + sentence + "\n");
    }

    @Test
    void documentsMadeAndAllFiledAreTheDocumentsFiled() {
        assertValue(in("全年制定出台行政规范性文件12件，全部按规定报备。"), "normative_docs.filed", "12");
        assertValue(in("县政府共制发规范性文件12件，均在30日内报送备案。"), "normative_docs.filed", "12");
        assertValue(in("全年县政府印发规范性文件12件，均报县人大常委会备案。"), "normative_docs.filed", "12");
        assertValue(in("全年出台规范性文件12件，均经合法性审核。"), "normative_docs.reviewed", "12");
    }

    @Test
    void aTotalOfTheDocumentsReviewedAllFiledIsNotTheDocumentsFiled() {
        var x = in("全年审查县政府规范性文件12件、县直部门规范性文件23件，合计35件，全部报备。");
        assertTrue(value(x, "normative_docs.filed").isEmpty(), describe(x.values()));
    }

    @Test
    void theDepartmentsDocumentsAreStillAPart() {
        var x = in("全年部门制定规范性文件20件，全部报县政府备案。");
        assertTrue(value(x, "normative_docs.filed").isEmpty(), describe(x.values()));
    }
}

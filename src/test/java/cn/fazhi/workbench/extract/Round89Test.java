package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 89 (read in part: a, c and report r232): a court's debtor cases are no disputes, files a higher level sampled
 * or the county sent up, the hotline's clause after another body's, tickets another window passed on, a channel named
 * in quotes, documents the departments sent for filing, a clean-up that kept the rest, documents made and all both
 * reviewed and filed. Made-up text, not the probes'.
 */
class Round89Test {

    @Test
    void casesWhereTheGovernmentOwesACourtJudgmentAreNoDisputes() {
        var x = reportOf("桐庐县", 2024, "全年清理化解政府机构失信被执行人案件3件。2024年，全县各级人民调解组织共调处矛盾纠纷5210件，调解成功5163件。");
        assertValue(x, "mediation.disputes", "5210");
        assertValue(x, "mediation.succeeded", "5163");
    }

    @Test
    void filesTheCityAboveSampledOrTheCountySentUpAreNotTheCountysReview() {
        var sampled = reportOf("桐庐县", 2024, "杭州市司法局开展全市行政执法案卷评查时，随机抽取我县执法单位案卷30卷，优良率位居全市前列。");
        assertNoValue(sampled, "enforcement.files_reviewed");
        var sentUp = reportOf("桐庐县", 2024, "在全省行政执法案卷评查中，我县报送的12卷案卷全部合格。");
        assertNoValue(sentUp, "enforcement.files_reviewed");
        var own = reportOf("桐庐县", 2024, "组织开展全县行政执法案卷评查，随机抽取各执法单位案卷460卷。");
        assertValue(own, "enforcement.files_reviewed", "460");
    }

    @Test
    void theHotlinesOwnClauseAfterAnotherBodysSemicolon() {
        var x = reportOf("桐庐县", 2024, "县信访局全年受理群众来信来访1420件次，按期办结率99.2%；12345热线按期办结率98.7%。");
        assertValue(x, "petitions.completion_rate", "99.2");
        assertValue(x, "hotline.completion_rate", "98.7");
    }

    @Test
    void ticketsAnotherWindowPassedOnAreOneSource() {
        var x = reportOf("桐庐县", 2024, "县12345热线还受理“办事不便”反映窗口转来诉求210件，办结率100%。");
        assertNoValue(x, "hotline.completion_rate");
    }

    @Test
    void aChannelNamedInQuotesBeforeTheVerb() {
        var x = reportOf("桐庐县", 2024, "全年通过“浙里办”办理政务服务事项5.2万件。");
        assertNoValue(x, "licensing.handled");
    }

    @Test
    void documentsTheDepartmentsSentForFilingAreNoLegalityReview() {
        var x = reportOf("桐庐县", 2024, "全年审查各部门、各乡镇报送县政府备案的规范性文件24件，对其中1件提出纠正意见。");
        assertNoValue(x, "normative_docs.reviewed");
    }

    @Test
    void aCleanUpThatListsTheDocumentsKeptAfterTheRepealed() {
        var x = reportOf("桐庐县", 2024, "组织开展规范性文件专项清理，共清理规范性文件150件，废止6件、修改9件、继续有效135件。");
        assertValue(x, "normative_docs.repealed", "6");
        var onlyRepealed = reportOf("桐庐县", 2024, "组织开展优化营商环境规范性文件专项清理，废止6件。");
        assertNoValue(onlyRepealed, "normative_docs.repealed");
    }

    @Test
    void documentsMadeAndAllReviewedAndFiled() {
        var x = reportOf("桐庐县", 2024, "全年县政府出台规范性文件15件，均经合法性审查并报杭州市人民政府和县人大常委会备案。");
        assertValue(x, "normative_docs.filed", "15");
        assertValue(x, "normative_docs.reviewed", "15");
        var byDepartments = reportOf("桐庐县", 2024, "县直部门制定规范性文件15件，均经合法性审查并报县政府备案。");
        assertNoValue(byDepartments, "normative_docs.reviewed");
        assertTrue(ExtractorFixture.value(x, "normative_docs.reviewed").orElseThrow().derived());
        assertEquals(0, ExtractorFixture.value(x, "normative_docs.filed").orElseThrow().flags().size());
    }
}

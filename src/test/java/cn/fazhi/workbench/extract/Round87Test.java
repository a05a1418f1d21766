package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;

/**
 * Round 87 (read in part): a higher level's bulletin named with its source in brackets, the city's mediation centre
 * named with 全市, a filing's recipient whose name holds 镇, documents 拟以正式文件印发, a rank kept for years, 全市 then
 * 我市 in one sentence, a rate named only partly beside the one named in full. Made-up text, not the probes'.
 */
class Round87Test {

    @Test
    void aHigherLevelsBulletinWithItsSourceInBrackets() {
        var x = reportOf("句容市", 2024, "（三）镇江市行政复议工作情况（摘自市司法局通报）\n"
                + "全市各级行政复议机关全年收到行政复议申请1420件，审结1265件。");
        assertNoValue(x, "reconsideration.received");
        assertNoValue(x, "reconsideration.concluded");
        var own = reportOf("句容市", 2024, "（三）行政复议工作情况（摘自市司法局通报）\n全市全年收到行政复议申请212件。");
        assertValue(own, "reconsideration.received", "212");
    }

    @Test
    void theCitysMediationCentreNamedWithTheWholeCity() {
        var x = reportOf("句容市", 2024, "全市矛盾纠纷调处化解中心全年受理各类矛盾纠纷986件，调处化解951件。");
        assertNoValue(x, "mediation.disputes");
        var all = reportOf("句容市", 2024, "全市各级调解组织全年受理各类矛盾纠纷7560件，调解成功7488件。");
        assertValue(all, "mediation.disputes", "7560");
    }

    @Test
    void theCityAFilingGoesToIsNoTown() {
        var x = reportOf("句容市", 2024, "全年制发行政规范性文件14件，均按规定报镇江市人民政府和市人大常委会备案。"
                + "按规定报镇江市人民政府备案14件。");
        assertValue(x, "normative_docs.filed", "14");
    }

    @Test
    void documentsToBeIssuedAsFormalDocumentsAreNoPlan() {
        var x = reportOf("句容市", 2024, "全年对市政府拟以正式文件印发的行政规范性文件进行合法性审核38件。");
        assertValue(x, "normative_docs.reviewed", "38");
        var plan = reportOf("句容市", 2024, "明年拟审核行政规范性文件40件。");
        assertNoValue(plan, "normative_docs.reviewed");
    }

    @Test
    void aRankKeptForYearsDatesNoLaterClause() {
        var x = reportOf("霍山县", 2024, "全县行政机关负责人出庭应诉率达100%，连续三年保持全市第一，行政诉讼败诉率5.21%。");
        assertValue(x, "litigation.loss_rate", "5.21");
        var kept = reportOf("霍山县", 2024, "全县行政诉讼败诉率连续三年保持在6%以下。");
        assertNoValue(kept, "litigation.loss_rate");
    }

    @Test
    void theWholeCityThenOursInOneSentence() {
        var x = reportOf("句容市", 2024, "镇江市12345热线全年向我市转办工单12.6万件，全市工单按期办结率98.4%，我市按期办结率98.91%。");
        assertValue(x, "hotline.completion_rate", "98.91");
        // the own level's departments after 我市 are a part of the city's whole, which stays the jurisdiction's
        var departments = reportOf("句容市", 2024, "全市工单按期办结率98.4%，我市本级部门按期办结率98.91%。");
        assertValue(departments, "hotline.completion_rate", "98.4");
    }

    @Test
    void aRateNamedOnlyPartlyIsNoRivalOfTheOneNamedInFull() {
        var x = reportOf("霍山县", 2024, "全县依申请政务服务事项网上可办率达到99.1%，事项全程网办率为71.2%；"
                + "从办件情况看，全县政务服务事项网上办理率为86.3%。");
        assertValue(x, "online_service.rate", "86.3");
        var partly = reportOf("霍山县", 2024, "全县事项全程网办率为71.2%。");
        assertNoValue(partly, "online_service.rate");
    }
}

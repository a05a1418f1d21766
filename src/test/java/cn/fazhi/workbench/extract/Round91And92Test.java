package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;

/**
 * Rounds 91 and 92 (read in part: 91 a, 91 c, report r235, 92 a, 92 c, report r237): the own figure after a named city's,
 * one year's count after the sum of several, the whole a breakdown is taken among, the rate actually reached after the
 * required one, a requirement listing levels, a ranking among the city's counties, a clause of 另有 beside the whole,
 * documents named with the government that made them, a remark in brackets before 均…备案, the towns' consultation points
 * before the government's decisions, the first in the whole, the suits about licensing; and from rounds 84 b and 86 b (their
 * wrong lines read): the kind taken up again by 此类, a part's account going on past its share, what a plan's document sets
 * out. Made-up text, not the probes'.
 */
class Round91And92Test {

    @Test
    void theOwnCountAfterANamedCitysCountOfTheSameAct() {
        var x = reportOf("应城市", 2024, "2024年，孝感市共调处矛盾纠纷2.8万件，我市调处4315件，占孝感市总量的15.4%。");
        assertValue(x, "mediation.disputes", "4315");
        // "我市" in a county's report is the city above, not the county
        var county = reportOf("大悟县", 2024, "2024年，湖北省共调处矛盾纠纷60万件，我市调处2.8万件。");
        assertNoValue(county, "mediation.disputes");
    }

    @Test
    void oneYearsCountAfterTheSumOfSeveralYears() {
        var x = reportOf("应城市", 2024, "近三年来，全市累计办理法律援助案件2760件，2024年办理985件，同比增长6.1%。");
        assertValue(x, "legal_aid.cases", "985");
        var earlier = reportOf("应城市", 2024, "2021年以来累计办理法律援助案件2760件，2023年办理928件。");
        assertNoValue(earlier, "legal_aid.cases");
    }

    @Test
    void theWholeABreakdownIsTakenAmong() {
        var x = reportOf("应城市", 2024, "按案件类型分，受理的264件复议案件中，涉及自然资源领域91件、市场监管领域40件。");
        assertValue(x, "reconsideration.accepted", "264");
    }

    @Test
    void theRateActuallyReachedAfterTheRequiredOne() {
        var x = reportOf("灌南县", 2024, "按照省、市要求，依申请政务服务事项网上办理率需达到90%以上，我县全年实际达到94.2%。");
        assertValue(x, "online_service.rate", "94.2");
        var target = reportOf("灌南县", 2024, "依申请政务服务事项网上办理率需达到90%以上。");
        assertNoValue(target, "online_service.rate");
    }

    @Test
    void aRequirementThatListsLevelsGovernsTheLevelsAfterIt() {
        var x = reportOf("灌南县", 2024, "要求各部门规范性文件合法性审查率达到100%，行政复议纠错率控制在15%以内，"
                + "行政机关负责人出庭应诉率保持100%。");
        assertNoValue(x, "litigation.head_appearance_rate");
        var result = reportOf("灌南县", 2024, "严格要求各调解组织规范调解程序，全年调解成功率达到98.2%。");
        assertValue(result, "mediation.success_rate", "98.2");
    }

    @Test
    void aRankingAmongTheCitysCountiesNamesNoSubject() {
        var x = reportOf("扬中市", 2024, "信访工作考核排名列镇江市第一，信访事项按期办结率由2023年的98.1%提升至99.3%。");
        assertValue(x, "petitions.completion_rate", "99.3");
    }

    @Test
    void anAsideOfSecondInstanceCasesLimitsNoRate() {
        var x = reportOf("扬中市", 2024, "全年全市行政机关作为被告的一审行政诉讼案件88件，另有上诉至镇江市中级人民法院的二审案件20件；"
                + "审结80件，败诉4件，败诉率5%。");
        assertValue(x, "litigation.loss_rate", "5");
    }

    @Test
    void documentsNamedWithTheGovernmentThatMadeThem() {
        var x = reportOf("武穴市", 2024, "全年出台的15件市政府及市政府办公室规范性文件，均在公布之日起30日内报送黄冈市人民政府备案。");
        assertValue(x, "normative_docs.filed", "15");
        var office = reportOf("武穴市", 2024, "全年出台的4件市政府办公室规范性文件，均在30日内报送备案。");
        assertNoValue(office, "normative_docs.filed");
    }

    @Test
    void aRemarkInBracketsBeforeAllOfThemFiled() {
        var x = reportOf("海门市", 2024, "全年出台规范性文件17件（另有3件经审查后暂缓出台），均在规定时限内报南通市人民政府备案。");
        assertValue(x, "normative_docs.filed", "17");
    }

    @Test
    void theTownsConsultationPointsBeforeTheGovernmentsDecisions() {
        var x = reportOf("武穴市", 2024, "各乡镇司法所行政复议咨询服务点全年接待行政复议咨询310人次，代收行政复议申请17件。"
                + "全年审结行政复议案件108件，其中直接纠错12件。");
        assertValue(x, "reconsideration.concluded", "108");
    }

    @Test
    void acceptedAfterExaminationIsTheAccepted() {
        var x = reportOf("武穴市", 2024, "2024年，市行政复议机构收到行政复议申请130件。经审查，受理118件，不予受理7件。");
        assertValue(x, "reconsideration.accepted", "118");
    }

    @Test
    void aTownFirstInTheWholeIsStillTheTown() {
        var x = reportOf("海门市", 2024, "三厂街道在全市率先推行“信访代办”制度，全年代办信访事项96件，按期办结率100%。");
        assertNoValue(x, "petitions.completion_rate");
    }

    @Test
    void theSuitsAboutLicensingAreNoItemsHandled() {
        var x = reportOf("海门市", 2024, "从案件类型看，全市行政应诉案件中，涉及行政处罚的31件，涉及行政许可和登记的12件。");
        assertNoValue(x, "licensing.handled");
    }

    @Test
    void aStationOfOneKindOfDisputesAndItsRate() {
        var x = reportOf("海门市", 2024, "2024年，全市涉海纠纷调解工作站共调解涉海纠纷215件，调解成功率98.6%。");
        assertNoValue(x, "mediation.success_rate");
    }

    @Test
    void theFairCompetitionReviewOfPolicyMeasures() {
        var x = reportOf("海门市", 2024, "市司法局对各部门起草的涉及市场主体经济活动的政策措施开展公平竞争审查，审查政策措施文件38件。");
        assertNoValue(x, "normative_docs.reviewed");
    }

    @Test
    void theItemsOfOneReform() {
        var x = reportOf("海门市", 2024, "推进“免证办”改革，全年“免证办”业务办件量15.2万件。");
        assertNoValue(x, "licensing.handled");
    }

    @Test
    void theKindTheSentenceNamedTakenUpAgain() {
        var x = reportOf("深圳市坪山区", 2024, "征地拆迁类案件仍是我区行政诉讼的主要类型，全年新收此类一审案件64件，审结60件，败诉3件，败诉率5%。");
        assertNoValue(x, "litigation.lost");
        assertNoValue(x, "litigation.loss_rate");
    }

    @Test
    void thePartsAccountGoesOnPastItsShare() {
        var x = reportOf("深圳市坪山区", 2024, "从案件类型看，涉及房屋征收补偿的行政诉讼案件120件，占全区收案总数的21.4%，审结110件，"
                + "败诉4件，败诉率3.64%。");
        assertNoValue(x, "litigation.lost");
        assertNoValue(x, "litigation.loss_rate");
        var whole = reportOf("深圳市坪山区", 2024, "全年新收行政诉讼案件561件，占全市收案总数的8.1%，审结520件，败诉20件，败诉率3.85%。");
        assertValue(whole, "litigation.lost", "20");
        assertValue(whole, "litigation.loss_rate", "3.85");
    }

    @Test
    void whatAPlansDocumentSetsOut() {
        var x = reportOf("深圳市坪山区", 2024, "《坪山区2024年法治政府建设工作要点》提出，全区行政机关负责人出庭应诉率达到100%，"
                + "行政诉讼败诉率控制在5%以内。");
        assertNoValue(x, "litigation.head_appearance_rate");
    }
}

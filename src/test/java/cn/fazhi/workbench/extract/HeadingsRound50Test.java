package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 50, batch c (tools/probes/redteam-round50-lead-c-county.tsv, blind): headings that name the towns without a
 * town's name (乡镇（街道）行政执法), one platform (“浙里办”平台) or key fields of enforcement (重点领域执法) make the
 * figures under them parts; batch e: a field's 行政争议 or those involving the towns, the second instance alone; and in
 * sentences, the part of the year before a reform (改革前，) and the departments or towns as the organs of reviews; batch
 * g: in a city's report, headings of one district or county, the urban districts, the counties, the city's departments,
 * a 新区, and the centre's own cases (直接办理).
 */
class HeadingsRound50Test {
    private static ReportExtractor.Extraction under(String heading, String sentence) {
        return extract("安吉县人民政府2023年度法治政府建设情况报告\n一、主要举措和成效\n" + heading + "\n" + sentence + "\n");
    }

    private static void noValue(String heading, String sentence, String code) {
        var x = under(heading, sentence);
        assertTrue(value(x, code).isEmpty(), heading + " / " + sentence + " → " + describe(x.values()));
    }

    @Test
    void theTownsSectionsFiguresAreTheTowns() {
        noValue("（二）乡镇（街道）行政执法", "全年评查行政执法案卷326卷。", "enforcement.files_reviewed");
        noValue("（三）镇街矛盾纠纷化解", "全年共调解矛盾纠纷1260件。", "mediation.disputes");
        noValue("（三）街道调解工作", "全年共调解矛盾纠纷1260件。", "mediation.disputes");
        // the towns named with another level are all of them
        assertValue(under("（三）乡镇（街道）和村（社区）两级调解", "全年共调解矛盾纠纷5623件。"), "mediation.disputes", "5623");
    }

    @Test
    void anAreasSectionIsAPart() {
        noValue("（三）城区", "全年共调解矛盾纠纷1860件。", "mediation.disputes");
        noValue("（四）农村地区", "全年共调解矛盾纠纷3760件。", "mediation.disputes");
    }

    @Test
    void aPlatformsSectionIsOneChannel() {
        noValue("（三）“浙里办”平台", "全年网上办件32.6万件，网办率86.5%。", "online_service.rate");
        noValue("（二）综合受理窗口", "全年受理办件12.6万件。", "licensing.handled");
        // the hotline's platform is the hotline itself
        assertValue(under("（四）12345政务服务平台", "全年受理群众诉求16.2万件，按期办结率99.6%。"), "hotline.completion_rate", "99.6");
    }

    @Test
    void keyFieldsOfEnforcementAreAPart() {
        noValue("（四）重点领域执法", "全年评查行政执法案卷612卷。", "enforcement.files_reviewed");
        assertValue(under("（四）行政执法监督", "全年评查行政执法案卷612卷。"), "enforcement.files_reviewed", "612");
    }

    @Test
    void lawsuitHeadingsOfAFieldTheTownsOrTheSecondInstance() {
        noValue("（二）征地拆迁领域行政争议", "全年行政诉讼案件45件，败诉3件。", "litigation.cases");
        noValue("（三）涉及乡镇的行政争议", "全年行政诉讼案件15件，行政复议案件36件。", "litigation.cases");
        noValue("（四）二审案件", "全年审结36件，行政机关败诉3件。", "litigation.lost");
        var x = under("（二）一审案件", "全年审结行政诉讼案件131件，行政机关败诉7件，败诉率5.3%。");
        assertValue(x, "litigation.concluded", "131");
        assertValue(x, "litigation.lost", "7");
        assertValue(under("（一）一、二审案件", "全年审结行政诉讼案件131件。"), "litigation.concluded", "131");
    }

    @Test
    void beforeAReformAndTheDepartmentsOwnReviewsAreParts() {
        noValue("（二）行政复议体制改革", "改革前，县政府共收到行政复议申请42件。", "reconsideration.received");
        noValue("（二）行政复议", "全年县级部门共收到行政复议申请48件。", "reconsideration.received");
        noValue("（二）行政复议", "全年以乡镇政府为被申请人的行政复议案件36件。", "reconsideration.received");
        assertValue(under("（二）行政复议体制改革", "改革后，县政府集中行使行政复议职责，全年共收到行政复议申请318件。"),
                "reconsideration.received", "318");
        assertValue(under("（二）行政复议", "全年县政府及其部门共收到行政复议申请318件。"), "reconsideration.received", "318");
        // the towns and the departments listed together are all the respondents; towns named as a place are no subject
        assertValue(under("（二）行政复议", "全年县政府共收到以各乡镇人民政府、县政府各部门为被申请人的行政复议案件137件。"),
                "reconsideration.received", "137");
        assertValue(under("（二）行政复议", "在全县乡镇（街道）设立行政复议受理点，全年共收到行政复议申请312件。"),
                "reconsideration.received", "312");
    }

    @Test
    void aHeadingThatIsOnlyACampaignsNameIsAPart() {
        noValue("（三）“千名律师进万企”", "全年办理法律援助案件126件。", "legal_aid.cases");
        noValue("（二）“双随机、一公开”监管", "全年抽查检查对象1260户，评查案卷126卷。", "enforcement.files_reviewed");
        assertValue(under("（三）“最多跑一次”改革", "全年办理行政许可事项5.2万件。"), "licensing.handled", "52000");
        assertValue(under("（三）深化“放管服”改革，优化营商环境", "全年办理行政许可事项5.2万件。"), "licensing.handled", "52000");
    }

    @Test
    void aCitysHeadingsOfOnePlaceOrGroup() {
        String title = "湖州市人民政府2023年度法治政府建设情况报告\n一、主要举措和成效\n";
        String[][] parts = {{"（三）吴兴区", "全年共调解矛盾纠纷8620件。", "mediation.disputes"},
                {"（二）长兴县", "全年共收到行政复议申请312件。", "reconsideration.received"},
                {"（二）市区", "全年共调解矛盾纠纷1.2万件。", "mediation.disputes"},
                {"（三）各县（区）", "全年共收到行政复议申请1007件。", "reconsideration.received"},
                {"（二）市直部门", "全年办理行政许可事项12.6万件。", "licensing.handled"},
                {"（二）南太湖新区", "全年办理行政许可事项3.2万件。", "licensing.handled"},
                {"（五）市法律援助中心", "全年直接办理法律援助案件632件。", "legal_aid.cases"},
                {"（一）市级层面", "全年共办理行政许可事项12.6万件。", "licensing.handled"},
                {"1.吴兴区", "该区全年共收到行政复议申请412件。", "reconsideration.received"}};
        for (String[] p : parts) {
            var x = extract(title + p[0] + "\n" + p[1] + "\n");
            assertTrue(value(x, p[2]).isEmpty(), p[0] + " / " + p[1] + " → " + describe(x.values()));
        }
        // a heading that names a title the city earned, not a place, leaves the figures its own
        assertValue(extract(title + "（一）争创全国法治政府建设示范市\n全年共收到行政复议申请1869件。\n"),
                "reconsideration.received", "1869");
        // the city's own name, or the whole of it, is its own
        assertValue(extract(title + "（一）湖州市\n全年共收到行政复议申请1869件。\n"), "reconsideration.received", "1869");
        assertValue(extract(title + "（五）全市法律援助\n全市共办理法律援助案件7865件。\n"), "legal_aid.cases", "7865");
    }

    @Test
    void theCityAboveACountyLevelCityNamedInAHeading() {
        String title = "乐清市人民政府2023年度法治政府建设情况报告\n一、主要举措和成效\n";
        var x = extract(title + "（四）温州市\n全市共办理法律援助案件1.6万件。\n");
        assertTrue(value(x, "legal_aid.cases").isEmpty(), describe(x.values()));
        assertValue(extract(title + "（一）全市\n全年共办理法律援助案件1620件。\n"), "legal_aid.cases", "1620");
        assertValue(extract(title + "（一）乐清市\n全市共办理法律援助案件1620件。\n"), "legal_aid.cases", "1620");
    }

    @Test
    void aLineOfQiZhongAndOneCaseAreParts() {
        noValue("其中：", "县政府作为被告的行政诉讼案件19件。", "litigation.cases");
        noValue("（三）典型案例", "全年行政诉讼案件1件，县政府败诉1件。", "litigation.lost");
        noValue("（三）工作亮点", "该案中，县政府败诉1件。", "litigation.lost");
        assertValue(under("（三）存在的问题", "全县行政机关败诉率5.3%，高于全市平均水平。"), "litigation.loss_rate", "5.3");
    }

    @Test
    void aHeadingThatOpensWithAnotherPlaceKnownToTheGazetteer() {
        String title = "湖州市人民政府2023年度法治政府建设情况报告\n二、各区县工作亮点\n";
        for (String h : new String[]{"1.吴兴区：深化“一窗通办”改革", "（二）长兴县打造“枫桥式”调解品牌", "（一）吴兴区、南浔区"}) {
            var x = extract(title + h + "\n全年共调解矛盾纠纷1.2万件。\n");
            assertTrue(value(x, "mediation.disputes").isEmpty(), h + " → " + describe(x.values()));
        }
        assertValue(extract(title + "（一）湖州市行政复议工作\n全年共收到行政复议申请2316件。\n"), "reconsideration.received", "2316");
        // in a county's report its own name opens its own headings
        assertValue(extract("安吉县人民政府2023年度法治政府建设情况报告\n一、主要成效\n（一）安吉县“枫桥式”调解\n全年共调解矛盾纠纷5623件。\n"),
                "mediation.disputes", "5623");
    }

    @Test
    void boxesBracketsAndBulletsAreReadLikeNumberedHeadings() {
        noValue("【递铺街道】", "全年调解矛盾纠纷623件。", "mediation.disputes");
        noValue("专栏2：典型案例", "该案经复议，县政府撤销原行政行为，纠错1件。", "reconsideration.corrected");
        noValue("■ 县人民法院", "全年受理一审行政案件186件。", "litigation.cases");
        assertValue(under("【行政复议】", "全县共收到行政复议申请318件，受理296件。"), "reconsideration.received", "318");
        assertValue(under("专栏3：全县行政复议工作数据", "全年共收到行政复议申请318件，审结287件。"), "reconsideration.concluded", "287");
    }
}

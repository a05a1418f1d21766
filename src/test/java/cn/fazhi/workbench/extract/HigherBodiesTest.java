package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A county's report quotes its province's and its city's departments ("省司法厅…", "市行政复议局…"): their
 * figures are theirs, not the county's. A city's own report speaks through "市司法局" itself.
 */
class HigherBodiesTest {

    private static ReportExtractor.Extraction report(String jurisdiction, String sentence) {
        return ExtractorFixture.extract(jurisdiction + "人民政府关于2023年度法治政府建设情况的报告\n一、主要成效\n" + sentence + "\n");
    }

    private static void notAValue(String jurisdiction, String sentence, String code) {
        var x = report(jurisdiction, sentence);
        assertTrue(value(x, code).isEmpty(), sentence + " → " + describe(x.values()));
    }

    private static void aValue(String jurisdiction, String sentence, String code) {
        var x = report(jurisdiction, sentence);
        assertTrue(value(x, code).isPresent(), sentence + " → " + describe(x.values()) + " / " + describe(x.suggestions()));
    }

    @Test
    void aProvincesOrACitysDepartmentSpeaksForItselfInACountysReport() {
        notAValue("平阳县", "省司法厅全年办理法律援助案件5.6万件。", "legal_aid.cases");
        notAValue("平阳县", "市行政复议局全年共收到行政复议申请1200件，其中涉及我县86件。", "reconsideration.received");
        notAValue("平阳县", "温州市司法局全年办理法律援助案件9600件。", "legal_aid.cases");
        notAValue("平阳县", "市12345热线按期办结率99.5%。", "hotline.completion_rate");
    }

    @Test
    void aCityNamedAsARecipientOrAGuideDoesNotTakeTheFigure() {
        aValue("平阳县", "全年报送市政府备案规范性文件6件。", "normative_docs.filed");
        aValue("平阳县", "在市司法局的指导下，全县共调解纠纷2300件。", "mediation.disputes");
        aValue("平阳县", "全县12345热线按期办结率99.5%。", "hotline.completion_rate");
    }

    @Test
    void aCitysOwnDepartmentsAreItsOwn() {
        aValue("瑞安市", "市司法局全年办理法律援助案件9600件。", "legal_aid.cases");
        aValue("温州市", "市12345热线按期办结率99.5%。", "hotline.completion_rate");
    }

    @Test
    void aTownsOrAStreetOfficesOwnReportCountsThatPartOnly() {
        var town = ExtractorFixture.extract("昆阳镇2023年法治政府建设情况报告\n一、主要成效\n全年实施行政许可98件，调解矛盾纠纷120件。\n");
        assertTrue(town.values().isEmpty(), describe(town.values()));
        assertTrue(town.suggestions().stream().allMatch(v -> v.flags().contains("sub_unit")), describe(town.suggestions()));
        var street = ExtractorFixture.extract("五常街道2024年法治政府建设工作报告\n一、主要成效\n行政负责人出庭率100%。\n");
        assertTrue(street.values().isEmpty(), describe(street.values()));
    }

    @Test
    void mattersAssignedByLeadersAreNoApplicationsHandled() {
        var x = ExtractorFixture.extract("平阳县人民政府关于2023年度法治政府建设情况的报告\n一、主要成效\n"
                + "承办领导交办件法制审查74余件，审查政府合同42件。\n");
        assertTrue(value(x, "licensing.handled").isEmpty(), describe(x.values()));
    }

    @Test
    void theCongressReviewingIsNotTheGovernmentFiling() {
        notAValue("平阳县", "县人大常委会备案审查规范性文件15件。", "normative_docs.filed");
        aValue("平阳县", "全年报送县人大常委会备案规范性文件6件。", "normative_docs.filed");
        aValue("平阳县", "县人大常委会审议通过相关决定，全县共调解纠纷2300件。", "mediation.disputes");
    }

    @Test
    void aCountysQuanQuIsTheAutonomousRegionADistrictsIsItself() {
        notAValue("呼图壁县", "全区共调解矛盾纠纷12万件。", "mediation.disputes");
        aValue("呼图壁县", "我县在全区率先建成调解中心，全年共调解纠纷3300件。", "mediation.disputes");
        aValue("米东区", "全区共调解矛盾纠纷3300件。", "mediation.disputes");
    }

    @Test
    void aHeadingThatStartsWithAnotherBodyGivesItTheFiguresBelow() {
        var x = ExtractorFixture.extract("平阳县人民政府关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n"
                + "（一）县人民法院行政审判工作\n全年共受理行政诉讼案件120件，审结110件，行政机关败诉8件，败诉率7.3%。\n"
                + "（二）县人民调解中心\n全年调解纠纷520件，调解成功率99%。\n"
                + "（三）城关镇法治建设\n全年调解矛盾纠纷300件，办理行政许可事项2000件。\n"
                + "（四）支持法院依法审判\n全县共发生行政诉讼案件76件，负责人出庭应诉率100%。\n"
                + "（五）行政复议\n全年共收到行政复议申请86件。\n");
        for (String code : new String[] {"litigation.concluded", "litigation.lost", "litigation.loss_rate",
                "mediation.disputes", "mediation.success_rate", "licensing.handled"}) {
            assertTrue(value(x, code).isEmpty(), code + " → " + describe(x.values()));
        }
        assertTrue(value(x, "litigation.cases").isPresent(), describe(x.values()));
        assertTrue(value(x, "reconsideration.received").isPresent(), describe(x.values()));
    }

    @Test
    void theSentenceBeforeInTheParagraphCanNameTheSubject() {
        var x = ExtractorFixture.extract("平阳县人民政府关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n"
                + "县人民法院充分发挥行政审判职能。全年共受理行政诉讼案件120件，审结110件。\n"
                + "县政府高度重视行政复议工作。全年共收到行政复议申请86件。\n"
                + "推进乡镇综合执法改革。全年评查行政执法案卷360卷。\n");
        assertTrue(value(x, "litigation.cases").isEmpty(), describe(x.values()));
        assertTrue(value(x, "reconsideration.received").isPresent(), describe(x.values()));
        assertTrue(value(x, "enforcement.files_reviewed").isPresent(), describe(x.values()) + " / " + describe(x.suggestions()));
    }

    @Test
    void aParagraphOnAnotherBodyEndsAtTheLineBreak() {
        var x = ExtractorFixture.extract("平阳县人民政府关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n"
                + "县人民法院充分发挥行政审判职能。\n全年共收到行政复议申请86件。\n");
        assertTrue(value(x, "reconsideration.received").isPresent(), describe(x.values()));
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertSuggested;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;

/**
 * Round 103 (read: 102 a, 102 c, reports r257, r258, 101 a; again the older r226, r229, 74 c): a table of two years
 * whose last column is "同比变化" and whose row may say 持平, a year's clause before the whole a sentence opens inside,
 * applications taken in on the spot, a clean-up's repeals named with their documents, the own subject first before
 * 分别, a department's hotline tickets beside the whole's rate, the departments' own documents. Made-up
 * text, not the probes'.
 */
class Round103Test {

    private static final String TWO_YEARS = "项目\u30002023年\u30002024年\u3000同比变化\n"
            + "审结行政复议案件（件）\u3000140\u3000176\u3000增长25.7%\n"
            + "行政机关负责人出庭应诉率\u3000100%\u3000100%\u3000持平\n"
            + "行政诉讼败诉率\u30008.51%\u30006.02%\u3000下降2.49个百分点\n";

    @Test
    void aTableOfTwoYearsGivesTheReportingYearsColumnPastARowThatSaysUnchanged() {
        var x = reportOf("汶上县", 2024, "全年法院审结涉及我县的行政诉讼案件133件，败诉8件，败诉率6.02%。\n" + TWO_YEARS);
        assertValue(x, "litigation.loss_rate", "6.02");
        assertValue(x, "reconsideration.concluded", "176");
    }

    @Test
    void aYearsClauseMayOpenTheSentenceThatOpensInsideAWhole() {
        var x = reportOf("汶上县", 2024, "全年，全县各级政务服务机构共办理政务服务事项41.2万件。"
                + "全年，全县各级政务服务机构办理的41.2万件政务服务事项中，县行政审批服务局办理行政许可事项2.6万件。");
        assertValue(x, "licensing.handled", "412000");
    }

    @Test
    void applicationsTakenInOnTheSpotAreOneChannel() {
        var x = reportOf("汶上县", 2024, "全年在行政复议服务中心现场受理复议申请57件。经审查，依法受理行政复议申请168件。");
        assertValue(x, "reconsideration.accepted", "168");
    }

    @Test
    void aCleanUpsRepealsNamedWithTheirDocumentsAreAllRepealed() {
        var x = reportOf("汶上县", 2024, "经清理，县政府现行有效的行政规范性文件共64件，其中继续有效52件，修改4件，"
                + "决定废止和宣布失效规范性文件8件。");
        assertValue(x, "normative_docs.repealed", "8");
    }

    @Test
    void theOwnSubjectFirstBeforeRespectivelyOwnsTheFirstFigure() {
        var x = reportOf("汶上县", 2024, "2024年，我县和全市分别审结行政复议案件193件、1650件。");
        assertValue(x, "reconsideration.concluded", "193");
    }

    @Test
    void aDepartmentsHotlineTicketsDoNotDoubtTheWholesRate() {
        var x = reportOf("汶上县", 2024, "全年，县级承办12345热线转办群众诉求工单18.2万件，办结率99.1%。"
                + "县人社局承办的热线工单办结率为99.7%；南站镇承办的热线工单办结率为99.4%。");
        assertValue(x, "hotline.completion_rate", "99.1");
        var other = reportOf("汶上县", 2024, "全年，县级承办12345热线转办群众诉求工单18.2万件，办结率99.1%。"
                + "县供电公司热线工单办结率为99.7%，县自来水公司热线工单办结率为99.4%。");
        assertSuggested(other, "hotline.completion_rate");
    }

    @Test
    void theGovernmentsDocumentsReviewedAndAllFiledOnceIssuedAreTheFilings() {
        var x = reportOf("汶上县", 2024, "全年审查县政府及县政府办公室行政规范性文件17件，发布后均在规定时间内报济宁市人民政府和县人大常委会备案。");
        assertValue(x, "normative_docs.filed", "17");
        var departments = reportOf("汶上县", 2024, "全年审查县级部门行政规范性文件17件，发布后均在规定时间内报县政府备案。");
        assertNoValue(departments, "normative_docs.filed");
    }

    @Test
    void theYearsIntakeNamedByItsActAloneTakesTheApplicationsBefore() {
        var x = reportOf("汶上县", 2024, "一季度，县行政复议局新收行政复议申请61件，二季度87件，全年收到302件，呈逐季上升态势。");
        assertValue(x, "reconsideration.received", "302");
    }

    @Test
    void theDepartmentsOwnDocumentsAreNotTheGovernments() {
        var x = reportOf("汶上县", 2024, "同时督促县直部门清理部门规范性文件57件，废止或宣布失效11件。");
        assertNoValue(x, "normative_docs.repealed");
        var both = reportOf("汶上县", 2024, "全年审核县政府及其部门规范性文件40件。");
        assertValue(both, "normative_docs.reviewed", "40");
        var total = reportOf("汶上县", 2024, "七、规范性文件管理\n全年对县政府及县政府办公室拟出台的规范性文件开展合法性审查19件，"
                + "对部门规范性文件审查33件，共计审查52件。");
        assertValue(total, "normative_docs.reviewed", "52");
    }

    @Test
    void aChangeInWordsClosingARowUnderAnUnknownHeaderLeavesItsYearUnclear() {
        var x = reportOf("汶上县", 2024, "（五）主要数据\n项目\u3000数据\u3000数据\n"
                + "行政诉讼败诉率\u30008.51%\u30006.02%\u3000下降2.49个百分点\n");
        assertNoValue(x, "litigation.loss_rate");
        for (String remark : new String[]{"—", "基本持平", "↓2.49", "-2.49个百分点"}) {
            var remarked = reportOf("汶上县", 2024, "（五）主要数据\n项目\u3000数据一\u3000数据二\u3000说明\n"
                    + "行政诉讼败诉率\u30008.51%\u30006.02%\u3000" + remark + "\n");
            assertNoValue(remarked, "litigation.loss_rate");
        }
        var named = reportOf("汶上县", 2024, "（五）主要数据\n指标\u30002023年\u30002024年\u3000增减情况\n"
                + "行政诉讼败诉率\u30008.51%\u30006.02%\u3000下降2.49个百分点\n");
        assertValue(named, "litigation.loss_rate", "6.02");
    }

    @Test
    void aLevelAdjustedToIsTheYearsLevel() {
        var x = reportOf("汶上县", 2024, "县政府行政规范性文件合法性审查数量由2023年的37件调整为2024年的29件。");
        assertValue(x, "normative_docs.reviewed", "29");
    }

    @Test
    void aTableOfTheIssuersRunIntoOneLineNamesEachColumnsAct() {
        var x = reportOf("汶上县", 2024, "表2 2024年县政府行政规范性文件审查备案情况\n"
                + "制定机关 合法性审查（件） 报送备案（件）；县政府 14 11；县政府办公室 9 8；合计 23 19。");
        assertValue(x, "normative_docs.reviewed", "23");
        assertValue(x, "normative_docs.filed", "19");
    }
}

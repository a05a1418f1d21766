package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages a county government did not write (tools/probes/reports/r26–r37): a department's, a town's, a street
 * office's or a court's own report under a title that names no author, where only the opening says who speaks
 * (我局, 局党组, 我镇, 镇党委政府, 街道党工委, 本院); and a department's report that quotes the county's whole (全县…), which is
 * the county's figure. The others' figures are doubted (suggestions with a reason), not dropped.
 */
class PagesNotTheGovernmentsTest {

    private static ReportExtractor.Extraction page(String title, String opening, String results) {
        return extract(title + "\n" + opening + "\n一、主要工作\n" + results + "\n二、存在的问题\n执法力量不足。\n");
    }

    private static void noValueButSuggested(ReportExtractor.Extraction x, String code, String flag) {
        assertTrue(value(x, code).isEmpty(), describe(x.values()));
        assertTrue(x.suggestions().stream().anyMatch(v -> v.indicator().equals(code) && v.flags().contains(flag)),
                describe(x.suggestions()));
    }

    @Test
    void aDepartmentSpeakingInTheOpeningUnderAGenericTitleWroteItsOwnFigures() {
        var x = page("关于2022年度法治政府建设工作情况的报告",
                "2022年，通山县自然资源和规划局在县委、县政府的正确领导下，现将我局2022年度法治政府建设工作情况报告如下：",
                "全年共收到行政复议申请23件，受理21件。全年发生行政诉讼案件17件，败诉2件，负责人出庭应诉率100%。");
        noValueButSuggested(x, "reconsideration.received", Authors.OTHER_AUTHOR);
        noValueButSuggested(x, "litigation.cases", Authors.OTHER_AUTHOR);
        noValueButSuggested(x, "litigation.head_appearance_rate", Authors.OTHER_AUTHOR);
        // 局党组 and 本局 without 我局, and a title of a year's work only
        var y = page("2022年工作总结", "2022年，通山县卫生健康局党组全面落实县委、县政府决策部署，现将本局2022年工作总结如下。",
                "全年评查执法案卷80卷，办理行政许可事项420件。");
        noValueButSuggested(y, "enforcement.files_reviewed", Authors.OTHER_AUTHOR);
        noValueButSuggested(y, "licensing.handled", Authors.OTHER_AUTHOR);
        // a body above named as the one that leads is not the speaker
        var z = page("关于2022年度法治政府建设工作情况的报告",
                "2022年，在县委、县政府和市公安局的坚强领导下，通山县公安局扎实推进法治公安建设，现将我局有关情况报告如下。",
                "全年收到行政复议申请31件。");
        noValueButSuggested(z, "reconsideration.received", Authors.OTHER_AUTHOR);
    }

    @Test
    void aTitleOpeningWithTheYearNamesItsWriterInAClosingBracket() {
        // "2024年法治政府建設工作報告(城南街道)" (m-0037): the street office wrote it, though neither title start nor opening says so
        var x = page("2022年法治政府建设工作报告（天子湖镇）", "现将有关情况报告如下。",
                "全年共办理6件行政复议、8件行政诉讼，行政机关负责人出庭应诉率达100%。");
        noValueButSuggested(x, "litigation.head_appearance_rate", Authors.TOWN_AUTHOR);
        var y = page("2022年度法治政府建设工作报告（通山县自然资源和规划局）", "现将有关情况报告如下。",
                "全年共收到行政复议申请23件，受理21件。");
        noValueButSuggested(y, "reconsideration.received", Authors.OTHER_AUTHOR);
        // a bracket that names no writer (a draft, the full text) leaves the government's own report as it was
        var z = page("通山县2022年法治政府建设工作报告（全文）", "现将有关情况报告如下。", "全年共收到行政复议申请23件。");
        assertTrue(value(z, "reconsideration.received").isPresent(), describe(z.values()));
    }

    @Test
    void aTownOrAStreetOfficeSpeakingInTheOpeningWroteItsOwnFigures() {
        var x = page("2022年工作总结",
                "2022年，在县委、县政府的坚强领导下，天子湖镇党委政府团结带领全镇干部群众，现将我镇2022年工作总结如下。",
                "全年共调解矛盾纠纷312件，调解成功率98.7%。全年收到行政复议申请2件。");
        noValueButSuggested(x, "mediation.disputes", Authors.TOWN_AUTHOR);
        noValueButSuggested(x, "reconsideration.received", Authors.TOWN_AUTHOR);
        var y = page("关于2022年度法治政府建设工作情况的报告",
                "2022年，递铺街道党工委、办事处深入推进法治街道建设，现将有关情况报告如下。",
                "全年共调解各类矛盾纠纷826件，12345热线工单按期办结率99.6%。");
        noValueButSuggested(y, "mediation.disputes", Authors.TOWN_AUTHOR);
    }

    @Test
    void aCourtSpeakingInTheOpeningCountsItsOwnCaseload() {
        var x = page("2022年度行政审判白皮书",
                "2022年，通山县人民法院依法履行行政审判职能，现将本院2022年度行政审判情况通报如下。",
                "全年共受理行政诉讼案件286件，审结271件。行政机关败诉23件，败诉率8.5%。");
        noValueButSuggested(x, "litigation.cases", Authors.OTHER_AUTHOR);
        noValueButSuggested(x, "litigation.loss_rate", Authors.OTHER_AUTHOR);
    }

    @Test
    void aBodyOrATownOpeningTheOpeningAsItsSubjectIsWhoSpeaks() {
        // no 我局 / 本院 / 我镇: the body or the town is the subject of the opening's first sentence
        var x = page("关于2022年度法治政府建设工作情况的报告",
                "2022年，通山县市场监督管理局坚持以习近平法治思想为指导，现将2022年度法治政府建设工作情况报告如下。",
                "全年共收到行政复议申请12件。全年行政诉讼案件5件，败诉1件。全县行政机关负责人出庭应诉率达99.1%。");
        noValueButSuggested(x, "reconsideration.received", Authors.OTHER_AUTHOR);
        noValueButSuggested(x, "litigation.cases", Authors.OTHER_AUTHOR);
        assertTrue(value(x, "litigation.head_appearance_rate").isPresent(), describe(x.values()));
        var y = page("关于2022年度行政审判工作情况的通报", "2022年，通山县人民法院坚持能动司法，现将有关情况通报如下。",
                "全年共受理行政诉讼案件312件，行政机关败诉26件。");
        noValueButSuggested(y, "litigation.cases", Authors.OTHER_AUTHOR);
        var z = page("关于2022年度法治政府建设工作情况的报告", "2022年，新市镇坚持以习近平法治思想为指导，现将有关情况报告如下。",
                "全年共调解矛盾纠纷386件。");
        noValueButSuggested(z, "mediation.disputes", Authors.TOWN_AUTHOR);
        // the county, its government, the towns together or the justice bureau opening the opening speak for the whole
        for (String opening : new String[] {"2022年，通山县坚持以习近平法治思想为指导，现将有关情况报告如下。",
                "2022年，通山县人民政府坚持依法行政，现将有关情况报告如下。",
                "2022年，各乡镇深入推进法治建设，现将有关情况报告如下。",
                "2022年，通山县司法局认真履行职责，现将全县有关情况报告如下。"}) {
            var w = page("关于2022年度法治政府建设工作情况的报告", opening, "全年共调解矛盾纠纷386件。");
            assertTrue(value(w, "mediation.disputes").isPresent(), opening + " → " + describe(w.suggestions()));
        }
    }

    @Test
    void theJusticeBureauOrTheGovernmentSpeakingKeepsTheCountysFigures() {
        // the justice bureau handles mediation, legal aid and reconsideration for the whole county
        var x = page("关于2022年度法治政府建设工作情况的报告",
                "2022年，通山县司法局在县委、县政府的坚强领导下，现将我局2022年度法治政府建设工作情况报告如下。",
                "全县各级人民调解组织共调解矛盾纠纷5230件。全年办理法律援助案件862件。县行政复议局全年收到行政复议申请186件。");
        assertEquals(5230, value(x, "mediation.disputes").orElseThrow().value().intValue(), describe(x.values()));
        assertTrue(value(x, "legal_aid.cases").isPresent(), describe(x.values()));
        assertTrue(value(x, "reconsideration.received").isPresent(), describe(x.values()));
        // a title that names the government is the author: a department quoted in the text does not make it theirs
        var y = page("通山县人民政府2022年度法治政府建设情况报告", "现将我局有关情况报告如下。", "全年共收到行政复议申请86件。");
        assertTrue(value(y, "reconsideration.received").isPresent(), describe(y.values()) + describe(y.suggestions()));
        // a generic title whose opening names no speaker is read as before
        var z = page("关于2022年度法治政府建设工作情况的报告", "2022年，通山县深入推进法治政府建设，现将有关情况报告如下。",
                "全年共收到行政复议申请86件。");
        assertTrue(value(z, "reconsideration.received").isPresent(), describe(z.values()) + describe(z.suggestions()));
    }

    @Test
    void aDepartmentsReportQuotingTheWholeCountyGivesTheCountysFigure() {
        var x = page("通山县市场监督管理局2022年法治政府建设工作报告", "现将我局2022年法治政府建设工作情况报告如下。",
                "开展行政处罚案卷自查评查，共评查案卷186卷。在县司法局组织的全县行政执法案卷评查中，全县共评查案卷1260卷。"
                        + "全县行政机关负责人出庭应诉率达98.6%。全年我局起草规范性文件3件，报县政府备案3件。");
        assertEquals(1260, value(x, "enforcement.files_reviewed").orElseThrow().value().intValue(), describe(x.values()));
        assertTrue(value(x, "litigation.head_appearance_rate").isPresent(), describe(x.values()));
        // the county's government as a recipient is not the whole speaking
        assertTrue(value(x, "normative_docs.filed").isEmpty(), describe(x.values()));
        // one department's system across the county is still one department
        var y = page("通山县公安局2022年度法治政府建设情况报告", "现将有关情况报告如下。", "全县公安机关共调解矛盾纠纷5620件。");
        assertTrue(value(y, "mediation.disputes").isEmpty(), describe(y.values()));
        // nor is one department's enforcement team across the county, on its page or in the county's own report
        var w = page("通山县农业农村局2022年法治政府建设工作报告", "现将有关情况报告如下。", "全县农业综合行政执法队伍评查案卷60卷。");
        assertTrue(value(w, "enforcement.files_reviewed").isEmpty(), describe(w.values()));
        ExtractorFixture.suggested("全县综合行政执法大队全年评查案卷120卷。", "enforcement.files_reviewed");
        ExtractorFixture.aValue("全县共评查行政执法案卷640卷。", "enforcement.files_reviewed");
        // a body named after the county's whole speaks of its own
        var z = page("通山县市场监督管理局2022年法治政府建设工作报告", "现将有关情况报告如下。", "全县市场监管局共评查案卷186卷。");
        assertTrue(value(z, "enforcement.files_reviewed").isEmpty(), describe(z.values()));
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 45 (tools/probes/reports/r109–r114, blind whole reports of a county, a district, a county-level city, a 旗, a
 * zone's 管委会 and a prefecture city; tools/probes/redteam-round45-reports-c.tsv): the wordings of those reports that
 * the extractor read wrongly, pinned with the reports' own sentences.
 */
class WholeReportsRound45Test {

    /** 郑州市中原区's 2023 report with {@code lines} under the results heading. */
    private static ReportExtractor.Extraction district(String lines) {
        return extract("郑州市中原区人民政府关于2023年法治政府建设情况的报告\n一、2023年法治政府建设主要举措和成效\n" + lines + "\n");
    }

    /**
     * A 受理点 (受理窗口, 受理站) is a place where applications are handed in, not the act of accepting them: the
     * applications forwarded by such points ("通过受理点转来复议申请32件") competed with the year's 受理196件 and
     * left both suggestions.
     */
    @Test
    void aPlaceWhereApplicationsAreHandedInIsNoAcceptance() {
        var x = district("全年区政府共收到行政复议申请214件，依法受理196件，审结181件，其中撤销、变更、确认违法、责令履行等纠错21件，纠错率11.6%。"
                + "区行政复议局坚持“应收尽收、应受尽受”，在各街道设立行政复议受理点15个，全年通过受理点转来复议申请32件。");
        assertValue(x, "reconsideration.accepted", "196");
    }

    /**
     * The documents counted before their noun and filed after it ("18件规范性文件均在规定时限内报市政府和区人大常委会备案",
     * "14件市政府规范性文件全部报宜昌市人民政府和市人大常委会备案" in 宜都市's report, whose 市政府 is its own): the
     * government's own documents sent up for filing. Another place's or the towns' documents stay out.
     */
    @Test
    void documentsCountedBeforeTheirNounAndSentUpForFilingAreFiled() {
        assertValue(district("18件规范性文件均在规定时限内报市政府和区人大常委会备案。"), "normative_docs.filed", "18");
        var city = extract("宜都市人民政府关于2022年度法治政府建设工作情况的报告\n一、主要举措和成效\n"
                + "14件市政府规范性文件全部报宜昌市人民政府和市人大常委会备案，无一件被纠错。\n");
        assertValue(city, "normative_docs.filed", "14");
        var county = extract("安吉县人民政府关于2023年法治政府建设情况的报告\n一、主要举措和成效\n"
                + "湖州市政府制定的12件市政府规范性文件报省政府备案。各乡镇制发的9件规范性文件均报县政府备案。"
                + "2021年以来，46件规范性文件全部报市政府和县人大常委会备案。\n");
        assertTrue(value(county, "normative_docs.filed").isEmpty(), describe(county.values()));
    }

    /**
     * A zone's managing committee is the zone's government: its report ("长沙经济技术开发区管理委员会关于2024年度…") is
     * the zone's own, not a department's, and the committee named in a sentence speaks for the zone. The figures of
     * r113 (and of r78, 嘉兴经济技术开发区管委会) were all suggestions (author_other_body, subject_other_body).
     */
    @Test
    void aZonesManagingCommitteeIsTheZonesGovernment() {
        var x = extract("长沙经济技术开发区管理委员会关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n"
                + "管委会法制工作机构全年审核管委会及管委会办公室规范性文件九件，审核管委会合同、协议143份。"
                + "全年各级人民调解组织调解矛盾纠纷1846件，调解成功1822件，调解成功率98.7%。"
                + "管委会及工作部门负责人出庭应诉36件次，负责人出庭应诉率100%。\n");
        assertValue(x, "normative_docs.reviewed", "9");
        assertValue(x, "mediation.disputes", "1846");
        assertValue(x, "litigation.head_appearance_rate", "100");
        // a zone inside a county's report, or a zone's committee whose title resolves to the county, stays a part
        var county = extract("安吉县灵峰旅游度假区管委会2023年法治政府建设情况报告\n一、主要举措和成效\n全年共调解矛盾纠纷312件。\n");
        assertTrue(value(county, "mediation.disputes").isEmpty(), describe(county.values()));
        var inCounty = extract("安吉县人民政府关于2023年法治政府建设情况的报告\n一、主要举措和成效\n"
                + "县经济开发区管委会全年调解矛盾纠纷312件。\n");
        assertTrue(value(inCounty, "mediation.disputes").isEmpty(), describe(inCounty.values()));
    }

    /**
     * The jurisdiction's hotline opening its own sentence with its level ("市12345政务服务便民热线…按期办结率99.1%" in
     * 许昌市's report, after "市民服务中心全年办件62.8万件。") names its own subject: the centre of the sentence before is
     * not the rate's. In a county's report the city's hotline stays out.
     */
    @Test
    void theHotlineNamedWithItsLevelOpensItsOwnSentence() {
        var city = extract("许昌市人民政府关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n"
                + "市民服务中心全年办件62.8万件。市12345政务服务便民热线全年受理群众诉求121.6万件，按期办结率99.1%，群众满意率97.6%。\n");
        assertValue(city, "hotline.completion_rate", "99.1");
        var county = extract("安吉县人民政府关于2023年法治政府建设情况的报告\n一、主要举措和成效\n"
                + "县政务服务中心全年办件62.8万件。市12345热线全年受理群众诉求121.6万件，按期办结率98.6%。\n");
        assertTrue(value(county, "hotline.completion_rate").isEmpty(), describe(county.values()));
    }

    /** "21件规范性文件均在公布之日起15日内报鄂尔多斯市人民政府和旗人大常委会备案": the time limit's days are no count. */
    @Test
    void aTimeLimitInDaysDoesNotEndTheFiling() {
        var x = extract("准格尔旗人民政府关于2025年度法治政府建设情况的报告\n一、主要举措和成效\n"
                + "21件规范性文件均在公布之日起15日内报鄂尔多斯市人民政府和旗人大常委会备案，备案率100%。\n");
        assertValue(x, "normative_docs.filed", "21");
    }

    /**
     * The hotline's tickets of one matter ("12345热线转办涉警工单2100件，按期办结率98.2%" after the police's sentence,
     * "县12345热线全年受理涉法涉诉诉求360件，办结率100%" after the court's): the rate is that kind's, not the hotline's.
     * Batch c line 21 leaked on the base jar; line 23 leaked once the hotline opening its sentence ended the court's hold.
     */
    @Test
    void theRateOfOneKindOfTicketsIsNoHotlinesRate() {
        var police = extract("安吉县人民政府关于2023年法治政府建设情况的报告\n一、主要举措和成效\n"
                + "县公安局全年受理群众报警求助4.2万起。12345热线转办涉警工单2100件，按期办结率98.2%。\n");
        assertTrue(value(police, "hotline.completion_rate").isEmpty(), describe(police.values()));
        var court = extract("安吉县人民政府关于2023年法治政府建设情况的报告\n一、主要举措和成效\n"
                + "县人民法院全年受理各类案件1.1万件。县12345热线全年受理涉法涉诉诉求360件，办结率100%。\n");
        assertTrue(value(court, "hotline.completion_rate").isEmpty(), describe(court.values()));
        var own = extract("安吉县人民政府关于2023年法治政府建设情况的报告\n一、主要举措和成效\n"
                + "县市场监管局全年办结投诉举报3120件。县12345热线全年受理工单8.6万件，按期办结率99.3%。\n");
        assertValue(own, "hotline.completion_rate", "99.3");
    }

    /**
     * Batch d (r115, 武汉东湖新技术开发区管委会): a park's own committee inside the zone ("光谷中心城管委会同步清理废止本园区
     * 文件5件") is a part, not the zone's government; and a branch of the service centre ("光谷生物城政务服务分中心办件5.2万件",
     * accepted as the zone's licences on every jar) is one centre among several. All branches together (各分中心) and a
     * district's 12345 分中心 stay whole.
     */
    @Test
    void aParksCommitteeAndABranchCentreArePartsOfTheZone() {
        var x = extract("武汉东湖新技术开发区管委会关于2023年法治政府建设工作情况的报告\n一、主要举措和成效\n"
                + "光谷中心城管委会清理废止本园区规范性文件5件。光谷生物城政务服务分中心办件5.2万件。\n");
        assertTrue(value(x, "normative_docs.repealed").isEmpty(), describe(x.values()));
        assertTrue(value(x, "licensing.handled").isEmpty(), describe(x.values()));
        var own = extract("武汉东湖新技术开发区管委会关于2023年法治政府建设工作情况的报告\n一、主要举措和成效\n"
                + "管委会全年废止规范性文件3件。政务服务中心及各分中心全年办件41.6万件。\n");
        assertValue(own, "normative_docs.repealed", "3");
        assertValue(own, "licensing.handled", "416000");
        var hotline = district("区12345热线分中心全年受理市民诉求8.2万件，办结率97.5%。");
        assertValue(hotline, "hotline.completion_rate", "97.5");
    }

    /**
     * Batch e (tools/probes/redteam-round45-reports-e.tsv): tickets of one matter named by 涉及…的 ("转办涉及民生的诉求8600件，
     * 办结率97.2%"), petitions of one kind ("县信访局受理涉法涉诉信访事项86件，按期办结率100%") and one branch hall (天荒坪分厅)
     * leaked on the base jar; a centre with all the towns' branches (及各乡镇分中心) is the whole.
     */
    @Test
    void ticketsAndPetitionsOfOneMatterAndOneBranchHallAreParts() {
        var x = extract("安吉县人民政府关于2023年法治政府建设情况的报告\n一、主要举措和成效\n县12345热线转办涉及民生的诉求8600件，办结率97.2%。\n");
        assertTrue(value(x, "hotline.completion_rate").isEmpty(), describe(x.values()));
        var petitions = extract("安吉县人民政府关于2023年法治政府建设情况的报告\n一、主要举措和成效\n县信访局受理涉法涉诉信访事项86件，按期办结率100%。\n");
        assertTrue(value(petitions, "petitions.completion_rate").isEmpty(), describe(petitions.values()));
        var hall = extract("安吉县人民政府关于2023年法治政府建设情况的报告\n一、主要举措和成效\n县行政服务中心天荒坪分厅全年办理审批事项1.2万件。\n");
        assertTrue(value(hall, "licensing.handled").isEmpty(), describe(hall.values()));
        var whole = extract("安吉县人民政府关于2023年法治政府建设情况的报告\n一、主要举措和成效\n"
                + "县政务服务中心及各乡镇分中心全年共办件62.8万件。全县信访事项按期办结率99.2%，其中涉法涉诉信访按期办结率100%。\n");
        assertValue(whole, "licensing.handled", "628000");
        assertValue(whole, "petitions.completion_rate", "99.2");
    }
}

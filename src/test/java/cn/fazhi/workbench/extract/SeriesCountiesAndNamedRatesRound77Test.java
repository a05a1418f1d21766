package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 77 and round 74 c (read after their clean scores): the reporting year's item of a series of years (decision
 * 0068), a county of one character before 县, what befell one kind of suits, the jurisdiction as the party of another
 * body's cases, a date before the city above's name, a wider 化解率 in another sentence, documents repealed with the
 * number first, files drawn from listed bodies, bundled services as a part. Made-up text, not the probes'.
 */
class SeriesCountiesAndNamedRatesRound77Test {

    private static java.util.List<String> suggested(ReportExtractor.Extraction x, String code) {
        return x.suggestions().stream().filter(v -> v.indicator().equals(code))
                .map(v -> v.value().stripTrailingZeros().toPlainString()).toList();
    }

    @Test
    void theReportingYearsItemOfASeriesOfYearsIsASuggestion() {
        var x = reportOf("砀山县", 2024, "2022年、2023年、2024年，全县分别办理法律援助案件905件、968件、1032件，受援群众逐年增加。");
        assertNoValue(x, "legal_aid.cases");
        assertEquals(java.util.List.of("1032"), suggested(x, "legal_aid.cases"));
        var span = reportOf("砀山县", 2024, "2022—2024年，全县行政机关负责人出庭应诉率分别为92.1%、96.4%和98.7%。");
        assertNoValue(span, "litigation.head_appearance_rate");
        assertEquals(java.util.List.of("98.7"), suggested(span, "litigation.head_appearance_rate"));
    }

    @Test
    void aSeriesOfEarlierYearsGivesNothing() {
        var x = reportOf("砀山县", 2024, "2021—2023年，全县分别办理法律援助案件851件、905件、968件。");
        assertNoValue(x, "legal_aid.cases");
        assertTrue(suggested(x, "legal_aid.cases").isEmpty(), x.suggestions().toString());
    }

    @Test
    void aCountyOfOneCharacterNamedAsTheSubject() {
        var x = reportOf("砀山县", 2024, "赴萧县考察学习时了解到，萧县2024年共收到行政复议申请231件，审结219件，纠错率12.33%。");
        assertNoValue(x, "reconsideration.received");
        assertNoValue(x, "reconsideration.correction_rate");
        var own = reportOf("砀山县", 2024, "全县乡镇和县直部门共收到行政复议申请231件，审结219件。");
        assertValue(own, "reconsideration.received", "231");
    }

    @Test
    void whatBefellOneKindOfSuitsAfterQiZhong() {
        var x = reportOf("砀山县", 2024, "全县一审行政诉讼案件176件，败诉率6.25%，其中涉及房屋征收类案件52件，占比29.55%，败诉6件。");
        assertValue(x, "litigation.cases", "176");
        assertNoValue(x, "litigation.lost");
        var back = reportOf("砀山县", 2024, "全县一审行政诉讼案件176件，其中房屋征收类案件52件；败诉11件，败诉率6.25%。");
        assertValue(back, "litigation.lost", "11");
    }

    @Test
    void theJurisdictionAsThePartyOfTheCityAbovesCases() {
        var x = reportOf("彭州市", 2024, "成都市本级全年受理行政复议案件2870件，其中被申请人为我市行政机关的36件，审结34件，纠错4件，纠错率11.76%。");
        assertNoValue(x, "reconsideration.correction_rate");
        assertNoValue(x, "reconsideration.concluded");
    }

    @Test
    void aDateBeforeTheCityAbovesNameKeepsItsWholeItsOwn() {
        var x = reportOf("彭州市", 2024, "2024年成都市政务服务事项网上办理率达97.9%，全市年办件量2980万件。");
        assertNoValue(x, "licensing.handled");
        assertNoValue(x, "online_service.rate");
    }

    @Test
    void aWiderResolutionRateInAnotherSentenceIsNoRival() {
        var x = reportOf("砀山县", 2024, "全年全县各级人民调解组织调解矛盾纠纷8,412件，调解成功8,266件，调解成功率98.26%。"
                + "\n此外，接受法院委派开展诉前调解1,920件，全县矛盾纠纷化解率达到96.9%。");
        assertValue(x, "mediation.success_rate", "98.26");
    }

    @Test
    void documentsRepealedWithTheNumberFirst() {
        var x = reportOf("砀山县", 2024, "对全县现行有效的128件行政规范性文件开展清理，决定保留104件、修改13件，对已不适应改革需要的11件予以废止。");
        assertValue(x, "normative_docs.repealed", "11");
    }

    @Test
    void filesDrawnFromListedBodiesOfAllKinds() {
        var x = reportOf("砀山县", 2024, "从24个行政执法部门（单位）和16个乡镇随机抽取行政处罚、行政许可、行政检查等各类行政执法案卷共540卷，"
                + "评定优秀案卷180卷。");
        assertValue(x, "enforcement.files_reviewed", "540");
    }

    @Test
    void bundledServicesAreAPartOfAllHandled() {
        var x = reportOf("砀山县", 2024, "全年县政务服务中心和各乡镇便民服务中心共受理并办结政务服务事项52.6万件。"
                + "\n上线“一件事”集成服务24个，全年集成办件1.8万件。");
        assertValue(x, "licensing.handled", "526000");
    }

    @Test
    void theHotlinesPlainRateWithItsYearAndTicketsBesideTheOnTimeOne() {
        var x = reportOf("砀山县", 2024, "县12345热线全年工单办结率99.64%，较上年提高0.2个百分点，按期办结率98.31%。");
        assertValue(x, "hotline.completion_rate", "99.64");
    }

    @Test
    void theRateOfItemsAvailableGivenBesideTheRateHandledOnline() {
        var x = reportOf("砀山县", 2024, "全县1320项依申请政务服务事项网上可办率100%，全年政务服务网办率93.5%。");
        assertValue(x, "online_service.rate", "93.5");
        var items = reportOf("砀山县", 2024, "梳理公布政务服务事项1320项，实现网上可办1260项，网办率95.5%。");
        assertNoValue(items, "online_service.rate");
    }

    @Test
    void aRowOfYearsWrittenWithWei() {
        var x = reportOf("砀山县", 2024, "全县政务服务事项网办率2023年为90.2%，2024年为94.6%；政务服务办件量2023年为41.8万件，2024年为45.3万件。");
        assertValue(x, "online_service.rate", "94.6");
        assertValue(x, "licensing.handled", "453000");
    }

    @Test
    void theReportingYearsFigureAPlanBuildsOn() {
        var x = reportOf("砀山县", 2024, "2025年，我县将在2024年行政复议纠错率13.2%的基础上，力争纠错率保持在12%以上。");
        assertValue(x, "reconsideration.correction_rate", "13.2");
        var earlier = reportOf("砀山县", 2024, "2025年，我县将在2023年行政复议纠错率13.2%的基础上，力争纠错率保持在12%以上。");
        assertNoValue(earlier, "reconsideration.correction_rate");
    }

    @Test
    void theRegionsFigureSetBesideTheOwnOne() {
        var x = reportOf("桂平市", 2024, "全区行政机关败诉率13.6%，我市败诉率10.84%，低于全区平均水平。");
        assertValue(x, "litigation.loss_rate", "10.84");
    }

    @Test
    void theOwnListAfterTheCityAbovesTakesItsNames() {
        var x = reportOf("长沙市望城区", 2024, "长沙市12345热线办结率、满意率分别为99.2%、96.1%，我区分别为99.7%、97.4%。");
        assertValue(x, "hotline.completion_rate", "99.7");
    }

    @Test
    void theItemsWhollyOnlineBesideTheItemsAvailableStayTheItems() {
        var x = reportOf("砀山县", 2024, "全县梳理依申请政务服务事项1320项，网上可办率100%，全程网办率90.6%。");
        assertNoValue(x, "online_service.rate");
    }

    @Test
    void anAppendixSummarisingTheCityAbovesBulletin() {
        var x = reportOf("祁阳市", 2024, "附：永州市12345热线2024年运行情况通报摘要\n全年全市热线受理诉求92.1万件，按期办结率99.2%，满意率93.1%。");
        assertNoValue(x, "hotline.completion_rate");
    }

    @Test
    void aRateNamedForThePartAfterQiZhong() {
        var x = reportOf("砀山县", 2024, "全县全年政务服务办件量61.2万件，其中行政许可事项办件9.6万件，行政许可事项网办率93.1%。");
        assertValue(x, "licensing.handled", "612000");
        assertNoValue(x, "online_service.rate");
    }

    @Test
    void legalAidForSomeGroupsListed() {
        var x = reportOf("砀山县", 2024, "全年为农民工、残疾人、老年人等特殊群体办理法律援助案件296件。");
        assertNoValue(x, "legal_aid.cases");
    }

    @Test
    void departmentsAndTownsReviewingTheirOwnDocuments() {
        var x = reportOf("砀山县", 2024, "县直各部门和各乡镇全年自行开展规范性文件合法性审核57件，经县司法局抽查，审核质量良好。");
        assertNoValue(x, "normative_docs.reviewed");
        var own = reportOf("砀山县", 2024, "全年对县政府及部门制定的规范性文件开展合法性审查，共计审查57件。");
        assertValue(own, "normative_docs.reviewed", "57");
    }

    @Test
    void countedBodiesTheGovernmentOrganisedAndTheirSelfChecks() {
        var x = reportOf("砀山县", 2024, "全年组织县直22个执法部门和16个乡镇综合执法办公室开展交叉评查，共评查各类行政执法案卷980卷。"
                + "\n评查前，各执法部门自查案卷2410卷。");
        assertValue(x, "enforcement.files_reviewed", "980");
    }

    @Test
    void theProvincesPlatformNamesNoSubject() {
        var x = reportOf("新泰市", 2024, "全市依申请事项全部纳入山东省一体化政务服务平台运行，网上可办率达到99.5%；"
                + "全年政务服务事项网上办理率由2023年的84.9%提高到90.8%。");
        assertValue(x, "online_service.rate", "90.8");
        var opening = reportOf("瓦房店市", 2024, "大连市一体化政务服务平台全年办件量达2140万件，全市网上办件率95.2%。");
        assertNoValue(opening, "online_service.rate");
    }

    @Test
    void aCaptionListsTotalWithARemarkAfterIt() {
        var x = reportOf("砀山县", 2024, "表3 2024年全县人民调解案件来源分布\n乡镇调委会 3105件；行业性专业性调委会 998件；县矛盾纠纷调处中心 534件；"
                + "全县合计 4637件，调解成功率98.58%。");
        assertValue(x, "mediation.disputes", "4637");
    }

    @Test
    void aCaptionListsItemsWrittenWithColons() {
        var x = reportOf("砀山县", 2024, "表1 2024年砀山县人民调解案件统计\n砀城镇：512件；周寨镇：398件；其他14个乡镇：2237件；全县合计：3147件。");
        assertValue(x, "mediation.disputes", "3147");
        assertNoValue(reportOf("砀山县", 2024, "表1 2024年砀山县人民调解案件统计\n砀城镇：512件；周寨镇：398件；其他14个乡镇：2237件。"),
                "mediation.disputes");
    }

    @Test
    void thePrincipalHeadsOwnAppearances() {
        var x = reportOf("砀山县", 2024, "法院开庭审理涉及我县行政机关的一审行政诉讼案件68件，行政机关负责人出庭应诉66件，出庭应诉率97.06%。"
                + "\n四是带头出庭应诉，主要负责同志出庭应诉1件。");
        assertValue(x, "litigation.head_appeared", "66");
    }

    @Test
    void documentsTheDepartmentsAndTownsFiledWithTheCounty() {
        var x = reportOf("砀山县", 2024, "全年以县政府和县政府办公室名义制发行政规范性文件9件，均在法定时限内报送市人民政府和县人大常委会备案。"
                + "\n县司法局对县直部门和乡镇报送备案的规范性文件19件进行备案审查。");
        assertValue(x, "normative_docs.filed", "9");
    }

    @Test
    void theHotlinesChannelsOtherThanCalls() {
        var x = reportOf("砀山县", 2024, "全年县12345热线办结工单3.92万件，办结率99.41%，按时办结率97.9%。"
                + "\n热线非话务渠道（县长信箱、留言板等）全年受理诉求986件，办结971件，办结率98.48%。");
        assertValue(x, "hotline.completion_rate", "99.41");
    }

    @Test
    void itemsCountedAfterASemicolonLeaveTheOnlineRateAlone() {
        var x = reportOf("砀山县", 2024, "全县政务服务事项网办率由2023年的80.6%提升至87.9%；全年新增“跨省通办”事项32项。");
        assertValue(x, "online_service.rate", "87.9");
    }

    @Test
    void filesDrawnFromUnitsInAll() {
        var x = reportOf("砀山县", 2024, "从31个执法单位共抽取行政处罚、行政许可、行政检查、行政强制等各类案卷560卷进行评查。");
        assertValue(x, "enforcement.files_reviewed", "560");
    }

    @Test
    void policyMeasuresOfAFairCompetitionReviewAreNoNormativeDocuments() {
        var x = reportOf("砀山县", 2024, "落实公平竞争审查制度，审查政策措施52件，废止妨碍统一大市场的政策文件3件。");
        assertNoValue(x, "normative_docs.repealed");
        var own = reportOf("砀山县", 2024, "开展规范性文件清理和公平竞争审查，废止规范性文件12件。");
        assertValue(own, "normative_docs.repealed", "12");
    }

    @Test
    void levelsALaterYearsPlanOrARequirementSets() {
        var plan = reportOf("平度市", 2024, "对照《平度市2025年法治政府建设工作要点》，全市12345热线工单办结率要保持在99.5%以上，"
                + "行政机关负责人出庭应诉率实现100%。");
        assertNoValue(plan, "hotline.completion_rate");
        assertNoValue(plan, "litigation.head_appearance_rate");
        var required = reportOf("砀山县", 2024, "建立热线工单限时办结机制，明确要求各承办单位工单按时办结率不低于98%、办结率达到100%。");
        assertNoValue(required, "hotline.completion_rate");
        var done = reportOf("平度市", 2024, "对照《平度市2024年法治政府建设工作要点》，全市12345热线工单办结率达99.6%。");
        assertValue(done, "hotline.completion_rate", "99.6");
    }

    @Test
    void aTownsCentreAsTheWholesFirstPilot() {
        var x = reportOf("砀山县", 2024, "周寨镇便民服务中心作为全县首批标准化建设试点，全年办理民生事项3.12万件，网办率94.6%。");
        assertNoValue(x, "licensing.handled");
        assertNoValue(x, "online_service.rate");
    }
}

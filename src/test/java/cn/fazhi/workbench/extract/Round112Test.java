package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;

/**
 * Rounds 111–112 (read: 111 a, 111 b, 112 b, reports r276, r277): the documents' own dates and issuers, a 化解 of the
 * reconsideration's settlements, a title that names a span of years, groups of defendants listed together, other legal
 * papers and policy documents, a from–to starting at a year's end, an items' rate after the online rate, the drafts a
 * long list of issuers will issue, a law's name, the documents the
 * jurisdiction sent for filing after the level above's whole. Made-up text, not the probes'.
 */
class Round112Test {

    private static final String COUNTY = "宁晋县";
    private static final String CITY = "平泉市";

    @Test
    void issuersBetweenASinceYearAndTheDocumentsSayWhichDocuments() {
        var x = reportOf(COUNTY, 2024, "组织开展集中清理，共清理2018年以来县政府及县政府办公室印发的现行有效规范性文件52件，"
                + "经清理废止4件、修改2件。");
        assertValue(x, "normative_docs.repealed", "4");
    }

    @Test
    void theYearsBeforeThatDescribeTheDocumentsAreNoSpan() {
        var x = reportOf(COUNTY, 2024, "今年以来，全年废止2019年以前出台、已不适应改革要求的规范性文件9件。");
        assertValue(x, "normative_docs.repealed", "9");
    }

    @Test
    void aSettlementsResolutionKeepsTheReconsiderationsMatter() {
        var x = reportOf(COUNTY, 2024, "全年收到行政复议申请112件。审结案件中，以调解和解方式化解后终止8件。"
                + "全年纠错10件，直接纠错率9.8%。");
        assertValue(x, "reconsideration.corrected", "10");
        assertValue(x, "reconsideration.correction_rate", "9.8");
    }

    @Test
    void aTitleNamingASpanOfYearsDatesTheFiguresThatNameNone() {
        org.junit.jupiter.api.Assertions.assertTrue(
                FigurePeriod.titleSpansYears("县司法局关于2021-2025年度行政复议体制改革工作总结报告"));
        org.junit.jupiter.api.Assertions.assertFalse(
                FigurePeriod.titleSpansYears("宁晋县人民政府关于2024年度法治政府建设情况的报告"));
        org.junit.jupiter.api.Assertions.assertFalse(FigurePeriod.titleSpansYears(
                "关于落实《法治政府建设实施纲要（2021—2025年）》的报告"));
        org.junit.jupiter.api.Assertions.assertFalse(
                FigurePeriod.titleSpansYears("2021—2025年法治政府建设规划中期评估暨2024年度工作报告"));
    }

    @Test
    void aQiZhongBeforeABracketsOwnQiZhongStillGovernsAfterIt() {
        var x = reportOf(COUNTY, 2024, "全年收到行政复议申请196件，审结172件，其中维持90件、驳回11件、终止40件（其中申请人撤回申请33件）、"
                + "调解结案9件、直接纠错22件。");
        assertValue(x, "reconsideration.concluded", "172");
    }

    @Test
    void groupsOfDefendantsListedTogetherAreBesideTheGovernment() {
        var x = reportOf(COUNTY, 2024, "以县政府为被告的行政诉讼案件19件，以县直部门和乡镇为被告的55件。");
        assertNoValue(x, "litigation.cases");
    }

    @Test
    void otherLegalPapersAreNoNormativeDocuments() {
        var x = reportOf(COUNTY, 2024, "全年审查县政府行政合同31件、其他涉法文件48件，出具法律意见书79份。");
        assertNoValue(x, "normative_docs.reviewed");
        var y = reportOf(COUNTY, 2024, "对2020年以来县政府印发的现行有效规范性文件进行清理，共清理64件，废止3件；"
                + "另对政策措施开展公平竞争审查，审查存量政策文件71件。");
        assertNoValue(y, "normative_docs.reviewed");
    }

    @Test
    void aFromToStartingAtAYearsEndGivesTheLevelReached() {
        var x = reportOf(COUNTY, 2024, "全县政务服务事项网办率由2023年底的84.2%提升至90.1%。");
        assertValue(x, "online_service.rate", "90.1");
    }

    @Test
    void theItemsRateWithItsOwnFigureAfterIsAnotherMeasure() {
        var x = reportOf(COUNTY, 2024, "全县政务服务事项网办率由85.1%提升至91.2%，网上可办率达99.1%。");
        assertValue(x, "online_service.rate", "91.2");
    }

    @Test
    void draftsALongListOfIssuersWillIssueAreNoPlan() {
        var x = reportOf(CITY, 2024, "全年共对拟以市政府、市政府办公室和市直部门名义制发的规范性文件开展合法性审核27件。");
        assertValue(x, "normative_docs.reviewed", "27");
    }

    @Test
    void aLawsNameIsNoCompany() {
        var x = reportOf(COUNTY, 2024, "结合公司法等法律修订，组织对现行有效规范性文件进行全面清理，共清理120件，废止6件。");
        assertValue(x, "normative_docs.repealed", "6");
    }

    @Test
    void theDocumentsSentForFilingAfterTheLevelAbovesWhole() {
        var x = reportOf(COUNTY, 2024, "邢台市司法局全年备案审查各县（市、区）报送的规范性文件186件，其中我县报送11件。");
        assertValue(x, "normative_docs.filed", "11");
    }
}

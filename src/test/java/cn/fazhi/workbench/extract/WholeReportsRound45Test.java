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
}

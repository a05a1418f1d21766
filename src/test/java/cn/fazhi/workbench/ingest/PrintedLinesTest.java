package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.Pages;
import cn.fazhi.workbench.model.ReportFormat;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text in printed lines (a PDF, or plain text saved from one) has page numbers between the two halves of a
 * sentence that runs over a page end; without them the sentence would end before its figure.
 */
class PrintedLinesTest {
    private static final String FULL_1 = "（一）化解行政争议。全县各级行政机关全年共收到行政复议申请";
    private static final String FULL_2 = "56件，依法受理52件，审结50件；全县发生以县政府为被告的行政诉讼";
    private static final String FULL_3 = "案件45件，行政机关负责人出庭应诉率达到100%，较上年有所提升和";

    private static String txt(String text) throws ReadException {
        return new TxtReader().read(text.getBytes(StandardCharsets.UTF_8)).text();
    }

    @Test
    void aPageNumberBetweenTheHalvesOfASentenceIsDroppedAndTheHalvesJoined() {
        for (String number : List.of("— 3 —", "- 3 -", "－3－", "第 3 页", "第3页 共12页", "第 3 页，共 12 页")) {
            String joined = WrappedLines.join(FULL_1 + "\n\n" + number + "\n\n" + FULL_2 + "\n" + FULL_3 + "\n");
            assertTrue(joined.contains("行政复议申请56件"), number + " → " + joined);
            assertFalse(joined.contains("3 页") || joined.contains("— 3") || joined.contains("－3－"), joined);
        }
    }

    @Test
    void aRunningHeaderBetweenTheHalvesOfASentenceIsDroppedAndTheHalvesJoined() {
        String header = "安吉县2023年法治政府建设年度报告";
        String footer = "安吉县人民政府办公室  2024年1月印发";
        List<String> pages = List.of(
                header + "\n\n一、主要工作\n" + FULL_1 + "\n\n" + footer + "\n- 1 -\n",
                header + "\n" + FULL_2 + "\n" + FULL_3 + "\n" + FULL_1 + "\n" + footer + "\n",
                header + "\n" + FULL_2 + "\n" + FULL_3 + "\n" + FULL_1 + "\n\n" + footer + "\n",
                "  " + header + " \n\n" + FULL_2 + "\n二、存在的问题\n" + footer + "\n");
        String joined = WrappedLines.join(pages);
        assertTrue(joined.startsWith(header + "\n"), "the first page's top line stays: " + joined);
        assertEquals(1, joined.split(header, -1).length - 1, joined);
        assertFalse(joined.contains("印发"), joined);
        assertEquals(3, joined.split("行政复议申请56件", -1).length - 1, "each page's sentence joined: " + joined);
        assertEquals(3, joined.chars().filter(c -> c == Pages.BREAK).count(), joined);
    }

    @Test
    void twoPagesOrALineOnOnlySomePagesAreNoRunningHeader() {
        String joined = WrappedLines.join(List.of("二、存在的问题\n" + FULL_1 + "\n", "二、存在的问题\n" + FULL_2 + "\n"));
        assertEquals(2, joined.split("二、存在的问题", -1).length - 1, joined);
    }

    @Test
    void plainTextSavedFromAPrintedReportIsJoinedAndKeepsItsPages() throws Exception {
        String text = txt("安吉县2023年法治政府建设年度报告\n\n" + FULL_1 + "\n\n- 3 -\n\f" + FULL_2 + "\n" + FULL_3
                + "\n二、存在的问题\n");
        assertTrue(text.contains("行政复议申请56件"), text);
        assertTrue(text.contains("行政诉讼案件45件"), text);
        assertTrue(text.contains("\n\f二、存在的问题"), "a heading stays on its own line, on the next page: " + text);
        assertEquals(1, Pages.pageAt(text, ReportFormat.TXT, text.indexOf("56件")),
                "the sentence counts on the page where it starts");
        assertEquals(2, Pages.pageAt(text, ReportFormat.TXT, text.indexOf("二、存在的问题")));
    }

    @Test
    void plainTextWithOneParagraphPerLineIsLeftAsItCame() throws Exception {
        String text = "安吉县2023年法治政府建设年度报告\n\n　　一、主要工作\n　　全年共收到行政复议申请56件，受理52件。\n"
                + "　　全年调解各类矛盾纠纷3200件\n";
        assertEquals(text, txt(text));
    }

    @Test
    void aBareNumberOnItsOwnLineMayBeATableCellAndStays() {
        assertFalse(WrappedLines.isPageNumber("56"));
        assertFalse(WrappedLines.isPageNumber("2023"));
        assertTrue(WrappedLines.isPageNumber("  — 12 —  "));
        assertTrue(WrappedLines.isPageNumber("第 2 页 共 9 页"));
    }

    @Test
    void blankLinesWithoutAPageEndBetweenThemStillEndAParagraph() {
        String joined = WrappedLines.join(FULL_1 + "\n\n" + FULL_2 + "\n" + FULL_3 + "\n");
        assertTrue(joined.contains("行政复议申请\n\n56件"), joined);
    }

    @Test
    void rowsOfATableAsWideAsThePageAreNotJoined() {
        String joined = WrappedLines.join("表7 2024年法治政府建设主要指标完成情况\n指标名称 目标值 完成值 完成情况\n"
                + "行政机关负责人出庭应诉率 100% 100% 完成\n行政复议纠错率 ≥10% 12.7% 完成\n12345热线按期办结率 98% 99.6% 完成\n");
        assertTrue(joined.contains("完成\n行政复议纠错率"), joined);
    }

    @Test
    void aRowOfCellsApartByTabsEndsWhereItsLineEnds() {
        // as wide as the page, but a Word table's row: "-0.2个百分点" is no figure the space-apart rows are told by (round 54)
        String joined = WrappedLines.join(FULL_1 + "\n" + FULL_2 + "\n受理行政复议案件（件）\t1862\t+24.7%\t全县全年合计数\n"
                + "纠错率\t14.3%\t-0.2个百分点\n");
        assertTrue(joined.contains("+24.7%\t全县全年合计数\n纠错率"), joined);
    }
}

package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What keeps extraction linear in the length of the text (issue 11): bounded sentences, no search back
 * through the whole text, and a per-file time budget. Speed itself is measured by {@code bench large}.
 */
class LinearTimeTest {
    @Test
    void aTextWithoutFullStopsIsCutIntoBoundedSentencesAtCommas() {
        String line = "全县调解纠纷12件，办理法律援助案件3件，".repeat(2000);
        List<int[]> spans = SentenceSplitter.spans(line);
        assertTrue(spans.size() > 50);
        for (int[] s : spans) {
            assertTrue(s[1] - s[0] <= SentenceSplitter.MAX_LENGTH, "sentence of " + (s[1] - s[0]));
            char last = line.charAt(s[1] - 1);
            assertTrue(last == '，' || s[1] == line.length(), "cut at a comma");
        }
        assertEquals(line.length(), spans.get(spans.size() - 1)[1]);
    }

    @Test
    void qiZhongInAnEarlierSentenceDoesNotMakeALaterFigureAPart() {
        var x = ExtractorFixture.report("全年共调解纠纷300件，其中婚姻纠纷20件。全年共办理法律援助案件85件。");
        var aid = ExtractorFixture.value(x, "legal_aid.cases").orElseThrow();
        assertFalse(aid.flags().contains("part_of_total"));
    }

    @Test
    void aFileOverItsTimeBudgetFailsWithItsOwnReason() {
        ReportExtractor noTime = ExtractorFixture.EXTRACTOR.withTimeBudget(0);
        ReportText text = new ReportText("通山县2022年度法治政府建设情况报告\n全县共调处矛盾纠纷274件。\n", ReportFormat.TXT, "UTF-8");
        var e = assertThrows(ReportExtractor.TooSlowException.class, () -> noTime.extract(text));
        assertTrue(e.getMessage().contains("0 s"));
        assertFalse(ExtractorFixture.EXTRACTOR.extract(text).values().isEmpty(), "the shared extractor keeps its budget");
    }

    @Test
    void aLineOfThousandsOfFiguresIsReadWithoutRunningOutOfStack() {
        // a table-row pattern once recursed per figure: 5,000 figures on a line threw StackOverflowError
        String row = "调解成功率 " + "2% ".repeat(5000).strip();
        var x = ExtractorFixture.report("附表\n指标 " + "2021年 ".repeat(3000).strip() + "\n" + row + "\n" + row);
        assertTrue(x.values().isEmpty(), x.values().toString());
    }

    @Test
    void aSentenceCutInsideAFigureIsReadWithoutFailing() {
        // a run of 1,900 characters without a comma or a full stop is cut at 800 characters, here inside a figure
        // ("…调解成功2|61件"): reading on after that figure to the sentence's end had thrown and stopped the batch
        StringBuilder run = new StringBuilder();
        for (int i = 1; i < 60; i++) {
            run.append("全县建成调解工作室").append(i).append("个 全年调解纠纷").append(i * 10).append("件 调解成功")
                    .append(i * 9).append("件 ");
        }
        var x = ExtractorFixture.report(run.toString());
        assertTrue(x.values().stream().noneMatch(v -> v.indicator().equals("mediation.disputes") && v.value().equals("10")),
                "one studio's disputes are not the county's");
    }

    @Test
    void aHeadingsParentIsLookedForOnlyWithinReach() {
        // the reads above a figure start where its heading stands and stop at a bounded reach: a text without line
        // breaks (a heading at its start, a million characters of sentences after it) had been scanned back per figure
        String near = "（一）行政应诉\n" + "县政府积极应诉。".repeat(10) + "\n1.出庭情况\n";
        var child = new HeadingSubjects.Line("1.出庭情况", near.indexOf("1.出庭情况"));
        assertEquals(new HeadingSubjects.Line("（一）行政应诉", 0), HeadingSubjects.parentHeadingLine(near, child, false));

        String far = "（一）行政应诉" + "县政府积极应诉，".repeat(1000) + "\n1.出庭情况\n";
        var farChild = new HeadingSubjects.Line("1.出庭情况", far.indexOf("1.出庭情况"));
        assertNull(HeadingSubjects.parentHeadingLine(far, farChild, false), "a line of 8,000 characters is no heading");
    }

    @Test
    void aTargetHeadingRightAboveIsReadFromWhereItStands() {
        String text = "力争2024年全县\n调解矛盾纠纷7000件。";
        assertTrue(Headings.rightUnder(text, "力争2024年全县", 0, text.indexOf("调解")));
        assertFalse(Headings.rightUnder(text + "全年调解纠纷1000件。", "力争2024年全县", 0, text.length()));
        assertFalse(Headings.rightUnder(text, "", -1, text.indexOf("调解")), "no heading above");
    }
}

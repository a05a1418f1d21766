package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 51 (a helper's city batch, blind): an aim that opens the sentence (力争, 争取, 力求; 确保 where the clause holds
 * a level) governs every clause listed after it, not only the first.
 */
class AimsRound51Test {
    private static final String TITLE = "湖州市人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void theAimGovernsTheClausesListedAfterIt() {
        var x = extract(TITLE + "力争2025年全市行政复议案件纠错率保持在15%以上、行政机关负责人出庭应诉率保持100%。\n");
        assertTrue(value(x, "litigation.head_appearance_rate").isEmpty(), describe(x.values()));
        x = extract(TITLE + "确保直接纠错率控制在10%以内、行政机关负责人出庭应诉率保持100%。\n");
        assertTrue(value(x, "litigation.head_appearance_rate").isEmpty(), describe(x.values()));
    }

    @Test
    void aPurposeBeforeAResultStaysAResult() {
        assertValue(extract(TITLE + "确保案件质量，全年审结行政复议案件268件。\n"), "reconsideration.concluded", "268");
    }
}

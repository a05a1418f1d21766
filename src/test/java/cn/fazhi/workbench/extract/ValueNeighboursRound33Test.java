package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;

/**
 * Round 33 (tools/probes/redteam-round33-which.tsv): neighbours of the tuning half's labelled values, written in other
 * words before the extractor was run, to see whether the rules that take the values also take their near variants
 * and give each figure its right indicator. The one shape fixed: a sum stated after the kinds listed after 其中.
 */
class ValueNeighboursRound33Test {

    @Test
    void aSumOfTheKindsListedAfterQiZhongIsTheWhole() {
        // the kinds add up to the figure that says it sums them: it is the corrected cases, the kinds its parts
        var x = report("全年，新收行政复议案件200件，审结177件，其中维持41件，确认违法13件，责令履行4件，合计直接纠错17件，"
                + "纠错率9.60%。");
        assertValue(x, "reconsideration.corrected", "17");
        assertValue(x, "reconsideration.correction_rate", "9.60");
        assertValue(report("全年，审结行政复议案件177件，其中确认违法13件，责令履行4件，共计纠错17件。"),
                "reconsideration.corrected", "17");
    }

    @Test
    void aSumByChanceOrASumThatDoesNotAddUpIsNoWhole() {
        // 5 = 2 + 3 by chance, with no word of summing: the three are kinds of one breakdown, none is the whole
        notAValue("全年，审结行政复议案件177件，其中维持30件，撤销5件，确认违法2件，责令履行3件。",
                "reconsideration.corrected");
        // a 合计 the kinds before it do not add up to is left as it was (no value)
        notAValue("全年，审结行政复议案件177件，其中撤销5件，确认违法2件，合计纠错9件。", "reconsideration.corrected");
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;

/**
 * Wordings found by running whole made-up reports (tools/probes/reports/*.txt) through the extractor: figures that
 * became values although docs/labelling.md says they are not, because the subject or the level is set by the
 * sentence's source, a heading or the sentence before, and the wordings next to them that must stay values.
 */
class WholeReportTrapsTest {

    @Test
    void aHigherLevelNamedAfterTheSourceAndItsYearKeepsTheRestOfTheSentence() {
        // the city's rate two clauses after "全市2022年共…", even when a source ("据市司法局通报") opens the sentence
        notAValue("据市司法局通报，全市2022年共办理行政复议案件3200件，纠错率13.5%。", "reconsideration.correction_rate");
        notAValue("全市2022年共办理行政复议案件3200件，纠错率13.5%。", "reconsideration.correction_rate");
        aValue("据市司法局通报，我县2022年共办理行政复议案件86件，纠错率13.5%。", "reconsideration.correction_rate");
    }
}

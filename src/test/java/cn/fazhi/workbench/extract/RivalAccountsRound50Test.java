package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 50 (lead; tools/probes/redteam-round50-lead-county.tsv and the whole reports r119-r121, blind): the
 * government's suits framed as some of all the suits ("全年行政诉讼案件中，县政府作为被告的案件15件"), and a sentence
 * whose figure disagrees with another sentence's for the same indicator — its other figures of that matter tell the
 * same rival account and are suggestions; a 本级 part in brackets limits nothing after them.
 */
class RivalAccountsRound50Test {
    private static final String TITLE = "安吉县人民政府2023年度法治政府建设情况报告\n";

    @Test
    void theGovernmentsSuitsAmongAllTheSuitsAreAPart() {
        var x = extract(TITLE + "一、主要举措和成效\n全年行政诉讼案件中，县政府作为被告的案件15件。\n");
        assertTrue(value(x, "litigation.cases").isEmpty(), describe(x.values()));
        x = extract(TITLE + "一、主要举措和成效\n全年行政应诉案件中，以县政府为被告的12件。\n");
        assertTrue(value(x, "litigation.cases").isEmpty(), describe(x.values()));
        // the government as defendant alone, or framing its own suits, stays the county's (docs/labelling.md, rule 4)
        assertValue(extract(TITLE + "一、主要举措和成效\n全年以县政府为被告的行政诉讼案件12件。\n"), "litigation.cases", "12");
        assertValue(extract(TITLE + "一、主要举措和成效\n全年共发生行政诉讼案件128件（其中县政府作为被告15件）。\n"),
                "litigation.cases", "128");
    }

    @Test
    void theOtherFiguresOfARivalAccountAreSuggestions() {
        var x = extract(TITLE + "一、基本情况\n2023年，全县共收到行政复议申请318件，受理296件。\n二、主要工作\n（一）行政复议\n"
                + "县政府本级全年受理行政复议案件186件，审结176件。\n");
        assertTrue(value(x, "reconsideration.concluded").isEmpty(), describe(x.values()));
        assertTrue(x.suggestions().stream().anyMatch(s -> s.indicator().equals("reconsideration.concluded")
                && s.flags().contains(RivalAccounts.FLAG)), describe(x.suggestions()));
        // the sentence ranked first keeps its other figure
        assertValue(x, "reconsideration.received", "318");
    }

    @Test
    void figuresOfAnotherMatterInTheRivalSentenceStay() {
        var x = extract(TITLE + "一、基本情况\n2023年，全县共收到行政复议申请318件，受理296件。\n二、主要工作\n"
                + "全年县政府受理行政复议案件186件，审结176件，县法律援助中心共办理法律援助案件1286件。\n");
        assertTrue(value(x, "reconsideration.concluded").isEmpty(), describe(x.values()));
        assertFalse(value(x, "legal_aid.cases").isEmpty(), describe(x.values()));
    }

    @Test
    void theOwnLevelInBracketsLimitsNothingAfterThem() {
        var x = extract(TITLE + "一、主要举措和成效\n全县各级行政机关全年作为被告的一审行政诉讼案件共计163件（县政府本级21件），审结158件，败诉9件。\n");
        assertValue(x, "litigation.cases", "163");
        assertValue(x, "litigation.concluded", "158");
        assertValue(x, "litigation.lost", "9");
        // outside brackets the own level still limits what continues it
        x = extract(TITLE + "一、主要举措和成效\n县政府本级行政应诉案件15件，败诉1件。\n");
        assertTrue(value(x, "litigation.lost").isEmpty(), describe(x.values()));
    }
}

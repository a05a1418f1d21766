package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 58 (probes a and b, report r172; written before these rules): the year's result told in the problems section,
 * the co-defendants' suits, a rate on a basis of its own, filings with a party committee, the court's count of the
 * organs' suits. Made-up sentences, not the helpers'.
 */
class ProblemsCoDefendantsAndPartyFilingsRound58Test {
    private static final String COUNTY = "德清县人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";
    private static final String DISTRICT = "杭州市拱墅区人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void theYearsResultInTheProblemsSectionIsASuggestion() {
        var x = extract(COUNTY + "全年调解矛盾纠纷5100件。\n二、存在的问题和不足\n行政应诉水平仍需提高，全年行政机关败诉7件，败诉率5.9%。\n");
        assertNoValue(x, "litigation.lost");
        assertTrue(x.suggestions().stream().anyMatch(v -> v.indicator().equals("litigation.lost")
                && v.flags().contains(KindsOfStatement.IN_PROBLEMS)), x.suggestions().toString());
        // a figure with no year there stays out
        assertTrue(extract(COUNTY + "二、存在的问题和不足\n个别部门败诉3件。\n").suggestions().stream()
                .noneMatch(v -> v.indicator().equals("litigation.lost")));
    }

    @Test
    void theHeadsOfTheCoDefendantsSuitsAreAPart() {
        assertNoValue(extract(COUNTY + "（二）行政应诉\n县政府作为复议机关的共同被告案件21件，负责人出庭应诉21件。\n"),
                "litigation.head_appeared");
    }

    @Test
    void aRateOnABasisOfItsOwn() {
        var x = extract(COUNTY + "（二）行政应诉\n全年行政诉讼案件96件，开庭审理70件，行政机关负责人出庭应诉70件；按全部应诉案件计算，"
                + "负责人出庭比例为72.9%。\n");
        // the rate over the cases heard (derived from the counts), not the share over all suits
        assertValue(x, "litigation.head_appearance_rate", "100");
        assertValue(x, "litigation.head_appeared", "70");
    }

    @Test
    void documentsFiledWithAPartyCommittee() {
        assertNoValue(extract(DISTRICT + "（一）规范性文件\n区委办公室全年审核党内规范性文件5件，报市委备案5件。\n"), "normative_docs.filed");
        assertValue(extract(DISTRICT + "（一）规范性文件\n全年报市政府备案规范性文件9件。\n"), "normative_docs.filed", "9");
    }

    @Test
    void theCourtsCountOfTheOrgansSuitsIsOffered() {
        var x = extract(DISTRICT + "（二）行政应诉\n人民法院审结涉我区行政机关案件640件，行政机关败诉31件。\n");
        assertValue(x, "litigation.lost", "31");
        assertTrue(x.values().stream().anyMatch(v -> v.indicator().equals("litigation.concluded"))
                || x.suggestions().stream().anyMatch(v -> v.indicator().equals("litigation.concluded")), x.suggestions().toString());
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;

/**
 * Round 116 (read: 116 a): a table's own whole row under a caption of some towns, the normative documents among a listed
 * review's matters, the own rate after the level above's and the own words of its count. Made-up text, not the probes'.
 */
class Round116Test {

    private static final String CITY = "义马市";
    private static final String COUNTY = "渑池县";

    @Test
    void theOwnWholeRowUnderACaptionOfSomeTownsIsTheWhole() {
        var x = reportOf(CITY, 2024, "表3 2024年人民调解工作情况（部分乡镇）\n单位\t调处纠纷（件）\t调解成功（件）\n"
                + "千秋镇\t205\t203\n东区街道\t188\t186\n全市合计\t1620\t1598\n");
        assertValue(x, "mediation.disputes", "1620");
        assertValue(x, "mediation.succeeded", "1598");
    }

    @Test
    void aTownsTotalRowIsStillTheTowns() {
        var x = reportOf(COUNTY, 2024, "表3 各乡镇人民调解工作情况\n单位\t调处纠纷（件）\n果园乡\t205\n洪阳镇\t188\n合计\t393\n");
        assertNoValue(x, "mediation.disputes");
    }

    @Test
    void theDocumentsAmongTheMattersOfAListedReviewAreTheDocumentsReviewed() {
        var x = reportOf(COUNTY, 2024, "全年县司法局共审查县政府规范性文件、重大行政决策、行政合同等各类文件286件，其中规范性文件17件，"
                + "提出修改意见93条。");
        assertValue(x, "normative_docs.reviewed", "17");
    }

    @Test
    void theOwnRateAfterTheLevelAbovesIsTheOwnWhenItsCountNamesTheJurisdiction() {
        var x = reportOf(COUNTY, 2024, "三门峡市2024年行政机关负责人出庭应诉率为97.9%，我县行政机关负责人出庭应诉64件次，"
                + "出庭应诉率100%。");
        assertValue(x, "litigation.head_appearance_rate", "100");
    }
}

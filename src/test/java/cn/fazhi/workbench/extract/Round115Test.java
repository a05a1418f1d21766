package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;

/**
 * Round 115 (read: 115 b, 115 c, report r284): the towns' committees listed beside the villages' and the trades' with a
 * bracket of their own, the county's hall named 大厅 beside the towns' centres, a count given as a share of the year's
 * own count, the documents issued after review and all filed. Made-up text, not the probes'.
 */
class Round115Test {

    private static final String DISTRICT = "衡水市桃城区";
    private static final String COUNTY = "安平县";

    @Test
    void theTownsCommitteesWithABracketBesideTheOtherLevelsAreEveryLevel() {
        var x = reportOf(DISTRICT, 2024, "全区9个乡镇（园区）调委会、186个村（社区）调委会和11个行业性专业性调委会全年共调处矛盾纠纷2,906件，"
                + "调解成功2,871件。");
        assertValue(x, "mediation.disputes", "2906");
        assertValue(x, "mediation.succeeded", "2871");
    }

    @Test
    void theCountysHallBesideTheTownsCentresIsTheWhole() {
        assertValue(reportOf(COUNTY, 2024, "全年，全县政务服务大厅和18个乡镇便民服务中心共受理各类办件41.2万件。"),
                "licensing.handled", "412000");
        assertNoValue(reportOf(COUNTY, 2024, "全年，全县18个乡镇便民服务中心共受理各类办件6.2万件。"), "licensing.handled");
    }

    @Test
    void aCountGivenAsAShareOfTheYearsOwnCountIsAPart() {
        var x = reportOf(COUNTY, 2024, "专项行动期间共收到行政复议申请88件，占全年收案量的41.5%。全年共收到行政复议申请212件，"
                + "依法受理190件。");
        assertValue(x, "reconsideration.received", "212");
        assertValue(x, "reconsideration.accepted", "190");
    }

    @Test
    void theDocumentsIssuedAfterReviewAndAllFiledAreTheDocumentsFiled() {
        var x = reportOf(COUNTY, 2024, "全年对县政府起草的19件规范性文件进行了合法性审核。经审核出台的规范性文件共14件，"
                + "均在公布之日起30日内报送市政府和县人大常委会备案。");
        assertValue(x, "normative_docs.reviewed", "19");
        assertValue(x, "normative_docs.filed", "14");
    }
}

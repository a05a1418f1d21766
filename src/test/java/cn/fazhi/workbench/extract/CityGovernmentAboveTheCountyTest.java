package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;

/**
 * In a county's report, 市政府 opening a clause is the city above it, as 市司法局 is; a verb before the city's body
 * (报送市政府备案, 报嘉兴市政府备案, 全年报送市司法局备案) names where the county's documents went, not who speaks.
 */
class CityGovernmentAboveTheCountyTest {

    @Test
    void theCityGovernmentsCasesAreNotTheCountys() {
        notAValue("全年市政府收到行政复议申请212件。", "reconsideration.received");
        notAValue("2023年，市政府共收到行政复议申请212件。", "reconsideration.received");
        notAValue("全年市人民政府受理行政复议申请212件。", "reconsideration.accepted");
        aValue("全年县政府收到行政复议申请212件。", "reconsideration.received");
    }

    @Test
    void aCountyLevelCitysOwnGovernmentStaysItsOwn() {
        var x = extract("诸暨市人民政府2023年度法治政府建设情况报告\n一、主要举措和成效\n全年市政府收到行政复议申请212件。\n");
        assertValue(x, "reconsideration.received", "212");
    }

    @Test
    void documentsSentToTheCityForFilingAreTheCountysFilings() {
        aValue("全年报送市司法局备案规范性文件5件。", "normative_docs.filed");
        aValue("全年报送市政府备案规范性文件5件，备案率100%。", "normative_docs.filed");
        aValue("全年合法性审核县政府规范性文件8件，报衢州市政府备案8件。", "normative_docs.filed");
        aValue("全年审核县政府及县政府办公室行政规范性文件15件，报嘉兴市政府和县人大常委会备案15件。", "normative_docs.filed");
    }

    @Test
    void aCitysOwnOrgansAfterABureauAreTheCitys() {
        String title = "海宁市人民政府关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n";
        var x = extract(title + "市行政复议局在各镇设立咨询服务点23个。全市行政机关共发生行政诉讼案件168件，败诉7件，败诉率4.4%。\n");
        assertValue(x, "litigation.cases", "168");
        assertValue(x, "litigation.loss_rate", "4.4");
        var court = extract(title + "市人民法院受理以全市行政机关为被告的行政诉讼案件168件。\n");
        org.junit.jupiter.api.Assertions.assertTrue(court.values().stream().noneMatch(v -> v.indicator().equals("litigation.cases")),
                "the court's cases about the city's organs stay the court's");
        // in a county's report 全市 is the city above: nothing of it is the county's
        var county = extract("安吉县人民政府关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n"
                + "市行政复议局在各镇设立咨询服务点23个。全市行政机关共发生行政诉讼案件168件。\n");
        org.junit.jupiter.api.Assertions.assertTrue(county.values().isEmpty());
    }
}

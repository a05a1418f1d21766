package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;

/**
 * Round 47 (tools/probes/redteam-round47-suits[-b|-c…]-KIND.tsv, each file run with its title by title-of.sh): lawsuits
 * and reconsideration in report sentences — which group of defendants, which share of the whole, which stage of an
 * application. The controls beside each trap are the government's own whole-year figures in the same words.
 */
class SuitsRound47Test {

    /** A 2023 report of {@code place} holding one line. */
    private static ReportExtractor.Extraction in(String place, String line) {
        return extract(place + "人民政府2023年度法治政府建设情况报告\n\n" + line + "\n");
    }

    private static final String COUNTY = "安吉县";

    @Test
    void aGroupOfDefendantsSuedWithoutTheWordDefendantIsAPart() {
        var city = in("湖州市", "全年市级部门被诉行政案件186件，败诉9件。");
        assertNoValue(city, "litigation.cases");
        assertNoValue(city, "litigation.lost");
        assertNoValue(in(COUNTY, "全年县直单位被起诉行政案件64件，败诉3件。"), "litigation.lost");
        assertNoValue(in("杭州市西湖区", "街道被诉行政案件41件。"), "litigation.cases");
        assertNoValue(in(COUNTY, "县政府各部门全年被诉行政案件114件。"), "litigation.cases");
        // the whole: all the organs, both levels, the government with its departments
        assertValue(in(COUNTY, "全年全县行政机关被诉行政案件152件，败诉8件，败诉率5.6%。"), "litigation.cases", "152");
        assertValue(in(COUNTY, "县、乡两级行政机关被诉行政案件152件，败诉8件。"), "litigation.cases", "152");
        assertValue(in(COUNTY, "县政府及其部门被诉行政案件152件，审结147件。"), "litigation.cases", "152");
    }

    @Test
    void theGovernmentsSuitsGivenAsAShareOfItsOwnWholeAreAPart() {
        assertNoValue(in("杭州市西湖区", "以区政府为被告的行政诉讼案件57件，占全区行政诉讼案件总数的26.1%。"), "litigation.cases");
        assertNoValue(in("杭州市西湖区", "区政府作为被告的行政诉讼案件57件，占全区行政诉讼案件的三成。"), "litigation.cases");
        assertNoValue(in(COUNTY, "以县政府为被告的行政诉讼案件38件，占比25%。"), "litigation.cases");
        assertNoValue(in("乐清市", "以市政府为被告的行政诉讼案件43件，占全市的20.8%。"), "litigation.cases");
        // a share of another level's whole, or a change of the share, says nothing of a part of the jurisdiction's own
        assertValue(in(COUNTY, "以县政府为被告的行政诉讼案件38件，占全市同类案件的6.2%。"), "litigation.cases", "38");
        assertValue(in("杭州市西湖区", "以区政府为被告的行政诉讼案件57件，占比较上年下降2.3个百分点。"), "litigation.cases", "57");
        assertValue(in(COUNTY, "2023年，以县政府为被告的行政诉讼案件38件，审结35件，败诉1件。"), "litigation.cases", "38");
        // batch d: the first place or level named in the share's whole decides whose whole it is
        assertNoValue(in(COUNTY, "以县政府为被告的行政诉讼案件38件，占全县被诉案件总数的四分之一。"), "litigation.cases");
        assertValue(in(COUNTY, "以县政府为被告的行政诉讼案件38件，占全省县级政府被诉案件的0.3%。"), "litigation.cases", "38");
        assertValue(in(COUNTY, "以县政府为被告的行政诉讼案件38件，占湖州市同类案件的8.1%。"), "litigation.cases", "38");
        assertValue(in("乐清市", "以市政府为被告的行政诉讼案件43件，占温州市的9.6%。"), "litigation.cases", "43");
        assertValue(in("杭州市西湖区", "以区政府为被告的行政诉讼案件57件，占全市区县政府被诉案件的9.3%。"), "litigation.cases", "57");
    }

    @Test
    void applicationsNotAcceptedOrSentOnAreNeitherAcceptedNorReceived() {
        assertNoValue(in(COUNTY, "县行政复议局对不符合受理条件的23件申请依法作出不予受理决定，对材料不全的31件申请一次性告知补正。"),
                "reconsideration.accepted");
        var sentOn = in(COUNTY, "全年转送其他复议机关办理的复议申请17件。");
        assertNoValue(sentOn, "reconsideration.received");
        assertNoValue(sentOn, "reconsideration.accepted");
        assertNoValue(in(COUNTY, "全年接收上级转交的复议申请12件。"), "reconsideration.received");
        var whole = in(COUNTY, "2023年，全县行政复议机关共收到行政复议申请236件，受理211件，不予受理14件，申请人撤回11件。");
        assertValue(whole, "reconsideration.received", "236");
        assertValue(whole, "reconsideration.accepted", "211");
        assertValue(in(COUNTY, "收到行政复议申请236件（含市行政复议局转送12件）。"), "reconsideration.received", "236");
        // a bracket closed before the figure remarks on the whole: 转送 inside it sends nothing on
        assertValue(in(COUNTY, "全年收到（含上级转送）行政复议申请236件，受理211件。"), "reconsideration.received", "236");
    }

    @Test
    void batchE_theShareAfterAChangeTheReversedGroupAndTheSuitsAfterAnUpheldReconsideration() {
        assertNoValue(in(COUNTY, "以县政府为被告的行政诉讼案件38件，同比增长26.7%，占全县行政诉讼案件总数的25%。"), "litigation.cases");
        assertNoValue(in(COUNTY, "以县政府为被告的行政诉讼案件38件，占我县被诉案件总数的25%。"), "litigation.cases");
        assertValue(in(COUNTY, "以县政府为被告的行政诉讼案件38件，占县人民法院受理行政案件的30%。"), "litigation.cases", "38");
        assertNoValue(in(COUNTY, "全年行政诉讼案件中，被告为县级部门的102件，败诉5件。"), "litigation.lost");
        assertNoValue(in(COUNTY, "经复议维持后被诉的案件中，县政府败诉2件。"), "litigation.lost");
        assertValue(in(COUNTY, "全县行政机关（含县直部门和乡镇）被诉行政案件152件。"), "litigation.cases", "152");
        assertValue(in(COUNTY, "以县政府为被告的行政诉讼案件38件，全县行政机关负责人出庭应诉率100%。"), "litigation.cases", "38");
    }
}

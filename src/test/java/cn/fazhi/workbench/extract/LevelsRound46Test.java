package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Round 46 (tools/probes/redteam-round46-levels[-b|-c…]-KIND.tsv, run by round46-score.sh with each file's title): whose
 * figure it is by the level of the report — a city, a district, a county-level city, a zone, a county. The words that
 * name the report's own jurisdiction follow its level (a zone's 全县 and 县政府 are its host county's, a district's and a
 * county's 我市 the city above), a zone named after its host county gets a jurisdiction, a zone's 管委会 is its
 * government, and a title that opens with the parents' names (湖州市吴兴区人民政府…) is the district's own.
 */
class LevelsRound46Test {

    /** A 2023 report of {@code place} holding one line. */
    private static ReportExtractor.Extraction in(String place, String line) {
        return extract(place + "人民政府2023年度法治政府建设情况报告\n\n" + line + "\n");
    }

    private static final String ZONE = "长兴经济技术开发区";

    @Test
    void aZoneNamedAfterItsHostCountyIsTheZone() {
        var x = in(ZONE, "开发区全年办理法律援助案件126件。");
        assertNotNull(x.metadata().jurisdiction());
        assertEquals(ZONE, x.metadata().jurisdiction().name());
        assertEquals("湖州市", x.metadata().jurisdiction().city());
        assertValue(x, "legal_aid.cases", "126");
    }

    @Test
    void theHostCountysWordsInAZonesReportAreTheCountys() {
        assertNoValue(in(ZONE, "全县行政机关负责人出庭应诉率100%。"), "litigation.head_appearance_rate");
        assertNoValue(in(ZONE, "县政府全年共审核规范性文件56件。"), "normative_docs.reviewed");
        assertNoValue(in(ZONE, "长兴县全年共调解矛盾纠纷1.8万件。"), "mediation.disputes");
        assertNoValue(in(ZONE, "全年以县政府为被告的行政诉讼案件38件。"), "litigation.cases");
        assertNoValue(in(ZONE, "我县全年办理法律援助案件1286件。"), "legal_aid.cases");
        assertValue(in(ZONE, "在县委县政府的坚强领导下，全区共调解矛盾纠纷860件。"), "mediation.disputes", "860");
    }

    @Test
    void aZonesCommitteeIsItsGovernment() {
        assertValue(in(ZONE, "管委会全年共审核规范性文件12件。"), "normative_docs.reviewed", "12");
        var suits = in(ZONE, "以管委会为被告的行政诉讼案件9件，败诉0件。");
        assertValue(suits, "litigation.cases", "9");
        assertValue(in(ZONE, "开发区管委会全年共收到行政复议申请18件。"), "reconsideration.received", "18");
        assertNoValue(in(ZONE, "吴兴高新区管委会全年审核规范性文件9件。"), "normative_docs.reviewed");
    }

    @Test
    void aTitleOpeningWithTheParentsIsTheDistrictsOwn() {
        assertValue(in("湖州市吴兴区", "全年调解矛盾纠纷3260件。"), "mediation.disputes", "3260");
        assertValue(in("杭州市西湖区", "该区全年共审核规范性文件36件。"), "normative_docs.reviewed", "36");
        assertValue(in("湖州市安吉县", "全年调解矛盾纠纷3260件。"), "mediation.disputes", "3260");
    }

    @Test
    void theCityAboveIsWrittenWoShiOrByItsShortNameAndWhole() {
        assertNoValue(in("杭州市西湖区", "我市全年办理法律援助案件9860件。"), "legal_aid.cases");
        assertNoValue(in("宾阳县", "我市全年共调解矛盾纠纷4.6万件。"), "mediation.disputes");
        assertNoValue(in("乐清市", "温州全市行政复议纠错率为11.3%。"), "reconsideration.correction_rate");
        assertNoValue(in("南宁市青秀区", "广西全区共办理法律援助案件8.6万件。"), "legal_aid.cases");
        assertValue(in("湖州市", "我市全年办理法律援助案件5120件。"), "legal_aid.cases", "5120");
        assertValue(in("乐清市", "全市共办理法律援助案件1860件。"), "legal_aid.cases", "1860");
    }

    @Test
    void aCountysWordsInACitysReportAreOneCountys() {
        assertNoValue(in("湖州市", "南浔区全区共调解矛盾纠纷4860件，调解成功率99.2%。"), "mediation.success_rate");
        assertNoValue(in("湖州市", "全年以县政府为被告的行政诉讼案件中，败诉3件。"), "litigation.lost");
        assertNoValue(in("湖州市", "全市县级行政复议机构共受理行政复议案件974件。"), "reconsideration.accepted");
        assertValue(in("湖州市", "市、县两级行政机关负责人出庭应诉率均为100%。"), "litigation.head_appearance_rate", "100");
        assertNoValue(in("乐清市", "全县行政机关负责人出庭应诉率100%。"), "litigation.head_appearance_rate");
    }

    @Test
    void theOwnFigureAfterAnotherLevelsByTheReportsLevel() {
        assertValue(in("湖州市", "全省行政复议纠错率为12.1%，我市为13.5%。"), "reconsideration.correction_rate", "13.5");
        assertValue(in("乐清市", "全省行政复议案件纠错率为12.6%，我市为15.2%。"), "reconsideration.correction_rate", "15.2");
        assertValue(in("宾阳县", "全区行政复议纠错率为12.8%，我县为10.6%。"), "reconsideration.correction_rate", "10.6");
        assertValue(in("南宁市青秀区", "全自治区行政复议纠错率为13.2%，我区为11.6%。"), "reconsideration.correction_rate", "11.6");
        assertValue(in("湖州市", "市本级行政机关负责人出庭应诉率100%，全市为98.6%。"), "litigation.head_appearance_rate", "98.6");
        assertValue(in("湖州市", "全省共办理法律援助案件12.6万件，我市办理5120件。"), "legal_aid.cases", "5120");
    }

    @Test
    void anotherLevelsBodyIsAnotherLevels() {
        assertNoValue(in("湖州市", "县司法局全年办理法律援助案件1286件。"), "legal_aid.cases");
        assertNoValue(in("杭州市西湖区", "县司法局全年办理法律援助案件860件。"), "legal_aid.cases");
        assertNoValue(in(ZONE, "县司法局全年办理法律援助案件1286件。"), "legal_aid.cases");
        assertNoValue(in("南宁市青秀区", "自治区司法厅全年办理行政复议案件2860件。"), "reconsideration.received");
        assertValue(in("杭州市西湖区", "区司法局（区行政复议局）全年收到行政复议申请268件。"), "reconsideration.received", "268");
        assertValue(in(ZONE, "区管委会全年共办理法律援助案件126件。"), "legal_aid.cases", "126");
        assertValue(in("宾阳县", "作为自治区法治政府建设示范县，全年共调解矛盾纠纷6120件。"), "mediation.disputes", "6120");
    }

    @Test
    void anotherPlaceBesideTheOwnFigureIsNoRival() {
        assertValue(in("杭州市西湖区", "杭州市全年行政复议纠错率为12.6%，我区为10.2%。"), "reconsideration.correction_rate", "10.2");
        assertValue(in("乐清市", "瑞安市全年调解矛盾纠纷1.5万件，我市调解1.2万件。"), "mediation.disputes", "12000");
        assertValue(in("安吉县", "递铺街道调解矛盾纠纷860件，全县共调解3260件。"), "mediation.disputes", "3260");
        assertValue(in(ZONE, "长兴县调解矛盾纠纷1.8万件，全区调解860件。"), "mediation.disputes", "860");
        assertValue(in(ZONE, "全区（含托管镇）共调解矛盾纠纷860件。"), "mediation.disputes", "860");
        assertNoValue(in("安吉县", "吴兴区2022年行政复议纠错率为9.8%，我县2022年为12.6%。"), "reconsideration.correction_rate");
    }
}

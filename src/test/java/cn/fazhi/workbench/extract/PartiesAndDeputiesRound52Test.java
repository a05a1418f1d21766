package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;

/**
 * Round 52 (six helpers, blind; tools/probes/redteam-round52-*.tsv, reports r131–r132): one named department as the
 * defendant or the respondent, the deputies' appearances in court, a body above inspecting the jurisdiction's files,
 * applications collected for others, the cases granted beside the applications for legal aid, and a coordination rate
 * after a hearing; 全市（含市本级）, the own level inside what the whole includes; the government office's documents, a
 * fair-competition review and a cross-review of two other counties' files; a science city or park inside a district and
 * the city's own bodies (我市…中心) in a district's report. The sentences here are made up for the rules, not the probes'
 * own.
 */
class PartiesAndDeputiesRound52Test {
    private static final String COUNTY = "安吉县人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";
    private static final String CITY = "衢州市人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void oneNamedDepartmentAsDefendantOrRespondentIsAPart() {
        // the justice bureau speaks for the county's legal work, but not as a party of its own
        assertNoValue(extract(COUNTY + "县司法局作为被告参加行政诉讼3件，均胜诉。\n"), "litigation.cases");
        // the department's two roles listed with 、: the second clause is still its own
        assertNoValue(extract(COUNTY + "县司法局作为被申请人的复议案件1件、作为被告的诉讼案件2件。\n"), "litigation.cases");
        assertNoValue(extract(COUNTY + "县市场监管局作为被申请人的行政复议案件22件，被纠错3件。\n"), "reconsideration.received");
        // controls: the government with its departments, and all the county's organs, are the whole
        assertValue(extract(COUNTY + "全年以县政府及其部门为被告的行政诉讼案件共97件，败诉4件。\n"), "litigation.cases", "97");
        assertValue(extract(COUNTY + "全县行政机关作为被告的一审行政诉讼案件121件。\n"), "litigation.cases", "121");
    }

    @Test
    void theDeputiesAppearancesAreAPartOfTheHeads() {
        assertNoValue(extract(COUNTY + "县领导带头出庭3件，县政府分管负责人出庭应诉4件。\n"), "litigation.head_appeared");
        assertNoValue(extract(COUNTY + "各乡镇副职负责人出庭应诉21件次。\n"), "litigation.head_appeared");
        // control: all the heads
        assertValue(extract(COUNTY + "全年行政机关负责人出庭应诉96件，出庭应诉率100%。\n"), "litigation.head_appeared", "96");
    }

    @Test
    void aBodyAboveInspectingTheJurisdictionsFilesSpeaksForItself() {
        assertNoValue(extract(CITY + "省司法厅抽查我市行政执法案卷120卷。\n"), "enforcement.files_reviewed");
        // control: the city's own review
        assertValue(extract(CITY + "全年全市共评查行政执法案卷1260卷。\n"), "enforcement.files_reviewed", "1260");
    }

    @Test
    void applicationsCollectedForOthersAreNotReceived() {
        assertNoValue(extract(COUNTY + "在全县各乡镇设立复议代办点，全年各代办点代收复议申请28件。\n"), "reconsideration.received");
        assertValue(extract(COUNTY + "全年县政府共收到行政复议申请318件。\n"), "reconsideration.received", "318");
    }

    @Test
    void applicationsForLegalAidBesideTheCasesGrantedAreNoValue() {
        // the cases granted are the year's cases since round 57 (decision 0056); the applications are no value
        assertValue(extract(COUNTY + "全年受理法律援助申请980件，经审查给予法律援助并指派承办962件。\n"),
                "legal_aid.cases", "962");
        // control: applications alone, as reports often state them, stay the year's cases
        assertValue(extract(COUNTY + "全年受理法律援助申请1250件，同比增长6.2%。\n"), "legal_aid.cases", "1250");
    }

    @Test
    void aCoordinationRateAfterAHearingIsNoMediationRate() {
        assertNoValue(extract(COUNTY + "对重大行政案件，负责人出庭率100%，庭后协调化解率达到52%。\n"), "mediation.success_rate");
        assertValue(extract(COUNTY + "全县人民调解组织调解纠纷8210件，调解成功率99.1%。\n"), "mediation.success_rate", "99.1");
    }

    @Test
    void theOwnLevelInsideWhatTheWholeIncludesLimitsNothing() {
        assertValue(extract(CITY + "全市（含市本级）共办理法律援助案件5210件，同比增长7.5%。\n"), "legal_aid.cases", "5210");
        // the own level named outside the bracket still limits the figure
        assertNoValue(extract(CITY + "市本级共办理法律援助案件1210件。\n"), "legal_aid.cases");
        // a department named as the defendant with 以 is the party; the bureau handling the government's suits is not
        assertNoValue(extract(COUNTY + "以县公安局为被告的行政诉讼案件12件。\n"), "litigation.cases");
        assertValue(extract(COUNTY + "县司法局全年承办以县政府为被告的行政诉讼案件96件。\n"), "litigation.cases", "96");
    }

    @Test
    void theOfficesDocumentsAFairCompetitionReviewAndOtherCountiesFilesAreNoValues() {
        assertNoValue(extract(COUNTY + "县政府办公室印发行政规范性文件9件，均经合法性审核。\n"), "normative_docs.reviewed");
        assertValue(extract(COUNTY + "县政府及县政府办公室印发行政规范性文件19件，均经合法性审核。\n"),
                "normative_docs.reviewed", "19");
        assertNoValue(extract(COUNTY + "全年开展公平竞争审查政策措施52件，其中规范性文件11件。\n"), "normative_docs.reviewed");
        assertValue(extract(COUNTY + "全年开展合法性审查96件，其中规范性文件14件。\n"), "normative_docs.reviewed", "14");
        assertNoValue(extract(COUNTY + "与邻近两县开展行政执法案卷互查，我县共评查两县案卷80卷。\n"), "enforcement.files_reviewed");
        assertValue(extract(COUNTY + "县乡两级调解组织共调解纠纷3120件。\n"), "mediation.disputes", "3120");
        assertValue(extract(CITY + "全市11个县（市、区）共调解纠纷3.2万件。\n"), "mediation.disputes", "32000");
    }

    private static final String DISTRICT = "杭州市余杭区人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void aScienceCityOrAParkInsideADistrictAndTheCitysOwnBodiesSpeakForThemselves() {
        assertNoValue(extract(DISTRICT + "城西科创产业园全年办理政务服务事项12.6万件。\n"), "licensing.handled");
        assertNoValue(extract(DISTRICT + "紫金港科技城全年调解纠纷820件。\n"), "mediation.disputes");
        assertNoValue(extract(DISTRICT + "我市法律援助中心全年指派我区律师承办法律援助案件230件。\n"), "legal_aid.cases");
        // controls: the district's own centre, and the district as a whole
        assertValue(extract(DISTRICT + "区法律援助中心全年办理法律援助案件1412件。\n"), "legal_aid.cases", "1412");
        assertValue(extract(DISTRICT + "全区各级人民调解组织全年调解纠纷1.3万件。\n"), "mediation.disputes", "13000");
    }
}

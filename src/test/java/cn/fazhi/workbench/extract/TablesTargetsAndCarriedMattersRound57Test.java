package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;

/**
 * Round 57 (probes a, b, c, d, report r167 and round 56 f; written before these rules): tables named by a caption, by
 * the jurisdiction's own row or by the cell before, levels named together, the passive of another's inspection, an
 * aim in a later clause or an appraisal, the matter carried over a sentence that names none, cases carried over beside
 * the year's. Made-up sentences, not the helpers'.
 */
class TablesTargetsAndCarriedMattersRound57Test {
    private static final String COUNTY = "德清县人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";
    private static final String DISTRICT = "杭州市拱墅区人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";
    private static final String COUNTY_CITY = "乐清市人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void filesPickedFromTheJurisdictionByAnothersReview() {
        var x = extract(COUNTY + "（三）执法监督\n在湖州市组织的案卷交叉评查中，我县被抽取的45卷案卷优秀率达40%。\n");
        assertNoValue(x, "enforcement.files_reviewed");
        assertValue(extract(COUNTY + "（三）执法监督\n全年共抽查县级执法单位和乡镇（街道）行政处罚、行政许可案卷318卷，评出优秀案卷31卷。\n"),
                "enforcement.files_reviewed", "318");
    }

    @Test
    void theTownsCommitteesListedBesideTheOtherLevels() {
        assertValue(extract(COUNTY + "（五）人民调解\n全县12个乡镇（街道）调委会、187个村（社区）调委会和21个行业性专业性调委会共调处矛盾纠纷9630件。\n"),
                "mediation.disputes", "9630");
        assertNoValue(extract(COUNTY + "（五）人民调解\n全县12个乡镇调委会共调处矛盾纠纷2630件。\n"), "mediation.disputes");
    }

    @Test
    void anAimInALaterClauseOrAnAppraisal() {
        assertNoValue(extract(COUNTY + "（五）人民调解\n坚持和发展新时代“枫桥经验”，确保全年矛盾纠纷调解成功率稳定在98%以上。\n"),
                "mediation.success_rate");
        assertNoValue(extract(COUNTY + "（五）信访工作\n县委将信访事项按期办结率100%、调解成功率98%以上列入年度考核。\n"),
                "petitions.completion_rate");
    }

    @Test
    void aCaptionNamesTheMatterOfALoneRowsHeader() {
        var x = extract(COUNTY_CITY + "（三）行政复议\n表2 2024年行政复议案件办理情况\n收到申请（件）\t受理（件）\t审结（件）\t直接纠错率\n"
                + "512\t478\t455\t12.1%\n");
        assertValue(x, "reconsideration.received", "512");
        assertValue(x, "reconsideration.accepted", "478");
        assertValue(x, "reconsideration.concluded", "455");
        assertValue(x, "reconsideration.correction_rate", "12.1");
    }

    @Test
    void theJurisdictionsOwnRowOfATableByUnits() {
        var x = extract(COUNTY_CITY + "（二）行政应诉\n单位\t开庭（件）\t负责人出庭（件）\n市自然资源和规划局\t31\t31\n市市场监管局\t12\t12\n"
                + "……\t……\t……\n全市合计\t140\t139\n");
        assertValue(x, "litigation.heard", "140");
        assertValue(x, "litigation.head_appeared", "139");
        // in a county's report 全市 is the city above, and the county's own row its own
        assertValue(extract(COUNTY + "（二）行政应诉\n单位\t开庭（件）\t负责人出庭（件）\n德清县\t31\t31\n长兴县\t40\t39\n全市合计\t140\t139\n"),
                "litigation.heard", "31");
        var own = extract(COUNTY_CITY + "（三）行政复议\n复议机关\t收到申请（件）\t受理（件）\n乐清市人民政府\t602\t577\n"
                + "温州市人民政府（被申请人为乐清市人民政府）\t39\t35\n");
        assertValue(own, "reconsideration.received", "602");
        assertValue(own, "reconsideration.accepted", "577");
    }

    @Test
    void aHeaderCellOfAnActIsOfTheMatterBeforeIt() {
        var x = extract(DISTRICT + "（五）复议应诉\n年度\t收到复议申请（件）\t审结（件）\t行政应诉案件（件）\t败诉率\n"
                + "2024年\t860\t802\t311\t5.1%\n");
        assertValue(x, "reconsideration.concluded", "802");
        assertNoValue(x, "litigation.concluded");
        assertValue(x, "litigation.cases", "311");
    }

    @Test
    void legalAidCountedAsANumberOrGranted() {
        assertValue(extract(DISTRICT + "（七）法律援助\n2024年全区法律援助案件数为1,204件，同比增长6.1%。\n"), "legal_aid.cases", "1204");
        assertValue(extract(DISTRICT + "（七）法律援助\n全年审批给予法律援助1,188件。\n"), "legal_aid.cases", "1188");
        assertNoValue(extract(DISTRICT + "（七）法律援助\n全年办理农民工法律援助案件61件、老年人法律援助案件40件、残疾人法律援助案件19件。\n"),
                "legal_aid.cases");
    }

    @Test
    void theCasesGrantedBesideTheApplications() {
        var x = extract(DISTRICT + "（七）法律援助\n全年共受理法律援助申请1,306件，经审查决定给予法律援助1,271件，不予法律援助35件。\n");
        assertValue(x, "legal_aid.cases", "1271");
        org.junit.jupiter.api.Assertions.assertTrue(x.values().stream().noneMatch(v -> v.value().intValue() == 1306),
                x.values().toString());
    }

    @Test
    void theCityOpensThenTheDistrictsOwnShare() {
        var x = extract(DISTRICT + "（七）法律援助\n杭州市全年办理法律援助案件2.1万余件，其中拱墅区办理1,330件。\n");
        assertValue(x, "legal_aid.cases", "1330");
    }

    @Test
    void theWorkloadWithTheCarriedOverIsNoRivalOfTheIntake() {
        var x = extract(COUNTY + "（六）行政复议\n全年新收行政复议申请231件，加上2023年结转的14件，共办理复议案件245件，已审结226件。\n");
        assertValue(x, "reconsideration.received", "231");
        assertValue(x, "reconsideration.concluded", "226");
    }

    @Test
    void sinceTheLawTookEffectOnTheYearsFirstDay() {
        var x = extract(COUNTY + "（六）行政复议\n2024年1月1日新修订的行政复议法施行以来，全县共收到行政复议申请266件，受理241件。\n");
        assertValue(x, "reconsideration.received", "266");
        assertValue(x, "reconsideration.accepted", "241");
    }

    @Test
    void theMatterGoesOnOverASentenceThatNamesNone() {
        var x = extract(DISTRICT + "（五）复议应诉\n一是做强行政复议。全年区政府共收到行政复议申请930件。上半年收到申请402件。"
                + "加上上年结转的41件，全年审结888件，直接纠错率9.9%。\n");
        assertValue(x, "reconsideration.concluded", "888");
        assertValue(x, "reconsideration.correction_rate", "9.9");
    }

    @Test
    void theCourtConcludedTheJurisdictionsSuits() {
        var x = extract(COUNTY + "（二）行政应诉\n集中管辖法院全年审结以我县行政机关为被告的一审行政案件87件。\n");
        assertValue(x, "litigation.concluded", "87");
        assertValue(extract(COUNTY + "（二）行政应诉\n全年行政诉讼审结案件190件。\n"), "litigation.concluded", "190");
    }

    @Test
    void theResolutionRateBesideTheMediationSuccessRate() {
        var x = extract(COUNTY + "（五）人民调解\n全年调解矛盾纠纷5120件，调解成功率99.2%，全县矛盾纠纷化解率96.8%。\n");
        assertValue(x, "mediation.success_rate", "99.2");
    }

    @Test
    void theLevelsTogetherAndTheDepartmentsWithTheTowns() {
        assertValue(extract(DISTRICT + "（二）政务服务\n全年全区区、街道、社区三级政务服务平台共受理办结政务服务事项211.5万件。\n"),
                "licensing.handled", "2115000");
        assertValue(extract(DISTRICT + "（三）严格执法\n一是深化镇街综合行政执法改革。组织区直执法部门和8个街道交叉评查行政执法案卷共计906卷。\n"),
                "enforcement.files_reviewed", "906");
    }
}

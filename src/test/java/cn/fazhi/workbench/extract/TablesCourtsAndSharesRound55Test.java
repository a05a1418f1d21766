package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;

/**
 * Round 55 (helpers a–f, j, l; written against 543527a before these rules): a table's caption or header that carries
 * a period, a change or a target; rows of years and whole rows named by the header; the county's own court hearing its
 * own cases; totals of defendants' or instances' parts; the jurisdiction's share quoted after the city's figure; one
 * route's count; a span that tells which documents. Made-up sentences, not the helpers'.
 */
class TablesCourtsAndSharesRound55Test {
    private static final String COUNTY = "德清县人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";
    private static final String DISTRICT = "杭州市拱墅区人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void aCaptionsPeriodCoversTheWholeRow() {
        String rows = "\n批次\t评查案卷（卷）\t优秀（卷）\n第一批\t188\t52\n第二批\t203\t61\n合计\t391\t113\n";
        assertNoValue(extract(COUNTY + "（三）执法监督\n表5 全县行政执法案卷评查情况（截至2024年10月底）" + rows),
                "enforcement.files_reviewed");
        assertValue(extract(COUNTY + "（三）执法监督\n表5 2024年全县行政执法案卷评查情况" + rows), "enforcement.files_reviewed", "391");
    }

    @Test
    void aHeaderOfChangesOrTargetsGivesNoResult() {
        assertNoValue(extract(COUNTY + "（二）行政应诉\n项目\t较上年增减\n行政诉讼案件\t-17件\n行政诉讼败诉率\t-0.8个百分点\n"),
                "litigation.cases");
        assertNoValue(extract(COUNTY + "表9 2024年度重点指标任务分解\n指标\t目标值\t牵头单位\n行政机关负责人出庭应诉率\t100%\t县司法局\n"),
                "litigation.head_appearance_rate");
    }

    @Test
    void anArbitrationTablesMediationRateIsNoPeoplesMediation() {
        var x = extract(COUNTY + "（六）劳动人事争议仲裁\n表12 2024年县劳动人事争议仲裁院案件处理情况\n处理结果\n件数\n调解结案\n206\n"
                + "仲裁结案率\n96.9%\n调解成功率\n61.2%\n");
        assertValue(x, "labour_arbitration.closing_rate", "96.9");
        assertNoValue(x, "mediation.success_rate");
    }

    @Test
    void theWholeRowIsNamedByTheCaptionAndTheHeader() {
        var x = extract(COUNTY + "（五）12345热线\n表6 2024年德清县12345热线工单办理情况\n季度\t受理（件）\t办结（件）\t办结率\n"
                + "第一季度\t15211\t15140\t99.53%\n第二季度\t17302\t17210\t99.47%\n合计\t32513\t32350\t99.50%\n");
        assertValue(x, "hotline.completion_rate", "99.50");
    }

    @Test
    void theReportingYearsRowOfATableOfYears() {
        var x = extract(COUNTY + "（二）行政应诉\n表2 近三年行政诉讼案件情况\n年度\t新收案件（件）\t审结（件）\t败诉率\n"
                + "2022年\t96\t90\t6.7%\n2023年\t104\t99\t5.1%\n2024年\t88\t85\t3.5%\n");
        assertValue(x, "litigation.cases", "88");
        assertValue(x, "litigation.loss_rate", "3.5");
    }

    @Test
    void aColumnOfTheGovernmentsOwnLevelIsAPart() {
        var x = extract(COUNTY + "（二）行政应诉\n项目\t县政府本级\t全县\n行政诉讼案件（件）\t19\t112\n出庭应诉率\t100%\t97.3%\n");
        assertValue(x, "litigation.cases", "112");
        assertValue(x, "litigation.head_appearance_rate", "97.3");
    }

    @Test
    void theDefendantsSumToTheLawsuits() {
        assertValue(extract(COUNTY + "全年以县政府为被告的行政诉讼案件12件，以县直部门为被告的61件，以乡镇为被告的9件，共计82件。"),
                "litigation.cases", "82");
        assertValue(extract(COUNTY + "全年新收行政诉讼案件中，以县政府为被告的14件、以县直部门为被告的70件、以镇街为被告的11件，合计95件。"),
                "litigation.cases", "95");
    }

    @Test
    void theCountysCourtHearingTheCountysCases() {
        var x = extract(COUNTY + "全年人民法院开庭审理涉我县行政机关行政诉讼案件143件，行政机关负责人出庭应诉139件，出庭应诉率97.2%。");
        assertValue(x, "litigation.heard", "143");
        assertValue(x, "litigation.head_appeared", "139");
        var named = extract(COUNTY + "县人民法院开庭审理涉县行政机关案件121件，行政机关负责人出庭应诉121件，出庭应诉率100%。");
        assertValue(named, "litigation.head_appearance_rate", "100");
        assertNoValue(extract(COUNTY + "湖州市中级人民法院审理涉及我县行政机关的二审案件15件。"), "litigation.cases");
        assertNoValue(extract(COUNTY + "县人民法院全年受理行政案件166件，审结151件。"), "litigation.concluded");
        assertNoValue(extract(COUNTY + "县人民法院共受理以我县行政机关为被告的一审行政案件117件。"), "litigation.cases");
    }

    @Test
    void theDistrictsShareAfterTheCitysFigure() {
        assertValue(extract(DISTRICT + "全市人民调解组织全年调解矛盾纠纷19.8万件，其中我区1.41万件，占全市的7.1%。"),
                "mediation.disputes", "14100");
        assertValue(extract(DISTRICT + "全市行政复议直接纠错率为12.3%，其中我区为10.1%。"), "reconsideration.correction_rate", "10.1");
        assertNoValue(extract(DISTRICT + "全市行政复议直接纠错率为12.3%。"), "reconsideration.correction_rate");
        assertValue(extract(DISTRICT + "全市共办理法律援助案件2.96万件，其中拱墅区2318件。"), "legal_aid.cases", "2318");
        // the words after the figure say what the district's count is
        assertNoValue(extract(DISTRICT + "全市共评查行政执法案卷1180卷，我区52卷获评优秀案卷。"), "enforcement.files_reviewed");
    }

    @Test
    void thisYearsClauseAfterASpan() {
        var x = extract(COUNTY + "2021年以来累计评查行政执法案卷2900余卷，今年评查980卷。");
        assertValue(x, "enforcement.files_reviewed", "980");
        assertValue(extract(COUNTY + "对2020年以来制发的现行有效行政规范性文件81件进行全面清理，决定废止6件、修改4件。"),
                "normative_docs.repealed", "6");
        assertNoValue(extract(COUNTY + "2020年以来全县共清理规范性文件81件，废止6件。"), "normative_docs.repealed");
    }

    @Test
    void theReportingYearsLevelAfterLastYearsFigure() {
        assertValue(extract(COUNTY + "2023年全县行政诉讼案件为131件，2024年下降至104件。"), "litigation.cases", "104");
        assertValue(extract(COUNTY + "2023年全县行政复议纠错率为11.9%，2024年提高到13.2%。"), "reconsideration.correction_rate", "13.2");
    }

    @Test
    void documentsMadeThenAllFiledWithBodiesNamed() {
        assertValue(extract(COUNTY + "全年以县政府名义印发的行政规范性文件19件，均在规定时限内报湖州市人民政府和县人大常委会备案。"),
                "normative_docs.filed", "19");
    }

    @Test
    void oneRoutesCountIsAPart() {
        assertNoValue(extract(COUNTY + "县行政复议局全年接待来访咨询1100人次，网上收到复议申请152件。"), "reconsideration.received");
        assertNoValue(extract(COUNTY + "全县行政复议案件中，县行政复议局直接受理231件，通过乡镇行政复议受理点转交受理29件。"),
                "reconsideration.accepted");
        assertValue(extract(COUNTY + "县行政复议局全年直接受理行政复议申请231件。"), "reconsideration.accepted", "231");
    }

    @Test
    void anotherBodysFigureInItsOwnClauseIsNoRival() {
        assertValue(extract(COUNTY + "共评查县直部门和乡镇行政执法案卷612卷，评出优秀案卷58卷；湖州市司法局对我县抽查行政执法案卷35卷，均为合格。"),
                "enforcement.files_reviewed", "612");
        var x = extract(COUNTY + "全年审核县政府及县政府办公室行政规范性文件17件；指导县直部门开展部门文件合法性审核26件。");
        assertValue(x, "normative_docs.reviewed", "17");
    }

    @Test
    void wordsOfLawsuitsAndOfCourtAppearance() {
        var x = extract(COUNTY + "全县涉诉行政案件共计96件，审结90件，行政机关败诉3件，败诉率3.33%。");
        assertValue(x, "litigation.cases", "96");
        assertValue(x, "litigation.concluded", "90");
        assertNoValue(extract(COUNTY + "全年共排查化解涉诉信访案件31件。"), "litigation.cases");
        assertValue(extract(COUNTY + "全年全县行政机关被诉行政案件128件。法院开庭审理106件，行政机关负责人到庭应诉104件，出庭应诉率98.1%。"),
                "litigation.head_appeared", "104");
    }

    @Test
    void aRateAfterTheWholeOfLevelsWithTheirBodiesCounted() {
        var x = extract(DISTRICT + "区级行业性调解委员会调解纠纷2860件，9个街道人民调解委员会调解5120件，社区调委会调解4230件，"
                + "全区合计调解矛盾纠纷12210件，调解成功率98.8%。");
        assertValue(x, "mediation.disputes", "12210");
        assertValue(x, "mediation.success_rate", "98.8");
    }
}

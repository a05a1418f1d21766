package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;

/**
 * Rounds 108–110 (read: 108 c, 109 a, 109 c, 110 a, reports r269, r272, r273): a sum since an old reform, a table's rate column, a part's
 * row inside a table, a 其中 list a semicolon closes, the own share after a higher level's whole and its rate, the matters
 * a leader's reception assigned, a rate that points back to a kind, a caption's years over the reporting year's column,
 * every level's halls beside one hall, the hotline's number under a caption naming another hotline too. Made-up text,
 * not the probes'.
 */
class Round109Test {

    private static final String CITY = "深州市";
    private static final String COUNTY = "利津县";

    @Test
    void aSumSinceAnOldReformIsNoRivalOfTheYearsFigure() {
        var x = reportOf(COUNTY, 2024, "2024年，县政府受理行政复议案件203件；行政复议体制改革以来，累计受理行政复议案件655件。");
        assertValue(x, "reconsideration.accepted", "203");
    }

    @Test
    void aTablesRateColumnGivesEachRowsRate() {
        var x = reportOf(COUNTY, 2024, "表5 2024年全县行政应诉情况\n项目\t件数\t比率（%）\n行政诉讼案件\t131\t—\n"
                + "败诉\t8\t6.35\n负责人出庭应诉\t131\t100\n");
        assertValue(x, "litigation.cases", "131");
        assertValue(x, "litigation.loss_rate", "6.35");
        assertValue(x, "litigation.head_appearance_rate", "100");
    }

    @Test
    void aTablesRateColumnWithoutItsUnitIsNoChange() {
        var x = reportOf(COUNTY, 2024, "表5 2024年全县行政应诉情况\n项目\t数量\t比率\n行政诉讼案件（件）\t131\t—\n"
                + "败诉案件（件）\t8\t6.35%\n");
        assertValue(x, "litigation.loss_rate", "6.35");
    }

    @Test
    void aPartsRowKeepsTheTableGoing() {
        var x = reportOf(COUNTY, 2024, "表2 2024年全县政务服务主要指标\n指标\t数值\n政务服务办件量（件）\t512,304\n"
                + "其中：行政许可（件）\t28,610\n政务服务事项网办率（%）\t91.70\n");
        assertValue(x, "online_service.rate", "91.7");
        assertValue(x, "licensing.handled", "512304");
    }

    @Test
    void aQiZhongListASemicolonClosesLimitsNothingAfterIt() {
        var x = reportOf(COUNTY, 2024, "全年全县行政机关共应诉行政诉讼案件152件，其中县本级行政机关90件、镇（街道）62件；"
                + "已审结140件，败诉7件。");
        assertValue(x, "litigation.concluded", "140");
        assertValue(x, "litigation.lost", "7");
    }

    @Test
    void aKindInAClosedQiZhongListNamesNoOtherMatter() {
        var x = reportOf(CITY, 2024, "全年共收到行政复议申请171件；依法受理156件，其中涉及行政处罚类90件、政府信息公开类15件；"
                + "审结147件，直接纠错16件，直接纠错率10.88%。");
        assertValue(x, "reconsideration.concluded", "147");
        assertValue(x, "reconsideration.correction_rate", "10.88");
    }

    @Test
    void theOwnShareAfterTheHigherWholeAndItsRate() {
        var x = reportOf(COUNTY, 2024, "2024年，全市人民调解组织共调解矛盾纠纷5.12万件，调解成功率98.6%，其中我县调解4103件，"
                + "调解成功率98.83%。");
        assertValue(x, "mediation.disputes", "4103");
        assertValue(x, "mediation.success_rate", "98.83");
    }

    @Test
    void theOwnMediationIsNotTheHigherLevelsSuccess() {
        var x = reportOf(COUNTY, 2024, "2024年，全市人民调解组织共调解矛盾纠纷5.12万件，调解成功5.05万件，其中我县调解4103件。");
        assertNoValue(x, "mediation.succeeded");
    }

    @Test
    void theMattersALeadersReceptionAssignedAreNoPetitionsRate() {
        var x = reportOf(COUNTY, 2024, "全年县级领导公开接访76场次，接待群众280批次，领导接访交办事项办结率100%。");
        assertNoValue(x, "petitions.completion_rate");
    }

    @Test
    void aRateThatPointsBackToAKindIsAPart() {
        var x = reportOf(COUNTY, 2024, "2024年，县12345热线共受理群众诉求14.2万件，工单办结率99.5%。\n"
                + "全年通过热线平台受理涉及行政执法的投诉举报工单316件，均已督促整改到位，相关工单办结率100%。");
        assertValue(x, "hotline.completion_rate", "99.5");
    }

    @Test
    void aRankEarnedWithARateAfterTheCitysWholeInACountyLevelCitysReport() {
        var x = reportOf(CITY, 2024, "衡水市信访联席会议办公室通报，2024年全市信访事项按期办结率98.9%，我市以99.4%位列全市第二。");
        assertValue(x, "petitions.completion_rate", "99.4");
    }

    @Test
    void aCaptionsYearsLeaveTheReportingYearsColumnItsYear() {
        var x = reportOf(CITY, 2024, "附表3 2023年、2024年主要指标对比\n指标\t2023年\t2024年\n"
                + "12345热线办结率（%）\t98.51\t99.34\n");
        assertValue(x, "hotline.completion_rate", "99.34");
    }

    @Test
    void everyLevelsHallsAreTheWholeBesideOneHall() {
        var x = reportOf(COUNTY, 2024, "2024年，全县各级政务服务中心共办理行政许可和公共服务事项48.62万件。\n"
                + "县政务服务中心大厅全年受理办件19.75万件。");
        assertValue(x, "licensing.handled", "486200");
    }

    @Test
    void aRowNamingTheHotlinesNumberUnderACaptionNamingAnotherHotlineToo() {
        var x = reportOf(COUNTY, 2024, "附表 公共法律服务及热线主要指标\n指标\t2023年\t2024年\n"
                + "12345热线办结率（%）\t98.80\t99.46\n");
        assertValue(x, "hotline.completion_rate", "99.46");
    }

    @Test
    void anotherHotlineUnderItsOwnHeadingStaysAnother() {
        var x = reportOf(COUNTY, 2024, "（三）12348公共法律服务热线\n全年12348热线接听群众咨询1.3万人次，办结率99.2%。");
        assertNoValue(x, "hotline.completion_rate");
    }
}

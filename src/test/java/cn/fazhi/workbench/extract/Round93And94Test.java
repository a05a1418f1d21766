package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;

/**
 * Rounds 93 and 94 (read in part: 93 a, 93 c, report r239, 94 a, 94 c, report r241): a numbered table's caption heads its
 * rows only, a part's intake before its own rate, the end of a from–to phrase of the wider rate, a column of another
 * year's own figures, a city's average of its counties, a table's caption cells run into its one line, a time-bound
 * closing rate in a sentence of its own. Made-up text, not the probes'.
 */
class Round93And94Test {

    @Test
    void theProseAfterATableOfRespondentsIsNoLongerReadUnderItsCaption() {
        var x = reportOf("宁阳县", 2024, "五是发挥行政复议主渠道作用。全年，县政府共收到行政复议申请164件。\n"
                + "各被申请单位的复议案件情况如下：\n"
                + "表3 2024年部分县直部门、镇（街道）行政复议案件情况\n"
                + "被申请人 收到复议申请（件） 审结（件）\n"
                + "县市场监督管理局 38 35\n"
                + "各镇（街道） 27 25\n"
                + "（注：本表为行政复议被申请人分布情况，各单位直接纠错件数已计入全县直接纠错总数。）\n"
                + "在提升行政复议办案质量方面，我们坚持公正高效、便民为民，全面推行案前调解。\n"
                + "六是依法做好行政应诉工作。全年行政诉讼案件开庭审理77件，行政机关负责人出庭应诉76件，出庭应诉率98.7%。");
        assertValue(x, "reconsideration.received", "164");
        assertValue(x, "litigation.heard", "77");
        assertValue(x, "litigation.head_appearance_rate", "98.7");
    }

    @Test
    void aCaptionOverProseWithoutRowsStillHeadsIt() {
        var x = reportOf("宁阳县", 2024, "表3 2024年第三季度全县主要指标\n"
                + "人民调解成功率98.6%；12345热线办结率99.7%；行政复议直接纠错率9.2%；劳动人事争议仲裁结案率95.1%。");
        assertNoValue(x, "mediation.success_rate");
        assertNoValue(x, "hotline.completion_rate");
    }

    @Test
    void aPartsIntakeBeforeItsOwnRateMakesTheRateThePartsOwn() {
        var x = reportOf("宁阳县", 2024, "县12345政务服务便民热线全年受理群众诉求18.2万件，其中，通过泰安市平台转办我县工单"
                + "11.6万件，按期办结率97.9%。");
        assertNoValue(x, "hotline.completion_rate");
        var finished = reportOf("宁阳县", 2024, "县12345政务服务便民热线全年受理群众诉求18.2万件，其中办结18.1万件，办结率99.5%。");
        assertValue(finished, "hotline.completion_rate", "99.5");
        // the part after 其中 is the jurisdiction itself: its rate is its own
        var own = reportOf("宁阳县", 2024, "泰安市全市12345热线全年受理工单61.2万件，办结率99.0%，其中我县受理5.12万件，办结率99.6%。");
        assertValue(own, "hotline.completion_rate", "99.6");
        // the part after 其中 is the hotline itself among a centre's channels: its rate is the hotline's
        var channel = reportOf("宁阳县", 2024, "县网络理政中心全年受理群众诉求10.2万件（含12345热线、网络理政平台等渠道），"
                + "按期办结率99.4%；其中12345热线受理诉求7.6万件，按期办结率99.7%。");
        assertValue(channel, "hotline.completion_rate", "99.7");
        // a window's intake before the online rate named with the whole's words leaves that rate the whole's
        var online = reportOf("宁阳县", 2024, "2024年，全县政务服务办件96.5万件，其中县政务服务中心窗口受理30.2万件，政务服务事项网办率92.7%。");
        assertValue(online, "online_service.rate", "92.7");
    }

    @Test
    void theEndOfAFromToPhraseOfTheWiderRateBesideTheMediationRate() {
        var x = reportOf("宁阳县", 2024, "全县矛盾纠纷化解率由2023年的95.8%提高到97.1%，人民调解成功率达到98.9%。");
        assertValue(x, "mediation.success_rate", "98.9");
    }

    @Test
    void aColumnOfTheOwnFiguresOfAnotherYearBesideTheReportingYears() {
        var x = reportOf("宁阳县", 2024, "表4 2024年信访工作指标对比\n指标\t宁阳县\t泰安市\t2023年宁阳县\n"
                + "信访事项按期办结率（%）\t99.4\t98.8\t97.6\n信访事项参评满意率（%）\t97.2\t96.5\t95.9");
        assertValue(x, "petitions.completion_rate", "99.4");
    }

    @Test
    void theCitysAverageOfItsCountiesBesideTheOwnColumn() {
        var x = reportOf("宁阳县", 2024, "表5 2024年12345热线办理情况\n项目\t宁阳县\t泰安市各县区平均\n"
                + "受理诉求（万件）\t18.2\t25.4\n办结率（%）\t99.5\t99.0");
        assertValue(x, "hotline.completion_rate", "99.5");
    }

    @Test
    void aTableRunIntoOneLineWithItsCaptionsCellsBeforeTheHeader() {
        var x = reportOf("宁阳县", 2024, "附表\t政务服务情况\t项目\t2023年\t2024年\t办件量（万件）\t48.3\t52.6\t"
                + "网上办理率（%）\t86.2\t91.4");
        assertValue(x, "online_service.rate", "91.4");
        assertValue(x, "licensing.handled", "526000");
    }

    @Test
    void aTimeBoundClosingRateInASentenceOfItsOwnYieldsToThePlainOne() {
        var x = reportOf("宁阳县", 2024, "2024年，县劳动人事争议仲裁院受理劳动人事争议案件512件，审结498件，仲裁结案率97.27%。"
                + "仲裁院以裁决方式结案的案件中，按期结案率100%。");
        assertValue(x, "labour_arbitration.closing_rate", "97.27");
    }

    @Test
    void aMayorsMailboxNamedInAnEarlierClauseGivesItsOwnRate() {
        var x = reportOf("宁阳县", 2024, "（四）提升12345热线服务质效\n"
                + "2024年，县12345政务服务便民热线共受理群众诉求工单21.4万件，办结率99.58%，按期办结率98.7%。"
                + "同时，规范县长信箱办理工作，全年办理群众来信1860件，办结率100%。");
        assertValue(x, "hotline.completion_rate", "99.58");
    }

    @Test
    void suitsCountedAsTheTimesTheBodiesWereSued() {
        var x = reportOf("秀洲区", 2024, "全区行政机关全年共被诉131件，月均10.9件。");
        assertValue(x, "litigation.cases", "131");
    }

    @Test
    void oneWindowsOnlineRateIsTheWindowsOwn() {
        var x = reportOf("秀洲区", 2024, "区行政服务中心社保窗口全年办件5.6万件，“一网通办”率93.1%。");
        assertNoValue(x, "online_service.rate");
        var whole = reportOf("秀洲区", 2024, "全区政务服务中心全年办件71.3万件，“一网通办”率93.1%。");
        assertValue(whole, "online_service.rate", "93.1");
    }

    @Test
    void theDepartmentsRepealsPolicyDocumentsAndNotaryMattersAreNotTheGovernments() {
        var x = reportOf("禹州市", 2024, "经清理，市政府规范性文件保留86件，修改3件，废止7件。同时，对市直部门制定的规范性文件同步开展清理，"
                + "部门共废止规范性文件15件。");
        assertValue(x, "normative_docs.repealed", "7");
        var policy = reportOf("禹州市", 2024, "全年合法性审查规范性文件11件；对不属于规范性文件的一般性政策文件，审核一般性政策文件36件。");
        assertValue(policy, "normative_docs.reviewed", "11");
        var notary = reportOf("禹州市", 2024, "2024年，全市政务服务中心共办理政务服务事项58.6万件。推进公证便民服务，全年办理公证事项3100余件。");
        assertValue(notary, "licensing.handled", "586000");
    }

    @Test
    void theReportingYearsItemOfARunOfYearsNamedOnlyByTheFirst() {
        var x = reportOf("秀洲区", 2024, "2022年全区行政机关负责人出庭应诉率为94.2%，2023年为97.1%，2024年为99.3%，实现连续三年提升。");
        assertValue(x, "litigation.head_appearance_rate", "99.3");
    }

    @Test
    void theWholeYearsCountAfterTheFirstHalfsCount() {
        var x = reportOf("秀洲区", 2024, "上半年全区新收一审行政诉讼案件121件，全年共新收263件、审结249件。");
        assertValue(x, "litigation.cases", "263");
        assertValue(x, "litigation.concluded", "249");
    }
}

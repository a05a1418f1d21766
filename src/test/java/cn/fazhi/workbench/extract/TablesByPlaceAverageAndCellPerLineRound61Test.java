package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Round 60's table misses (probe file a, tuned on): a column named by the district beside the city's, a year's
 * column beside its month's average or a count since an earlier year, a bare count's column under a caption naming
 * legal aid, the ways a review was concluded summed by 合计, a channel's row named by the hotline, a unit line under
 * the heading, and tables given one cell per line. Made-up text, not the helpers'.
 */
class TablesByPlaceAverageAndCellPerLineRound61Test {
    private static final String DISTRICT = "宁波市鄞州区人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void theDistrictsColumnBesideTheCitys() {
        var x = extract(DISTRICT + "（六）行政应诉\n表3 2024年鄞州区行政应诉主要指标与全市对比\n指标\t宁波市\t鄞州区\n"
                + "新收一审行政诉讼案件（件）\t1864\t212\n行政机关负责人出庭应诉率\t99.1%\t100%\n");
        assertValue(x, "litigation.cases", "212");
        assertValue(x, "litigation.head_appearance_rate", "100");
        var city = extract(DISTRICT + "（六）行政应诉\n指标\t全市\t鄞州区\n一审败诉率\t5.12%\t3.3%\n");
        assertValue(city, "litigation.loss_rate", "3.3");
    }

    @Test
    void aNeighboursColumnIsNotOurs() {
        assertNoValue(extract(DISTRICT + "（六）行政应诉\n指标\t海曙区\t江北区\n一审败诉率\t4.1%\t3.3%\n"), "litigation.loss_rate");
    }

    @Test
    void theYearsColumnNotItsMonthlyAverageNorASpanSince() {
        var x = extract(DISTRICT + "（一）政务服务\n指标\t全年\t月均\n政务服务办件量（件）\t864210\t72018\n网办率\t88.4%\t—\n");
        assertValue(x, "licensing.handled", "864210");
        assertValue(x, "online_service.rate", "88.4");
        var since = extract(DISTRICT + "（三）矛盾纠纷化解\n项目\t2024年\t2022年以来累计\n人民调解纠纷（件）\t7310\t20544\n");
        assertValue(since, "mediation.disputes", "7310");
    }

    @Test
    void aBareCountUnderACaptionNamingLegalAid() {
        assertValue(extract(DISTRICT + "（四）法律援助\n表6 2024年法律援助案件类型分布\n案件类型\t件数\t占比\n民事\t702\t58.5%\n"
                + "刑事\t466\t38.8%\n行政\t32\t2.7%\n合计\t1200\t100%\n"), "legal_aid.cases", "1200");
    }

    @Test
    void theWaysAReviewWasConcludedSummed() {
        assertValue(extract(DISTRICT + "（五）行政复议\n审结方式\t件数（件）\n维持\t411\n驳回\t96\n调解、和解后终止\t233\n合计\t740\n"),
                "reconsideration.concluded", "740");
    }

    @Test
    void theHotlinesRowAmongChannels() {
        var x = extract(DISTRICT + "（六）诉求办理\n渠道\t受理（件）\t办结率\n12345热线\t386004\t99.52%\n区长信箱\t1822\t100%\n");
        assertValue(x, "hotline.completion_rate", "99.52");
        // the mailbox's row names no matter: its rate is no one's
        assertNoValue(extract(DISTRICT + "（六）诉求办理\n渠道\t受理（件）\t办结率\n区长信箱\t1822\t100%\n"), "hotline.completion_rate");
    }

    @Test
    void aUnitLineUnderTheHeading() {
        var x = extract(DISTRICT + "（二）规范性文件管理\n单位：件\n合法性审查\t备案\t清理废止\n44\t40\t9\n");
        assertValue(x, "normative_docs.reviewed", "44");
        assertValue(x, "normative_docs.repealed", "9");
    }

    @Test
    void tablesGivenOneCellPerLine() {
        var x = extract(DISTRICT + "（三）人民调解\n指标\n2023年\n2024年\n同比\n调解矛盾纠纷（件）\n6021\n6630\n+10.1%\n");
        assertValue(x, "mediation.disputes", "6630");
        var lone = extract(DISTRICT + "（七）信访工作\n信访事项办理情况\n受理信访件（件）\n按期办结率\n2410\n99.6%\n");
        assertValue(lone, "petitions.completion_rate", "99.6");
    }

    @Test
    void onlyTheLineBreaksInsideARowBecomeTabs() {
        String text = "（三）人民调解\n项目\n2023年\n2024年\n法律援助案件（件）\n1487\n1632\n全年工作有序推进。\n1\n2\n";
        String joined = CellPerLineTables.rejoin(text);
        assertEquals(text.length(), joined.length());
        assertEquals("（三）人民调解\n项目\t2023年\t2024年\n法律援助案件（件）\t1487\t1632\n全年工作有序推进。\n1\n2\n", joined);
        // two lone figures (page numbers) under a sentence are no row
        assertEquals("全年工作有序推进。\n3\n4\n", CellPerLineTables.rejoin("全年工作有序推进。\n3\n4\n"));
    }

    @Test
    void aRowsLastFigureIsNotJoinedToTheNextRowsFirstWord() {
        // "98" over "人民调解…": 人 is no unit of the row's last figure
        var x = extract(DISTRICT + "（五）主要指标\n指标\t2024年\t2023年\n受理行政复议申请（件）\t131\t98\n人民调解成功率\t98.7%\t98.2%\n");
        assertValue(x, "reconsideration.accepted", "131");
        assertValue(x, "mediation.success_rate", "98.7");
    }

    @Test
    void aSerialNumberAndAUnitColumnBesideTheLabel() {
        var x = extract(DISTRICT + "（五）主要指标\n序号\t指标名称\t单位\t2023年\t2024年\n1\t行政诉讼一审案件\t件\t77\t69\n"
                + "2\t行政机关负责人出庭应诉率\t%\t98.7\t100\n");
        assertValue(x, "litigation.cases", "69");
        assertValue(x, "litigation.head_appearance_rate", "100");
        assertValue(extract(DISTRICT + "（五）主要指标\n指标名称\t计量单位\t2024年\t2023年\t增减\n人民调解成功率\t%\t98.6\t98.1\t+0.5个百分点\n"),
                "mediation.success_rate", "98.6");
    }

    @Test
    void aTableWhoseCellsSpacesSetApart() {
        // a PDF's text: the spaces between cells are kept apart from the figures (no "凤凰街道1120")
        var x = extract(DISTRICT + "（三）人民调解\n表2 2024年各镇（街道）人民调解工作情况\n镇（街道） 调解纠纷（件） 调解成功率\n"
                + "凤凰街道 1120 98.6%\n姜山镇 904 99.0%\n……\n全区合计 8210 98.8%\n");
        assertValue(x, "mediation.disputes", "8210");
        assertValue(x, "mediation.success_rate", "98.8");
    }

    @Test
    void aRowsLabelTakesTheCaptionsOneMatter() {
        var x = extract(DISTRICT + "（六）行政应诉\n表4 全区行政诉讼案件情况\n指标\t2023年\t2024年\n新收一审案件（件）\t140\t126\n");
        assertValue(x, "litigation.cases", "126");
    }

    @Test
    void theTotalsColumnBesideTheGovernmentsAndTheDepartments() {
        var x = extract(DISTRICT + "（二）规范性文件管理\n表5 2024年规范性文件管理情况\n项目\t区政府\t区级部门\t合计\n"
                + "合法性审查（件）\t18\t39\t57\n");
        assertValue(x, "normative_docs.reviewed", "57");
    }

    @Test
    void aCountWithoutItsUnitUnderANameThatCounts() {
        var x = extract(DISTRICT + "（六）行政应诉\n表8 2024年行政应诉情况（按单位）\n单位\t应诉案件\t负责人出庭\t出庭应诉率\n"
                + "区自然资源和规划局\t22\t22\t100%\n其他单位\t61\t61\t100%\n全区\t83\t83\t100%\n");
        assertValue(x, "litigation.head_appeared", "83");
        // a department's own hotline is no 12345 hotline
        assertNoValue(extract(DISTRICT + "（六）诉求办理\n渠道\t受理量\t办结率\n部门服务热线\t4720\t98.1%\n区长信箱\t1822\t100%\n"),
                "hotline.completion_rate");
    }

    @Test
    void aSpacedTableWithASerialAndAUnitColumn() {
        var x = extract(DISTRICT + "（五）主要指标\n表1 鄞州区2024年法治政府建设主要指标\n序号 指标 单位 2024年\n1 行政诉讼案件数 件 97\n"
                + "2 行政诉讼败诉率 % 3.1\n");
        assertValue(x, "litigation.cases", "97");
        assertValue(x, "litigation.loss_rate", "3.1");
    }

    @Test
    void oneColumnOfFiguresGivenACellPerLine() {
        // "项目" over "件数" each on a line would be joined as one word by the normaliser; the rows are set first
        var x = extract(DISTRICT + "（五）行政复议\n表1 2024年鄞州区行政复议工作情况\n项目\n件数\n收到行政复议申请\n318\n依法受理\n290\n");
        assertValue(x, "reconsideration.received", "318");
        assertValue(x, "reconsideration.accepted", "290");
        // the evidence is the text as it was, its line breaks kept
        assertEquals("收到行政复议申请\n318", ExtractorFixture.value(x, "reconsideration.received").orElseThrow().evidence().sentence());
    }

    @Test
    void kindsOfCasesAboveTheWholeAreItsParts() {
        var x = extract(DISTRICT + "（四）法律援助\n2024年全区法律援助案件构成\n类别 件数 占比\n刑事案件 540 45.0%\n民事案件 612 51.0%\n"
                + "行政案件 48 4.0%\n合计 1200 100%\n");
        assertValue(x, "legal_aid.cases", "1200");
        // a spaced table's unit column after the figures: the unit stays with its figure
        var units = extract(DISTRICT + "（三）人民调解\n2024年人民调解工作情况表\n调解组织类别 调解纠纷数 单位\n"
                + "村（社区）人民调解委员会 7,904 件\n合计 9,310 件\n调解成功率 98.6 %\n");
        assertValue(units, "mediation.success_rate", "98.6");
    }

    @Test
    void theOwnRowOfARankingTable() {
        var x = extract(DISTRICT + "（六）行政应诉\n2024年宁波市各区（县、市）行政诉讼败诉率排名\n排名 区（县、市） 败诉率\n1 江北区 2.4%\n"
                + "2 鄞州区 3.2%\n3 海曙区 4.0%\n");
        assertValue(x, "litigation.loss_rate", "3.2");
        assertNoValue(extract(DISTRICT + "（六）行政应诉\n2024年宁波市各区（县、市）行政诉讼败诉率排名\n排名 区（县、市） 败诉率\n"
                + "1 江北区 2.4%\n3 海曙区 4.0%\n"), "litigation.loss_rate");
    }
}

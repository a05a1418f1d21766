package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;

/**
 * Round 54, wave one (helpers a–e, report r144; written against f12a5f3 before these rules): tables typed with bars
 * between their cells, a table's whole row under rows of towns, a column named by a place, short row labels whose
 * matter only the caption names; one channel's or one sub-centre's rate, a plain 办结率 beside the on-time one; totals
 * whose parts a count word or 分别 makes complete, a rate after a complete 其中 list, and a summary sentence's clauses
 * of several matters. Made-up sentences.
 */
class TablesAndChannelsRound54Test {
    private static final String COUNTY = "安吉县人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";
    private static final String DISTRICT = "杭州市西湖区人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void barsBetweenCellsReadAsATablesColumns() {
        var x = extract(COUNTY + "劳动人事争议仲裁工作情况\n指标｜2023年｜2024年\n立案受理（件）｜512｜587\n仲裁结案率｜97.3%｜98.6%\n");
        assertValue(x, "labour_arbitration.closing_rate", "98.6");
        assertNoValue(extract(COUNTY + "2025年法治政府建设重点指标（预期）\n指标名称｜2025年目标\n行政机关负责人出庭应诉率｜100%\n"),
                "litigation.head_appearance_rate");
    }

    @Test
    void aColumnOfTheCityAboveIsNotTheCountys() {
        assertNoValue(extract(COUNTY + "湖州市中级人民法院2024年行政审判白皮书摘录\n指标\t全市\n行政机关负责人出庭率\t96.7%\n"),
                "litigation.head_appearance_rate");
        var x = extract(COUNTY + "2024年行政应诉情况\n指标\t全市\t全县\n行政机关负责人出庭率\t96.7%\t98%\n");
        assertValue(x, "litigation.head_appearance_rate", "98");
    }

    @Test
    void theWholeRowUnderRowsOfTownsIsTheCountys() {
        var x = extract(COUNTY + "2024年全县人民调解工作统计\n单位\t调处纠纷（起）\t调解成功（起）\t成功率\n递铺街道\t1236\t1221\t98.8%\n"
                + "孝丰镇\t845\t839\t99.3%\n……\n全县合计\t10432\t10287\t98.6%\n");
        assertValue(x, "mediation.disputes", "10432");
        assertValue(x, "mediation.succeeded", "10287");
        // a 小计 sums only some rows
        assertNoValue(extract(COUNTY + "2024年各乡镇法律援助工作站受理情况\n工作站\t受理法律援助案件（件）\n孝丰镇\t46\n梅溪镇\t41\n小计\t87\n"),
                "legal_aid.cases");
    }

    @Test
    void shortRowLabelsTakeTheirMatterFromTheCaption() {
        var x = extract(COUNTY + "表1　2024年安吉县行政复议案件办理情况\n项目　2023年　2024年\n立案数（件）　176　207\n结案数（件）　170　199\n");
        assertValue(x, "reconsideration.accepted", "207");
        assertValue(x, "reconsideration.concluded", "199");
    }

    @Test
    void oneChannelsOrOneSubCentresRateIsNotTheWhole() {
        assertNoValue(extract(COUNTY + "网上信访事项及时受理率100%、按期办结率99.9%。\n"), "petitions.completion_rate");
        assertNoValue(extract(COUNTY + "12345热线县公安分中心全年承接工单2.3万件，按期办结率99.8%。\n"), "hotline.completion_rate");
        assertNoValue(extract(COUNTY + "县市场监管局12345热线分中心全年承办工单2.3万件，按期办结率99.6%。\n"), "hotline.completion_rate");
        assertNoValue(extract(COUNTY + "12345热线网络渠道全年受理诉求6.6万件，网络诉求办结率99.5%。\n"), "hotline.completion_rate");
        assertNoValue(extract(COUNTY + "国家信访局转送交办的信访事项87件，均已按期办结，按期办结率100%。\n"), "petitions.completion_rate");
        assertValue(extract(COUNTY + "全县信访事项及时受理率100%、按期办结率99.9%。\n"), "petitions.completion_rate", "99.9");
    }

    @Test
    void aPlainCompletionRateBesideTheOnTimeOneIsTheOtherMeasure() {
        assertValue(extract(COUNTY + "全县信访事项办结率100%，其中按期办结率98.2%，及时受理率100%。\n"),
                "petitions.completion_rate", "98.2");
        // the hotline's indicator is its plain 办结率 (docs/labelling.md); the on-time share after 其中 is a part of it
        assertValue(extract(COUNTY + "12345热线工单办结率100%，其中按期办结率99.4%。\n"), "hotline.completion_rate", "100");
    }

    @Test
    void totalsWhosePartsACountWordOrFenbieMakesComplete() {
        assertNoValue(extract(COUNTY + "人民调解组织调解纠纷7216件、行政机关开展行政调解1408件、法院诉讼调解结案1130件，三项合计9754件。\n"),
                "mediation.disputes");
        assertValue(extract(COUNTY + "县、镇街、村三级人民调解组织分别调解矛盾纠纷612件、2153件、5671件，合计8436件，调解成功8391件。\n"),
                "mediation.disputes", "8436");
        assertValue(extract(DISTRICT + "我区全年收到行政复议申请：涉及公安领域121件、市场监管领域96件、其他领域58件，共计275件。\n"),
                "reconsideration.received", "275");
    }

    @Test
    void aRateAfterACompleteQizhongListIsTheWholes() {
        var x = extract(DISTRICT + "全区共调解矛盾纠纷12468件，其中区级调解组织1032件、街道级调委会4217件、社区级调委会7219件，调解成功率98.7%。\n");
        assertValue(x, "mediation.success_rate", "98.7");
        assertNoValue(extract(DISTRICT + "全区共调解矛盾纠纷12468件，其中区级调解组织1032件、街道级调委会4217件，调解成功率98.7%。\n"),
                "mediation.success_rate");
    }

    @Test
    void aSummarysClausesEachNameTheirOwnMatter() {
        var x = extract(COUNTY + "主要数据：全年县政府收到行政复议申请318件，全县行政机关新收一审行政诉讼案件142件；"
                + "全县各级人民调解组织调解矛盾纠纷8436件，达成调解协议8391件。\n");
        assertValue(x, "mediation.disputes", "8436");
        assertValue(x, "mediation.succeeded", "8391");
        // a 格局 is no bureau
        assertValue(extract(COUNTY + "在“大调解”格局下，各级调解组织共受理各类矛盾纠纷12036件。\n"), "mediation.disputes", "12036");
    }

    @Test
    void aWordTablesCompoundHeaderCellsSayWhoseAndWhichFigures() {
        assertNoValue(extract(COUNTY + "表7 行政复议主要指标与全市对比\n指标\t全市\t全县同比\n受理行政复议案件（件）\t1862\t+24.7%\n"
                + "纠错率\t14.3%\t-0.2个百分点\n"), "reconsideration.correction_rate");
        var x = extract(COUNTY + "表37 信访工作主要指标完成情况\n指标\t全市平均\t目标值\t全县完成\n信访事项按期办结率\t97.6%\t98%\t99.3%\n");
        assertValue(x, "petitions.completion_rate", "99.3");
        var y = extract(COUNTY + "表11 重点指标目标完成情况\n指标\t目标值\t完成值\t是否达标\n负责人出庭应诉率\t100%\t100%\t是\n"
                + "行政诉讼败诉率\t≤5%\t3.9%\t是\n");
        assertValue(y, "litigation.loss_rate", "3.9");
    }

    @Test
    void aCaptionWithoutAYearNamesTheMatterOfRowsReadByYearColumns() {
        var x = extract(COUNTY + "表27 劳动人事争议案件处理情况\n项目\t2023年\t2024年\n仲裁结案率\t96.3%\t97.2%\n调解成功率\t72.1%\t74.6%\n");
        assertValue(x, "labour_arbitration.closing_rate", "97.2");
        assertNoValue(x, "mediation.success_rate");
        // a caption that names the years leaves the rows to their year columns
        assertValue(extract(COUNTY + "表6 行政诉讼案件情况（2023—2024年）\n指标 2023年 2024年\n新收行政诉讼案件（件） 101 118\n"),
                "litigation.cases", "118");
    }
}

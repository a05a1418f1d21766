package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;

/**
 * Round 105 (read: 104 c, 105 c, reports r261, r262, r263): a mediation centre with a quoted word in its name, one
 * field's disputes and their rate, a higher level's act framing the county's figure, the matter named by the heading
 * above words that repeat it later, a sentence opening inside the lost suits, the towns' centres counted together,
 * the grid's events beside the hotline, a list of parts past its first item, a defendants' table's short column names,
 * the reporting year after a span of years, a requirement on the items' share, contracts in dispute, a centre relied on
 * (read again: 102 a), the government above named as the organ of review, the towns by their joint word 镇街 (read
 * again: 83 b, 88 b). Made-up text, not the probes'.
 */
class Round105Test {

    private static final String WHOLE_MEDIATION = "全县各级人民调解组织共调解矛盾纠纷5120件，调解成功5074件，调解成功率99.1%。";

    @Test
    void aMediationCentreWithAQuotedWordInItsNameIsOneCentre() {
        var x = reportOf("微山县", 2024, WHOLE_MEDIATION
                + "县级“便民”矛盾纠纷调解中心全年登记受理各类矛盾纠纷820件，化解801件，化解率97.68%。");
        assertValue(x, "mediation.disputes", "5120");
        assertValue(x, "mediation.success_rate", "99.1");
    }

    @Test
    void oneFieldsDisputesRateIsThatFieldsToo() {
        var x = reportOf("微山县", 2024, WHOLE_MEDIATION + "全年调处物流领域纠纷430件，调解成功率98.6%。");
        assertValue(x, "mediation.success_rate", "99.1");
    }

    @Test
    void aHigherLevelsActFramingTheCountysFigureIsTheLevels() {
        var x = reportOf("微山县", 2024,
                "在全市12345热线全年受理诉求286万件、办结率99.4%的情况下，我县热线工单办结率达到99.7%。");
        assertValue(x, "hotline.completion_rate", "99.7");
    }

    @Test
    void theHeadingNamesTheMatterThatLaterWordsOnlyRepeat() {
        var x = reportOf("微山县", 2024, "（六）发挥行政复议主渠道作用\n"
                + "二是依法审查受理。对收到的188件申请，经审查依法受理171件，对属于其他复议机关管辖的5件告知申请人。");
        assertValue(x, "reconsideration.accepted", "171");
    }

    @Test
    void aSentenceOpeningInsideTheLostSuitsBreaksThemDown() {
        var x = reportOf("微山县", 2024, "全年审结行政诉讼案件76件，败诉4件。"
                + "全年行政诉讼败诉的4件案件中，县市场监管局败诉1件、镇（街道）败诉2件。");
        assertValue(x, "litigation.lost", "4");
    }

    @Test
    void theTownsCentresCountedTogetherAreTheTowns() {
        var x = reportOf("微山县", 2024, WHOLE_MEDIATION + "全县12个镇（街道）综治中心全年受理各类矛盾纠纷2310件，化解2265件。");
        assertValue(x, "mediation.disputes", "5120");
    }

    @Test
    void theGridsEventsAreNoHotlineTickets() {
        var x = reportOf("微山县", 2024, "12345热线全年受理群众诉求工单16.2万件，办结率99.6%。"
                + "全年网格员上报各类事件2.9万件，网格事件办结率达到98.1%。");
        assertValue(x, "hotline.completion_rate", "99.6");
    }

    @Test
    void aListOfPartsGoesOnPastItsFirstItem() {
        var x = reportOf("微山县", 2024, "全年共评查行政执法案卷540卷。"
                + "（注：评查案卷包括行政处罚案卷400卷、行政许可案卷90卷、行政强制及行政检查案卷50卷。）");
        assertValue(x, "enforcement.files_reviewed", "540");
    }

    @Test
    void aDefendantsTablesShortColumnNamesCountCases() {
        var x = reportOf("微山县", 2024, "全年行政诉讼案件情况如下。\n表3 2024年行政应诉案件统计\n"
                + "被告单位\t收案数\t审结数\t败诉数\t败诉率\n"
                + "县自然资源局\t18\t17\t1\t5.88%\n其他单位\t40\t36\t2\t5.56%\n合计\t58\t53\t3\t5.66%\n");
        assertValue(x, "litigation.concluded", "53");
        assertValue(x, "litigation.lost", "3");
    }

    @Test
    void theReportingYearAfterASpanOfYearsIsThatYears() {
        var x = reportOf("微山县", 2024, "2022年至2024年，全县累计评查行政执法案卷1210卷，其中2024年评查436卷。");
        assertValue(x, "enforcement.files_reviewed", "436");
    }

    @Test
    void aRequirementOnTheItemsShareSetsTheOtherMeasureApart() {
        var x = reportOf("微山县", 2024,
                "按照上级要求，依申请政务服务事项网上可办率应达到100%，我县全年政务服务网办率达到93.1%。");
        assertValue(x, "online_service.rate", "93.1");
    }

    @Test
    void contractsInDisputeAreOneKind() {
        var x = reportOf("微山县", 2024, WHOLE_MEDIATION + "全年协调处理政府合同履行纠纷7起。");
        assertValue(x, "mediation.disputes", "5120");
        var alone = reportOf("微山县", 2024, "全年协调处理政府合同履行纠纷7起。");
        assertNoValue(alone, "mediation.disputes");
    }

    @Test
    void aCentreReliedOnInAClauseOfItsOwnIsTheMeansNotTheSubject() {
        var x = reportOf("微山县", 2024, "依托县社会治理综合服务中心一站式受理、联动调处，全年矛盾纠纷化解率达97.2%，人民调解成功率98.9%。");
        assertValue(x, "mediation.success_rate", "98.9");
        var own = reportOf("微山县", 2024, "县社会治理综合服务中心全年调解矛盾纠纷806件，人民调解成功率98.9%。");
        assertNoValue(own, "mediation.success_rate");
    }

    @Test
    void theGovernmentAboveNamedAsTheOrganDecidesCasesThatAreNotTheDistrictsOwn() {
        var x = reportOf("杭州市西湖区", 2024, "对杭州市人民政府作为复议机关办理的涉我区行政复议案件，区政府全年按时提交答复材料31件，"
                + "经市政府审结28件，维持24件、纠错4件，纠错率14.3%。");
        assertNoValue(x, "reconsideration.concluded");
        assertNoValue(x, "reconsideration.correction_rate");
        var own = reportOf("杭州市西湖区", 2024, "区政府作为复议机关全年审结行政复议案件124件，纠错13件，纠错率10.5%。");
        assertValue(own, "reconsideration.correction_rate", "10.5");
    }

    @Test
    void theTownsByTheirJointWordAreTheTowns() {
        var x = reportOf("杭州市西湖区", 2024, "在全区案卷评查中，镇街综合行政执法案卷共评查130卷，发现问题案卷19卷。");
        assertNoValue(x, "enforcement.files_reviewed");
        var table = reportOf("杭州市西湖区", 2024, "表3 2024年全区人民调解情况（按镇街）\n镇街\t调解纠纷（件）\t调解成功（件）\n"
                + "北山街道\t604\t601\n三墩镇\t1192\t1186\n全区合计\t5436\t5398\n");
        assertValue(table, "mediation.disputes", "5436");
    }
}

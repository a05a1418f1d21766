package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;

/**
 * Round 53, second wave (helpers j, k, n and o, blind): one kind's rate, two matters counted together, all the matters
 * a legality review counted, a 苏木 in a banner's report, a bare rate after the whole that follows its towns. Made-up
 * sentences.
 */
class KindsAndPlacesRound53Test {
    private static final String COUNTY = "安吉县人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";
    private static final String BANNER = "准格尔旗人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void aBareRateAfterOneKindsCountIsThatKinds() {
        assertNoValue(extract(COUNTY + "涉及欠薪的劳动争议仲裁案件412件，占受理总数的36.3%，结案率97.8%。\n"),
                "labour_arbitration.closing_rate");
        assertValue(extract(COUNTY + "县劳动人事争议仲裁院全年受理劳动争议案件418件，结案405件，结案率96.9%。\n"),
                "labour_arbitration.closing_rate", "96.9");
    }

    @Test
    void twoMattersCountedTogetherAreNeithers() {
        assertNoValue(extract(COUNTY + "全年法律援助和人民调解案件共计9031件，较上年增长5.2%。\n"), "mediation.disputes");
    }

    @Test
    void aLegalityReviewsCountOfAllMattersIsNotTheDocuments() {
        var x = extract(COUNTY + "（三）规范性文件\n1. 全年县司法局共开展合法性审查112件，其中行政规范性文件17件、重大行政决策事项9件、"
                + "行政合同及其他文件86件，提出修改意见243条。\n");
        assertValue(x, "normative_docs.reviewed", "17");
    }

    @Test
    void aSumuOpeningTheSentenceSpeaksForItself() {
        assertNoValue(extract(BANNER + "布尔陶亥苏木坚持“枫桥经验”，全年调处矛盾纠纷126件，调解成功124件，调解成功率98.4%。\n"),
                "mediation.disputes");
    }

    @Test
    void aBareRateAfterTheWholeThatFollowsItsTownsIsTheWholes() {
        var x = extract(COUNTY + "递铺街道调处矛盾纠纷612件、孝丰镇487件、天荒坪镇355件，其余12个乡镇（街道）共计1988件，"
                + "全县合计调处矛盾纠纷3442件，调解成功3398件，调解成功率98.7%。\n");
        assertValue(x, "mediation.success_rate", "98.7");
        // the rate right after a town's own count stays the town's
        assertNoValue(extract(COUNTY + "全县调解纠纷8000件，城关镇调解纠纷1200件，调解成功率98%。\n"), "mediation.success_rate");
    }

    @Test
    void aThresholdThatPicksUnitsOrOpensAConditionIsNoResult() {
        assertNoValue(extract(COUNTY + "对负责人出庭应诉率低于95%或行政诉讼败诉率高于10%的单位，由县委依法治县办约谈其主要负责人。\n"),
                "litigation.head_appearance_rate");
        assertNoValue(extract(COUNTY + "如热线工单办结率连续两个月低于95%，将对承办单位启动督办问责程序。\n"), "hotline.completion_rate");
        assertNoValue(extract(COUNTY + "对调解成功率低于95%的村（社区）调委会，由县司法局实行挂牌督导。\n"), "mediation.success_rate");
        assertNoValue(extract(COUNTY + "预计到年底，12345热线工单办结率可达99%以上，群众满意率达到95%。\n"), "hotline.completion_rate");
    }

    @Test
    void aCountWithTheCasesCarriedOverOrAKindsBareRateOrTheCentreBesideTheTownsIsNoWhole() {
        assertNoValue(extract(COUNTY + "全县行政应诉案件收案105件（其中新收94件、旧存11件），结案89件，败诉6件。\n"), "litigation.cases");
        assertNoValue(extract(COUNTY + "在审结的210件复议案件中，涉及征地拆迁的57件，纠错率15.8%。\n"), "reconsideration.correction_rate");
        assertNoValue(extract(COUNTY + "县法律援助中心办理案件1037件，各乡镇法律援助工作站办理228件。\n"), "legal_aid.cases");
        assertValue(extract(COUNTY + "县法律援助中心全年办理法律援助案件918件。\n"), "legal_aid.cases", "918");
    }

    @Test
    void figuresAfterBodiesListedWithRespectivelyAreEachBodys() {
        assertNoValue(extract(COUNTY + "县人民调解委员会、乡镇（街道）人民调解委员会和村（社区）人民调解委员会全年分别调解纠纷412件、"
                + "2836件和4187件。\n"), "mediation.disputes");
        // matters listed before 分别 keep their own wholes
        assertValue(extract(COUNTY + "办理行政复议案件86件、行政应诉案件52件，分别审结72件、46件。\n"), "litigation.concluded", "46");
    }
}

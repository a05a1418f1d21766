package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.number;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;

/**
 * Other places and other periods that red-team round 17 (tools/probes/redteam-round17-bodies-places.txt and the whole
 * reports r53–r56) found accepted as the jurisdiction's values; and the wordings next to them that stay values. The
 * fixture's report is 通山县's of 2022.
 */
class BodiesPlacesRound17Test {

    @Test
    void aTownNamedByItsShortNameAloneIsNotTheCounty() {
        suggested("西塘全年调解矛盾纠纷620件，调解成功率99.6%。", "mediation.disputes");
        suggested("孝丰全年调解矛盾纠纷420件，调解成功418件。", "mediation.succeeded");
        suggested("长街今年以来共调处矛盾纠纷530件。", "mediation.disputes");
        suggested("天子湖全年共调解矛盾纠纷260件。", "mediation.disputes");
        suggested("嘉兴全年调解矛盾纠纷5200件。", "mediation.disputes");
        // the report's own city by its short name (咸宁 above 通山县), though it ends in 州 elsewhere (湖州, 台州)
        suggested("咸宁全年调解矛盾纠纷52000件。", "mediation.disputes");
        suggested("台州全年调解矛盾纠纷52000件。", "mediation.disputes");
        aValue("县政府全年共收到行政复议申请186件。", "reconsideration.received");
        // the county's own short name, the county's words and common openers stay the county's
        aValue("通山全年调解矛盾纠纷5860件，调解成功5812件。", "mediation.disputes");
        aValue("全县全年调解矛盾纠纷5860件，调解成功5812件。", "mediation.disputes");
        aValue("同时全年调解矛盾纠纷5860件，调解成功5812件。", "mediation.disputes");
        // the county's whole in the sentence before no longer competes with the town's
        var x = report("全县各级人民调解组织共调解矛盾纠纷7860件，调解成功7792件。西塘全年调解矛盾纠纷620件，调解成功率99.6%。");
        assertEquals(7860, number(x, "mediation.disputes").intValue(), describe(x.values()));
        assertTrue(value(x, "mediation.success_rate").map(v -> v.value().doubleValue() != 99.6).orElse(true),
                describe(x.values()));
    }

    @Test
    void aResortOrAnotherKindOfZoneInsideTheCountyIsNotTheCounty() {
        suggested("灵峰旅游度假区全年调解纠纷210件，调解成功208件。", "mediation.disputes");
        notAValue("九宫山风景名胜区全年办理政务服务事项1.2万件。", "licensing.handled");
    }

    @Test
    void theTownsLevelOfTheCountyIsOnlyTheTowns() {
        notAValue("全县乡镇（街道）层面共调解矛盾纠纷4320件。", "mediation.disputes");
        aValue("全县各级人民调解组织共调解矛盾纠纷5860件。", "mediation.disputes");
    }

    @Test
    void aYearWrittenInChineseNumeralsDatesTheFigure() {
        notAValue("二〇二一年，全县共调解矛盾纠纷5120件。", "mediation.disputes");
        notAValue("二〇二一年度全县行政诉讼败诉率为6.1%。", "litigation.loss_rate");
        aValue("二〇二二年，全县共调解矛盾纠纷5860件。", "mediation.disputes");
        aValue("二零二二年全县行政诉讼败诉率为4.2%。", "litigation.loss_rate");
    }

    @Test
    void sinceALaterYearIsTheNextYearSoFar() {
        notAValue("2023年以来，我县已收到行政复议申请26件。", "reconsideration.received");
        aValue("2022年以来，全县共收到行政复议申请186件。", "reconsideration.received");
    }

    @Test
    void aLookBackAtThePreviousYearOrItsEndIsThePreviousYear() {
        notAValue("回顾2021年，全县共调解矛盾纠纷5120件。", "mediation.disputes");
        notAValue("截至2021年底，全县共办理法律援助案件1100件。", "legal_aid.cases");
        aValue("截至2022年底，全县共办理法律援助案件1260件。", "legal_aid.cases");
    }

    @Test
    void theFirstMonthsOfTheYearAreAPartOfIt() {
        notAValue("今年前10个月，全县共调解矛盾纠纷4820件。", "mediation.disputes");
        notAValue("前八个月，全县办理法律援助案件760件。", "legal_aid.cases");
        aValue("今年以来，全县共调解矛盾纠纷5860件。", "mediation.disputes");
    }
}

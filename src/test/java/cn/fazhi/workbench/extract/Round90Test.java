package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.reportOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Round 90 (read in part: a and report r234): a county-level city's report addressed to the city above and full of
 * its work, a rate told again at the end of a from-to, the towns and streets named without 各, filing done as
 * required, another app's rate after the hotline's, a caption whose table number ends in a tab. Made-up text, not
 * the probes'.
 */
class Round90Test {

    @Test
    void theTitlesCountyLevelCityNotTheCityItReportsTo() {
        var x = extract("都江堰市人民政府关于2024年度法治政府建设情况的报告\n成都市人民政府：\n"
                + "2024年，在成都市委、成都市政府的领导下，我市认真落实成都市法治政府建设工作部署。成都市司法局、成都市中级人民法院"
                + "给予了指导。成都市全年办理法律援助案件3.1万件。\n一、主要举措和成效\n全年全市办理法律援助案件980件。\n");
        assertEquals("都江堰市", x.metadata().jurisdiction().name());
        assertValue(x, "legal_aid.cases", "980");
        var signed = extract("关于2024年度法治政府建设情况的报告\n成都市人民政府：\n"
                + "2024年，在成都市委、成都市政府的领导下，我市认真落实成都市法治政府建设工作部署。成都市司法局、成都市中级人民法院"
                + "给予了指导。成都市全年办理法律援助案件3.1万件。\n一、主要举措和成效\n全年全市办理法律援助案件980件。\n"
                + "都江堰市人民政府\n2025年2月20日\n");
        assertEquals("都江堰市", signed.metadata().jurisdiction().name());
    }

    @Test
    void aRateToldAgainAtTheEndOfAFromToIsNoSecondPiece() {
        var x = reportOf("都江堰市", 2024, "全年审结行政诉讼案件120件，其中行政机关败诉8件，败诉率6.67%，败诉率由2023年的9.1%下降至6.67%。");
        assertValue(x, "litigation.loss_rate", "6.67");
    }

    @Test
    void theTownsAndStreetsNamedWithoutAll() {
        var x = reportOf("都江堰市", 2024, "全年镇（街道）受理点接收法律援助申请260件，统一转交市法律援助中心。");
        assertNoValue(x, "legal_aid.cases");
    }

    @Test
    void filingDoneAsRequiredIsAResult() {
        var x = reportOf("都江堰市", 2024, "市政府按要求报送成都市人民政府和市人大常委会备案规范性文件14件。");
        assertValue(x, "normative_docs.filed", "14");
        var required = reportOf("都江堰市", 2024, "上级要求规范性文件备案率达到100%。");
        assertNoValue(required, "normative_docs.filed");
    }

    @Test
    void anotherAppsRateAfterTheHotlinesSemicolon() {
        var x = reportOf("都江堰市", 2024, "12345热线工单办结率99.5%；“天府通办”APP留言办结率96.9%。");
        assertValue(x, "hotline.completion_rate", "99.5");
    }

    @Test
    void aCaptionWhoseTableNumberEndsInATab() {
        var x = reportOf("都江堰市", 2024, "附表1\t2024年行政复议案件情况统计表\n地区\t收到申请（件）\t受理（件）\t审结（件）\n"
                + "成都市\t4812\t4390\t4105\n都江堰市\t166\t152\t149");
        assertValue(x, "reconsideration.received", "166");
        assertValue(x, "reconsideration.accepted", "152");
    }

    @Test
    void theYearsListedAfterFromAreAllOfTheStart() {
        var x = reportOf("都江堰市", 2024, "全市行政机关败诉率由2022年的11.4%、2023年的9.2%降至7.35%。");
        assertValue(x, "litigation.loss_rate", "7.35");
        var reached = reportOf("都江堰市", 2024, "全市行政机关败诉率由2022年的11.4%降至2023年的9.2%。");
        assertNoValue(reached, "litigation.loss_rate");
    }

    @Test
    void theOwnRateRightAfterTheLevelAbovesAverage() {
        var x = reportOf("仁怀市", 2024, "在遵义市2024年度法治建设考评通报中，全市行政诉讼一审败诉率平均为8.3%，我市为6.45%。");
        assertValue(x, "litigation.loss_rate", "6.45");
        var otherYear = reportOf("仁怀市", 2024, "2023年，全市行政诉讼一审败诉率平均为8.3%，我市为6.45%。");
        assertNoValue(otherYear, "litigation.loss_rate");
    }

    @Test
    void theOwnPlacesColumnBesideAnotherYearsColumn() {
        var x = reportOf("宁国市", 2024, "表2  政务服务网办情况\n指标\t宁国市\t宣城市\t2023年宁国市\n政务服务网上办理率\t92.8%\t91.1%\t87.9%");
        assertValue(x, "online_service.rate", "92.8");
        var captionYear = reportOf("宁国市", 2024, "表2  2023年政务服务网办情况\n指标\t宁国市\t宣城市\n政务服务网上办理率\t92.8%\t91.1%");
        assertNoValue(captionYear, "online_service.rate");
    }

    @Test
    void theOwnCountRightAfterTheRegionsWithTheSameAct() {
        var x = reportOf("桂平市", 2024, "全区法律援助机构2024年共组织办理法律援助案件7.6万件，我市办理1265件，同比增长8.7%。");
        assertValue(x, "legal_aid.cases", "1265");
        var anotherAct = reportOf("宿松县", 2024, "市法律援助中心办理法律援助案件3000件，我县受理120件。");
        assertNoValue(anotherAct, "legal_aid.cases");
    }

    @Test
    void aCaptionNamingTheOwnPlaceAndTheMatterOverItsTotal() {
        var x = reportOf("丹阳市", 2024, "表3 2024年丹阳市人民调解案件统计\n全市合计8876件，其中云阳街道1120件、曲阿街道902件。");
        assertValue(x, "mediation.disputes", "8876");
        var theCityAbove = reportOf("丹阳市", 2024, "表3 2024年镇江市人民调解案件统计\n全市合计38876件。");
        assertNoValue(theCityAbove, "mediation.disputes");
    }
}

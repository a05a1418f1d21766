package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 49 (lead; tools/probes/redteam-round49-lead[-b|-c]-county.tsv, blind batches in a county's report): the towns
 * of the whole county (全县乡镇（街道）…), the villages and their legal advisers (村（社区）, 村居), and the online portal
 * (“一网通办”办件量) are parts of the county's figure; the towns and villages named together with each other or with
 * the county's level stay the whole.
 */
class TownsVillagesChannelsRound49Test {

    private static ReportExtractor.Extraction in(String sentence) {
        return extract("安吉县人民政府2023年度法治政府建设情况报告\n一、主要举措和成效\n" + sentence + "\n");
    }

    private static void noValue(String sentence, String code) {
        var x = in(sentence);
        assertTrue(value(x, code).isEmpty(), sentence + " → " + describe(x.values()));
    }

    @Test
    void theTownsOfTheWholeCountyAreStillOnlyTheTowns() {
        noValue("全县乡镇（街道）共调解矛盾纠纷3260件。", "mediation.disputes");
        noValue("全县乡镇调解组织共调解矛盾纠纷3260件。", "mediation.disputes");
        noValue("全县乡镇政府行政诉讼案件66件。", "litigation.cases");
        noValue("全县乡镇（街道）司法所共调解矛盾纠纷2130件。", "mediation.disputes");
        // named beside the villages or the county's level they are all of them
        assertValue(in("全县乡镇（街道）调解组织与村（社区）调委会共调解矛盾纠纷5623件。"), "mediation.disputes", "5623");
        assertValue(in("全县乡镇（街道）和村（社区）两级调解组织调解矛盾纠纷5623件。"), "mediation.disputes", "5623");
        assertValue(in("全县县、乡、村三级调解组织调解矛盾纠纷5623件。"), "mediation.disputes", "5623");
    }

    @Test
    void aDistrictsStreetsAndCommunitiesAreAPart() {
        String title = "杭州市西湖区人民政府2023年度法治政府建设情况报告\n一、主要举措和成效\n";
        for (String s : new String[]{"全区街道共调解矛盾纠纷3260件。", "全区社区调委会调解纠纷2860件。", "全区镇街共收到行政复议申请36件。"}) {
            var x = extract(title + s + "\n");
            assertTrue(x.values().stream().noneMatch(v -> v.indicator().startsWith("mediation.disputes")
                    || v.indicator().equals("reconsideration.received")), s + " → " + describe(x.values()));
        }
        var x = extract(title + "全区街道行政诉讼案件26件，败诉2件。\n");
        assertTrue(value(x, "litigation.cases").isEmpty(), describe(x.values()));
        assertValue(extract(title + "全区街道、社区两级调解组织共调解矛盾纠纷5623件。\n"), "mediation.disputes", "5623");
        assertValue(extract(title + "全区共发生行政诉讼案件144件，其中街道26件。\n"), "litigation.cases", "144");
    }

    @Test
    void theVillagesAndTheirAdvisersAreAPart() {
        noValue("全县村（社区）法律顾问全年办理法律援助案件86件。", "legal_aid.cases");
        noValue("全县各村（社区）共办理法律援助案件36件。", "legal_aid.cases");
        noValue("全县各村居法律顾问提供法律咨询3260人次，办理法律援助案件126件。", "legal_aid.cases");
        assertValue(in("全年共办理法律援助案件1286件，其中为村（社区）群众办理623件。"), "legal_aid.cases", "1286");
        // the villages' coverage first, then a clause with a subject of its own or the whole county
        assertValue(in("全县村居法律顾问实现全覆盖，县法律援助中心全年共办理法律援助案件1286件。"), "legal_aid.cases", "1286");
        assertValue(in("全县各村（社区）均配备法律顾问，全年全县共办理法律援助案件1286件。"), "legal_aid.cases", "1286");
        assertValue(in("全县乡镇（街道）调解组织实现全覆盖，全年共调解矛盾纠纷5623件。"), "mediation.disputes", "5623");
    }

    @Test
    void theOnlinePortalsCountIsOneChannel() {
        noValue("全年“一网通办”办件量52.6万件。", "licensing.handled");
        assertValue(in("全县行政审批服务局全年办理行政许可事项12856件，其中“一网通办”办件9865件。"), "licensing.handled", "12856");
    }
}

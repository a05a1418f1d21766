package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.number;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lawsuit figures that are not the jurisdiction's whole one-year count, found by the made-up probes of
 * tools/probes/redteam-round15-lawsuits.txt and the whole reports r41–r46 (branch redteam5): one stage of the suits
 * beside the other, a court's cases about the county, the government's own heads in court, suits where the
 * government is a third party or settled through one mechanism, suits lost in one field or on one ground, the
 * government's suits beside the other groups of defendants, the acts after a 其中 that names one group, and a count
 * of appearances derived from a rate over all the suits; and the wordings beside them that stay values.
 */
class LawsuitTrapsTest {

    @Test
    void theFirstInstanceBesideTheSecondIsOneStage() {
        suggested("全县行政诉讼一审案件118件，二审案件36件。", "litigation.cases");
        suggested("全县审结一审行政诉讼案件72件，二审行政诉讼案件18件。", "litigation.concluded");
        notAValue("2023年，县政府被诉的一审行政案件32件，二审行政案件11件。", "litigation.cases");
        // a 、 between the two stages' figures is the list's separator, not "一审、二审" (both)
        suggested("全县行政诉讼一审收案212件、二审收案46件，审结一审案件198件。", "litigation.cases");
        suggested("全县行政诉讼一审案件118件和二审案件36件。", "litigation.cases");
        aValue("全县一审、二审行政诉讼案件186件。", "litigation.cases");
        // the first instance alone, both instances named together, or the stages after their whole
        aValue("全县一审行政诉讼案件186件。", "litigation.cases");
        aValue("全县一、二审行政诉讼案件共186件，审结172件。", "litigation.cases");
        var x = report("全县行政诉讼案件203件，一审183件，二审20件。");
        assertEquals(203, number(x, "litigation.cases").intValue(), describe(x.values()));
        // what was lost in the first instance is how reports give the suits lost, beside the second's or not
        aValue("全县行政诉讼一审败诉率为6.5%，二审改判率为3.2%。", "litigation.loss_rate");
        var y = report("全县收到一审行政诉讼案件318件，二审案件86件，合计404件；审结一审案件296件，败诉13件，败诉率4.4%。");
        assertEquals(13, number(y, "litigation.lost").intValue(), describe(y.values()));
    }

    @Test
    void theCasesOfACourtAboutTheCountyAreTheCourts() {
        suggested("县人民法院共受理以我县行政机关为被告的一审行政案件132件。", "litigation.cases");
        notAValue("县人民法院行政审判庭对涉及我县的行政案件进行集中审理，全年审结312件。", "litigation.concluded");
        // the sentence turning to the county's own organs after the court
        aValue("县人民法院依法公开审理行政案件，全县行政机关负责人出庭应诉168件次，出庭应诉率100%。",
                "litigation.head_appearance_rate");
        // the court only as the source of the county's figure
        aValue("据县法院统计，全年以我县行政机关为被告的一审行政诉讼案件86件。", "litigation.cases");
    }

    @Test
    void theGovernmentsOwnHeadsOrTheCountysLeadersAreAPart() {
        notAValue("以县政府为被告的行政诉讼案件42件，县政府负责人出庭应诉5件。", "litigation.head_appeared");
        var x = report("全县行政机关负责人出庭应诉326件次，出庭应诉率100%；县长出庭应诉2次。");
        assertEquals(326, number(x, "litigation.head_appeared").intValue(), describe(x.values()));
        // the county's leading cadres are all the heads
        aValue("全县领导干部出庭应诉168件次，行政机关负责人出庭应诉率100%。", "litigation.head_appearance_rate");
    }

    @Test
    void suitsBesideTheGovernmentAsDefendantAreNotItsLawsuits() {
        suggested("县政府作为第三人参加行政诉讼案件5件。", "litigation.cases");
        // suits resolved (化解) are a part: since round 18 the catalogue reads no lawsuit count there at all
        notAValue("府院联席会议共协调化解行政诉讼案件18件。", "litigation.cases");
        aValue("以县政府为被告的行政诉讼案件38件。", "litigation.cases");
    }

    @Test
    void suitsABureauHelpsWithOrThatAreNotConcludedAreNotTheLawsuits() {
        suggested("司法局协助办理行政诉讼案件46件。", "litigation.cases");
        suggested("指导县级部门办理行政应诉案件42件。", "litigation.cases");
        suggested("审核行政应诉案件答辩材料132件。", "litigation.cases");
        suggested("行政诉讼案件未结15件。", "litigation.cases");
        aValue("指导全县各行政机关办理行政诉讼案件203件。", "litigation.cases");
        suggested("县司法局参与行政诉讼案件36件。", "litigation.cases");
        notAValue("县政府法律顾问全年办结行政诉讼案件42件。", "litigation.concluded");
    }

    @Test
    void suitsConcludedOneWayOrCountedWithReconsiderationsAreNotTheConcluded() {
        notAValue("全县行政诉讼案件中调解结案32件，判决结案86件。", "litigation.concluded");
        notAValue("全年审结行政复议和行政诉讼案件312件。", "litigation.concluded");
        notAValue("全年共办结行政复议、行政应诉案件312件。", "litigation.concluded");
        var x = report("全年行政诉讼案件结案186件，其中调解撤诉结案64件。");
        assertEquals(186, number(x, "litigation.concluded").intValue(), describe(x.values()));
        var y = report("全县行政复议和行政诉讼案件共计206件，其中行政诉讼案件120件，审结行政诉讼案件112件。");
        assertEquals(112, number(y, "litigation.concluded").intValue(), describe(y.values()));
        var z = report("全县行政诉讼案件审结188件，未结15件。");
        assertEquals(188, number(z, "litigation.concluded").intValue(), describe(z.values()));
    }

    @Test
    void suitsLostInOneFieldOrOnOneGroundAreAPart() {
        suggested("全县行政诉讼案件中，涉及市场监管领域的败诉2件。", "litigation.lost");
        suggested("行政机关败诉案件中，因程序违法败诉4件。", "litigation.lost");
        aValue("被诉行政行为被撤销、确认违法等败诉案件10件。", "litigation.lost");
        aValue("全县行政诉讼案件败诉12件，其中一审败诉9件。", "litigation.lost");
    }

    @Test
    void theGovernmentBesideTheOtherGroupsOfDefendantsIsAPart() {
        notAValue("县政府作为被告的行政诉讼案件38件，县级部门作为被告的案件126件，乡镇（街道）作为被告的案件39件。",
                "litigation.cases");
        // the paragraph goes on to the suits of all the organs: theirs is the whole
        var x = report("以县政府为被告的行政诉讼案件42件，县政府负责人出庭应诉5件。全县行政机关作为被告的行政诉讼案件共136件，"
                + "其中县政府42件、县级部门71件、镇（街道）23件；审结128件，败诉5件。");
        assertEquals(136, number(x, "litigation.cases").intValue(), describe(x.values()));
        // the government's suits alone, or a later sentence without a figure of all the organs', stay the value
        var y = report("以县政府为被告的行政诉讼案件42件，败诉1件。全县行政机关行政诉讼案件数量同比下降。");
        assertEquals(42, number(y, "litigation.cases").intValue(), describe(y.values()));
    }

    @Test
    void actsAfterAQiZhongThatNamesOneGroupMayBeThatGroups() {
        var x = report("全县行政诉讼案件96件，其中以县政府为被告的32件，败诉1件，败诉率3.1%。");
        assertEquals(96, number(x, "litigation.cases").intValue(), describe(x.values()));
        assertTrue(value(x, "litigation.lost").isEmpty(), describe(x.values()));
        assertTrue(value(x, "litigation.loss_rate").isEmpty(), describe(x.values()));
        // no group named after 其中: the acts are the whole's
        var y = report("全县行政诉讼案件96件，其中一审82件，败诉1件。");
        assertEquals(1, number(y, "litigation.lost").intValue(), describe(y.values()));
    }

    @Test
    void theActsAfterABracketedListAreTheWholesNotTheLastPartsOfIt() {
        var x = report("全县行政诉讼案件399件（一审312件、二审87件），败诉17件，败诉率4.3%。");
        assertEquals(399, number(x, "litigation.cases").intValue(), describe(x.values()));
        assertEquals(17, number(x, "litigation.lost").intValue(), describe(x.values()));
    }

    @Test
    void aNewZoneOfACityIsOnePlaceOfIt() {
        var x = ExtractorFixture.extract("湖州市2023年度法治政府建设情况报告\n一、主要举措和成效\n"
                + "南太湖新区行政诉讼案件56件。\n全市行政诉讼案件1086件，败诉42件。\n二、存在的问题\n执法力量不足。\n");
        assertEquals(1086, number(x, "litigation.cases").intValue(), describe(x.values()));
        var zone = ExtractorFixture.extract("湖州市2023年度法治政府建设情况报告\n一、主要举措和成效\n"
                + "南太湖新区行政诉讼案件56件。\n二、存在的问题\n执法力量不足。\n");
        assertTrue(value(zone, "litigation.cases").isEmpty(), describe(zone.values()));
        assertTrue(zone.suggestions().stream().anyMatch(v -> v.indicator().equals("litigation.cases")
                && v.flags().contains("sub_unit")), describe(zone.suggestions()));
    }

    @Test
    void noAppearancesAreDerivedFromARateOverAllTheSuits() {
        var x = report("县政府及其部门作为被告的行政诉讼案件共64件，审结58件，败诉2件，行政机关负责人出庭应诉率100%。");
        assertEquals(64, number(x, "litigation.cases").intValue(), describe(x.values()));
        assertTrue(value(x, "litigation.head_appeared").isEmpty(), describe(x.values()));
        // over the cases heard in court they are
        var y = report("以县政府为被告的行政应诉案件79件，其中已开庭审理75件，行政机关负责人出庭率100%。");
        assertEquals(75, number(y, "litigation.head_appeared").intValue(), describe(y.values()));
    }
}

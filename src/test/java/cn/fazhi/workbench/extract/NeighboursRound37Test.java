package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;

/**
 * Red-team round 37 (tools/probes/redteam-round37-part*.txt): blind batches of WHICH PART, WHOSE and WHERE traps in
 * report sentences — a kind named by 以…为主/为…类型的 or 类型为…的 before the noun, one issuer's documents, 涉 and a
 * matter before documents or items, the city's and the province's organs and levels, a figure framed as one of the
 * city's, subjects listed before 分别. Each trap with a control whose figure is the county's whole-year value.
 */
class NeighboursRound37Test {

    private static void notAValue(String sentence, String indicator) {
        assertNoValue(report(sentence), indicator);
    }

    @Test
    void theKindATotalIsMostlyMadeOfNamedBeforeTheNounIsAPart() {
        notAValue("以行政处罚为主要争议类型的复议申请98件。", "reconsideration.received");
        notAValue("以行政处罚为主要争议的复议申请98件。", "reconsideration.received");
        notAValue("以信息公开为主要类型的行政诉讼案件21件。", "litigation.cases");
        notAValue("主要争议类型为行政处罚的复议申请98件。", "reconsideration.received");
        notAValue("争议焦点为补偿标准的复议申请26件。", "reconsideration.received");
        notAValue("以县级部门为主要被告的行政诉讼案件112件。", "litigation.cases");
        // the kinds said of the whole, in a clause of their own or after it; the government as defendant (rule 4)
        assertValue(report("全年共收到行政复议申请286件，以行政处罚和行政强制为主。"), "reconsideration.received", "286");
        assertValue(report("以行政处罚案件居多，全年受理行政复议案件158件。"), "reconsideration.accepted", "158");
        assertValue(report("以诉源治理为重点，全年调解矛盾纠纷5630件。"), "mediation.disputes", "5630");
        assertValue(report("以“枫桥经验”为引领的各级调解组织共调解纠纷5630件。"), "mediation.disputes", "5630");
        var x = report("以县政府为被告的行政诉讼案件79件，败诉2件。");
        assertValue(x, "litigation.cases", "79");
        assertValue(x, "litigation.lost", "2");
    }

    @Test
    void oneIssuersDocumentsAndOneMattersItemsAreParts() {
        notAValue("以县政府办公室名义印发的规范性文件备案15件。", "normative_docs.filed");
        notAValue("以部门名义制发的规范性文件备案28件。", "normative_docs.filed");
        notAValue("涉营商环境规范性文件合法性审查12件。", "normative_docs.reviewed");
        assertValue(report("全年报送备案规范性文件15件，均以县政府及县政府办公室名义印发。"), "normative_docs.filed", "15");
        assertValue(report("全年合法性审查规范性文件38件，其中涉营商环境的12件。"), "normative_docs.reviewed", "38");
        assertValue(report("全县行政许可事项办理12.6万件，涉企事项占68%。"), "licensing.handled", "126000");
    }

    @Test
    void theLevelsAboveAsOrgansAndFrames() {
        notAValue("市级层面审查涉我县规范性文件8件。", "normative_docs.reviewed");
        notAValue("省级层面审查涉我县规范性文件8件。", "normative_docs.reviewed");
        notAValue("省、市两级复议机关受理涉我县行政复议案件47件。", "reconsideration.accepted");
        notAValue("市、县两级行政机关共发生行政诉讼案件412件。", "litigation.cases");
        notAValue("在全市收到的行政复议申请3326件中，我县收到286件。", "reconsideration.received");
        assertValue(report("全县受理行政复议案件158件，市级、省级复议机关分别受理涉我县案件42件、5件。"),
                "reconsideration.accepted", "158");
        var x = report("全县审查规范性文件38件，报送市级机关备案12件。");
        assertValue(x, "normative_docs.reviewed", "38");
    }

    @Test
    void aCategoryLookedAtOpensABreakdown() {
        notAValue("从申请主体看，企业法人申请的复议案件26件，个人申请的132件。", "reconsideration.received");
        notAValue("分地区看，递铺街道调解纠纷1260件，孝丰镇调解980件。", "mediation.disputes");
        notAValue("分行业看，交通运输行业行政许可办件2.3万件。", "licensing.handled");
        // the whole named again after the category (a-0230's 从审理结果看，全年共审结…), an act right after it, or before it
        assertValue(report("从案件类型看，受理行政复议案件158件，其中行政处罚类62件。"), "reconsideration.accepted", "158");
        assertValue(report("从审理结果看，全年共审结行政复议案件152件，直接纠错18件。"), "reconsideration.concluded", "152");
        assertValue(report("全年受理行政复议申请258件，按案件来源分，网上受理82件，窗口受理176件。"),
                "reconsideration.accepted", "258");
    }

    @Test
    void subjectsListedBeforeRespectivelyEachHaveTheirOwn() {
        notAValue("县本级和各乡镇分别调解纠纷860件、4770件。", "mediation.disputes");
        notAValue("城区和农村分别调解纠纷2630件、3000件。", "mediation.disputes");
        notAValue("县级层面调解纠纷860件，乡镇层面调解4770件。", "mediation.disputes");
        notAValue("县级部门及乡镇（街道）分别作为被告的行政诉讼案件112件、14件。", "litigation.cases");
        notAValue("县政府和县级部门分别作为被告的案件38件、76件。", "litigation.cases");
        notAValue("县级部门与乡镇（街道）分别审查规范性文件58件、36件。", "normative_docs.reviewed");
        assertValue(report("全县行政机关作为被告的行政诉讼案件126件，县级部门、乡镇分别为112件、14件。"), "litigation.cases", "126");
        // the own level alone stays (the county's reconsideration body, decision 0044)
        assertValue(report("县级层面受理行政复议案件158件。"), "reconsideration.accepted", "158");
        var acts = report("全年收到和受理行政复议申请分别为286件、271件。");
        assertValue(acts, "reconsideration.received", "286");
        assertValue(acts, "reconsideration.accepted", "271");
        assertValue(report("全县共调解纠纷5630件，县本级和各乡镇分别调解860件、4770件。"), "mediation.disputes", "5630");
        assertValue(report("全县各级人民调解组织和调解服务点共调解矛盾纠纷5630件。"), "mediation.disputes", "5630");
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 48 (tools/probes/redteam-round48-parts[-b|-c|-d]-KIND.tsv, blind batches as a county, a district, a
 * county-level city and a prefecture city): parts of mediation, licensing, documents and legal aid that report text
 * names outside the count's own words — a count that points back (办理相关事项) to items devolved by the city, one
 * campaign's count (专项排查, 专项活动), items taken over or entrusted (承接, 委托), documents others sent (报送的…备案审查,
 * 各部门报送的规范性文件草案). Each stays at most a suggestion; the year's own counts beside them stay values.
 */
class PartsRound48Test {

    private static ReportExtractor.Extraction in(String title, String sentence) {
        return extract(title + "2023年度法治政府建设情况报告\n一、主要举措和成效\n" + sentence + "\n");
    }

    private static void noValue(String title, String sentence, String code) {
        var x = in(title, sentence);
        assertTrue(value(x, code).isEmpty(), sentence + " → " + describe(x.values()));
    }

    @Test
    void aCountThatPointsBackToDevolvedItemsIsTheirs() {
        noValue("杭州市西湖区人民政府", "杭州市行政审批局下放我区事项126项，全年办理相关事项8600件。", "licensing.handled");
        noValue("安吉县人民政府", "对接市级赋权事项48项，办理此类事项1260件。", "licensing.handled");
        noValue("安吉县人民政府", "推行“一件事”集成服务，全年办理相关事项3.2万件。", "licensing.handled");
        noValue("安吉县人民政府", "全县建立医疗、交通、物业等行业性专业性调解组织26个，全年调解相关纠纷1860件。", "mediation.disputes");
        // pointing back to every item or every committee counts them all
        assertValue(in("安吉县人民政府", "全县进驻政务服务事项1680项，全年办理上述事项72.6万件。"), "licensing.handled", "726000");
        assertValue(in("安吉县人民政府", "全县共有人民调解委员会286个，全年调解相关矛盾纠纷4120件。"), "mediation.disputes", "4120");
    }

    @Test
    void itemsTakenOverOrEntrustedAreNotTheItemsHandled() {
        noValue("安吉县人民政府", "承接市级下放审批事项62项，全年办理承接事项2860件。", "licensing.handled");
        noValue("安吉县人民政府", "全年承接办理市级部门委托的审批事项860件。", "licensing.handled");
        assertValue(in("安吉县人民政府", "承接省市级审批改革试点任务，全年办理行政许可事项12.6万件。"), "licensing.handled", "126000");
    }

    @Test
    void oneCampaignsCountIsAPart() {
        noValue("安吉县人民政府", "联合开展护航亚运矛盾纠纷专项排查，成功化解纠纷360件。", "mediation.succeeded");
        noValue("安吉县人民政府", "全年通过“法援惠民生”专项活动办理法律援助案件260件。", "legal_aid.cases");
        noValue("安吉县人民政府", "开展“清源”专项整治行动，调处纠纷86件。", "mediation.disputes");
        noValue("安吉县人民政府", "开展“双百”专项行动以来，调解纠纷320件。", "mediation.disputes");
        noValue("湖州市人民政府", "全市开展矛盾纠纷专项排查，共化解纠纷1.2万件。", "mediation.disputes");
        // the year's figures after a campaign named as one of the year's measures, and a general clean-up's repeals
        var year = in("安吉县人民政府", "深入开展矛盾纠纷大排查大化解专项行动，全年共调解矛盾纠纷3260件，调解成功3228件。");
        assertValue(year, "mediation.disputes", "3260");
        assertValue(year, "mediation.succeeded", "3228");
        assertValue(in("安吉县人民政府", "开展规范性文件集中清理，废止12件。"), "normative_docs.repealed", "12");
    }

    @Test
    void documentsOthersSentAreNeitherFiledNorReviewed() {
        var received = in("安吉县人民政府", "对部门报送的规范性文件进行备案审查，全年共审查36件。");
        assertTrue(value(received, "normative_docs.filed").isEmpty() && value(received, "normative_docs.reviewed").isEmpty(),
                describe(received.values()));
        noValue("安吉县人民政府", "全年审查各部门报送的规范性文件草案36件。", "normative_docs.reviewed");
        assertValue(in("安吉县人民政府", "全年报送市政府备案审查的规范性文件12件，均符合要求。"), "normative_docs.filed", "12");
        assertValue(in("安吉县人民政府", "全年报送市政府备案规范性文件12件，报备率、及时率、规范率均达100%。"),
                "normative_docs.filed", "12");
    }

    @Test
    void figuresBeforeATotalAreItsParts() {
        noValue("安吉县人民政府", "2023年县政务服务中心办件62.8万件，乡镇便民服务中心办件23.4万件，全县合计86.2万件。", "licensing.handled");
        noValue("安吉县人民政府", "村（社区）调委会调解成功2860件，乡镇调委会调解成功980件，县级行业性专业性调委会调解成功112件，共计3952件。",
                "mediation.succeeded");
        // the total of a breakdown after 其中 is not the figure's: the figure before 其中 stays the whole
        assertValue(in("安吉县人民政府", "全年共调解矛盾纠纷3260件，其中婚姻家庭纠纷860件、邻里纠纷420件，合计1280件。"),
                "mediation.disputes", "3260");
    }

    @Test
    void aTotalInAnotherUnitOrAnActivityNamedAsTheYearsMeasureChangesNothing() {
        assertValue(in("安吉县人民政府", "全年合法性审核规范性文件18件，共计56条修改意见均被采纳。"), "normative_docs.reviewed", "18");
        var money = in("安吉县人民政府", "全年调解矛盾纠纷3260件，调解成功3228件，共计涉及金额1.2亿元。");
        assertValue(money, "mediation.disputes", "3260");
        assertValue(money, "mediation.succeeded", "3228");
        assertValue(in("安吉县人民政府", "深入开展“法援惠民生”系列活动，全年共办理法律援助案件1260件。"), "legal_aid.cases", "1260");
        assertValue(in("安吉县人民政府", "开展专项行动3次，全年共调解矛盾纠纷3260件。"), "mediation.disputes", "3260");
    }

    @Test
    void aQuotedActivityAsTheMeansAndAGroupPointedBackToArePartsToo() {
        noValue("安吉县人民政府", "通过开展“援法议事”活动，化解矛盾纠纷86件。", "mediation.disputes");
        noValue("杭州市西湖区人民政府", "依托“西湖调解”品牌活动，调解纠纷420件。", "mediation.disputes");
        assertValue(in("安吉县人民政府", "通过“最多跑一次”改革，全年办理政务服务事项86.2万件。"), "licensing.handled", "862000");
        noValue("安吉县人民政府", "春节、两会等重要节点开展专项排查，调处纠纷260件。", "mediation.disputes");
        noValue("安吉县人民政府", "为120名农民工追回欠薪860万元，办理相关法律援助案件120件。", "legal_aid.cases");
    }
}

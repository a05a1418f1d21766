package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.number;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parts of a total that whole made-up reports (tools/probes/reports/r11-…–r21-…) showed accepted as the
 * jurisdiction's values: parts listed before the sum that follows them, a number of towns counted together, one
 * group of defendants, the government as defendant beside the suits of all the organs, a count that adds the cases
 * carried over to the year's new ones, and a kind named two act clauses back; and the wordings next to them that
 * stay values.
 */
class WholeReportPartsTest {

    @Test
    void partsListedBeforeTheirSumAreParts() {
        suggested("全年审查县政府规范性文件12件、县直部门规范性文件23件，合计35件。", "normative_docs.reviewed");
        suggested("全县行政机关共收到一审行政诉讼案件318件，二审案件86件，合计404件。", "litigation.cases");
        // a sum of two matters, or one that adds the years before, leaves each figure whole
        aValue("全年受理行政复议案件56件，行政诉讼案件92件，两项合计148件。", "litigation.cases");
        aValue("全年新收行政诉讼案件58件，加上旧存案件6件，共计64件。", "litigation.cases");
        // a later 共计 of money is no sum of the count
        aValue("全县共调解矛盾纠纷2316件，调解成功2298件，共计涉及金额3860万元。", "mediation.disputes");
    }

    @Test
    void aNumberOfTownsCountedTogetherIsASubtotal() {
        suggested("全县共调解矛盾纠纷8630件，调解成功8542件。城区5个街道共调解纠纷2410件，调解成功率99.6%。",
                "mediation.success_rate");
        suggested("城关、城西、城南3个镇共调解纠纷962件，调解成功率98.8%。", "mediation.disputes");
        suggested("罗阳街道、龙溪街道等4个镇（街道）调解纠纷2860件。", "mediation.disputes");
        // a number of towns in another clause counts no figure
        aValue("全县建成16个乡镇人民调解委员会，全年共调解矛盾纠纷3260件。", "mediation.disputes");
        var x = report("全县共调解矛盾纠纷8630件，调解成功8542件。城区5个街道共调解纠纷2410件，调解成功率99.6%。");
        assertEquals(8630, number(x, "mediation.disputes").intValue(), describe(x.values()));
    }

    @Test
    void aBreakdownOpenedByCategoryGivesParts() {
        suggested("按案件类型分，行政复议案件中治安管理类42件，审结40件，纠错率9.5%。", "reconsideration.correction_rate");
        notAValue("按审级分，一审行政诉讼案件156件，二审行政诉讼案件47件。", "litigation.cases");
        // looking at the results of the whole, or a clause that names the whole again
        aValue("从审理结果看，全年共审结行政复议案件86件，撤销和确认违法9件。", "reconsideration.concluded");
        aValue("按照上级部署，全年共审结行政复议案件86件。", "reconsideration.concluded");
        aValue("全年行政诉讼案件按期结案，全县共审结行政诉讼案件102件。", "litigation.concluded");
    }

    @Test
    void theTownsOfOnePartOfTheCountyAreASubtotal() {
        suggested("山区乡镇调解纠纷1206件，调解成功率99%。", "mediation.success_rate");
        suggested("东部五镇调解纠纷1860件，调解成功率98.6%。", "mediation.success_rate");
        // a number of departments is how many took part
        aValue("全年抽查8个执法部门的案卷，共评查案卷286卷。", "enforcement.files_reviewed");
    }

    @Test
    void theCountysOwnLevelOfMediationIsAPart() {
        suggested("县级调解组织调解纠纷860件，调解成功率100%。", "mediation.success_rate");
        aValue("全县县级调解组织和乡镇调解组织共调解纠纷4382件。", "mediation.disputes");
        aValue("县级、乡镇、村三级调解组织共调解纠纷4382件。", "mediation.disputes");
        aValue("本县调解组织全年共调解矛盾纠纷2316件，调解成功2298件。", "mediation.disputes");
    }

    @Test
    void theGovernmentAsDefendantUnderTheHeadingOfAllTheOrgansSuitsIsAPart() {
        var x = extract("""
                通山县人民政府关于2022年度法治政府建设情况的报告
                一、主要举措和成效
                （二）行政应诉
                全县行政机关作为被告的行政诉讼案件186件，审结174件，败诉8件，败诉率4.6%。
                以县政府为被告的行政诉讼案件中，败诉1件，负责人出庭应诉率100%。
                二、存在的问题
                执法力量不足。
                """);
        assertEquals(8, number(x, "litigation.lost").intValue(), describe(x.values()));
    }

    @Test
    void oneGroupOfDefendantsIsAPartOfTheSuits() {
        suggested("县直部门作为被告的行政诉讼案件182件，负责人出庭应诉182件次。", "litigation.cases");
        suggested("县直部门作为被告的行政诉讼案件182件，负责人出庭应诉182件次。", "litigation.head_appeared");
        suggested("镇（街道）作为被告的行政诉讼案件146件，败诉9件，败诉率6.2%。", "litigation.loss_rate");
        suggested("以区级部门为被告的行政诉讼案件512件，败诉12件。", "litigation.lost");
        // the government beside the suits of the government with its departments
        suggested("县政府及其部门作为被告的案件中，县政府作为被告的一审案件32件，败诉1件。", "litigation.cases");
        // the government with its departments, or all the organs, are the whole
        aValue("2022年以县人民政府及其工作部门为被告的行政诉讼案件96件，败诉5件。", "litigation.cases");
        aValue("全县行政诉讼案件92件，其中县政府作为被告23件，县直部门作为被告69件，负责人出庭应诉92件。",
                "litigation.head_appeared");
    }

    @Test
    void theGovernmentAsDefendantBesideAllTheOrgansSuitsIsAPart() {
        var x = report("全县行政机关全年共发生行政诉讼案件203件，败诉9件。以县政府为被告的行政诉讼案件38件，败诉1件。");
        assertEquals(203, number(x, "litigation.cases").intValue(), describe(x.values()));
        assertEquals(9, number(x, "litigation.lost").intValue(), describe(x.values()));
        suggested("全县行政诉讼案件203件，败诉9件。其中，以县政府为被告的案件38件，败诉1件，败诉率2.6%。",
                "litigation.loss_rate");
        suggested("全县行政机关作为被告的行政诉讼案件754件。以县政府为被告的案件中，败诉3件，负责人出庭应诉率100%。",
                "litigation.lost");
        // alone, the government as defendant is the jurisdiction's suits (docs/labelling.md, rule 4)
        aValue("以县政府为被告的行政诉讼案件38件，败诉1件。", "litigation.cases");
        aValue("县政府作为被告的行政诉讼案件中，开庭审理30件，负责人出庭应诉30件次，出庭应诉率100%。",
                "litigation.head_appearance_rate");
    }

    @Test
    void aCountThatAddsTheCasesCarriedOverToTheNewOnesIsNotTheYearsReceived() {
        suggested("全年县行政复议局共办理行政复议案件52件，包括新收案件46件、上年结转案件6件。", "reconsideration.received");
        suggested("全年共收到行政复议申请52件（新收46件，旧存6件），审结44件。", "reconsideration.received");
        aValue("全年新收行政复议案件46件，旧存6件，审结44件。", "reconsideration.received");
        // a bare "含上年结转" remark leaves the report's figure as it gives it
        aValue("本年度共收到行政复议申请54件（含上年结转3件）。", "reconsideration.received");
        aValue("县政府全年共收到行政复议申请428件，依法受理396件，审结372件（含上年结转24件）。", "reconsideration.received");
    }

    @Test
    void actClausesGoBackToTheKindTheyContinue() {
        suggested("公安类行政复议案件52件，受理50件，审结48件。", "reconsideration.concluded");
        // act clauses after a list of parts continue the total before the list
        var x = report("全县共发生行政诉讼案件64件，包括一审案件51件、二审案件13件，审结60件，败诉3件。");
        assertTrue(value(x, "litigation.lost").isPresent(), describe(x.values()) + " / " + describe(x.suggestions()));
        aValue("行政诉讼案件中，一审68件，二审5件；审结69件，败诉4件。", "litigation.lost");
    }

    @Test
    void sinceAnEventTheWordsDoNotDateIsNoYear() {
        suggested("自《行政复议法》修订以来，全县共受理行政复议申请68件。", "reconsideration.accepted");
        suggested("自机构改革以来，全县共办理法律援助案件1260件。", "legal_aid.cases");
        aValue("今年以来，全县共办理法律援助案件1260件。", "legal_aid.cases");
    }

    @Test
    void aBodyAboveThatHandlesTheCountysCasesSpeaksOfItsOwn() {
        notAValue("市行政复议局受理涉及我县的行政复议案件86件，纠错率10.5%。", "reconsideration.accepted");
        notAValue("市行政复议局受理涉及我县的行政复议案件86件，纠错率10.5%。", "reconsideration.correction_rate");
        // the county speaks after the body above
        aValue("市司法局组织全市复议人员培训，我县全年共受理行政复议案件86件，纠错率10.5%。", "reconsideration.correction_rate");
        aValue("按照市司法局要求，全县共受理行政复议案件86件。", "reconsideration.accepted");
    }

    @Test
    void aHeadingThatNamesAKindOrALevelLimitsTheFiguresUnderIt() {
        String report = """
                通山县人民政府关于2022年度法治政府建设情况的报告
                一、主要举措和成效
                （一）矛盾纠纷化解
                全县共调解矛盾纠纷4382件，调解成功率98.4%。
                （二）涉企矛盾纠纷化解
                全年共调解矛盾纠纷326件，调解成功率97.2%。
                （三）县政府本级行政复议
                全年共收到行政复议申请96件，纠错率10.2%。
                二、存在的问题
                执法力量不足。
                """;
        var x = extract(report);
        assertEquals(4382, number(x, "mediation.disputes").intValue(), describe(x.values()));
        assertEquals(98.4, number(x, "mediation.success_rate").doubleValue(), describe(x.values()));
        assertTrue(value(x, "reconsideration.received").isEmpty(), describe(x.values()));
        assertTrue(value(x, "reconsideration.correction_rate").isEmpty(), describe(x.values()));
        // a heading that names the topic only, or a sentence that names the whole under a kind's heading
        var y = extract(report.replace("（三）县政府本级行政复议", "（三）法律援助事项办理情况").replace("全年共收到行政复议申请96件，纠错率10.2%。",
                "全年共办理法律援助案件503件。").replace("（二）涉企矛盾纠纷化解\n全年共调解", "（二）涉企矛盾纠纷化解\n全县共调解"));
        assertEquals(503, number(y, "legal_aid.cases").intValue(), describe(y.values()));
    }
}

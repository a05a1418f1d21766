package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.EXTRACTOR;
import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A department's own lawsuits and reconsiderations, said of itself (round 18, tools/probes/redteam-round18-writers.txt):
 * a department "（含各分局）" is still one department, bodies it acts on ("针对各区管理局的") are not its subject, and
 * "本单位", "本机关" speak for whoever wrote the text; and an act right after a count ("案件46件进入庭审程序") narrows it.
 */
class WritersOwnCasesRound18Test {

    @Test
    void aDepartmentWithTheBureausItIncludesIsStillOneDepartment() {
        suggested("2022年，通山县市场监督管理局（含各管理所）作为被告新收行政诉讼案件15件。", "litigation.cases");
        suggested("2022年，通山县生态环境分局（含各管理站）作为被告新收行政诉讼案件15件。", "litigation.cases");
        // the city's department above the county: not the county's at all
        notAValue("2022年，咸宁市生态环境局（含各管理局）作为被告新收行政诉讼案件15件。", "litigation.cases");
        suggested("2022年，县自然资源局作为行政复议机关，共办理针对各乡镇所的行政复议案件5件，审结5件，撤销1件。",
                "reconsideration.concluded");
        // the county's organs together stay the county's
        aValue("2022年，全县行政机关作为被告的行政诉讼案件121件。", "litigation.cases");
        aValue("2022年，县政府（含各部门）作为被告的行政诉讼案件121件。", "litigation.cases");
    }

    @Test
    void oneDepartmentActedOnStaysAPart() {
        suggested("全年收到针对县公安局行政行为的行政复议申请96件。", "reconsideration.received");
    }

    @Test
    void theWriterSpeakingOfItselfIsWhoeverWroteTheText() {
        // no title to tell who wrote it: doubted
        assertSuggestedOnly(passage("", "2022年，本单位作为被告的行政诉讼案件3件。"), "litigation.cases");
        assertSuggestedOnly(passage("2022年法治政府建设年度报告", "2022年，本机关共办理行政复议案件5件，行政诉讼案件2件。"),
                "litigation.cases");
        // a department's report
        assertSuggestedOnly(passage("通山县交通运输局2022年法治政府建设年度报告", "全年我单位共收到行政复议申请2件，行政诉讼案件1件。"),
                "litigation.cases");
        // the government's report, by its name or by the county's
        var government = passage("通山县人民政府2022年法治政府建设年度报告", "2022年，本机关作为被告的行政诉讼案件79件。");
        assertTrue(ExtractorFixture.value(government, "litigation.cases").isPresent(), describe(government.values()));
        var county = passage("通山县2022年度法治政府建设情况报告", "2022年，本机关作为被告的行政诉讼案件79件。");
        assertTrue(ExtractorFixture.value(county, "litigation.cases").isPresent(), describe(county.values()));
    }

    @Test
    void anActRightAfterTheCountNarrowsItToTheCasesThatHadIt() {
        suggested("全年共有行政诉讼案件46件进入庭审程序。", "litigation.cases");
        suggested("全年有行政诉讼案件38件已审结。", "litigation.cases");
        suggested("全年共有行政诉讼案件46件开庭审理，行政机关负责人全部出庭应诉。", "litigation.cases");
        suggested("全年共有行政复议案件23件被撤销或者确认违法。", "reconsideration.received");
        // the indicator's own act, all of them, or a rate's name after the count: still the whole
        aValue("全年共有3件规范性文件报送市政府备案。", "normative_docs.filed");
        aValue("全年共受理行政复议申请86件，并全部依法审结。", "reconsideration.accepted");
        aValue("全年共发生行政诉讼案件84件，均已审结。", "litigation.cases");
        aValue("全县调解纠纷612件 调解成功率99%。", "mediation.disputes");
    }

    @Test
    void aPagesFirstLineStandingForItsTitleSaysWhoWrote() {
        // a page without a title: its first line opens the text, as in a whole report, and names the writer
        assertSuggestedOnly(passage("2022年，通山县市场监督管理局坚持以习近平法治思想为指导", "全年共发生行政诉讼案件3件。"),
                "litigation.cases");
        assertSuggestedOnly(passage("2022年，通羊镇坚持以习近平法治思想为指导", "全年共调解矛盾纠纷320件。"), "mediation.disputes");
        // the county itself opening the page stays the county
        var county = passage("2022年，通山县坚持以习近平法治思想为指导", "全年共发生行政诉讼案件121件。");
        assertTrue(ExtractorFixture.value(county, "litigation.cases").isPresent(), describe(county.values()));
    }

    @Test
    void aYearOpeningTheSentenceBeforeDoesNotHideTheTownThatSpeaks() {
        suggested("2022年，通羊镇坚持依法行政。全年共调解矛盾纠纷320件。", "mediation.disputes");
        suggested("2022年，县公安局深化警调对接。全年共调解矛盾纠纷860件。", "mediation.disputes");
        suggested("在县委县政府的坚强领导下，通羊镇坚持依法行政。全年共调解矛盾纠纷320件。", "mediation.disputes");
        suggested("近年来，通羊镇坚持依法行政。全年共调解矛盾纠纷320件。", "mediation.disputes");
        aValue("2022年，我县坚持依法行政。全年共调解矛盾纠纷5320件。", "mediation.disputes");
        aValue("在县委县政府的坚强领导下，全县上下坚持依法行政。全年共调解矛盾纠纷5320件。", "mediation.disputes");
    }

    @Test
    void theWritersNameOnALineOfItsOwnOrBeforeAWrappedTitleSaysWhoWrote() {
        var nameUnder = ExtractorFixture.extract("2022年法治政府建设年度报告\n通山县市场监督管理局\n（2023年1月15日）\n\n"
                + "一、主要成效\n全年共发生行政诉讼案件3件，行政复议案件2件。\n");
        assertSuggestedOnly(nameUnder, "litigation.cases");
        var wrapped = ExtractorFixture.extract("通山县市场监督管理局2022年法治政府\n建设年度报告\n\n一、主要成效\n"
                + "全年共发生行政诉讼案件3件。\n");
        assertSuggestedOnly(wrapped, "litigation.cases");
        var street = ExtractorFixture.extract("通羊镇人民政府\n2022年法治政府建设工作总结\n\n一、主要成效\n全年共调解矛盾纠纷320件。\n");
        assertSuggestedOnly(street, "mediation.disputes");
        // the government's or the justice bureau's name over the title: the county's figures
        var government = ExtractorFixture.extract("通山县人民政府\n2022年法治政府建设年度报告\n\n一、主要成效\n"
                + "全年共发生行政诉讼案件121件。\n");
        assertTrue(ExtractorFixture.value(government, "litigation.cases").isPresent(), describe(government.values()));
        var justice = ExtractorFixture.extract("通山县司法局\n2022年法治政府建设年度报告\n\n一、主要成效\n全年共调解矛盾纠纷5320件。\n");
        assertTrue(ExtractorFixture.value(justice, "mediation.disputes").isPresent(), describe(justice.values()));
    }

    @Test
    void casesResolvedAreNotCasesReceived() {
        notAValue("全年共化解行政复议案件30件。", "reconsideration.received");
        notAValue("全年共化解行政诉讼案件12件。", "litigation.cases");
        aValue("发挥行政复议化解行政争议主渠道作用，全年共收到行政复议申请86件。", "reconsideration.received");
    }

    private static ReportExtractor.Extraction passage(String title, String text) {
        return EXTRACTOR.extractPassage(text, "通山县", 2022, true, title);
    }

    private static void assertSuggestedOnly(ReportExtractor.Extraction x, String code) {
        assertTrue(ExtractorFixture.value(x, code).isEmpty(), describe(x.values()));
        assertTrue(x.suggestions().stream().anyMatch(v -> v.indicator().equals(code)), describe(x.suggestions()));
    }
}

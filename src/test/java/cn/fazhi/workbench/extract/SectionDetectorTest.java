package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Section;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SectionDetectorTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            一、推动法治政府建设的主要举措和成效          | RESULTS
            二、存在的问题                              | PROBLEMS
            二、存在的主要问题和原因分析                  | PROBLEMS
            三、政府主要负责人履行第一责任人职责情况        | LEADER_DUTIES
            三、下一步工作思路                           | PLANS
            四、下步工作打算                             | PLANS
            四、2023年工作计划                           | PLANS
            五、健全社会矛盾纠纷行政预防调处化解体系情况     | RESULTS
            """)
    void classifiesTopLevelHeadings(String heading, Section expected) {
        assertEquals(expected, SectionDetector.classifyHeading(heading));
    }

    private static List<Sentence> sentences(String text) {
        return SectionDetector.assign(text, SentenceSplitter.spans(text), 2022);
    }

    private static Section sectionOf(String text, String needle) {
        int at = text.indexOf(needle);
        return sentences(text).stream().filter(s -> s.contains(at)).findFirst().orElseThrow().section();
    }

    @Test
    void headingsSwitchTheSectionUntilTheNextHeading() {
        String text = "一、主要成效\n调处纠纷274件。\n二、存在的问题\n执法不规范。\n三、下一步工作打算\n力争达到99%。\n";
        assertEquals(Section.RESULTS, sectionOf(text, "274"));
        assertEquals(Section.PROBLEMS, sectionOf(text, "执法不规范"));
        assertEquals(Section.PLANS, sectionOf(text, "99%"));
    }

    @Test
    void subHeadingsDoNotSwitchTheSection() {
        String text = "一、主要成效\n（一）存在问题的整改。整改问题20个。\n";
        assertEquals(Section.RESULTS, sectionOf(text, "20个"));
    }

    @Test
    void reportsWithoutHeadingsTurnToProblemsAndPlansBySentence() {
        String text = "调处纠纷274件。一年来，工作取得成效，但还存在短板问题。2023年，我县将继续推进法治政府建设。下一步，要加强执法。";
        assertEquals(Section.RESULTS, sectionOf(text, "274"));
        assertEquals(Section.PROBLEMS, sectionOf(text, "短板"));
        assertEquals(Section.PLANS, sectionOf(text, "我县将继续"));
        assertEquals(Section.PLANS, sectionOf(text, "加强执法"));
    }

    @Test
    void aPlanThatClosesAParagraphOfResultsEndsWithIt() {
        // r205: "…网上办理率达到92.6%。下一步力争2025年…" closed a paragraph; every sub-section after it had been read as plans
        String text = "一、主要举措和成效\n（一）优化政务服务\n网上办理率达到92.6%。下一步力争2025年网上办理率达到95%以上。\n"
                + "（二）化解行政争议\n全年收到行政复议申请312件。\n二、2025年工作打算\n力争收案率达到99%。\n";
        assertEquals(Section.PLANS, sectionOf(text, "95%"));
        assertEquals(Section.RESULTS, sectionOf(text, "312"));
        assertEquals(Section.PLANS, sectionOf(text, "99%"));
        // a paragraph that opens with the plans turns the block, as before — up to the next sub-heading
        String opens = "一、主要举措和成效\n调处纠纷274件。\n下一步，我们将加强执法。\n力争调解成功率达到99%。\n"
                + "（三）法律援助\n办理法律援助案件680件。\n";
        assertEquals(Section.PLANS, sectionOf(opens, "99%"));
        assertEquals(Section.RESULTS, sectionOf(opens, "680"));
        // so does a problem a paragraph of results closes with
        String problem = "一、主要举措和成效\n（一）人民调解\n调处纠纷274件。但部分乡镇调解工作仍存在短板问题。\n"
                + "（二）行政复议\n收到行政复议申请312件。\n二、存在的问题\n执法不规范。\n";
        assertEquals(Section.PROBLEMS, sectionOf(problem, "短板"));
        assertEquals(Section.RESULTS, sectionOf(problem, "312"));
        assertEquals(Section.PROBLEMS, sectionOf(problem, "执法不规范"));
    }

    @Test
    void nextTopLevelResultsHeadingAfterProblemsReturnsToResults() {
        String text = "二、存在的问题\n不足。\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n办理法律援助案件285件。\n";
        assertEquals(Section.LEADER_DUTIES, sectionOf(text, "285"));
    }
}

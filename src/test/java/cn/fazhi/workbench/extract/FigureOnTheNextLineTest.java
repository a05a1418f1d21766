package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A line break that a web page's {@code <br>}, a table's label and value cells or a printed line put into a
 * sentence between a figure's name and the figure: the line that starts with the count or rate belongs to the
 * sentence before (tools/probes/redteam-round20-structure.txt line 26 found it: the figure lost its name).
 */
class FigureOnTheNextLineTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.spans(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void aLineStartingWithACountOrRateCarriesTheSentenceBefore() {
        assertEquals(List.of("全年共收到行政复议申请\n56件，受理52件。"), sentences("全年共收到行政复议申请\n56件，受理52件。"));
        assertEquals(List.of("负责人出庭应诉率\n100%"), sentences("负责人出庭应诉率\n100%"));
        assertEquals(List.of("（一）化解行政争议。", "全年共收到行政复议申请\n56件。"),
                sentences("（一）化解行政争议。全年共收到行政复议申请\n56件。"));
        assertValue(report("全县各级调解组织共调解矛盾纠纷\n5630件，调解成功5581件。"), "mediation.disputes", "5630");
        assertValue(report("项目\t数量\n行政复议收案\n56件\n"), "reconsideration.received", "56");
    }

    @Test
    void aHeadingAFinishedSentenceOrAYearStillEndTheLine() {
        assertEquals(2, sentences("（一）行政复议\n56件行政复议申请全部依法受理。").size(), "a numbered heading");
        assertEquals(2, sentences("二、主要成效\n56件行政复议申请全部依法受理。").size());
        assertEquals(2, sentences("全县调解矛盾纠纷5630件。\n56件行政复议申请全部依法受理。").size(), "a full stop");
        assertEquals(2, sentences("全县调解矛盾纠纷5630件，\n56件行政复议申请全部依法受理。").size(), "a comma");
        assertEquals(2, sentences("全县调解矛盾纠纷5630件\n98%的纠纷在村（社区）化解。").size(), "its own figure");
        assertEquals(2, sentences("安吉县法治政府建设年度报告\n2023年，全县调解矛盾纠纷5630件。").size(), "a year, not a count");
        assertEquals(2, sentences("全县调解矛盾纠纷\n\n5630件。").size(), "an empty line is a paragraph's end");
        // a table's column, a cell per line: no figure is joined to the name above it; the extractor sets the rows
        // back on their lines (CellPerLineTables, round 61), so each figure is read under its year's column
        assertEquals(List.of("指标", "2022年", "2023年", "调解成功率", "98.1%", "99.2%"),
                sentences("指标\n2022年\n2023年\n调解成功率\n98.1%\n99.2%"));
        assertValue(report("指标\n2022年\n2023年\n调解成功率\n98.1%\n99.2%\n"), "mediation.success_rate", "98.1");
    }
}

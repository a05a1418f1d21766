package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.model.Qualifier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A figure a person selects in the report's text, read by the extractor's number parser, with its sentence. */
class SelectedFigureTest {
    private static final String TEXT = "一、主要成效\n全年共办理“一次不跑”事项34,583件，办理“一次办好”事项1.2万件。"
            + "行政机关负责人出庭应诉率达百分之九十五。复议纠错率约12.5%。印发文件（县政发〔2022〕8号）。";

    private static SelectedFigure select(String what) {
        int at = TEXT.indexOf(what);
        return SelectedFigure.of(TEXT, at, at + what.length()).orElseThrow();
    }

    @Test
    void theSelectedDigitsAreReadWithTheirUnitAndTheirSentenceIsTheEvidence() {
        SelectedFigure f = select("34,583");
        assertEquals(new BigDecimal("34583"), f.value());
        assertEquals("件", f.unit());
        assertEquals("全年共办理“一次不跑”事项34,583件，办理“一次办好”事项1.2万件。", f.evidence().sentence());
        assertEquals(TEXT.indexOf("全年"), f.evidence().start());
        assertEquals(f.evidence().sentence(), TEXT.substring(f.evidence().start(), f.evidence().end()));
        assertEquals("34,583件", TEXT.substring(f.evidence().valueStart(), f.evidence().valueEnd()));
    }

    @Test
    void tenThousandsRatesInWordsAndQualifiersAreReadAsTheExtractorReadsThem() {
        assertEquals(new BigDecimal("12000"), select("1.2万").value());
        SelectedFigure words = select("百分之九十五");
        assertEquals(new BigDecimal("95"), words.value());
        assertEquals("%", words.unit());
        SelectedFigure about = select("12.5%");
        assertEquals(new BigDecimal("12.5"), about.value());
        assertEquals(Qualifier.APPROX, about.qualifier());
        assertEquals("约12.5%", TEXT.substring(about.evidence().valueStart(), about.evidence().valueEnd()));
    }

    @Test
    void aSelectionWithoutAFigureKeepsItsSentenceAndLeavesTheValueToThePerson() {
        SelectedFigure f = select("主要成效");
        assertNull(f.value());
        assertEquals("一、主要成效", f.evidence().sentence());
        assertTrue(SelectedFigure.of(TEXT, 5, 5).isEmpty());
        assertTrue(SelectedFigure.of(TEXT, 0, TEXT.length() + 1).isEmpty());
    }

    @Test
    void aDoubleClickTakesTheWholeFigureAndNothingWhereThereIsNone() {
        int inside = TEXT.indexOf("583");
        int[] at = SelectedFigure.at(TEXT, inside);
        assertArrayEquals(new int[]{TEXT.indexOf("34,583"), TEXT.indexOf("34,583") + "34,583件".length()}, at);
        assertNull(SelectedFigure.at(TEXT, TEXT.indexOf("主要")));
        assertNull(SelectedFigure.at(TEXT, TEXT.indexOf("8号")), "a document number is not a figure");
    }
}

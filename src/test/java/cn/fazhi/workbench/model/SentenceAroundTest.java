package cn.fazhi.workbench.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceAroundTest {
    private static final String TEXT = "一、主要成效\n全年共办理“一次不跑”事项34583件,办理“一次办好”事项109081件。全县共调处矛盾纠纷274件。";

    @Test
    void theWholeSentenceAroundTheSelectedFigure() {
        int at = TEXT.indexOf("109081");
        assertEquals("全年共办理“一次不跑”事项34583件,办理“一次办好”事项109081件。", SentenceAround.of(TEXT, at, at + 6));
        int last = TEXT.indexOf("274");
        assertEquals("全县共调处矛盾纠纷274件。", SentenceAround.of(TEXT, last, last + 3));
    }

    @Test
    void aSelectionOverAnEndMarkKeepsBothSentencesAndNonsenseGivesNothing() {
        int from = TEXT.indexOf("109081");
        int to = TEXT.indexOf("274") + 3;
        assertEquals(TEXT.substring(TEXT.indexOf("全年"), TEXT.length()), SentenceAround.of(TEXT, from, to));
        assertEquals("", SentenceAround.of(TEXT, 5, 5));
        assertEquals("", SentenceAround.of(null, 0, 1));
        assertEquals("", SentenceAround.of(TEXT, 0, TEXT.length() + 1));
    }
}

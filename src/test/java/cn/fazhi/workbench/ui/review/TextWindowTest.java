package cn.fazhi.workbench.ui.review;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which stretch of a very long text the review pane lays out. */
class TextWindowTest {
    private static final String LINE = "一是坚持依法行政，推进严格规范公正文明执法。\n"; // 23 characters
    private static final String LONG = LINE.repeat(10_000); // 230,000

    @Test
    void aReportIsShownWhole() {
        String report = LINE.repeat(1_000);
        assertEquals(new TextWindow(0, report.length()), TextWindow.startingAt(report, 0));
        assertEquals(new TextWindow(0, report.length()), TextWindow.around(report, 20_000, 20_010));
        assertFalse(TextWindow.startingAt(report, 0).cuts(report));
    }

    @Test
    void aLongTextIsCutAtLineBreaksAndNoLongerThanTheLimit() {
        TextWindow w = TextWindow.startingAt(LONG, 0);
        assertEquals(0, w.from());
        assertTrue(w.to() <= TextWindow.LIMIT && w.to() > TextWindow.LIMIT - 100, w.toString());
        assertEquals('\n', LONG.charAt(w.to() - 1), "ends after a line break");
        TextWindow next = w.next(LONG);
        assertEquals(w.to(), next.from(), "the next stretch begins where this one ends");
        assertTrue(next.previous(LONG).from() == 0, next.previous(LONG).toString());
        TextWindow last = TextWindow.startingAt(LONG, LONG.length());
        assertEquals(LONG.length(), last.to(), "the last stretch reaches the end");
        assertEquals('\n', LONG.charAt(last.from() - 1), "and begins at a line");
        assertTrue(w.cuts(LONG));
    }

    @Test
    void aChosenFigureStandsAThirdOfTheWayDown() {
        int at = 150_000;
        TextWindow w = TextWindow.around(LONG, at, at + 10);
        assertTrue(w.holds(at, at + 10));
        int third = at - w.from();
        assertTrue(third > TextWindow.LIMIT / 3 - 100 && third < TextWindow.LIMIT / 3 + 100, w.toString());
        TextWindow nearEnd = TextWindow.around(LONG, LONG.length() - 5, LONG.length() - 1);
        assertTrue(nearEnd.holds(LONG.length() - 5, LONG.length() - 1), nearEnd.toString());
    }
}

package cn.fazhi.workbench.ui.dashboard;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names on tiles are broken over lines, or cut with "…" as a last resort, never squeezed into a narrower width. */
class TileTextTest {
    @Test
    void aShortNameStaysOnOneLine() {
        assertEquals(List.of("东城区"), TileText.lines("东城区", 42, 12, 2));
    }

    @Test
    void aLongNameIsBrokenEvenlyOverTheLinesTheTileHas() {
        // 42 px at 12 px: three characters a line
        assertEquals(List.of("峨边彝族", "自治县"), TileText.lines("峨边彝族自治县", 48, 12, 2));
        assertEquals(List.of("阿拉善", "左旗"), TileText.lines("阿拉善左旗", 42, 12, 3));
    }

    @Test
    void aNameLongerThanTheTileCanHoldIsCutWithAnEllipsisAndEveryLineFits() {
        List<String> lines = TileText.lines("双江拉祜族佤族布朗族傣族自治县", 42, 12, 2);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).endsWith("…"), lines.toString());
        for (String line : lines) {
            assertTrue(TileText.width(line, 12) <= 42, line);
        }
    }

    @Test
    void figuresAreNarrowerThanChineseCharacters() {
        assertEquals(12 + 0.6 * 12 * 6, TileText.width("12,345件", 12), 1e-9);
    }
}

package cn.fazhi.workbench.ui.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A jurisdiction's name on a tile: on one line when it fits, else broken over two (or more, where the tile
 * has room), and only when even that does not fit cut with "…" — never squeezed. Squeezing (drawing a text
 * into less width than it needs) made 峨边彝族自治县 or 阿拉善左旗 unreadable on a 46-px tile; the full name
 * is in the line under the legend and the tooltip when the mouse is on the tile. Names are not shortened by
 * rule (峨边彝族自治县 → 峨边县 is usual, but no rule gets every autonomous county right). Widths are
 * estimated, not measured: a Chinese character is as wide as the font is high, and names are Chinese.
 */
final class TileText {
    private TileText() {
    }

    /** The lines of {@code name} in {@code width} pixels at {@code fontPx}, at most {@code maxLines}. */
    static List<String> lines(String name, double width, double fontPx, int maxLines) {
        int perLine = Math.max(1, (int) Math.floor(width / fontPx));
        int n = name.codePointCount(0, name.length());
        if (n <= perLine) {
            return List.of(name);
        }
        int[] cps = name.codePoints().toArray();
        int needed = (n + perLine - 1) / perLine;
        List<String> out = new ArrayList<>();
        if (needed <= maxLines) {
            // as even as the lines can be: 峨边彝族 / 自治县 rather than 峨边彝族自 / 治县
            int per = (n + needed - 1) / needed;
            for (int k = 0; k < n; k += per) {
                out.add(new String(cps, k, Math.min(per, n - k)));
            }
            return out;
        }
        for (int line = 0; line < maxLines; line++) {
            int from = line * perLine;
            if (line == maxLines - 1) {
                out.add(new String(cps, from, Math.max(0, perLine - 1)) + "…");
            } else {
                out.add(new String(cps, from, perLine));
            }
        }
        return out;
    }

    /** The estimated width of {@code text} at {@code fontPx}: Chinese characters square, others (digits, commas) 0.6 of that. */
    static double width(String text, double fontPx) {
        return text.codePoints().mapToDouble(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c == '（' || c == '）' ? fontPx : 0.6 * fontPx).sum();
    }
}

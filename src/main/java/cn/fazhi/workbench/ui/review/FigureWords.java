package cn.fazhi.workbench.ui.review;

import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.ui.common.I18n;

import java.util.ArrayList;
import java.util.List;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/** How a figure's qualifier and a suggestion's reasons read in the window (the core gives codes). */
final class FigureWords {
    private FigureWords() {
    }

    /** The reasons for doubt in the window's language; codes without words are left out ("其他原因" if none is left). */
    static String reasons(List<String> flags) {
        List<String> words = new ArrayList<>();
        for (String f : flags) {
            String key = "reason." + f;
            if (I18n.has(key)) {
                words.add(tr(key));
            }
        }
        return words.isEmpty() ? tr("reason.other") : String.join("；", words);
    }

    /** Why the figure does not agree with the others of its report, or "" when it does. */
    static String disagreement(List<String> flags) {
        if (flags.contains("part_above_whole")) {
            return tr("review.partAboveWhole");
        }
        return flags.contains("inconsistent") ? tr("review.inconsistent") : "";
    }

    /** The sign before a figure: ≥ for "at least" and "over", 约 for "about", ≤ for "at most". */
    static String marker(StoredValue v) {
        return switch (v.value().qualifier()) {
            case APPROX_OVER, AT_LEAST -> "≥";
            case APPROX -> "约";
            case AT_MOST -> "≤";
            case EXACT -> "";
        };
    }
}

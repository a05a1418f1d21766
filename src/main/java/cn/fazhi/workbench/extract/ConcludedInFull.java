package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.IndicatorValue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "受理行政复议案件176件，已全部审结": the cases received were all concluded, so the count concluded is the same figure.
 * Reports say it this way when every case of the year was closed; the figure is given once and its second indicator
 * is derived from it. Only an accepted count followed at once by 全部/均 and a word of closing gives it, and only when
 * the report states no count concluded of its own (not even a doubted one).
 */
final class ConcludedInFull {
    /** The counts whose cases, all closed, are the cases concluded, and the indicator they then give. */
    private static final Map<String, String> CONCLUDED_OF = Map.of(
            "reconsideration.accepted", "reconsideration.concluded",
            "reconsideration.received", "reconsideration.concluded",
            "litigation.cases", "litigation.concluded");
    /** Right after the count's unit: "，已全部审结", "，均已办结", "并全部结案" (not "已审结170件", which is a count). */
    private static final Pattern ALL_CLOSED = Pattern.compile(
            "^[，,]?(并|且|现)?(已全部|均已|全部|已经全部|目前已全部)(依法)?(审结|办结|结案)(?![\\d一二三四五六七八九十百千万]|率)");

    private ConcludedInFull() {
    }

    static List<IndicatorValue> derive(List<IndicatorValue> values, Collection<String> doubted) {
        return StatedInFull.derive(values, doubted, CONCLUDED_OF, ConcludedInFull::closedInFull);
    }

    private static boolean closedInFull(Evidence e) {
        int after = e.valueEnd() - e.start();
        if (after < 0 || after > e.sentence().length()) {
            return false;
        }
        return ALL_CLOSED.matcher(e.sentence().substring(after)).find();
    }
}

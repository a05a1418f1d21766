package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.IndicatorValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A count whose words say the same was done to all of it ("…176件，已全部审结", "…18件，均经合法性审查并报…备案") is also the
 * count of that second act. Shared by {@link ConcludedInFull} and {@link ReviewedAndFiledInFull}: the second indicator is
 * derived only from an accepted, undoubted, exact count, and only when the report states no count of its own for it (not
 * even a doubted one).
 */
final class StatedInFull {
    private StatedInFull() {
    }

    /**
     * @param secondOf    per counted indicator, the indicator the words give too
     * @param saysAllDone whether the count's evidence says the second act was done to all of it
     */
    static List<IndicatorValue> derive(List<IndicatorValue> values, Collection<String> doubted,
                                       Map<String, String> secondOf, Predicate<Evidence> saysAllDone) {
        List<IndicatorValue> more = new ArrayList<>();
        for (IndicatorValue v : values) {
            String second = secondOf.get(v.indicator());
            if (second == null || v.derived() || !v.flags().isEmpty() || !v.qualifier().isExact()
                    || doubted.contains(second) || has(values, second) || has(more, second)
                    || !saysAllDone.test(v.evidence())) {
                continue;
            }
            more.add(new IndicatorValue(second, v.value(), v.unit(), v.qualifier(), true, v.section(), v.evidence(),
                    v.confidence(), List.of(), List.of(v.indicator())));
        }
        return more;
    }

    private static boolean has(List<IndicatorValue> values, String code) {
        return values.stream().anyMatch(v -> v.indicator().equals(code));
    }
}

package cn.fazhi.workbench.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What merging the stored copies of one report (the same report imported as .txt, .html, .docx… before
 * copies were recognised by content) does to the decisions people made on them. Pure: the store applies the
 * answer in one transaction. The copies are not deleted: they become other versions of the primary, and
 * their values stay with them. The rules never overwrite a person's decision:
 * <ul>
 * <li>an indicator a person decided on a copy, and on the primary not at all, goes to the primary
 *     ({@link Fate#CARRIED}) — unless two copies decided it differently; then nothing moves
 *     ({@link Fate#KEPT_COPIES_DISAGREE}), the decisions stay on their copies, and a person chooses;</li>
 * <li>an indicator decided on the primary keeps the primary's decision; a copy's equal decision is
 *     {@link Fate#SAME}, a different one stays on its copy ({@link Fate#KEPT_PRIMARY_DECIDED}).</li>
 * </ul>
 */
public final class MergeRules {
    /** What happens to one decision on a copy. */
    public enum Fate {
        /** Goes to the primary in place of what extraction found there. */
        CARRIED,
        /** The primary (or the decision carried) says the same already. */
        SAME,
        /** The primary has a decision of its own for the indicator; this one stays on its copy. */
        KEPT_PRIMARY_DECIDED,
        /** Copies disagree and the primary has no decision: each stays on its copy for a person to choose. */
        KEPT_COPIES_DISAGREE
    }

    /** One decision of a copy and what happens to it. */
    public record Decision(StoredValue value, Fate fate) {
    }

    private MergeRules() {
    }

    /**
     * The fate of every value a person decided on the {@code copies} (in their order) when they are merged
     * into the report whose values are {@code primary}.
     */
    public static List<Decision> decide(List<StoredValue> primary, List<List<StoredValue>> copies) {
        Map<String, StoredValue> decidedOnPrimary = new LinkedHashMap<>();
        for (StoredValue v : primary) {
            if (v.status().byPerson()) {
                decidedOnPrimary.put(v.value().indicator(), v);
            }
        }
        Map<String, List<StoredValue>> byIndicator = new LinkedHashMap<>();
        for (List<StoredValue> copy : copies) {
            for (StoredValue v : KeepRules.carriedOver(copy)) {
                byIndicator.computeIfAbsent(v.value().indicator(), k -> new ArrayList<>()).add(v);
            }
        }
        List<Decision> out = new ArrayList<>();
        byIndicator.forEach((indicator, decided) -> {
            StoredValue onPrimary = decidedOnPrimary.get(indicator);
            if (onPrimary != null) {
                decided.forEach(v -> out.add(new Decision(v, sameDecision(v, onPrimary) ? Fate.SAME : Fate.KEPT_PRIMARY_DECIDED)));
                return;
            }
            StoredValue first = decided.get(0);
            boolean agree = decided.stream().allMatch(v -> sameDecision(v, first));
            for (StoredValue v : decided) {
                out.add(new Decision(v, !agree ? Fate.KEPT_COPIES_DISAGREE : v == first ? Fate.CARRIED : Fate.SAME));
            }
        });
        return out;
    }

    /** Two decisions say the same: status, figure (numerically), unit and qualifier. */
    static boolean sameDecision(StoredValue a, StoredValue b) {
        IndicatorValue x = a.value();
        IndicatorValue y = b.value();
        boolean sameNumber = x.value() == null ? y.value() == null : y.value() != null && x.value().compareTo(y.value()) == 0;
        return a.status() == b.status() && sameNumber && Objects.equals(x.unit(), y.unit())
                && Objects.equals(x.qualifier(), y.qualifier());
    }
}

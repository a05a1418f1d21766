package cn.fazhi.workbench.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a re-import, a re-extraction or a new version keeps: the rules that protect a person's decisions,
 * as pure functions over values (no storage), so they are tested without a workspace. The store applies
 * what these return inside one transaction.
 * <p>
 * The one rule behind all of them: a value a person confirmed, corrected, rejected or added is never
 * overwritten by extraction and goes with the report wherever the report goes.
 */
public final class KeepRules {
    /** Flag of a carried-over value whose evidence sentence is not in the new version's text. */
    public static final String EVIDENCE_FROM_PREVIOUS_VERSION = "evidence_from_previous_version";

    private KeepRules() {
    }

    // ---- carry-over to a new version -----------------------------------------------------------------

    /** The values of an old version that go to its successor: every value a person decided, in order. */
    public static List<StoredValue> carriedOver(List<StoredValue> oldValues) {
        return oldValues.stream().filter(v -> v.status().byPerson()).toList();
    }

    /**
     * Re-anchors a carried-over value's evidence in the new version's text: the sentence is kept, its offsets
     * are looked up again. When the new text no longer has that sentence the value keeps the old offsets and
     * says so with {@link #EVIDENCE_FROM_PREVIOUS_VERSION}.
     */
    public static IndicatorValue relocate(IndicatorValue v, String newText) {
        Evidence e = v.evidence();
        if (e == null) {
            return v;
        }
        if (e.end() <= newText.length() && newText.substring(e.start(), e.end()).equals(e.sentence())) {
            return v;
        }
        int at = newText.indexOf(e.sentence());
        if (at >= 0) {
            int shift = at - e.start();
            return new IndicatorValue(v.indicator(), v.value(), v.unit(), v.qualifier(), v.derived(), v.section(),
                    new Evidence(at, at + e.sentence().length(), e.sentence(), e.valueStart() + shift, e.valueEnd() + shift),
                    v.confidence(), v.flags(), v.derivedFrom());
        }
        return v.withFlag(EVIDENCE_FROM_PREVIOUS_VERSION);
    }

    // ---- re-extraction -------------------------------------------------------------------------------

    /** An untouched value that takes a fresh extraction's figure. */
    public record Update(StoredValue current, IndicatorValue next) {
    }

    /**
     * What a fresh extraction does to a report's values: only untouched (extracted) values change.
     *
     * @param updates  untouched values whose figure or evidence changed
     * @param added    indicators the report had no value for
     * @param removed  untouched values the fresh extraction no longer finds
     * @param kept     values a person decided, left exactly as they are
     */
    public record ReextractionPlan(List<Update> updates, List<IndicatorValue> added, List<StoredValue> removed, int kept) {
        public boolean changed() {
            return !updates.isEmpty() || !added.isEmpty() || !removed.isEmpty();
        }
    }

    public static ReextractionPlan reextraction(List<StoredValue> current, List<IndicatorValue> fresh) {
        Map<String, StoredValue> byIndicator = new HashMap<>();
        for (StoredValue v : current) {
            byIndicator.put(v.value().indicator(), v);
        }
        Map<String, IndicatorValue> next = new LinkedHashMap<>();
        fresh.forEach(v -> next.put(v.indicator(), v));
        List<Update> updates = new ArrayList<>();
        List<StoredValue> removed = new ArrayList<>();
        int kept = 0;
        for (StoredValue v : byIndicator.values()) {
            if (v.status().byPerson()) {
                kept++;
                continue;
            }
            IndicatorValue n = next.get(v.value().indicator());
            if (n == null) {
                removed.add(v);
            } else if (!sameFigure(n, v.value())) {
                updates.add(new Update(v, n));
            }
        }
        List<IndicatorValue> added = next.values().stream().filter(n -> !byIndicator.containsKey(n.indicator())).toList();
        return new ReextractionPlan(updates, added, removed, kept);
    }

    /** Same number, unit, qualifier, derivation, section, flags and evidence: nothing to update. */
    public static boolean sameFigure(IndicatorValue a, IndicatorValue b) {
        return a.value().compareTo(b.value()) == 0 && a.unit().equals(b.unit()) && a.qualifier() == b.qualifier()
                && a.derived() == b.derived() && a.section() == b.section() && a.flags().equals(b.flags())
                && Objects.equals(a.evidence(), b.evidence());
    }

    // ---- suggestions ---------------------------------------------------------------------------------

    /** Suggestions stored with a new report: none for an indicator that already has a value. */
    public static List<IndicatorValue> newSuggestions(List<IndicatorValue> suggestions, List<IndicatorValue> values) {
        return suggestions.stream()
                .filter(s -> values.stream().noneMatch(v -> v.indicator().equals(s.indicator())))
                .toList();
    }

    /**
     * The fresh suggestions that become the report's open ones: not a figure a person accepted or dismissed
     * before (same indicator, value and place), nor anything for an indicator that has a value.
     */
    public static List<IndicatorValue> renewedSuggestions(List<IndicatorValue> fresh, List<StoredSuggestion> current,
                                                          List<StoredValue> values) {
        List<IndicatorValue> out = new ArrayList<>();
        for (IndicatorValue s : fresh) {
            boolean decided = current.stream().anyMatch(o -> o.status() != SuggestionStatus.OPEN && sameSuggestion(o.value(), s));
            boolean hasValue = values.stream().anyMatch(v -> v.value().indicator().equals(s.indicator()));
            if (!decided && !hasValue) {
                out.add(s);
            }
        }
        return out;
    }

    /** The same suggested figure: indicator, number and (when both know it) the place of the number. */
    public static boolean sameSuggestion(IndicatorValue a, IndicatorValue b) {
        boolean samePlace = a.evidence() == null || b.evidence() == null
                || a.evidence().valueStart() == b.evidence().valueStart();
        return a.indicator().equals(b.indicator()) && a.value().compareTo(b.value()) == 0 && samePlace;
    }

    // ---- a person's own value ------------------------------------------------------------------------

    /**
     * The value a person's added figure takes the place of: a rejected value for the same indicator, or none.
     *
     * @throws DomainRuleException when the indicator has a value that is not rejected (correct that one instead)
     */
    public static Optional<StoredValue> manualValueReplaces(long reportId, List<StoredValue> values, String indicator) {
        Optional<StoredValue> existing = values.stream().filter(x -> x.value().indicator().equals(indicator)).findFirst();
        if (existing.isPresent() && existing.get().status() != ReviewStatus.REJECTED) {
            throw DomainRuleException.conflict("report " + reportId + " already has a value for " + indicator
                    + " (value " + existing.get().id() + "); correct that one instead");
        }
        return existing;
    }

    /**
     * The value an accepted suggestion takes the place of: an untouched value for the same indicator, or none.
     *
     * @throws DomainRuleException when a person decided the indicator's value already
     */
    public static Optional<StoredValue> acceptedSuggestionReplaces(long reportId, List<StoredValue> values, String indicator) {
        Optional<StoredValue> existing = values.stream().filter(x -> x.value().indicator().equals(indicator)).findFirst();
        if (existing.isPresent() && existing.get().status().byPerson()) {
            throw DomainRuleException.conflict("report " + reportId + " already has a reviewed value for " + indicator
                    + " (value " + existing.get().id() + ")");
        }
        return existing;
    }
}

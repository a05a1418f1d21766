package cn.fazhi.workbench.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of what a re-import, a re-extraction or a new version keeps, without a workspace. */
class KeepRulesTest {
    private static final String TEXT = "前言。全年办理行政复议案件57件。其他。";
    private static final String SENTENCE = "全年办理行政复议案件57件。";

    private static IndicatorValue figure(String indicator, int n, Evidence e) {
        return new IndicatorValue(indicator, BigDecimal.valueOf(n), "件", Qualifier.EXACT, false, Section.OTHER, e, 0.9,
                List.of(), List.of());
    }

    private static Evidence evidenceIn(String text) {
        int at = text.indexOf(SENTENCE);
        int v = text.indexOf("57");
        return new Evidence(at, at + SENTENCE.length(), SENTENCE, v, v + 2);
    }

    private static StoredValue stored(long id, IndicatorValue v, ReviewStatus status) {
        return new StoredValue(id, 1, v, status, null, "2026-01-01T00:00:00Z");
    }

    @Test
    void evidenceIsReanchoredWhereTheSentenceMoved() {
        IndicatorValue v = figure("review.cases", 57, evidenceIn(TEXT));
        String newText = "新增的一段开头文字。" + TEXT;
        IndicatorValue moved = KeepRules.relocate(v, newText);
        assertEquals(SENTENCE, newText.substring(moved.evidence().start(), moved.evidence().end()));
        assertEquals("57", newText.substring(moved.evidence().valueStart(), moved.evidence().valueEnd()));
        assertFalse(moved.flags().contains(KeepRules.EVIDENCE_FROM_PREVIOUS_VERSION));
        assertSame(v, KeepRules.relocate(v, TEXT), "unchanged place: the value itself");
    }

    @Test
    void aSentenceTheNewVersionLacksIsFlaggedNotDropped() {
        IndicatorValue v = figure("review.cases", 57, evidenceIn(TEXT));
        IndicatorValue kept = KeepRules.relocate(v, "完全不同的文本。");
        assertEquals(v.evidence(), kept.evidence());
        assertTrue(kept.flags().contains(KeepRules.EVIDENCE_FROM_PREVIOUS_VERSION));
        IndicatorValue manual = figure("review.cases", 57, null);
        assertSame(manual, KeepRules.relocate(manual, "x"));
    }

    @Test
    void onlyDecisionsOfAPersonAreCarriedOver() {
        List<StoredValue> old = List.of(stored(1, figure("a", 1, null), ReviewStatus.EXTRACTED),
                stored(2, figure("b", 2, null), ReviewStatus.CONFIRMED), stored(3, figure("c", 3, null), ReviewStatus.CORRECTED),
                stored(4, figure("d", 4, null), ReviewStatus.REJECTED), stored(5, figure("e", 5, null), ReviewStatus.MANUAL));
        assertEquals(List.of(2L, 3L, 4L, 5L), KeepRules.carriedOver(old).stream().map(StoredValue::id).toList());
    }

    @Test
    void reextractionChangesOnlyUntouchedValues() {
        List<StoredValue> current = List.of(
                stored(1, figure("same", 1, null), ReviewStatus.EXTRACTED),
                stored(2, figure("changed", 2, null), ReviewStatus.EXTRACTED),
                stored(3, figure("gone", 3, null), ReviewStatus.EXTRACTED),
                stored(4, figure("confirmed", 4, null), ReviewStatus.CONFIRMED),
                stored(5, figure("rejected", 5, null), ReviewStatus.REJECTED));
        List<IndicatorValue> fresh = List.of(figure("same", 1, null), figure("changed", 20, null),
                figure("confirmed", 40, null), figure("new", 6, null));
        KeepRules.ReextractionPlan plan = KeepRules.reextraction(current, fresh);
        assertEquals(1, plan.updates().size());
        assertEquals(2L, plan.updates().get(0).current().id());
        assertEquals(0, BigDecimal.valueOf(20).compareTo(plan.updates().get(0).next().value()));
        assertEquals(List.of("new"), plan.added().stream().map(IndicatorValue::indicator).toList());
        assertEquals(List.of(3L), plan.removed().stream().map(StoredValue::id).toList());
        assertEquals(2, plan.kept());
        assertTrue(plan.changed());
        assertFalse(KeepRules.reextraction(List.of(current.get(0)), List.of(figure("same", 1, null))).changed());
    }

    @Test
    void suggestionsNeverRepeatADecisionNorShadowAValue() {
        IndicatorValue s1 = figure("a", 1, evidenceIn(TEXT));
        IndicatorValue s2 = figure("b", 2, null);
        IndicatorValue s3 = figure("c", 3, null);
        List<StoredSuggestion> current = List.of(new StoredSuggestion(9, 1, s1, SuggestionStatus.DISMISSED, null, "t"));
        List<StoredValue> values = List.of(stored(1, figure("b", 7, null), ReviewStatus.EXTRACTED));
        assertEquals(List.of(s3), KeepRules.renewedSuggestions(List.of(s1, s2, s3), current, values));
        assertEquals(List.of(s1, s3), KeepRules.newSuggestions(List.of(s1, s2, s3), List.of(figure("b", 7, null))));
        assertTrue(KeepRules.sameSuggestion(s1, figure("a", 1, null)), "a place unknown on one side does not count");
        assertFalse(KeepRules.sameSuggestion(s1, figure("a", 2, null)));
    }

    @Test
    void aPersonsValueReplacesOnlyARejectedOne() {
        List<StoredValue> values = List.of(stored(1, figure("a", 1, null), ReviewStatus.REJECTED),
                stored(2, figure("b", 2, null), ReviewStatus.EXTRACTED));
        assertEquals(1L, KeepRules.manualValueReplaces(7, values, "a").orElseThrow().id());
        assertTrue(KeepRules.manualValueReplaces(7, values, "c").isEmpty());
        DomainRuleException e = assertThrows(DomainRuleException.class, () -> KeepRules.manualValueReplaces(7, values, "b"));
        assertEquals(WorkspaceException.Kind.CONFLICT, e.kind());
    }

    @Test
    void anAcceptedSuggestionReplacesOnlyAnUntouchedValue() {
        List<StoredValue> values = List.of(stored(1, figure("a", 1, null), ReviewStatus.EXTRACTED),
                stored(2, figure("b", 2, null), ReviewStatus.CORRECTED));
        assertEquals(1L, KeepRules.acceptedSuggestionReplaces(7, values, "a").orElseThrow().id());
        assertThrows(DomainRuleException.class, () -> KeepRules.acceptedSuggestionReplaces(7, values, "b"));
    }
}

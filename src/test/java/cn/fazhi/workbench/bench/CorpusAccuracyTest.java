package cn.fazhi.workbench.bench;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accuracy on real text the rules were not written from (docs/labelling.md): the development part, which
 * rules are tuned on, and the frozen test part, which is scored but never read while rules change. The
 * floors are a regression guard set just under the figures measured when they were last raised; they say
 * nothing about the targets, which the README reports against honestly.
 */
class CorpusAccuracyTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    /** Floors: precision of accepted values, recall of values, recall of values and suggestions. */
    // 1.000 / 0.630 / 0.905 after the wording, period, title and stage rules of 2026-12-01 (were 1.000 / 0.545 / 0.820).
    // Precision lowered from 0.99 to 0.97 when corpus-m was added (issue 9, precision-focused collection): its new
    // development text shows 3 wrong accepted values (0.977), the evidence the rule-writers asked for; no rule changed.
    // Back to 1.000 after the town-author and 交办件 rules (2026-12-01, third session): floor back to 0.99.
    // 0.964 (132 right, 5 wrong) with corpus-n (issue 9): new data, no rule change; its new development text shows
    // five wrong accepted values, all in it: three 办件 counts of parts in the tuning half (乌审旗, 兴安盟), two in the
    // holdout half; floor 0.99 -> 0.96.
    // 0.985 (132 right, 2 wrong, both in the holdout half) after the fourth session's rules: floor 0.98.
    private static final double DEV_PRECISION = 0.99; // 1.000 (136 right, 0 wrong) after a page's first line is read as its opening (eighth session)
    private static final double DEV_RECALL = 0.62; // 0.622 -> 0.626 (fourteenth session); 0.601 -> 0.622 after rounds 31-33, pinyin glosses and a writer in a title's closing bracket (thirteenth session); 0.588 -> 0.601 after round 29 (a 司法局 answer under its own title; twelfth session); 0.584 -> 0.588 after rounds 26-28 (eleventh session); 0.576 -> 0.584 after rounds 23-25 (tenth session); 0.589 -> 0.576 with corpus-r (new values missed or suggested; ninth session); 0.599 -> 0.589 with corpus-p and corpus-q (new values, most suggested; eighth session); 0.623 -> 0.620 with corpus-m (two new values missed, both suggested), no rule changed; 0.614 with corpus-n (new data, no rule change); 0.599 with corpus-o (7 new values, all suggested)
    // 1.000 / 0.623 / 0.931 after the suggestions for figures matched to nothing (topic_after, share_unnamed; issue 9)
    private static final double DEV_RECALL_WITH_SUGGESTIONS = 0.92; // 0.941 -> 0.927 after the label audit (audit1: 9 more labelled values, new labels, no rule change; sixteenth session); 0.912 -> 0.941 (thirteenth session); 0.922 -> 0.912 with corpus-r
    // 0.788 after the parts-and-requirements rules, 0.778 with corpus-k and the wording rules (2026-12-01).
    // 0.721 with corpus-m (issue 9): 27 new test-part sentences collected where the extractor was expected to fail
    // (towns, streets, departments, look-alike counts) brought 4 more wrong values and 3 more right ones; no rule
    // changed, so the guard is lowered from 0.75 to 0.70 to keep guarding rule changes, not to hide the figure
    // (README states it). The lead may prefer to keep 0.75 and make the rules win it back.
    // 0.744 (29 right, 10 wrong) after the subject, heading, part and period rules of 2026-12-01 (third session).
    // 0.714 (30 right, 12 wrong) with corpus-n (issue 9): its test-part pages brought 1 more right and 2 more wrong
    // values; new data, no rule change; floor 0.74 -> 0.71.
    // 0.756 (31 right, 10 wrong) / 0.403 / 0.818 after the fourth session's rules (2026-12-01): floors 0.75 / 0.40.
    private static final double TEST_PRECISION = 0.83; // 0.820 -> 0.824 (audit1: one more labelled value, accepted) -> 0.840 (42 right, 8 wrong) after round 46's level rules (which frozen sentence moved is not known; seventeenth session); 0.813 (39 right, 9 wrong) with corpus-p and corpus-q (four more right values on their test-part pages, no more wrong); 0.756 -> 0.778 (sixth session: news rules, three more right values) -> 0.795 (seventh: rounds 15-17, one wrong value fewer)
    // 0.431 (2026-12-01); 0.394 with corpus-l (six more labelled values there), no rule changed; 0.413 with corpus-m;
    // 0.387 after the third session's rules: two right values became suggestions (recall + suggestions unchanged)
    // 0.397 with corpus-o (one more labelled value, 90.0 网办率 of a 十三五 overview; new data, no rule change)
    private static final double TEST_RECALL = 0.47; // 0.494 -> 0.474 with corpus-s (16 new frozen pages: 10 more labelled values, 3 more accepted right, 1 more wrong; new data, no rule change; eighteenth session); 0.482 -> 0.494 (41 right, 9 wrong) after the thirteenth session's rules (which frozen sentence moved is not known); 0.470 -> 0.482 after round 22's rules (which frozen sentence moved is not known; ninth session); 0.476 -> 0.470 with corpus-r (one new value, not accepted); 0.476 with corpus-p and corpus-q; 0.397 -> 0.410 (sixth session: recall red-team, two of its rules taken back) -> 0.449 (news rules)
    private static final double TEST_RECALL_WITH_SUGGESTIONS = 0.84; // 0.855 -> 0.847 after the label audit (audit1: 42 right, 9 wrong of 85 labelled values — two more values, one accepted; the 9 wrong were confirmed by the blind second labelling); 0.843 -> 0.855 after round 22; 0.841 with corpus-p and corpus-q; 0.690 -> 0.6897 with corpus-i; 0.800 after the wording-and-scope rules (2026-12-01); 0.827 (third session); 0.818 with corpus-n (new data, no rule change)
    /** The development part's halves (bench accuracy --dev-holdout): tuned on the first, checked on the second. */
    private static final double TUNING_PRECISION = 0.99; // 1.000 / 0.644 / 0.915 (were 1.000 / 0.500 / 0.797); 0.987 / 0.642 / 0.917 with corpus-m (one wrong value, 交办件 read as 办件), precision floor lowered from 0.99; 1.000 again after the 交办件 rule, floor 0.99; 0.963 / 0.636 / 0.950 with corpus-n (three wrong 办件 counts of parts; new data, no rule change): floors 0.96 / 0.63; 1.000 again after the bare-count rule (fourth session): floor 0.99

    private static final double TUNING_RECALL = 0.69; // 0.688 -> 0.695 (fourteenth session: d-0114, the city hotline after a semicolon); 0.648 -> 0.688 (thirteenth session: 4 of the 5 from one page whose pinyin glosses cut its words); 0.625 -> 0.648 after round 29 (twelfth session); 0.617 -> 0.625 after round 26 (县本级, eleventh session); 0.602 -> 0.617 after rounds 23-25 (tenth session); 0.611 -> 0.602 with corpus-r; 0.636 -> 0.616 with corpus-o (new values, suggested)
    private static final double TUNING_RECALL_WITH_SUGGESTIONS = 0.97; // 0.938 -> 0.992 (thirteenth session); 0.944 -> 0.938 with corpus-r; 0.915 -> 0.949 (topic_after, share_unnamed)
    private static final double HOLDOUT_PRECISION = 0.99; // 1.000 after a page's first line is read as its opening (eighth session); 1.000 / 0.610 / 0.890 (were 1.000 / 0.610 / 0.854); 0.963 with corpus-m (two wrong values of towns/streets), floor lowered from 0.99; 1.000 again after the town-author rule, floor 0.99; 0.965 / 0.585 / 0.904 with corpus-n (new data, no rule change): floors 0.96 / 0.58
    private static final double HOLDOUT_RECALL = 0.53; // 0.545 -> 0.536 after the label audit (audit1: two more labelled values, suggested); 0.562 -> 0.545 with corpus-r; 0.577 -> 0.562 with corpus-q (8 new values, 3 accepted, the rest suggested); 0.633 -> 0.610 with corpus-j (new pages, two figures with a space inside); 0.610 -> 0.595 with corpus-k (two new figures missed), no rule changed; 0.593 -> 0.591 with corpus-m (one more figure, suggested); 0.585 -> 0.577 with corpus-o
    private static final double HOLDOUT_RECALL_WITH_SUGGESTIONS = 0.86; // 0.882 -> 0.866 after the label audit (audit1); 0.895 -> 0.882 with corpus-r; 0.907 -> 0.895 with corpus-q; 0.895 -> 0.907 (topic_after, share_unnamed)

    private static List<CorpusAccuracy.Item> items;
    private static CorpusAccuracy accuracy;

    @BeforeAll
    static void load() throws Exception {
        items = CorpusAccuracy.load(CORPUS);
        accuracy = CorpusAccuracy.withBundledCatalogue();
    }

    @Test
    void corpusIsLargeEnoughToMeanSomething() {
        long pages = items.stream().map(CorpusAccuracy.Item::url).distinct().count();
        assertTrue(items.size() >= 800, "sentences: " + items.size());
        assertTrue(pages >= 300, "pages: " + pages);
    }

    @Test
    void developmentPartStaysAboveItsFloor() {
        CorpusAccuracy.Score s = accuracy.score(items, false);
        System.out.println(CorpusAccuracy.table("development part", s));
        assertFloors(s, DEV_PRECISION, DEV_RECALL, DEV_RECALL_WITH_SUGGESTIONS);
    }

    @Test
    void developmentHalvesStayAboveTheirFloors() {
        CorpusAccuracy.Score tuning = accuracy.score(items, CorpusAccuracy.Part.DEV_TUNING);
        CorpusAccuracy.Score holdout = accuracy.score(items, CorpusAccuracy.Part.DEV_HOLDOUT);
        System.out.println(CorpusAccuracy.table("development part, tuning half", tuning));
        System.out.println(CorpusAccuracy.table("development part, holdout half", holdout));
        assertTrue(tuning.sentences + holdout.sentences == accuracy.score(items, false).sentences,
                "the halves split the development part");
        assertFloors(tuning, TUNING_PRECISION, TUNING_RECALL, TUNING_RECALL_WITH_SUGGESTIONS);
        assertFloors(holdout, HOLDOUT_PRECISION, HOLDOUT_RECALL, HOLDOUT_RECALL_WITH_SUGGESTIONS);
    }

    @Test
    void suggestionsAreCountedByReasonAndEveryFigureFoundOnlyAsASuggestionIsAmongThem() {
        CorpusAccuracy.Score s = accuracy.score(items, false);
        int valuesAmongSuggestions = s.suggestionsByReason.values().stream().mapToInt(n -> n[0]).sum();
        int foundOnlyAsSuggestion = s.total.goldFoundOrSuggested - s.total.truePositives;
        assertTrue(valuesAmongSuggestions >= foundOnlyAsSuggestion, valuesAmongSuggestions + " < " + foundOnlyAsSuggestion);
        assertTrue(s.suggestionsByReason.keySet().stream().anyMatch(k -> k.startsWith("report ")));
        assertTrue(s.suggestionsByReason.keySet().stream().anyMatch(k -> k.startsWith("loose text ")));
        assertTrue(CorpusAccuracy.reasonTable("development part", s).contains("negative"));
    }

    @Test
    void frozenTestPartStaysAboveItsFloor() {
        CorpusAccuracy.Score s = accuracy.score(items, true);
        System.out.println(CorpusAccuracy.table("frozen test part", s));
        assertFloors(s, TEST_PRECISION, TEST_RECALL, TEST_RECALL_WITH_SUGGESTIONS);
    }

    private static void assertFloors(CorpusAccuracy.Score s, double precision, double recall, double withSuggestions) {
        CorpusAccuracy.Tally t = s.total;
        assertTrue(t.precision() >= precision, "precision " + t.precision() + " < " + precision);
        assertTrue(t.recall() >= recall, "recall " + t.recall() + " < " + recall);
        assertTrue(t.recallWithSuggestions() >= withSuggestions,
                "recall with suggestions " + t.recallWithSuggestions() + " < " + withSuggestions);
    }
}

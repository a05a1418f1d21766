package cn.fazhi.workbench.compare;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutliersTest {
    private static Outliers.Figure f(String key, String value, String previous) {
        return new Outliers.Figure(key, new BigDecimal(value), previous == null ? null : new BigDecimal(previous));
    }

    @Test
    void theOneTenTimesTheOthersIsFlaggedAndTheOthersAreNot() {
        List<Outliers.Figure> figures = List.of(f("a", "270", null), f("b", "310", null), f("c", "250", null),
                f("d", "3400", null), f("e", "290", null), f("g", "330", null));
        Map<String, Set<Outliers.Flag>> flags = Outliers.flag(figures, false);
        assertEquals(Set.of(Outliers.Flag.TEN_TIMES_MEDIAN, Outliers.Flag.ROBUST_Z), flags.get("d"));
        for (String k : List.of("a", "b", "c", "e", "g")) {
            assertTrue(flags.get(k).isEmpty(), k + ": " + flags.get(k));
        }
        assertEquals(List.of("a", "b", "c", "d", "e", "g"), new ArrayList<>(flags.keySet()), "in the order given");
    }

    @Test
    void aTenthOfTheMedianIsFlaggedToo() {
        Map<String, Set<Outliers.Flag>> flags = Outliers.flag(List.of(f("a", "300", null), f("b", "310", null),
                f("c", "290", null), f("d", "28", null), f("e", "305", null)), false);
        assertTrue(flags.get("d").contains(Outliers.Flag.TENTH_OF_MEDIAN), flags.toString());
    }

    @Test
    void tooFewFiguresMakeNoDistributionButTheYearStillCounts() {
        Map<String, Set<Outliers.Flag>> flags = Outliers.flag(List.of(f("a", "10", "9"), f("b", "1000", "100"),
                f("c", "20", null)), false);
        assertEquals(Set.of(), flags.get("a"));
        assertEquals(Set.of(Outliers.Flag.YEAR_JUMP), flags.get("b"), "ten times its previous year");
        assertEquals(Set.of(), flags.get("c"));
    }

    @Test
    void ratesJumpByPointsNotByRatio() {
        Map<String, Set<Outliers.Flag>> flags = Outliers.flag(List.of(f("a", "95", "60"), f("b", "10", "2"),
                f("c", "99", "98")), true);
        assertEquals(Set.of(Outliers.Flag.YEAR_JUMP), flags.get("a"), "35 points");
        assertEquals(Set.of(), flags.get("b"), "8 points, though five times");
        assertEquals(Set.of(), flags.get("c"));
    }

    @Test
    void identicalFiguresAndZerosFlagNothing() {
        Map<String, Set<Outliers.Flag>> same = Outliers.flag(List.of(f("a", "5", "0"), f("b", "5", null), f("c", "5", null),
                f("d", "5", null), f("e", "5", null)), false);
        assertTrue(same.values().stream().allMatch(Set::isEmpty), same.toString());
        assertEquals(2.5, Outliers.median(List.of(1.0, 2.0, 3.0, 4.0)));
        assertEquals(3.0, Outliers.median(List.of(5.0, 3.0, 1.0)));
    }

    @Test
    void whenAThirdOfTheFiguresAreFarTheyAreTwoKindsOfFigureAndNoneIsFlagged() {
        List<Outliers.Figure> figures = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            figures.add(f("c" + k, k % 3 == 0 ? String.valueOf(100_000 + k) : String.valueOf(500 + 10 * k), null));
        }
        Map<String, Set<Outliers.Flag>> flags = Outliers.flag(figures, false);
        assertTrue(flags.values().stream().allMatch(Set::isEmpty), "a third far away is not a few wild figures: " + flags);
        List<Outliers.Figure> few = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            few.add(f("c" + k, k == 0 || k == 3 ? String.valueOf(100_000 + k) : String.valueOf(500 + 10 * k), null));
        }
        assertEquals(Set.of(Outliers.Flag.TEN_TIMES_MEDIAN, Outliers.Flag.ROBUST_Z), Outliers.flag(few, false).get("c0"),
                "two far among thirty are flagged");
    }

    @Test
    void aRateCloseToTheMedianIsNotFarHoweverTightlyTheOthersAgree() {
        List<Outliers.Figure> figures = List.of(f("a", "99", null), f("b", "98", null), f("c", "99.5", null), f("d", "98.5", null),
                f("e", "99", null), f("g", "92", null), f("h", "60", null));
        Map<String, Set<Outliers.Flag>> flags = Outliers.flag(figures, true);
        assertEquals(Set.of(), flags.get("g"), "7 points below");
        assertEquals(Set.of(Outliers.Flag.ROBUST_Z), flags.get("h"), "39 points below");
    }
}

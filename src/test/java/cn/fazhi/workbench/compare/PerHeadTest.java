package cn.fazhi.workbench.compare;

import cn.fazhi.workbench.extract.CatalogueLoader;
import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.model.Selection;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Counts per 10,000 residents from the user's population (issue 12): only where a population exists. */
class PerHeadTest {
    static final Catalogue CATALOGUE = CatalogueLoader.bundled();
    static final String LEGAL_AID = "legal_aid.cases"; // a count, higher is better

    @Test
    void perTenThousandRoundedToTwoDecimals() {
        assertEquals(new BigDecimal("24.8"), PerHead.per10k(new BigDecimal("274"), 110_500));
        assertEquals(new BigDecimal("0.09"), PerHead.per10k(new BigDecimal("1"), 110_500));
    }

    @Test
    void noPopulationNoPerHeadRow() {
        CompareFixture f = new CompareFixture();
        f.report(CompareFixture.TONGSHAN, 2022, null).value(LEGAL_AID, "274");
        List<ReportData> same = PerHead.addValues(f.data, Set.of(LEGAL_AID), Map.of());
        assertSame(f.data, same);
        assertSame(CATALOGUE, PerHead.withIndicators(CATALOGUE, same));
    }

    @Test
    void aPerHeadRowIsJudgedAndAMissingPopulationIsNotNotDisclosed() {
        CompareFixture f = new CompareFixture();
        f.report(CompareFixture.TONGSHAN, 2022, LocalDate.of(2023, 3, 1)).value(LEGAL_AID, "274");
        f.report(CompareFixture.JIAYU, 2022, LocalDate.of(2023, 3, 1)).value(LEGAL_AID, "300");
        f.report(CompareFixture.CHONGYANG, 2022, LocalDate.of(2023, 3, 1)).value(LEGAL_AID, "90");
        f.report(CompareFixture.YUANZHOU, 2022, LocalDate.of(2023, 3, 1)).value(LEGAL_AID, "55", Qualifier.EXACT,
                ReviewStatus.REJECTED);
        f.report(CompareFixture.county("通城县", "421222", "咸宁市", "湖北省"), 2022, LocalDate.of(2023, 3, 1))
                .value("mediation.disputes", "12");
        Map<String, Map<Integer, Long>> population = Map.of("421224", Map.of(2022, 400_000L),
                "421221", Map.of(2022, 300_000L), "360902", Map.of(2022, 1_105_000L), "421222", Map.of(2022, 450_000L));
        List<ReportData> with = PerHead.addValues(f.data, Set.of(LEGAL_AID), population);
        Catalogue extended = PerHead.withIndicators(CATALOGUE, with);
        Indicator count = CATALOGUE.find(LEGAL_AID).orElseThrow();
        Indicator head = extended.indicators().get(extended.indicators().indexOf(count) + 1);
        assertEquals(LEGAL_AID + PerHead.SUFFIX, head.code(), "the per-head row follows its count");
        assertEquals("每万人" + count.nameZh(), head.nameZh());
        assertEquals(PerHead.UNIT, head.unit());
        assertFalse(head.core(), "completeness counts what reports state, not what the workbench divides");
        assertTrue(Judgement.judged(head), "per head, a count is fair across sizes");
        assertFalse(Judgement.judged(count), "the raw count still is not");

        ComparisonTable t = Comparison.build(with, extended, Selection.ofYear(2022));
        int i = t.indicators().indexOf(head);
        int raw = t.indicators().indexOf(count);
        Map<String, Cell> byName = new HashMap<>();
        Map<String, Cell> countByName = new HashMap<>();
        for (int j = 0; j < t.jurisdictions().size(); j++) {
            byName.put(t.jurisdictions().get(j).name(), t.cell(j, i));
            countByName.put(t.jurisdictions().get(j).name(), t.cell(j, raw));
        }
        assertEquals(new BigDecimal("6.85"), byName.get("通山县").value());
        assertEquals(new BigDecimal("10"), byName.get("嘉鱼县").value());
        assertEquals(1, byName.get("嘉鱼县").rank());
        assertTrue(byName.get("嘉鱼县").best());
        assertNull(countByName.get("嘉鱼县").rank(), "the count itself is not ranked");
        assertTrue(byName.get("通山县").derived());
        assertEquals(countByName.get("通山县").valueId(), byName.get("通山县").valueId(), "the per-head cell opens the count's sentence");
        assertEquals(Absence.NO_POPULATION, byName.get("崇阳县").absence(), "count stated, population missing");
        assertEquals(Absence.NOT_STATED, byName.get("通城县").absence(), "population known, count not stated");
        assertEquals(Absence.REJECTED, byName.get("袁州区").absence(), "a rejected count gives no per-head figure either");
        assertNotNull(byName.get("袁州区").rejectedValue());
    }

    @Test
    void aSelectionOfTheCountKeepsItsPerHeadFigure() {
        Indicator count = CATALOGUE.find(LEGAL_AID).orElseThrow();
        Catalogue extended = CATALOGUE.withIndicators(
                java.util.stream.Stream.concat(CATALOGUE.indicators().stream(), java.util.stream.Stream.of(PerHead.indicatorOf(count))).toList());
        Selection s = new Selection(List.of(2022), List.of(), null, null, List.of(LEGAL_AID), List.of(), null, null);
        assertEquals(List.of(LEGAL_AID, LEGAL_AID + PerHead.SUFFIX), PerHead.withPerHeadCodes(s, extended).indicators());
        assertSame(s, PerHead.withPerHeadCodes(s, CATALOGUE));
    }
}

package cn.fazhi.workbench.compare;

import cn.fazhi.workbench.extract.CatalogueLoader;
import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.Direction;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;
import cn.fazhi.workbench.model.Selection;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static cn.fazhi.workbench.compare.CompareFixture.CHONGYANG;
import static cn.fazhi.workbench.compare.CompareFixture.JIAYU;
import static cn.fazhi.workbench.compare.CompareFixture.TONGSHAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Raw counts grow with the size of a place: they are shown, never ranked, marked best/worst or lit. */
class JudgementTest {
    static final Catalogue CATALOGUE = CatalogueLoader.bundled();

    private static Indicator ind(String code) {
        return CATALOGUE.find(code).orElseThrow();
    }

    @Test
    void ratesWithADirectionAreJudgedCountsAndNeutralOnesAreNot() {
        assertEquals(Judgement.Reason.JUDGED, Judgement.reason(ind("mediation.success_rate")));
        assertEquals(Judgement.Reason.JUDGED, Judgement.reason(ind("litigation.loss_rate")));
        assertEquals(Judgement.Reason.COUNT_DEPENDS_ON_SIZE, Judgement.reason(ind("legal_aid.cases")), "higher_better count");
        assertEquals(Judgement.Reason.COUNT_DEPENDS_ON_SIZE, Judgement.reason(ind("litigation.lost")), "lower_better count");
        assertEquals(Judgement.Reason.NO_DIRECTION, Judgement.reason(ind("mediation.disputes")));
        assertEquals(Judgement.Reason.NO_DIRECTION, Judgement.reason(ind("reconsideration.correction_rate")));
        for (Indicator i : CATALOGUE.indicators()) {
            if (i.kind() == IndicatorKind.COUNT) {
                assertFalse(Judgement.judged(i), i.code() + " is a count");
            }
        }
    }

    @Test
    void aSmallCountyIsNotWorstForHandlingFewerCasesButTheRatesBesideAreStillRanked() {
        CompareFixture f = new CompareFixture();
        // a big district handles many cases, a small county few: the counts say nothing about who did better
        f.report(TONGSHAN, 2022, null).value("legal_aid.cases", "40").value("litigation.lost", "1")
                .value("mediation.success_rate", "99");
        f.report(CHONGYANG, 2022, null).value("legal_aid.cases", "900").value("litigation.lost", "30")
                .value("mediation.success_rate", "91");
        f.report(JIAYU, 2022, null).value("legal_aid.cases", "300").value("litigation.lost", "8")
                .value("mediation.success_rate", "80");
        ComparisonTable t = Comparison.build(f.data, CATALOGUE, Selection.ofYear(2022));
        for (String code : List.of("legal_aid.cases", "litigation.lost")) {
            int i = t.indicators().indexOf(ind(code));
            for (int j = 0; j < t.jurisdictions().size(); j++) {
                Cell c = t.cell(j, i);
                assertNotNull(c.value());
                assertNull(c.rank(), code);
                assertFalse(c.best() || c.worst(), code + " has no best or worst");
                assertEquals(Light.NONE, c.light());
            }
            assertEquals(3, t.stats().get(i).count(), "still summed up: median, lowest, highest");
            assertNotNull(t.stats().get(i).median());
        }
        int rate = t.indicators().indexOf(ind("mediation.success_rate"));
        int tongshan = t.jurisdictions().indexOf(TONGSHAN);
        int jiayu = t.jurisdictions().indexOf(JIAYU);
        assertEquals(1, t.cell(tongshan, rate).rank());
        assertTrue(t.cell(tongshan, rate).best());
        assertTrue(t.cell(jiayu, rate).worst());
        assertEquals(Light.RED, t.cell(jiayu, rate).light());
    }

    @Test
    void aCountWithThresholdsInAnEditedCatalogueIsStillNotLit() {
        Indicator base = ind("legal_aid.cases");
        Indicator lit = new Indicator(base.code(), base.nameZh(), base.nameEn(), base.kind(), base.unit(), base.units(),
                Direction.HIGHER_BETTER, base.group(), base.core(), base.topic(), base.cues(), base.excludes(),
                base.numerator(), base.denominators(), new Indicator.Thresholds(100.0, 10.0), base.part(),
                base.requires(), base.otherTopics());
        assertEquals(Light.NONE, Comparison.light(new BigDecimal("5"), lit));
    }
}

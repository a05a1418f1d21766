package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;

/** A count whose clause names no matter of its own: the sentence's earlier clauses say what it counts. */
class BareCountTest {

    @Test
    void aBareCountCountsWhatTheSentencesEarlierClausesName() {
        notAValue("推出86项“一件事”套餐服务，全年产生办件量3.2万件。", "licensing.handled");
        notAValue("推进“信用+容缺”受理，产生办件120件。", "licensing.handled");
        // a clause that names its own matter stands on its own
        aValue("推进“跨省通办”改革，全年办理政务服务事项36万件。", "licensing.handled");
        aValue("深化“最多跑一次”改革，全年办件量25万件。", "licensing.handled");
    }
}

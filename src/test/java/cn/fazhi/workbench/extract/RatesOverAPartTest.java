package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rate worked out over a total while its count follows a kind of the cases named after 其中. */
class RatesOverAPartTest {

    @Test
    void aCountAfterAKindOfTheCasesNamedAfter其中GivesNoRateOfTheTotal() {
        String s = "全年共承办行政诉讼案件88件，其中以县政府为被告的36件，行政机关负责人出庭应诉36件。";
        suggested(s, "litigation.head_appearance_rate");
        aValue(s, "litigation.cases");
        aValue(s, "litigation.head_appeared");
        assertTrue(report(s).suggestions().stream().anyMatch(v -> v.flags().contains(RatesOverAPart.FLAG)));
        suggested("全县共发生行政诉讼案件60件，其中一审案件48件，行政机关负责人出庭应诉48件。",
                "litigation.head_appearance_rate");
        suggested("全县共调处矛盾纠纷2680件，其中重大疑难纠纷56件，调处成功率98.5%。", "mediation.succeeded");
    }

    @Test
    void aPartOfTheTotalItselfOrOutcomesListedAfter其中KeepTheirRate() {
        aValue("全年共审结行政复议案件50件，其中纠错5件。", "reconsideration.correction_rate");
        aValue("全年审结行政复议案件50件，其中维持30件，纠错5件。", "reconsideration.correction_rate");
        aValue("全县共发生行政诉讼案件60件，行政机关负责人出庭应诉48件。", "litigation.head_appearance_rate");
        aValue("全县共调解矛盾纠纷1200件，调解成功1190件。", "mediation.success_rate");
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;

/**
 * Round 53, helpers a, c and e (blind): a total written after its parts (…，合计N件) is the whole when the parts add up
 * to it, and a bare rate right after it is the whole's; the parts stay parts. Made-up sentences.
 */
class TotalsAfterTheirPartsRound53Test {
    private static final String COUNTY = "安吉县人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void aBareTotalAfterKindsEndingInTheRestIsTheWhole() {
        var x = extract(COUNTY + "全县人民调解组织调解婚姻家庭纠纷186件、邻里纠纷302件、劳资纠纷411件、其他纠纷233件，"
                + "合计1132件，调解成功率99.1%。\n");
        assertValue(x, "mediation.disputes", "1132");
        assertValue(x, "mediation.success_rate", "99.1");
    }

    @Test
    void aTotalThatNamesItselfAfterItsPartsIsTheWhole() {
        var x = extract(COUNTY + "组织开展案卷评查，评查处罚案卷312卷、许可案卷154卷、检查案卷86卷，合计评查行政执法案卷552卷。\n");
        assertValue(x, "enforcement.files_reviewed", "552");
        var heads = extract(COUNTY + "主要负责人出庭应诉37人次、其他负责人出庭应诉98人次，共计出庭应诉135人次，出庭应诉率达100%。\n");
        assertValue(heads, "litigation.head_appearance_rate", "100");
    }

    @Test
    void partsThatDoNotAddUpOrABreakdownAfterQiZhongGiveNoWhole() {
        // the kinds add up to less than the total, and no 其他 closes the list: some kinds may be left out
        assertNoValue(extract(COUNTY + "全县调解婚姻家庭纠纷186件、邻里纠纷302件，合计1132件。\n"), "mediation.disputes");
        var x = extract(COUNTY + "全年调解纠纷3000件；其中婚姻家庭纠纷186件、邻里纠纷302件、其他纠纷233件，合计721件。\n");
        assertValue(x, "mediation.disputes", "3000");
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * (The fixture is a 2022 report.) A table of the year's indicators flattened into lines (a PDF's or a web
 * page's annex, a Word table's cells joined by tabs): the header says which column is which year, and the reporting year's column is the value.
 */
class TableYearColumnsTest {

    @Test
    void theReportingYearsColumnIsTheValueAndTheOtherYearsIsNot() {
        for (String sep : new String[] {" ", "\t"}) {
            var x = report("附表：主要指标完成情况\n指标" + sep + "2021年" + sep + "2022年\n行政复议纠错率" + sep + "12.5%" + sep
                    + "10.9%\n调解成功率" + sep + "98.1%" + sep + "99.2%");
            assertValue(x, "reconsideration.correction_rate", "10.9");
            assertValue(x, "mediation.success_rate", "99.2");
            assertTrue(x.suggestions().isEmpty(), x.suggestions().toString());
        }
        assertValue(report("附表\n指标 2022年 2021年\n行政复议纠错率 10.9% 12.5%"), "reconsideration.correction_rate", "10.9");
        assertValue(report("附表\n项目 2021年度 2022年度\n行政复议纠错率 12.5% 10.9%"), "reconsideration.correction_rate", "10.9");
    }

    @Test
    void aBareFigureTakesTheUnitItsRowsLabelGives() {
        var x = report("附表：主要指标完成情况\n指标\t2021年\t2022年\n行政诉讼案件（件）\t52\t61\n行政复议收案(件)\t120\t131");
        assertValue(x, "litigation.cases", "61");
        assertValue(x, "reconsideration.received", "131");
        // without a header of years, a bare figure stays without a unit, and so no count
        assertNoValue(report("行政诉讼案件（件） 52 61"), "litigation.cases");
    }

    @Test
    void withoutTheReportingYearOrWithAFigureTheHeaderDoesNotNameNothingIsAValue() {
        var x = report("附表\n指标 2020年 2021年\n行政复议纠错率 12.5% 10.9%");
        assertNoValue(x, "reconsideration.correction_rate");
        assertTrue(x.suggestions().isEmpty(), x.suggestions().toString());
        // a column of changes the header names is told apart (decision 0051): the reporting year's column is the value
        assertValue(report("附表\n指标 2021年 2022年 增减\n行政复议纠错率 12.5% 10.9% -1.6"), "reconsideration.correction_rate", "10.9");
        // one figure more than the header has years: which is which is not known
        assertNoValue(report("附表\n指标 2021年 2022年\n行政复议纠错率 12.5% 10.9% 11.2%"), "reconsideration.correction_rate");
        // a sentence between the header and the row
        assertNoValue(report("指标 2021年 2022年\n全县坚持依法行政，成效明显。\n行政复议纠错率 12.5% 10.9%"),
                "reconsideration.correction_rate");
    }
}

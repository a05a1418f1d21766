package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;

/**
 * Round 52 (helper k's report r133, blind): the pieces in a bracket right after a figure after 其中 break that figure
 * down and do not make it one piece of a list; drafts named with a long name before 拟制发 are what a review was for,
 * not a plan; helper l's r134: a count inside a bracket does not hide the noun the bracket qualifies; helper j: a level
 * kept (保持在) in a sentence of two years spans both. Made-up sentences.
 */
class BracketsAndDraftsRound52Test {
    private static final String COUNTY = "安吉县人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void piecesInTheBracketAfterAFigureAreItsParts() {
        var x = extract(COUNTY + "全年审结行政复议案件212件，其中直接纠错26件（撤销15件、确认违法7件、责令履行4件），纠错率12.3%。\n");
        assertValue(x, "reconsideration.corrected", "26");
        assertValue(x, "reconsideration.correction_rate", "12.3");
        // pieces listed beside each other after 其中 stay a breakdown, whatever brackets they carry
        assertNoValue(extract(COUNTY + "全年审结行政复议案件212件，其中撤销15件（含部分撤销3件），确认违法7件，责令履行4件。\n"),
                "reconsideration.corrected");
    }

    @Test
    void draftsReviewedAreNoPlanThoughALongNameStandsBetween() {
        assertValue(extract(COUNTY + "全年对县人民政府及县人民政府办公室拟印发的行政规范性文件开展合法性审核23件。\n"),
                "normative_docs.reviewed", "23");
    }

    @Test
    void aCountInsideABracketDoesNotHideTheNounItQualifies() {
        assertNoValue(extract(COUNTY + "全县行业性专业性调委会（共28个）全年共调处矛盾纠纷1210件。\n"), "mediation.disputes");
        assertValue(extract(COUNTY + "全县各级人民调解组织（包括15个乡镇调委会、208个村（社区）调委会和28个行业性专业性调委会）"
                + "全年共调处矛盾纠纷9630件。\n"), "mediation.disputes", "9630");
    }

    @Test
    void aLevelKeptInASentenceOfTwoYearsSpansBoth() {
        assertNoValue(extract(COUNTY + "2023年全县调解矛盾纠纷8120件，2024年调解矛盾纠纷8630件，调解成功率保持在98%以上。\n"),
                "mediation.success_rate");
        assertValue(extract(COUNTY + "2024年，全县调解矛盾纠纷8630件，调解成功率保持在98.6%。\n"), "mediation.success_rate", "98.6");
    }
}

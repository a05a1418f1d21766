package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.ingest.TextNormalizer;
import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Red-team round 39 (tools/probes/redteam-round39-numbers*.txt): the figure as a report writes it (万/亿, 余/逾/近,
 * Chinese numerals, thousands separated by a Chinese comma, full-width digits, 百分之) and the kind of statement
 * (a condition, a question, what was due). Each trap with a control whose figure is the county's whole-year value.
 */
class NeighboursRound39Test {

    private static void notAValue(String sentence, String indicator) {
        assertNoValue(report(sentence), indicator);
    }

    @Test
    void chineseCommasBetweenThousandsKeepTheFiguresMagnitude() {
        assertEquals("5630余件", TextNormalizer.normalize("5，630余件").text());
        assertEquals("1234567件", TextNormalizer.normalize("1，234，567件").text());
        assertEquals("12345件次", TextNormalizer.normalize("12，345件次").text());
        // a list of figures, a decimal, a group of four: the comma stays
        assertEquals("5件，630余件", TextNormalizer.normalize("5件，630余件").text());
        assertEquals("1.5，234件", TextNormalizer.normalize("1.5，234件").text());
        assertEquals("1，2345，678件", TextNormalizer.normalize("1，2345，678件").text());
        assertEquals("2022年，234，567件", TextNormalizer.normalize("2022年，234，567件").text());
        var x = report("全年共调解矛盾纠纷5，630余件，调解成功率98.6%。");
        assertValue(x, "mediation.disputes", "5630");
        assertValue(report("全年办理政务服务事项1，234，567件。"), "licensing.handled", "1234567");
    }

    @Test
    void aLoneNumeralIsACountOnlyWhereItEndsItsClause() {
        assertValue(report("全年废止规范性文件十件。"), "normative_docs.repealed", "10");
        assertValue(report("全年合法性审查规范性文件五件，均按期完成。"), "normative_docs.reviewed", "5");
        // set phrases: a numeral before a noun, 零件, 上万件
        notAValue("全年办好民生十件实事。", "licensing.handled");
        notAValue("推进一件事一次办改革，全年办件上万件。", "licensing.handled");
        notAValue("全年调处矛盾纠纷数十件。", "mediation.disputes");
        notAValue("全年调处矛盾纠纷几十件。", "mediation.disputes");
    }

    @Test
    void theHotlinesNumberIsNotFiveDigitsOfALargerFigure() {
        var x = report("全年办理政务服务事项1234567件，按期办结率100%。");
        assertValue(x, "licensing.handled", "1234567");
        assertNoValue(x, "hotline.completion_rate");
        notAValue("全年办理政务服务事项123456件，按期办结率100%。", "hotline.completion_rate");
        assertValue(report("全年12345热线受理群众诉求23.5万件，按期办结率99.85%。"), "hotline.completion_rate", "99.85");
    }

    @Test
    void aConditionOrAQuestionIsNoResult() {
        notAValue("如负责人出庭应诉率低于90%，则予以通报。", "litigation.head_appearance_rate");
        notAValue("若行政诉讼败诉率超过10%，则取消评优资格。", "litigation.loss_rate");
        notAValue("全县全年调解矛盾纠纷能否突破6000件？", "mediation.disputes");
        // 如 as "such as", 如期: a result
        assertValue(report("各项工作成效明显，如全年调解矛盾纠纷5630件，调解成功率99.3%。"), "mediation.disputes", "5630");
        assertValue(report("如期完成规范性文件清理，全年废止规范性文件12件。"), "normative_docs.repealed", "12");
    }

    @Test
    void theAppearancesDueAreNotTheAppearancesMade() {
        notAValue("全年行政机关负责人应出庭应诉案件52件。", "litigation.head_appeared");
        notAValue("需负责人出庭应诉的行政诉讼案件31件。", "litigation.head_appeared");
        var x = report("全年应出庭应诉案件52件，行政机关负责人实际出庭应诉50件，出庭应诉率96.2%。");
        assertValue(x, "litigation.head_appeared", "50");
        assertValue(x, "litigation.head_appearance_rate", "96.2");
    }

    @Test
    void aRespectivelyListsCommaPartsItsFigures() {
        assertEquals("分别为286，274，265件。", TextNormalizer.normalize("分别为286，274，265件。").text());
        assertEquals("分别为286，274件。", TextNormalizer.normalize("分别为286，274件。").text());
        // items that carry their own unit are read whole
        assertEquals("分别为1234件、1102件。", TextNormalizer.normalize("分别为1，234件、1，102件。").text());
        var x = report("全年收到、受理行政复议申请分别为286，274件。");
        org.junit.jupiter.api.Assertions.assertTrue(x.values().stream()
                .allMatch(v -> v.value().compareTo(java.math.BigDecimal.valueOf(1000)) < 0), x.values().toString());
        var y = report("全年共收到行政复议申请1，286件，受理1，274件。");
        assertValue(y, "reconsideration.received", "1286");
        assertValue(y, "reconsideration.accepted", "1274");
    }

    @Test
    void aFigureThatIsTwelveThousandThreeHundredFortyFiveIsNoHotline() {
        var x = report("全年调解矛盾纠纷12345件，调解成功率99.1%。");
        assertValue(x, "mediation.disputes", "12345");
        assertValue(x, "mediation.success_rate", "99.1");
        assertValue(report("全年办理法律援助案件12345件。"), "legal_aid.cases", "12345");
    }

    @Test
    void aRankingsShareAndTheHeadsWhoWentAreReadRight() {
        notAValue("12345热线按期办结率位居全省前10%。", "hotline.completion_rate");
        assertValue(report("全年行政机关负责人出庭应诉率、出庭出声率均达100%。"), "litigation.head_appearance_rate", "100");
        assertValue(report("行政机关负责人做到应出尽出、出庭应诉52件。"), "litigation.head_appeared", "52");
        var x = report("全年行政应诉案件中负责人出庭应诉46件，出庭应诉率100%。");
        assertValue(x, "litigation.head_appeared", "46");
    }

    @Test
    void pendingEstimatedAndPickedByABoundAreNoResults() {
        notAValue("全年行政复议案件待审结12件。", "reconsideration.concluded");
        notAValue("预估全年政务服务办件量120万件。", "licensing.handled");
        notAValue("估计全年调解矛盾纠纷5000件左右。", "mediation.disputes");
        notAValue("准备废止规范性文件5件。", "normative_docs.repealed");
        notAValue("凡败诉率超过10%的单位，取消年度评优资格。", "litigation.loss_rate");
        notAValue("对负责人出庭应诉率低于90%的单位进行约谈。", "litigation.head_appearance_rate");
        var x = report("全年应受理行政复议案件136件，实际受理128件。");
        assertValue(x, "reconsideration.accepted", "128");
        var y = report("全年审结行政复议案件128件，尚未审结12件。");
        assertValue(y, "reconsideration.concluded", "128");
        // a result in the same words: 调解成功率98.6%的好成绩, a preparation as a noun
        assertValue(report("全年调解成功率98.6%的好成绩得益于各级调解组织。"), "mediation.success_rate", "98.6");
        assertValue(report("做好备案准备，全年报送备案规范性文件15件。"), "normative_docs.filed", "15");
    }

    @Test
    void theLevelAChangeReachedIsTheValueAndThousandsAfterDigitsCount() {
        assertValue(report("全县行政诉讼败诉率同比下降至5.3%。"), "litigation.loss_rate", "5.3");
        notAValue("全县人民调解成功率较上年提高1.2%。", "mediation.success_rate");
        assertValue(report("全年办理法律援助案件1千余件，挽回经济损失2300余万元。"), "legal_aid.cases", "1000");
    }

    @Test
    void slogansAndQuestionsOfAnotherClauseLeaveTheResult() {
        assertValue(report("12345热线坚持凡诉必办，全年受理群众诉求12.3万件，按期办结率99.8%。"), "hotline.completion_rate", "99.8");
        assertValue(report("坚持应调尽调，全年调解矛盾纠纷5630件。"), "mediation.disputes", "5630");
        assertValue(report("全年调解矛盾纠纷5630件，成效从何而来？"), "mediation.disputes", "5630");
        notAValue("正在办理的政务服务事项1.2万件。", "licensing.handled");
        notAValue("调解成功率超过98%的乡镇有12个。", "mediation.success_rate");
    }
}

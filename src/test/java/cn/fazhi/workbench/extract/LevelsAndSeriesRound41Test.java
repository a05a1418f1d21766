package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;

/**
 * Round 41 (tools/probes/redteam-round41-levels*.tsv, the lead's blind batches), recall without new wrong values: a
 * change and the level it reached in one clause ("纠错率同比提高2.1个百分点至10.6%") gave no candidate at all, nor did a
 * year's bare act or 为 after another year's count or level ("2021年办理法律援助案件760件，2022年办理812件") or the
 * county's after the city's ("全市…纠错率为8.7%，我县为10.6%"), nor 立案 for reconsideration cases
 * accepted. The names now carry over; period, subject and part checks judge the figure.
 */
class LevelsAndSeriesRound41Test {

    @Test
    void theLevelAfterAChangeInTheSameClauseIsTheNamedFigure() {
        assertValue(report("2022年，全县行政复议纠错率同比提高2.1个百分点至10.6%。"), "reconsideration.correction_rate", "10.6");
        assertValue(report("全县人民调解成功率较上年提高0.5个百分点至98.6%。"), "mediation.success_rate", "98.6");
        assertValue(report("全县行政诉讼败诉率同比下降3.2个百分点至8.5%。"), "litigation.loss_rate", "8.5");
        assertValue(report("全年办理法律援助案件同比增长15.2%至812件。"), "legal_aid.cases", "812");
        var x = report("全县矛盾纠纷调解成功率同比提高0.3个百分点至98.9%，全县共调解纠纷3260件。");
        assertValue(x, "mediation.success_rate", "98.9");
        assertValue(x, "mediation.disputes", "3260");
    }

    @Test
    void theChangeItselfAndTheLevelsOfOtherPeriodsBodiesAndPartsStayOut() {
        notAValue("全县人民调解成功率同比提高2.1个百分点。", "mediation.success_rate");
        notAValue("力争全县行政复议纠错率同比提高2个百分点至15%。", "reconsideration.correction_rate");
        notAValue("一季度，全县行政诉讼败诉率同比下降3.2个百分点至8.5%。", "litigation.loss_rate");
        notAValue("其中，涉企行政复议案件纠错率同比提高2.1个百分点至10.6%。", "reconsideration.correction_rate");
        notAValue("全市行政机关负责人出庭应诉率同比提升12个百分点至95.6%。", "litigation.head_appearance_rate");
        notAValue("近三年来，全县行政复议纠错率年均提高2.1个百分点至10.6%。", "reconsideration.correction_rate");
        notAValue("县市场监管局行政复议纠错率同比提高2.1个百分点至10.6%。", "reconsideration.correction_rate");
        notAValue("县人民法院一审审结行政案件同比增长12%至86件。", "litigation.concluded");
    }

    @Test
    void aYearsBareActOrLevelAfterAnotherYearsCountTakesItsWords() {
        assertValue(report("2021年办理法律援助案件760件，2022年办理812件。"), "legal_aid.cases", "812");
        assertValue(report("2021年，全县共受理行政复议案件76件，2022年受理86件。"), "reconsideration.accepted", "86");
        assertValue(report("上年办理法律援助案件760件，今年办理812件。"), "legal_aid.cases", "812");
        assertValue(report("2021年，全县行政复议纠错率为8.5%，2022年为10.6%。"), "reconsideration.correction_rate", "10.6");
        assertValue(report("2021年全县12345热线办结率为98.5%，2022年为99.2%。"), "hotline.completion_rate", "99.2");
        assertValue(report("2022年办理法律援助案件812件，2021年办理760件。"), "legal_aid.cases", "812");
        assertValue(report("全年行政复议立案286件，审结270件。"), "reconsideration.accepted", "286");
    }

    @Test
    void theSeriesYearBodyAndPartStillRuleTheFigure() {
        notAValue("2021年办理法律援助案件760件，2022年上半年办理412件。", "legal_aid.cases");
        notAValue("2020年办理法律援助案件640件，2021年办理760件。", "legal_aid.cases");
        notAValue("2021年县法院审结行政案件76件，2022年审结86件。", "litigation.concluded");
        notAValue("2021年调解涉企纠纷310件，2022年调解352件。", "mediation.disputes");
        notAValue("2021年全市行政复议纠错率为8.5%，2022年为10.6%。", "reconsideration.correction_rate");
        notAValue("2021年全县行政复议纠错率为8.5%，2022年1—10月为10.6%。", "reconsideration.correction_rate");
        notAValue("2021年全县行政复议纠错率为8.5%，2022年目标为10%。", "reconsideration.correction_rate");
        notAValue("全县综合执法局立案查处违法案件286件。", "reconsideration.accepted");
        notAValue("行政复议机构对不符合条件的申请不予立案12件。", "reconsideration.accepted");
    }

    @Test
    void theCountysFigureAfterTheCitysTakesTheCitysWords() {
        assertValue(report("全市行政复议纠错率为8.7%，我县为10.6%。"), "reconsideration.correction_rate", "10.6");
        assertValue(report("全市人民调解成功率98.5%，我县达到99.1%。"), "mediation.success_rate", "99.1");
        assertValue(report("全市共受理行政复议案件1260件，我县受理86件。"), "reconsideration.accepted", "86");
        notAValue("全省行政机关负责人出庭应诉率为95%，我市为97%。", "litigation.head_appearance_rate");
        notAValue("全市调解成功率为98.5%，我县上半年为99.1%。", "mediation.success_rate");
        notAValue("全市2021年调解成功率为98.5%，我县为99.1%。", "mediation.success_rate");
        notAValue("全省行政复议纠错率为11.2%，全市为8.7%。", "reconsideration.correction_rate");
    }

    @Test
    void aCountNamedByItsNounAloneLendsTheNounToTheNextClausesAct() {
        assertValue(report("全市法律援助案件3260件，我县办理812件。"), "legal_aid.cases", "812");
        assertValue(report("2021年全县法律援助案件760件，2022年办理812件。"), "legal_aid.cases", "812");
        assertValue(report("全市各类矛盾纠纷5.6万件，我县调解3260件。"), "mediation.disputes", "3260");
        notAValue("全市行政复议案件1260件，我县上半年受理46件。", "reconsideration.accepted");
        notAValue("全市涉企纠纷5600件，我县调解326件。", "mediation.disputes");
        notAValue("2020年全县法律援助案件640件，2021年办理760件。", "legal_aid.cases");
        notAValue("全省行政诉讼案件2.1万件，我市发生1260件。", "litigation.cases");
        notAValue("上年结转行政诉讼案件9件，本年新收86件，审结88件。", "litigation.cases"); // a stock lends no noun
    }
}

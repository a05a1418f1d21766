package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static cn.fazhi.workbench.extract.ExtractorFixture.number;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How reports tie a figure to its indicator when the name is not in the figure's own clause: the level a
 * change reached ("败诉率逐年下降，2022年降至4.2%"), and a matter written as a label before a colon
 * ("行政复议：收到申请86件"). Each rule with the hard negatives it must not take. All sentences are made up in
 * the style of reports (the fixture's report is 通山县's of 2022).
 */
class LevelsAndLabelsTest {

    @Test
    void theLevelAChangeReachedIsTheYearsLevel() {
        assertEquals(new BigDecimal("4.2"),
                number(report("行政诉讼败诉率较上年下降1.3个百分点，降至4.2%。"), "litigation.loss_rate"));
        assertEquals(new BigDecimal("4.2"),
                number(report("行政诉讼败诉率较上年下降1.3个百分点，2022年降至4.2%。"), "litigation.loss_rate"));
        assertEquals(new BigDecimal("15.2"), number(report("行政复议纠错率同比提高2个百分点，提升至15.2%。"),
                "reconsideration.correction_rate"));
    }

    @Test
    void aCountAfterItsChangeTakesTheNameBeforeTheChange() {
        // the verb of the name (受理) must reach the level: "受理…申请，达" does not end with the name
        assertEquals(new BigDecimal("86"), number(report("全年受理行政复议申请同比增长20%，达86件。"),
                "reconsideration.accepted"));
        assertEquals(new BigDecimal("86"), number(report("全年收到行政复议申请同比增长20%，达86件。"),
                "reconsideration.received"));
        assertEquals(new BigDecimal("3200"), number(report("全年调解矛盾纠纷同比增长12%，达3200件。"), "mediation.disputes"));
    }

    @Test
    void noLevelOfAnotherPeriodAPartOfTheYearATargetOrAnotherBody() {
        assertTrue(value(report("行政诉讼败诉率较上年下降1.3个百分点，2021年降至4.2%。"), "litigation.loss_rate").isEmpty());
        assertTrue(value(report("行政诉讼败诉率较上年下降1.3个百分点，一季度降至4.2%。"), "litigation.loss_rate").isEmpty());
        assertTrue(value(report("行政诉讼败诉率较上年下降1.3个百分点，力争降至3%。"), "litigation.loss_rate").isEmpty());
        assertTrue(value(report("近三年行政诉讼败诉率较上年下降1.3个百分点，降至4.2%。"), "litigation.loss_rate").isEmpty());
        assertTrue(value(report("全省行政诉讼败诉率较上年下降1.3个百分点，降至4.2%。"), "litigation.loss_rate").isEmpty());
        assertTrue(value(report("市中级人民法院受理行政诉讼案件同比增长20%，达86件。"), "litigation.cases").isEmpty());
        assertTrue(value(report("行政复议申请数量同比增长20%，1-10月达86件。"), "reconsideration.received").isEmpty());
        // a share is no level
        assertTrue(value(report("收到行政复议申请同比增长20%，占全市的30%。"), "reconsideration.received").isEmpty());
    }

    @Test
    void aLabelBeforeAColonNamesTheMatterOfTheClausesAfterIt() {
        var x = report("行政复议：收到申请86件，受理80件，审结75件。");
        assertEquals(new BigDecimal("86"), number(x, "reconsideration.received"));
        assertEquals(new BigDecimal("80"), number(x, "reconsideration.accepted"));
        assertEquals(new BigDecimal("75"), number(x, "reconsideration.concluded"));
        assertEquals(new BigDecimal("86"), number(report("（二）行政复议工作：全年收到申请86件。"), "reconsideration.received"));
        assertEquals(new BigDecimal("86"), number(report("行政复议案件：收到86件，受理80件。"), "reconsideration.received"));
        // a label rules the part of the sentence up to its semicolon
        var two = report("行政复议：收到申请86件；行政应诉：收到起诉45件。");
        assertEquals(new BigDecimal("86"), number(two, "reconsideration.received"));
        assertEquals(new BigDecimal("45"), number(two, "litigation.cases"));
    }

    @Test
    void aHeadingOrAnAspectThatIsOnlyAMatterNamesItToo() {
        var x = report("（三）行政复议\n全年收到申请86件，受理80件，审结75件。\n2.行政应诉。全年发生案件45件，败诉3件。");
        assertEquals(new BigDecimal("86"), number(x, "reconsideration.received"));
        assertEquals(new BigDecimal("80"), number(x, "reconsideration.accepted"));
        assertEquals(new BigDecimal("45"), number(x, "litigation.cases"));
        assertEquals(new BigDecimal("90"), number(report("在行政复议方面，全年共收到申请90件，受理85件。"),
                "reconsideration.received"));
        // a heading that says more than a matter, a clause that says more than a verb and its bare noun
        assertTrue(value(report("（三）依法化解行政争议\n全年收到申请86件。"), "reconsideration.received").isEmpty());
        assertTrue(value(report("（三）行政复议\n市行政复议局全年收到申请900件。"), "reconsideration.received").isEmpty());
        assertTrue(value(report("（三）行政复议\n全年收到群众来信86件。"), "reconsideration.received").isEmpty());
        assertTrue(value(report("（三）行政复议\n上半年收到申请40件。"), "reconsideration.received").isEmpty());
        assertTrue(value(report("（三）行政复议\n以镇街政府为被申请人的案件上涨明显，共48件。"), "reconsideration.received")
                .isEmpty());
    }

    @Test
    void aLabelOfAnotherPeriodAnotherBodyOrAnotherMatterGivesNoValue() {
        assertTrue(value(report("2021年行政复议：收到申请60件。"), "reconsideration.received").isEmpty());
        assertTrue(value(report("上半年行政复议：收到申请40件。"), "reconsideration.received").isEmpty());
        assertTrue(value(report("市行政复议局：收到申请86件。"), "reconsideration.received").isEmpty());
        assertTrue(value(report("行政复议：近三年收到申请260件。"), "reconsideration.received").isEmpty());
        assertTrue(value(report("行政复议：收到申请同比增长20%。"), "reconsideration.received").isEmpty());
        assertTrue(value(report("信息公开：收到申请86件。"), "reconsideration.received").isEmpty());
        // two matters in one label: which one the figure counts is not said
        assertTrue(value(report("行政复议、行政应诉：收到案件86件。"), "reconsideration.received").isEmpty());
        // the label of the part before the semicolon does not reach past it
        assertTrue(value(report("行政复议：收到申请86件；信息公开：收到申请40件。"), "reconsideration.received")
                .map(v -> v.value().intValue() == 86).orElse(false));
    }

    @Test
    void lawsuitsConcludedNamedBeforeTheirMatter() {
        var x = report("全年审结行政诉讼案件40件，行政机关败诉2件。");
        assertEquals(new BigDecimal("40"), number(x, "litigation.concluded"));
        assertEquals(new BigDecimal("40"), number(report("全年共办结行政应诉案件40件。"), "litigation.concluded"));
        // the cases concluded are not all the year's cases
        assertTrue(value(report("全年共办结行政应诉案件40件。"), "litigation.cases").isEmpty());
        var both = report("全年共办理行政应诉案件45件，办结40件。");
        assertEquals(new BigDecimal("45"), number(both, "litigation.cases"));
        assertEquals(new BigDecimal("40"), number(both, "litigation.concluded"));
        // a reconsideration's conclusions stay the reconsideration's
        assertEquals(new BigDecimal("40"), number(report("全年办结行政复议案件40件。"), "reconsideration.concluded"));
        assertTrue(value(report("全年办结行政复议案件40件。"), "litigation.concluded").isEmpty());
    }

    @Test
    void aBareSuccessIsTheSuccessOfWhatTheClauseBeforeMediated() {
        var x = report("全年调解各类纠纷3200件，成功3180件。");
        assertEquals(new BigDecimal("3200"), number(x, "mediation.disputes"));
        assertEquals(new BigDecimal("3180"), number(x, "mediation.succeeded"));
        // the words of the clause before limit the success too
        assertTrue(value(report("诉前调解纠纷500件，成功300件。"), "mediation.succeeded").isEmpty());
        assertTrue(value(report("县法院委派调解纠纷500件，成功300件。"), "mediation.succeeded").isEmpty());
        assertTrue(value(report("上半年调解纠纷1500件，成功1490件。"), "mediation.succeeded").isEmpty());
        // a search for disputes is no mediation
        assertTrue(value(report("全年排查矛盾纠纷3200件，成功3180件。"), "mediation.succeeded").isEmpty());
    }

    @Test
    void aYearWrittenRightBeforeTheFigureIsItsYear() {
        // it was accepted as the reporting year's: no year opened its clause
        assertTrue(value(report("行政诉讼败诉率2020年为8.1%，2022年降至4.2%。"), "litigation.loss_rate")
                .map(v -> v.value().compareTo(new BigDecimal("8.1")) != 0).orElse(true));
        assertTrue(value(report("全县行政诉讼案件2021年为52件。"), "litigation.cases").isEmpty());
        // the reporting year in the same place, and a year that only says which documents, change nothing
        assertEquals(new BigDecimal("45"), number(report("全县行政诉讼案件2022年为45件。"), "litigation.cases"));
        assertEquals(new BigDecimal("12"), number(report("废止2019年出台的规范性文件12件。"), "normative_docs.repealed"));
    }

    @Test
    void aNameInTheClauseBeforeAFillerLeadsToTheFigure() {
        assertEquals(new BigDecimal("86"), number(report("全年共受理行政复议申请，共计86件。"), "reconsideration.accepted"));
        assertTrue(value(report("上半年共受理行政复议申请，共计40件。"), "reconsideration.accepted").isEmpty());
        assertTrue(value(report("县法院受理行政诉讼案件，共计45件。"), "litigation.cases").isEmpty());
        assertTrue(value(report("全年共受理行政复议申请，其中86件。"), "reconsideration.accepted").isEmpty());
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;

/**
 * Red-team round 26 (tools/probes/redteam-round26-lawsuits.txt and the whole reports r87–r90): reconsideration and
 * lawsuits as county reports write them at length. The wordings that were wrongly accepted, and the plain wordings
 * that were lost, with the controls beside them.
 */
class LawsuitsRound26Test {

    @Test
    void theOwnLevelOfACountyIsItsReconsiderationBody() {
        // docs/labelling.md rule 1: the body that by nature handles the indicator for the whole county (corpus n-0083)
        aValue("县本级受理行政复议案件76件。", "reconsideration.accepted");
        var x = report("2022年，县本级共收到行政复议申请1142件，依法受理1065件，审结1038件，"
                + "作出撤销、变更、确认违法、责令履行决定共计96件，纠错率9.2%。");
        assertValue(x, "reconsideration.received", "1142");
        assertValue(x, "reconsideration.concluded", "1038");
        assertValue(x, "reconsideration.correction_rate", "9.2");
        // beside the whole, another organ or the towns it is a part
        assertValue(report("县本级收到行政复议申请168件，全县共收到行政复议申请201件。"), "reconsideration.received", "201");
        notAValue("县政府本级收到行政复议申请96件，县级部门收到行政复议申请42件。", "reconsideration.received");
        notAValue("县本级各部门受理行政复议案件12件。", "reconsideration.accepted");
        notAValue("全县行政复议案件中，县政府本级办理86件，纠错率12.8%。", "reconsideration.correction_rate");
        aValue("县本级受理行政复议案件76件，乡镇无行政复议职能。", "reconsideration.accepted");
        // "市本级" in a county's report is the city above
        notAValue("市本级受理行政复议案件86件。", "reconsideration.accepted");
        assertValue(report("全年县本级行政复议案件纠错率8.3%，全县行政复议案件纠错率10.2%。"),
                "reconsideration.correction_rate", "10.2");
    }

    @Test
    void theOwnLevelOfAPrefectureLevelCityIsOnlyItsOwnOrgan() {
        // the counties of a city decide cases of their own (corpus a-0229, b-0196)
        var x = extract("湖州市人民政府2022年度法治政府建设情况报告\n一、主要举措和成效\n市本级受理行政复议案件142件。\n");
        assertNoValue(x, "reconsideration.accepted");
    }

    @Test
    void aClauseAfterTheOwnLevelThatNamesTheWholeEndsItsLimit() {
        var x = report("全年县政府本级收到行政复议申请96件，县级部门收到行政复议申请42件，全县合计收到行政复议申请138件，"
                + "受理127件，审结121件。");
        assertValue(x, "reconsideration.received", "138");
        assertValue(x, "reconsideration.concluded", "121");
    }

    @Test
    void theGovernmentsSuitsAfterAllTheOrgansLossesAreAPart() {
        var x = report("全县行政机关败诉案件18件，败诉率4.4%；县政府作为被告的行政诉讼案件新收47件，审结43件，败诉1件。");
        assertValue(x, "litigation.lost", "18");
        assertNoValue(x, "litigation.concluded");
        notAValue("全年全县行政诉讼一审收案412件、二审收案96件。县政府作为被告的行政诉讼案件新收47件，审结43件。",
                "litigation.concluded");
    }

    @Test
    void casesCarriedOverSetNoPeriodForTheClausesAfterThem() {
        var x = report("全年全县行政机关作为被告的行政诉讼案件新收198件，上年旧存23件，审结196件，判决行政机关败诉9件，"
                + "败诉率4.6%，较上年下降1.3个百分点。");
        assertValue(x, "litigation.cases", "198");
        assertValue(x, "litigation.concluded", "196");
        assertValue(x, "litigation.lost", "9");
        assertValue(x, "litigation.loss_rate", "4.6");
        // a count larger than those carried over is not counted out of them
        assertValue(report("全年新收行政复议申请182件，上年结转14件，审结179件。"), "reconsideration.concluded", "179");
        // controls: a count that may be of those carried over, and the year before itself
        notAValue("全年新收行政复议申请182件，上年结转14件，审结12件。", "reconsideration.concluded");
        notAValue("上年，全县收到行政复议申请126件。", "reconsideration.received");
    }

    @Test
    void aClauseOpeningWithTheYearAfterASinceSpanIsTheYears() {
        var x = extract("通山县2023年度法治政府建设情况报告\n一、主要举措和成效\n"
                + "自2021年复议体制改革以来，全县行政复议案件逐年上升，2023年收到行政复议申请268件。\n");
        assertValue(x, "reconsideration.received", "268");
    }

    @Test
    void sinceAnEventOfAnEarlierYearIsNoYear() {
        notAValue("自2020年行政复议体制改革以来，县政府累计受理行政复议案件812件。", "reconsideration.accepted");
        notAValue("自2019年县行政争议调解中心成立以来，共化解行政争议案件126件，发生行政诉讼案件412件。",
                "litigation.cases");
    }

    @Test
    void aKindListedAfterQiZhongUpToASemicolonDoesNotLimitTheClausesAfterIt() {
        var x = report("全年收到行政复议申请312件，其中涉企行政复议申请46件；受理286件，不予受理19件。");
        assertValue(x, "reconsideration.received", "312");
        assertValue(x, "reconsideration.accepted", "286");
        // the text went back to the whole (286 > 46), so the corrections and the rate after it are the whole's too
        var y = report("全年收到行政复议申请312件，其中涉企行政复议申请46件；受理286件，审结273件，直接纠错17件，纠错率6.2%。");
        assertValue(y, "reconsideration.corrected", "17");
        assertValue(y, "reconsideration.correction_rate", "6.2");
        // controls: a comma keeps the kind's clauses together; a smaller count after the semicolon may be the kind's
        notAValue("全年收到行政复议申请312件，其中涉企行政复议申请46件，受理40件。", "reconsideration.accepted");
        notAValue("全年收到行政复议申请312件，其中涉企申请46件；受理42件，纠错3件。", "reconsideration.accepted");
        notAValue("全年收到行政复议申请312件，其中涉企申请46件；受理42件，纠错3件。", "reconsideration.corrected");
    }

    @Test
    void oneKindOfCorrectionBesideAnotherIsAPart() {
        suggested("2022年，县本级受理行政复议案件16件，依法撤销4件，督促被申请人履职2件。", "reconsideration.corrected");
        aValue("2022年，县本级受理行政复议案件16件，依法撤销4件，督促被申请人履职2件。", "reconsideration.accepted");
        // alone after the cases concluded it stays the corrections
        assertValue(report("全年审结行政复议案件86件，撤销违法行政行为5件。"), "reconsideration.corrected", "5");
    }
}

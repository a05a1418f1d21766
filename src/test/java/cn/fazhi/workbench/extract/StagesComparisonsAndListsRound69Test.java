package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;

/**
 * Round 69: the first instance with the second added after 另有, a comparison with an earlier year that holds that year's
 * figures, the ends of two from–to rates, a rate right after one part's count, a body in an earlier part of a list of
 * matters, a higher body worked alongside, the first instance's own loss rate and concluded count, documents issued and
 * all filed, corrections stated as the sum of their ways, the heads' rate after their count. Made-up text, not the probes'.
 */
class StagesComparisonsAndListsRound69Test {

    @Test
    void theFirstInstanceWithTheSecondAddedBesideIt() {
        var x = report("全年全县行政机关新收一审行政诉讼案件64件，其中以县政府为被告的12件；另有二审行政诉讼案件15件。");
        assertValue(x, "litigation.cases", "64");
        // a plain list of both stages stays unclear: no value (docs/labelling.md, rule 4)
        notAValue("全年全县新收一审行政诉讼案件64件，二审行政诉讼案件15件。", "litigation.cases");
    }

    @Test
    void aComparisonWithAnEarlierYearHoldsThatYearsFigures() {
        var x = report("与2021年调解矛盾纠纷3105件、调解成功率98.20%相比，2022年全县调解矛盾纠纷增至3420件，调解成功率提升至98.70%。");
        assertValue(x, "mediation.disputes", "3420");
        assertValue(x, "mediation.success_rate", "98.70");
        var alone = report("与上年调解矛盾纠纷3105件相比，全县今年多调解315件。");
        assertNoValue(alone, "mediation.disputes");
    }

    @Test
    void theHotlinesPlainRateBesideTheOnTimeOneInTwoFromToPhrases() {
        var x = report("12345热线工单办结率由2021年的98.90%提升至99.40%，按时办结率由93.5%提升至96.2%。");
        assertValue(x, "hotline.completion_rate", "99.40");
    }

    @Test
    void aRateRightAfterOnePartsCountIsThePartsRate() {
        var x = report("全县调解矛盾纠纷3420件，其中示范调委会调解806件，调解成功率99.6%。");
        assertValue(x, "mediation.disputes", "3420");
        suggested("全县调解矛盾纠纷3420件，其中示范调委会调解806件，调解成功率99.6%。", "mediation.success_rate");
        // the rate's own count after 其中 leaves the rate the whole's
        assertValue(report("全县调解矛盾纠纷3420件，其中调解成功3376件，调解成功率98.7%。"), "mediation.success_rate", "98.7");
    }

    @Test
    void aBodyInAnEarlierPartOfAListOfMattersDoesNotSpeakForTheNext() {
        var x = report("全县调解矛盾纠纷3420件；县劳动人事争议仲裁院结案率95.80%；信访事项按期办结率99.3%；12345热线工单办结率99.50%。");
        assertValue(x, "petitions.completion_rate", "99.3");
        assertValue(x, "hotline.completion_rate", "99.50");
        // a part that only names a rate goes on with the body's account
        assertNoValue(report("县劳动人事争议仲裁院调解劳动争议310件；调解成功率88%。"), "mediation.success_rate");
    }

    @Test
    void aHigherBodyWorkedAlongsideIsStillTheHigherBody() {
        var x = report("在配合咸宁市司法局抽取我县50卷执法案卷开展评查的同时，县司法局组织全县各执法单位交叉评查行政执法案卷640卷。");
        // the higher body's draw stays no count of the county's reviews
        assertNoValue(report("在配合咸宁市司法局抽取我县50卷执法案卷开展评查的同时，完成整改。"), "enforcement.files_reviewed");
        assertValue(x, "enforcement.files_reviewed", "640");
    }

    @Test
    void theFirstInstancesOwnLossRateAndConcludedCount() {
        var x = report("全县行政机关一审审结212件、败诉14件，二审审结58件、被改判3件；一审败诉率6.60%，二审改判率5.17%。");
        assertValue(x, "litigation.loss_rate", "6.60");
        assertValue(x, "litigation.lost", "14");
        notAValue("全县行政机关一审审结212件、败诉14件，二审审结58件、被改判3件。", "litigation.concluded");
        var intake = report("全年办理行政应诉案件290件，其中一审231件、二审59件；一审审结212件，败诉14件。");
        assertValue(intake, "litigation.cases", "290");
        assertValue(intake, "litigation.concluded", "212");
    }

    @Test
    void documentsIssuedAndAllFiledAreTheFilings() {
        var x = report("全年审核县政府规范性文件33件，其中经审核后印发19件，均在印发后30日内报咸宁市人民政府和县人大常委会备案。");
        assertValue(x, "normative_docs.reviewed", "33");
        assertValue(x, "normative_docs.filed", "19");
    }

    @Test
    void correctionsStatedAsTheSumOfTheirWays() {
        var x = report("全年审结行政复议案件402件，其中维持211件，以撤销12件、变更3件、确认违法17件方式直接纠错32件，直接纠错率7.96%。");
        assertValue(x, "reconsideration.corrected", "32");
        assertValue(x, "reconsideration.correction_rate", "7.96");
    }

    @Test
    void theHeadsRateRightAfterTheirCount() {
        var x = report("在法院开庭审理的58件案件中，行政机关负责人出庭应诉57件，出庭应诉率98.28%；行政机关负责人出庭应诉率连续三年保持在95%以上。");
        assertValue(x, "litigation.head_appearance_rate", "98.28");
    }

    @Test
    void disputesSettledEveryWayBesideThePeoplesMediation() {
        var x = report("全年县矛盾纠纷调处化解中心统筹受理各类矛盾纠纷5120件，化解5031件，矛盾纠纷化解率98.26%；全县人民调解组织调解矛盾纠纷3366件，调解成功率99.11%。");
        assertValue(x, "mediation.disputes", "3366");
        assertValue(x, "mediation.success_rate", "99.11");
        var qiZhong = report("全年全县共受理各类矛盾纠纷5120件，化解5031件，矛盾纠纷化解率98.26%；其中人民调解组织调解纠纷3366件，调解成功率99.11%。");
        assertValue(qiZhong, "mediation.success_rate", "99.11");
        assertValue(qiZhong, "mediation.disputes", "3366"); // 5120 is the wider measure, not the people's mediation's count
    }

    @Test
    void aRateRightAfterThePartsOwnCountAfterQiZhong() {
        var x = report("全年审结行政诉讼案件210件，败诉12件；其中，涉及土地征收的行政诉讼案件61件，败诉3件，败诉率4.2%。");
        assertValue(x, "litigation.loss_rate", "5.7"); // the whole's, worked out from its counts; 4.2 is the part's
    }

    @Test
    void aVerbIsNoShortPlaceName() {
        var x = report("2022年新增专职人民调解员32名，推动全年调解矛盾纠纷3366件、调解成功率达到99.11%。");
        assertValue(x, "mediation.disputes", "3366");
        // a town's short name still opens its own figures
        assertNoValue(report("九宫全年调解矛盾纠纷336件。"), "mediation.disputes");
    }

    @Test
    void ticketsPassedOnByTheCityAndTheCounty() {
        var x = report("县12345政务服务便民热线全年受理咸宁市、县两级转办的群众诉求工单32,114件，办结31,986件，办结率99.6%。");
        assertValue(x, "hotline.completion_rate", "99.6");
    }

    @Test
    void documentsAllFiledWithinDays() {
        var x = report("印发的15件规范性文件均在公布之日起30日内向咸宁市人民政府和县人大常委会报送备案。");
        assertValue(x, "normative_docs.filed", "15");
    }
}

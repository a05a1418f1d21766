package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;

/**
 * Red-team round 30 (tools/probes/redteam-round30-weak.txt and the whole reports r99–r102): the weakest indicators in
 * the language of whole reports — case files reviewed, the labour arbitration closing rate, legal aid, documents
 * repealed and reviewed, the reconsideration correction rate and the lawsuits' loss rate. The wordings that were
 * wrongly accepted or lost, with the controls beside them.
 */
class WeakRound30Test {

    @Test
    void theComprehensiveCorrectionRateBesideTheDirectOneIsALookalike() {
        var x = report("全年审结行政复议案件236件，直接纠错28件，直接纠错率11.9%，综合纠错率38.6%。");
        assertValue(x, "reconsideration.concluded", "236");
        assertValue(x, "reconsideration.correction_rate", "11.9");
        assertValue(report("行政复议直接纠错率11.2%，综合纠错率33.5%。"), "reconsideration.correction_rate", "11.2");
        assertValue(report("县政府本级行政复议直接纠错率为12.1%，综合纠错率达40.5%。"), "reconsideration.correction_rate", "12.1");
        // the comprehensive rate first was accepted over the direct one after 其中
        var y = report("行政复议综合纠错率31.2%，其中直接纠错率9.6%。");
        org.junit.jupiter.api.Assertions.assertTrue(ExtractorFixture.value(y, "reconsideration.correction_rate")
                .map(v -> v.value().compareTo(new java.math.BigDecimal("31.2")) != 0).orElse(true), "31.2 accepted");
        // 含调解和解 names the comprehensive rate too; a plain 纠错率 beside it is the catalogue's
        assertValue(report("行政复议纠错率10.4%，纠错率（含调解和解）为35.4%。"), "reconsideration.correction_rate", "10.4");
        // alone, the comprehensive rate is left as it was (a-0230 labels one a value)
        assertValue(report("全年共审结行政复议案件422件，综合纠错率为20.1%。"), "reconsideration.correction_rate", "20.1");
        // two plain rates of different levels are left to the level rules: the whole beside the own level
        assertValue(report("县政府本级行政复议纠错率12.1%，全县行政复议纠错率10.5%。"), "reconsideration.correction_rate", "10.5");
    }

    @Test
    void theComprehensiveRateInASentenceBesideTheDirectOneIsALookalikeToo() {
        assertValue(report("行政复议直接纠错率11.6%。行政复议综合纠错率为37.2%。"), "reconsideration.correction_rate", "11.6");
        assertValue(report("行政复议综合纠错率为37.2%。全年行政复议直接纠错率11.6%。"), "reconsideration.correction_rate", "11.6");
        // a plain 纠错率 nearby may be another matter's: only the direct rate by name makes the comprehensive one a look-alike
        assertValue(report("行政诉讼案件被纠错率6.2%。全年共审结行政复议案件422件，综合纠错率为20.1%。"),
                "reconsideration.correction_rate", "20.1");
    }

    @Test
    void inARespectivelyListEachRateIsJudgedByItsOwnName() {
        // "直接纠错率、综合纠错率分别为11.2%、33.5%": the list gives each figure its name; the two had competed
        assertValue(report("全年审结行政复议案件210件，直接纠错率、综合纠错率分别为11.2%、33.5%。"),
                "reconsideration.correction_rate", "11.2");
        assertValue(report("全年行政复议综合纠错率、直接纠错率分别为30.6%、9.8%。"), "reconsideration.correction_rate", "9.8");
        assertValue(report("全年行政复议纠错率、被纠错率分别为12.1%、6.3%。"), "reconsideration.correction_rate", "12.1");
        assertValue(report("全年仲裁结案率、按期结案率分别为96.5%、92.0%。"), "labour_arbitration.closing_rate", "96.5");
    }

    @Test
    void theShareClosedAtTheHearingIsNoClosingRateAndNoPlainOne() {
        // found after round 29's merge: beside 按期结案率, 当庭结案率 had been read as the plain rate and accepted
        var x = report("全县劳动人事争议仲裁院案件按期结案率达100%，当庭结案率35%。");
        assertValue(x, "labour_arbitration.closing_rate", "100");
        notAValue("全县劳动人事争议仲裁当庭结案率35%。", "labour_arbitration.closing_rate");
    }

    @Test
    void theRespondentsCorrectedRateIsNoCorrectionRate() {
        var x = report("全年行政诉讼败诉9件，败诉率5.2%，行政复议被纠错率8.1%。");
        assertValue(x, "litigation.loss_rate", "5.2");
        org.junit.jupiter.api.Assertions.assertTrue(ExtractorFixture.value(x, "reconsideration.correction_rate").isEmpty());
        suggested("全县行政机关行政复议被纠错率8.1%。", "reconsideration.correction_rate");
    }

    @Test
    void aBareRateAfterAnotherRateOfOneKindIsThatKindsRate() {
        // a first version read a bare rate without the rate clauses before it, and took the enterprises' 办结率 for the
        // hotline's (round 19 line 355); "行政复议调解和解率24.6%，直接纠错率10.8%" stays a suggestion for it
        notAValue("全年12345热线企业诉求满意率98%，办结率100%。", "hotline.completion_rate");
        notAValue("全年审结涉企行政复议案件46件，纠错率8.7%。", "reconsideration.correction_rate");
    }

    @Test
    void theSharesClosedByARulingOrByMediationAreNoClosingRate() {
        notAValue("劳动人事争议仲裁裁决结案率45.3%。", "labour_arbitration.closing_rate");
        notAValue("劳动人事争议案件调解结案率61.2%。", "labour_arbitration.closing_rate");
        assertValue(report("劳动人事争议调解仲裁结案率97.2%。"), "labour_arbitration.closing_rate", "97.2");
    }

    @Test
    void aTimeBoundClosingRateBesideThePlainOneIsALookalike() {
        assertValue(report("全年劳动人事争议仲裁案件结案率99.2%，调解率71.4%，仲裁时效内结案率100%。"),
                "labour_arbitration.closing_rate", "99.2");
        // alone it is the closing rate (f-0032 labels 法定时效内结案率 the value)
        assertValue(report("全年共受理劳动人事争议案件316起，其中调解结案111起，裁决结案99起，法定时效内结案率100%。"),
                "labour_arbitration.closing_rate", "100");
    }

    @Test
    void labourDisputeMediationOrganisationsCloseNoArbitration() {
        notAValue("全年劳动争议调解组织调解案件420件，调解成功率88.1%，结案率100%。", "labour_arbitration.closing_rate");
        notAValue("乡镇劳动争议调解中心结案率99.1%。", "labour_arbitration.closing_rate");
        assertValue(report("全年受理劳动人事争议仲裁案件812件，结案796件，结案率98.0%。"), "labour_arbitration.closing_rate", "98.0");
        assertValue(report("县劳动人事争议调解仲裁院全年结案率98.4%。"), "labour_arbitration.closing_rate", "98.4");
    }

    @Test
    void aTargetThatEnsuresARateIsNoResult() {
        notAValue("确保劳动人事争议仲裁结案率达到92%以上。", "labour_arbitration.closing_rate");
        notAValue("确保行政机关负责人出庭应诉率达到100%。", "litigation.head_appearance_rate");
        assertValue(report("劳动人事争议仲裁结案率达到97.6%。"), "labour_arbitration.closing_rate", "97.6");
    }

    @Test
    void documentsDraftedForTheGovernmentAreNoPlan() {
        assertValue(report("对县政府及县政府办公室代拟的18件行政规范性文件进行合法性审查。"), "normative_docs.reviewed", "18");
        assertValue(report("全年审核县政府规范性文件代拟稿12件。"), "normative_docs.reviewed", "12");
        notAValue("拟出台规范性文件12件。", "normative_docs.reviewed");
    }

    @Test
    void caseFilesSampledFromTheUnitsAndFilesNamedJuanzong() {
        assertValue(report("从全县32个执法单位抽查行政执法案卷320卷，发现问题案卷27卷。"), "enforcement.files_reviewed", "320");
        assertValue(report("县司法局对全县行政执法案卷开展评查，共评查卷宗628份。"), "enforcement.files_reviewed", "628");
        notAValue("全年组织行政执法检查12次，检查执法单位46家。", "enforcement.files_reviewed");
        notAValue("发现问题案卷27卷。", "enforcement.files_reviewed");
    }
}

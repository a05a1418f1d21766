package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;

/**
 * Round 52, fourth wave (helpers s and t, blind): first petitions and collective disputes are parts, the last kind of
 * correction listed with 、 is one kind, the towns' own documents (苏木, 制发) are a part, and figures given as shares
 * of the whole (占…办件量, 分别占…总数) are parts; helper u: rates listed together (及时受理率、按期办结率均为…) are bare names,
 * so the channel of the count before them (网上信访) limits them. Made-up sentences.
 */
class KindsAndSharesRound52Test {
    private static final String COUNTY = "安吉县人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";
    private static final String BANNER = "准格尔旗人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void firstPetitionsAndCollectiveDisputesArePartsOfTheWhole() {
        assertNoValue(extract(COUNTY + "全年受理初信初访事项1320件，按期办结率99.5%。\n"), "petitions.completion_rate");
        assertNoValue(extract(COUNTY + "全年处理集体劳动争议案件18件，集体争议案件结案率100%。\n"), "labour_arbitration.closing_rate");
        assertValue(extract(COUNTY + "全年受理信访事项2135件，按期办结率98.7%。\n"), "petitions.completion_rate", "98.7");
    }

    @Test
    void theLastKindOfCorrectionListedIsOneKind() {
        var x = extract(COUNTY + "全年审结行政复议案件140件，撤销8件、变更3件、确认违法6件、责令履行2件。\n");
        assertNoValue(x, "reconsideration.corrected");
        assertValue(x, "reconsideration.concluded", "140");
        assertValue(extract(COUNTY + "全年审结行政复议案件140件，纠错19件，其中撤销8件、变更3件、确认违法6件、责令履行2件。\n"),
                "reconsideration.corrected", "19");
    }

    @Test
    void theTownsOwnDocumentsAndSharesOfTheWholeAreParts() {
        assertNoValue(extract(BANNER + "各苏木镇政府全年制发规范性文件9件，均经合法性审核。\n"), "normative_docs.reviewed");
        assertNoValue(extract(BANNER + "旗政务服务中心全年办理行政许可1.5万件，占全旗行政许可办件量的41.2%。\n"), "licensing.handled");
        var x = extract(BANNER + "各镇人民调解委员会全年调解纠纷1980件，调解成功1952件，分别占全旗总数的50.1%和50.6%。\n");
        assertNoValue(x, "mediation.disputes");
        assertNoValue(x, "mediation.succeeded");
    }

    @Test
    void ratesListedTogetherAfterOneChannelsCountAreThatChannels() {
        assertNoValue(extract(COUNTY + "全年受理网上信访2980件，及时受理率、按期办结率均为100%。\n"), "petitions.completion_rate");
        assertValue(extract(COUNTY + "全年受理信访事项2980件，及时受理率、按期办结率均为100%。\n"), "petitions.completion_rate", "100");
    }
}

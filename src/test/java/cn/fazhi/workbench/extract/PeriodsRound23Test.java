package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which year a figure of a whole annual report covers, as red-team round 23 (tools/probes/redteam-round23-periods.txt
 * and the whole reports r75–r78) found it wrongly accepted: 今年以来 and 截至目前 in a report signed the year after,
 * an earlier year's cases concluded this year, a target's label, a reporting year read from a line of the plans;
 * and the wordings beside them that stay values.
 */
class PeriodsRound23Test {

    private static String signed(String sentence, String date) {
        return "安吉县人民政府2023年度法治政府建设情况报告\n\n一、主要工作\n" + sentence + "\n\n安吉县人民政府\n" + date + "\n";
    }

    @Test
    void theYearSoFarInAReportSignedTheYearAfterIsNotTheReportingYear() {
        // signed in the spring after: 今年 is the next year, 截至目前 the day of writing
        assertNoValue(extract(signed("今年以来，全县已收到行政复议申请31件。", "2024年3月12日")), "reconsideration.received");
        assertNoValue(extract(signed("截至目前，今年全县已调解矛盾纠纷960件。", "2024年3月12日")), "mediation.disputes");
        assertNoValue(extract(signed("截至目前，全县共审核规范性文件32件。", "2024年2月26日")), "normative_docs.reviewed");
        assertNoValue(extract(signed("今年以来，全县共收到行政复议申请36件，较去年同期增长12%。", "2024年4月2日")),
                "reconsideration.received");
        // signed in the year itself, or a figure that writes the year: the reporting year's
        assertValue(extract(signed("今年以来，全县共调解矛盾纠纷5860件。", "2023年12月26日")), "mediation.disputes", "5860");
        assertValue(extract(signed("全年共收到行政复议申请186件。", "2024年3月12日")), "reconsideration.received", "186");
        assertValue(extract(signed("截至目前，2023年全县共评查行政执法案卷320卷。", "2024年2月26日")),
                "enforcement.files_reviewed", "320");
        assertValue(extract(signed("2023年，全县共收到行政复议申请186件，2024年1—2月收到31件。", "2024年3月12日")),
                "reconsideration.received", "186");
    }

    @Test
    void anEarlierYearsCasesConcludedThisYearAreAPart() {
        var x = ExtractorFixture.report("2021年立案的行政诉讼案件中，今年审结23件，败诉2件。");
        assertNoValue(x, "litigation.concluded");
        assertNoValue(x, "litigation.lost");
        notAValue("以前年度受理的行政复议案件中，审结12件，纠错2件。", "reconsideration.corrected");
        // the year's own concluded cases with those carried over in a remark stay the year's
        aValue("全年共审结行政诉讼案件92件（含上年结转8件）。", "litigation.concluded");
        aValue("全年共审结行政复议案件168件，其中上年结转案件12件。", "reconsideration.concluded");
    }

    @Test
    void aTargetsLabelMakesATarget() {
        notAValue("目标任务：全年调解矛盾纠纷6000件以上。", "mediation.disputes");
        notAValue("2023年工作目标：全县行政机关负责人出庭应诉率达100%。", "litigation.head_appearance_rate");
        // a label of results stays
        aValue("主要成效：全年调解矛盾纠纷5860件。", "mediation.disputes");
    }

    @Test
    void aReportWithoutItsYearInTitleOrOpeningIsDatedByItsSignature() {
        String body = "嘉兴经济技术开发区管委会关于法治政府建设情况的报告\n\n一年来，开发区认真落实法治政府建设各项任务。\n"
                + "一、主要工作\n全年共调解各类矛盾纠纷1562件。\n二、下一步工作思路\n"
                + "2022年，开发区将持续深化法治政府建设，力争2022年行政复议纠错率控制在10%以内。\n\n"
                + "嘉兴经济技术开发区管理委员会\n";
        var x = extract(body + "2022年1月25日\n");
        assertEquals(2021, x.metadata().year()); // signed in January: the year before; a plan's year is not the report's
        assertTrue(x.warnings().stream().anyMatch(w -> w.contains("signature")));
        assertEquals(2022, extract(body.replace("2022年，开发区将", "明年，开发区将") + "2022年12月20日\n").metadata().year());
        // an opening that writes the year still decides
        assertEquals(2022, extract("开发区法治政府建设情况报告\n\n2022年，开发区坚持依法行政。\n全年共调解矛盾纠纷1562件。\n\n"
                + "某某管理委员会\n2023年1月25日\n").metadata().year());
    }

    @Test
    void theLevelAFromToPhraseReachedIsTheYearsWithItsYearOrShortVerb() {
        // the fixture's report is 通山县's of 2022
        assertValue(ExtractorFixture.report("全县行政诉讼案件由2021年的102件下降到2022年的86件。"), "litigation.cases", "86");
        assertValue(ExtractorFixture.report("与2021年相比，全县收到行政复议申请从166件增至186件。"), "reconsideration.received", "186");
        assertValue(ExtractorFixture.report("全县行政诉讼败诉率从2020年的8.2%降至2022年的4.2%。"), "litigation.loss_rate", "4.2");
        // a level reached in another year is that year's
        notAValue("全县行政诉讼案件由2020年的102件下降到2021年的86件。", "litigation.cases");
    }

    @Test
    void anExpectationOfWhatTheYearWillReachIsATarget() {
        notAValue("预计到年底，全县调解矛盾纠纷将突破6000件。", "mediation.disputes");
        notAValue("全县法律援助案件全年将超过1100件。", "legal_aid.cases");
        var x = ExtractorFixture.report("全年共调解矛盾纠纷5860件，调解成功率将保持在98%以上。");
        assertValue(x, "mediation.disputes", "5860");
        assertNoValue(x, "mediation.success_rate");
    }

    @Test
    void aSpanNamedByAHeadingTwoLevelsUpCoversTheFiguresUnderIt() {
        notAValue("一、“十四五”以来主要成效\n（一）人民调解\n全县共调解矛盾纠纷2.6万件。", "mediation.disputes");
        notAValue("一、2020年以来法治政府建设成效\n（一）法律援助\n共办理法律援助案件2860件。", "legal_aid.cases");
        notAValue("一、近三年工作回顾\n（一）行政复议\n共收到行政复议申请526件。", "reconsideration.received");
        // a loose 近年来 heading, and the sentence's own year under a span, stay as they were
        aValue("一、近年来工作成效\n（一）行政复议\n全县收到行政复议申请186件。", "reconsideration.received");
        aValue("一、“十四五”以来主要成效\n（一）行政复议\n2022年全县收到行政复议申请186件。", "reconsideration.received");
        aValue("一、“十四五”以来工作成效\n（一）行政复议\n全年共收到行政复议申请186件。", "reconsideration.received");
        notAValue("一、本届政府以来工作成效\n（一）法律援助\n共办理法律援助案件4860件。", "legal_aid.cases");
    }

    @Test
    void aSumUpToTheYearsEndIsInDoubt() {
        notAValue("截至2022年底，全县累计办理法律援助案件1.2万件。", "legal_aid.cases");
        aValue("截至2022年底，全县共收到行政复议申请186件。", "reconsideration.received");
        aValue("截至2022年底，全年累计调解矛盾纠纷5860件。", "mediation.disputes");
        notAValue("累计至2022年底，全县共办理法律援助案件1.2万件。", "legal_aid.cases");
    }

    @Test
    void aZonesReportSentToItsCityIsTheZones() {
        String text = "嘉兴经济技术开发区2021年度法治政府建设情况报告\n\n嘉兴市人民政府：\n"
                + "一、主要工作\n全年共调解矛盾纠纷1562件。\n\n嘉兴经济技术开发区管理委员会\n2022年1月25日\n";
        // the addressee names the city; the title names the zone the gazetteer does not list
        assertEquals("嘉兴经济技术开发区", extract(text).metadata().jurisdiction().name());
        // a county named in the title outside the zone's name stays the county
        assertEquals("德清县", extract("德清县2023年度法治政府建设情况报告\n\n湖州市人民政府：\n全年共调解矛盾纠纷5860件。\n")
                .metadata().jurisdiction().name());
    }
}

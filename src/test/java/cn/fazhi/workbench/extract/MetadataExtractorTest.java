package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.JurisdictionLevel;
import cn.fazhi.workbench.model.ReportMetadata;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetadataExtractorTest {

    private static ReportExtractor.Extraction x(String text) {
        return extract(text);
    }

    @Test
    void titleWithJurisdictionAndYear() {
        ReportMetadata m = x("乌鲁木齐县人民政府2022年度法治政府建设情况报告\n正文。\n").metadata();
        assertEquals("乌鲁木齐县人民政府2022年度法治政府建设情况报告", m.title());
        assertEquals(2022, m.year());
        assertEquals("650121", m.jurisdiction().code());
        assertEquals(JurisdictionLevel.COUNTY, m.jurisdiction().level());
        assertEquals("乌鲁木齐县人民政府", m.issuer());
    }

    @Test
    void titleWithoutJurisdictionTakesItFromTheIssuerLabel() {
        ReportMetadata m = x("发布机构: 咸宁市通山县人民政府\n关于2022年法治政府建设情况的报告\n现将有关情况报告如下。\n").metadata();
        assertEquals("关于2022年法治政府建设情况的报告", m.title());
        assertEquals("421224", m.jurisdiction().code());
        assertEquals("湖北省咸宁市通山县", m.jurisdiction().fullName());
    }

    @Test
    void addresseeLineNamesTheJurisdiction() {
        ReportMetadata m = x("关于2022年度推进法治政府建设工作情况报告\n中共宜春市袁州区委:\n2022年，在区委的坚强领导下，全区……\n").metadata();
        assertEquals("360902", m.jurisdiction().code());
    }

    @Test
    void noTitleYearFromTheBody() {
        ReportMetadata m = x("2021年以来,城东区始终坚持以习近平法治思想为指导,现将全区2021年法治政府建设工作情况报告如下:\n"
                + "印发《西宁市城东区工作方案》。全区各部门……\n").metadata();
        assertNull(m.title());
        assertEquals(2021, m.year());
        assertEquals("630102", m.jurisdiction().code());
    }

    @Test
    void sharedNameWithoutAParentIsAmbiguousAndSaysSo() {
        var e = x("鼓楼区2022年度法治政府建设情况报告\n全区各部门认真落实。全区共调处矛盾纠纷10件。\n");
        assertNull(e.metadata().jurisdiction());
        assertTrue(e.warnings().stream().anyMatch(w -> w.contains("ambiguous") && w.contains("鼓楼区")), e.warnings().toString());
        assertTrue(e.warnings().stream().anyMatch(w -> w.contains("needs attention")), e.warnings().toString());
    }

    @Test
    void developmentZoneHasNoCodeAndItsCityAsParent() {
        ReportMetadata m = x("发布机构: 内蒙古阿拉善高新技术产业开发区管理委员会\n关于2022年法治政府建设情况的报告\n"
                + "现将高新区2022年法治政府建设工作开展情况报告如下。对阿拉善盟开展督察。\n").metadata();
        assertEquals(JurisdictionLevel.ZONE, m.jurisdiction().level());
        assertEquals("阿拉善高新技术产业开发区", m.jurisdiction().name());
        assertNull(m.jurisdiction().code());
        assertEquals("阿拉善盟", m.jurisdiction().city());
        assertEquals("内蒙古自治区", m.jurisdiction().province());
    }

    @Test
    void cityReportIsACity() {
        ReportMetadata m = x("宜春市2022年法治政府建设情况报告\n2022年，全市上下……袁州区、樟树市等地。全市共调处矛盾纠纷。\n").metadata();
        assertEquals("360900", m.jurisdiction().code());
        assertEquals(JurisdictionLevel.CITY, m.jurisdiction().level());
    }

    @Test
    void chineseNumeralYearInTitle() {
        assertEquals(2022, x("通山县二〇二二年度法治政府建设情况报告\n正文。\n").metadata().year());
    }

    @Test
    void yearComesFromTheReportNotFromSiteChrome() {
        ReportMetadata m = x("首页 > 2023年政务公开专栏\n索引号: 1529/2023-01296\n关于法治政府建设情况的报告\n"
                + "2021年，通山县坚持依法行政。\n").metadata();
        assertEquals(2021, m.year());
    }

    @Test
    void labelledPublishDateWinsOverTheSignatureDate() {
        ReportMetadata m = x("米东区2017年度法治政府建设情况的报告\n发布机构 政府办公室 发布日期 2018-04-18 19:28\n"
                + "文        号 米政发〔2018〕12号\n正文(米政办〔2015〕51号)。\n\n          2018年3月8日\n").metadata();
        assertEquals(LocalDate.of(2018, 4, 18), m.publishDate());
        assertEquals("米政发〔2018〕12号", m.docNumber());
    }

    @Test
    void signatureDateInChineseNumeralsIsRead() {
        ReportMetadata m = x("通山县2022年度法治政府建设情况报告\n正文。\n通山县人民政府\n二〇二三年二月十四日\n").metadata();
        assertEquals(LocalDate.of(2023, 2, 14), m.publishDate());
        assertEquals("通山县人民政府", m.issuer());
    }

    @Test
    void runTogetherDateThatReadsTwoWaysIsLeftOut() {
        List<String> warnings = new ArrayList<>();
        assertNull(PublishDates.signatureDate("2023111", warnings));
        assertTrue(warnings.get(0).contains("more than one way"));
        assertEquals(LocalDate.of(2023, 2, 14), PublishDates.signatureDate("2023214", warnings));
    }

    @Test
    void documentNumberOnlyFromTheHeaderNeverFromCitedDocuments() {
        ReportMetadata withNumber = x("【文件有效】袁府字〔2023〕5号 关于2022年度推进法治政府建设工作情况报告\n关于2022年度推进法治政府建设工作情况报告\n正文。\n").metadata();
        assertEquals("袁府字〔2023〕5号", withNumber.docNumber());
        ReportMetadata cited = x("通山县2022年度法治政府建设情况报告\n印发了《实施意见》(通政发〔2022〕36号)。\n").metadata();
        assertNull(cited.docNumber());
    }

    @Test
    void aCountysReportThatNamesOnlyItsCityHasNoJurisdictionRatherThanTheCity() {
        var e = x("关于2024年度全县行政复议和行政应诉工作情况的报告\n2024年，县司法局在县委、县政府的坚强领导下，现将全县工作情况报告如下。\n"
                + "县政府共收到行政复议申请236件。县政府作为被申请人的行政复议案件12件，由温州市人民政府管辖。全县行政机关负责人出庭应诉113件。\n");
        assertNull(e.metadata().jurisdiction());
        assertTrue(e.warnings().stream().anyMatch(w -> w.contains("city above") && w.contains("温州市")), e.warnings().toString());
        // the same city in a city's own report stays its subject
        var city = x("关于2024年度全市行政复议工作情况的报告\n2024年，温州市司法局认真贯彻。全市共收到行政复议申请2360件，全市各县（市、区）。\n");
        assertEquals("330300", city.metadata().jurisdiction().code());
        // and a county named in the text beside its city is the subject
        var named = x("关于2024年度全县行政复议工作情况的报告\n2024年，泰顺县司法局认真贯彻，全县共收到申请236件，由温州市人民政府管辖12件，全县各部门。\n");
        assertEquals("330329", named.metadata().jurisdiction().code());
    }

    @Test
    void higherGovernmentAsAddresseeIsNotTheSubject() {
        ReportMetadata m = x("关于法治政府建设情况的报告\n宜春市人民政府:\n2022年，袁州区深入推进依法行政。全区各部门认真落实。袁州区共调处矛盾纠纷。\n").metadata();
        assertEquals("360902", m.jurisdiction().code());
    }

    @Test
    void yearMentionedMostIsUsedWithAWarningWhenNothingStatesIt() {
        var e = x("关于法治政府建设情况的报告\n今年以来，通山县2022年新增执法人员。2022年完成清理。2022年召开会议。2021年底前部署。\n");
        assertEquals(2022, e.metadata().year());
        assertTrue(e.warnings().stream().anyMatch(w -> w.startsWith("year:") && w.contains("check")), e.warnings().toString());
    }

    @Test
    void signatureNamesTheIssuerRatherThanTheOfficeThatPublishedThePage() {
        ReportMetadata m = x("发布机构：通城县人民政府办公室\n通城县2022年法治政府建设工作情况报告\n正文。\n通城县人民政府\n2023年2月20日\n").metadata();
        assertEquals("通城县人民政府", m.issuer());
        ReportMetadata onlyOffice = x("发布机构：通城县人民政府办公室\n关于2022年法治政府建设情况的报告\n正文。\n").metadata();
        assertEquals("通城县人民政府办公室", onlyOffice.issuer());
    }
}

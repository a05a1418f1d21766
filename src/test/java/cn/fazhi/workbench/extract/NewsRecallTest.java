package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.EXTRACTOR;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.news;

/**
 * Loose text (a news item) about one county, where the sentence or the headline makes the county's year clear: the
 * figure is a value; where it does not, it stays in doubt (docs/labelling.md: a news item's year is the year its
 * figures are about).
 */
class NewsRecallTest {
    @Test
    void newsDatedBy日前BeforeTheWrittenYearIsThatYears() {
        assertValue(news(null, "县司法局日前公布，2023年全县共调处矛盾纠纷1890件。"), "mediation.disputes", "1890");
        assertValue(news(null, "记者近期从县司法局了解到，2023年，全县共办理法律援助案件538件。"), "legal_aid.cases", "538");
        // no year after it, or the year so far: still in doubt
        assertNoValue(news(null, "县司法局日前公布，全县共调处矛盾纠纷1890件。"), "mediation.disputes");
        assertNoValue(news(null, "记者日前获悉，今年以来全县共调解矛盾纠纷986件。"), "mediation.disputes");
        // "12月31日前" is a date, not the news's: the documents before it are no year's count
        assertNoValue(news(null, "2023年12月31日前，全县共调解矛盾纠纷1890件。"), "mediation.disputes");
    }

    @Test
    void lastYearInAnItemWrittenTheYearAfterIsThePagesYear() {
        assertValue(news("2024年全县司法行政工作会议召开", "去年，全县共调解矛盾纠纷1732件。"), "mediation.disputes", "1732");
        assertValue(news("通山县召开2024年全县政法工作会议", "去年，我县共收到行政复议申请176件，受理160件。"),
                "reconsideration.received", "176");
        assertValue(news("通山县2024年1月司法行政工作动态", "通山县去年办理法律援助案件578件。"), "legal_aid.cases", "578");
    }

    @Test
    void lastYearStaysInDoubtWithoutTheWritingYear() {
        // no headline, a headline of the page's own year too, a target year, the year so far after it
        assertNoValue(news(null, "去年，全县共调解矛盾纠纷1732件。"), "mediation.disputes");
        assertNoValue(news("通山县2023年工作总结和2024年工作思路", "去年，全县共调解矛盾纠纷1980件。"), "mediation.disputes");
        assertNoValue(news("到2024年全县矛盾纠纷调解成功率达99%", "去年，全县共调解矛盾纠纷1850件。"), "mediation.disputes");
        // a page that says 今年 is that year's (2024): its 去年 is another year, its 今年以来 part of one
        var thisYears = EXTRACTOR.extractPassage("去年，全县共调解矛盾纠纷1732件，今年以来已调解612件。", "通山县", 2024,
                false, "2024年全县司法行政工作会议召开");
        assertNoValue(thisYears, "mediation.disputes");
        // another county, a half-year, a change: the headline opens no other doubt
        assertNoValue(news("2024年全县司法行政工作会议召开", "去年，崇阳县共调解矛盾纠纷2230件。"), "mediation.disputes");
        assertNoValue(news("2024年全县司法行政工作会议召开", "去年上半年，全县共办理法律援助案件236件。"), "legal_aid.cases");
    }
    @Test
    void theCountysOwnBodyForTheMatterNamesTheCounty() {
        assertValue(news(null, "2023年，县法律援助中心共受理法律援助案件502件。"), "legal_aid.cases", "502");
        assertValue(news(null, "2023年，县行政复议局共受理行政复议案件162件。"), "reconsideration.accepted", "162");
        assertValue(news(null, "2023年，县劳动人事争议仲裁院仲裁结案率为97.5%。"), "labour_arbitration.closing_rate", "97.5");
        // another county's or the city's centre, a body of another matter, one kind, a court, no year
        assertNoValue(news(null, "2023年，崇阳县法律援助中心共办理法律援助案件455件。"), "legal_aid.cases");
        assertNoValue(news(null, "2023年，市法律援助中心共办理法律援助案件1455件。"), "legal_aid.cases");
        assertNoValue(news(null, "2023年，县公安局共调解治安纠纷1320件。"), "mediation.disputes");
        assertNoValue(news(null, "2023年，县医疗纠纷人民调解委员会共调解医疗纠纷126件。"), "mediation.disputes");
        assertNoValue(news(null, "2023年，县人民法院共审结行政诉讼案件102件。"), "litigation.concluded");
        assertNoValue(news(null, "县法律援助中心共办理法律援助案件502件。"), "legal_aid.cases");
    }
    @Test
    void theCountysNameWithoutItsLevelNamesTheCounty() {
        assertValue(news(null, "通山2023年共调解矛盾纠纷2120件。"), "mediation.disputes", "2120");
        assertValue(news(null, "2023年，通山共办理法律援助案件512件。"), "legal_aid.cases", "512");
        // another county's short name, a town or a street named after the county, an association, no year
        assertNoValue(news(null, "崇阳2023年共调解矛盾纠纷2230件。"), "mediation.disputes");
        assertNoValue(news(null, "2023年，通山镇共调解矛盾纠纷210件。"), "mediation.disputes");
        assertNoValue(news(null, "2023年，通山路街道共调解矛盾纠纷180件。"), "mediation.disputes");
        assertNoValue(news(null, "2023年，通山茶叶协会调解纠纷32件。"), "mediation.disputes");
        assertNoValue(news(null, "通山共调解矛盾纠纷2120件。"), "mediation.disputes");
    }
}

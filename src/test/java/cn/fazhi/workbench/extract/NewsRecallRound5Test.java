package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.news;

/**
 * Recall round 5: counts in loose text whose period or subject is said once for the whole item — by a headline
 * that states the figure, by a dateline (去年 and 今年以来 counted from it), by 该县 after the county was named, by
 * the justice bureau for the review of documents — and their look-alikes that stay in doubt.
 */
class NewsRecallRound5Test {
    @Test
    void aHeadlineThatStatesTheFigureGivesItsCountyAndYear() {
        assertValue(news("通山县2023年调解矛盾纠纷2930件", "全县各级人民调解组织共调解矛盾纠纷2930件。"),
                "mediation.disputes", "2930");
        assertValue(news("通山县：2023年办理法律援助案件417件", "全年共办理法律援助案件417件。"), "legal_aid.cases", "417");
        assertValue(news("2023年通山县收到行政复议申请152件", "全县共收到行政复议申请152件。"),
                "reconsideration.received", "152");
    }

    @Test
    void aHeadlineOfAnotherFigurePeriodOrPlaceGivesNothing() {
        // another figure, another year, a part of the year, a span, a street, another county, a change
        assertNoValue(news("通山县2023年调解矛盾纠纷2930件", "通羊镇共调解矛盾纠纷640件。"), "mediation.disputes");
        assertNoValue(news("通山县2022年调解矛盾纠纷2930件", "全县共调解矛盾纠纷2930件。"), "mediation.disputes");
        assertNoValue(news("通山县上半年调解矛盾纠纷1460件", "全县共调解矛盾纠纷1460件。"), "mediation.disputes");
        assertNoValue(news("通山县2023年累计调解矛盾纠纷2930件", "全年共调解矛盾纠纷2930件。"), "mediation.disputes");
        assertNoValue(news("2023年通山县通羊镇调解矛盾纠纷640件", "全镇共调解矛盾纠纷640件。"), "mediation.disputes");
        assertNoValue(news("崇阳县2023年调解矛盾纠纷2930件", "全县共调解矛盾纠纷2930件。"), "mediation.disputes");
        assertNoValue(news("通山县2023年法律援助案件同比增长9%，达417件", "全县共办理法律援助案件417件。"),
                "legal_aid.cases");
        // the same number of another matter
        assertNoValue(news("通山县2023年调解矛盾纠纷152件", "全县共收到行政复议申请152件。"), "reconsideration.received");
        assertNoValue(news("通山县2023年办理法律援助案件64件", "全县共发生行政应诉案件64件。"), "litigation.cases");
    }

    @Test
    void lastYearAfterADatelineOfTheYearAfterIsThePagesYear() {
        assertValue(news(null, "2024年1月，记者从县司法局获悉，去年全县共办理法律援助案件433件。"), "legal_aid.cases", "433");
        assertValue(news(null, "2024年2月8日，记者从县司法局了解到，去年我县共审查行政规范性文件41件。"),
                "normative_docs.reviewed", "41");
        // written two years after, the year before last, half of last year, the dateline's own year so far
        assertNoValue(news(null, "2025年1月，记者从县司法局获悉，去年全县共办理法律援助案件433件。"), "legal_aid.cases");
        assertNoValue(news(null, "2024年1月，记者从县司法局获悉，前年全县共办理法律援助案件398件。"), "legal_aid.cases");
        assertNoValue(news(null, "2024年1月，记者从县司法局获悉，去年上半年全县共调解矛盾纠纷1200件。"),
                "mediation.disputes");
        assertNoValue(news(null, "2024年1月，记者从县司法局获悉，今年以来，全县共办理法律援助案件29件。"), "legal_aid.cases");
        // from last year up to the dateline
        assertNoValue(news(null, "2024年1月，记者从县司法局获悉，去年以来全县共调解矛盾纠纷2960件。"), "mediation.disputes");
        assertNoValue(news("2024年全县司法行政工作会议召开", "去年以来，全县共调解矛盾纠纷2960件。"), "mediation.disputes");
    }

    @Test
    void theYearSoFarAtTheYearsEndIsTheYear() {
        assertValue(news(null, "2023年12月27日，记者从县司法局获悉，今年以来，全县共调解矛盾纠纷2874件。"),
                "mediation.disputes", "2874");
        // not the last ten days, months named, the year still to come, another place
        assertNoValue(news(null, "2023年12月5日，记者从县司法局获悉，今年以来，全县共调解矛盾纠纷2710件。"),
                "mediation.disputes");
        assertNoValue(news(null, "2023年12月27日，记者从县司法局获悉，1—11月全县共调解矛盾纠纷2650件。"),
                "mediation.disputes");
        assertNoValue(news(null, "2023年12月27日，记者从县司法局获悉，今年以来，全县共调解矛盾纠纷2874件，力争全年突破2900件。"),
                "mediation.disputes");
        assertNoValue(news(null, "2023年12月27日，记者从县司法局获悉，今年以来，通羊镇共调解矛盾纠纷520件。"),
                "mediation.disputes");
    }

    @Test
    void thatCountyIsTheCountyNamedLast() {
        assertValue(news(null, "通山县司法局日前召开年度工作总结会。2023年，该县共办理法律援助案件405件。"),
                "legal_aid.cases", "405");
        assertNoValue(news(null, "崇阳县司法局日前召开年度工作总结会。2023年，该县共办理法律援助案件388件。"),
                "legal_aid.cases");
        assertNoValue(news(null, "崇阳县司法局日前召开年度工作总结会。2023年，该县共调解矛盾纠纷2280件。"),
                "mediation.disputes");
    }

    @Test
    void aFigureToldByAnotherCountysBodyIsThatCountys() {
        assertNoValue(news(null, "2024年1月，记者从崇阳县司法局获悉，去年全县共办理法律援助案件376件。"), "legal_aid.cases");
        assertNoValue(news("2024年全县司法行政工作会议召开", "记者从崇阳县司法局获悉，去年全县共办理法律援助案件376件。"),
                "legal_aid.cases");
        assertNoValue(news(null, "2023年12月27日，记者从崇阳县司法局获悉，今年以来，全县共调解矛盾纠纷2210件。"),
                "mediation.disputes");
        // the county's own bureau, or the county named after the source
        assertValue(news(null, "2024年1月，记者从县司法局获悉，去年全县共办理法律援助案件433件，其中农民工案件96件。"),
                "legal_aid.cases", "433");
    }

    @Test
    void theJusticeBureauReviewsDocumentsForTheCountyButMediatesForItself() {
        assertValue(news(null, "县司法局2023年共审查行政规范性文件52件。"), "normative_docs.reviewed", "52");
        assertNoValue(news(null, "县司法局2023年共调解矛盾纠纷64件。"), "mediation.disputes");
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.news;

/**
 * Round 29: loose text of every kind about one county's year (news items with datelines, work-meeting speeches,
 * interviews, department summaries, bulletins) — the shapes that gave a wrong value or lost a plain whole-year
 * figure (tools/probes/news-round29.txt, tools/probes/news-pages/).
 */
class NewsRound29Test {
    @Test
    void aDatelineOfTheYearAfterIsNoPlan() {
        // the dateline's later year opens the sentence, but it dates the item: the figure of 2023 stands
        assertValue(news(null, "2024年1月18日，记者从县司法局获悉，2023年全县共审核规范性文件52件，今年将继续推进合法性审查全覆盖。"),
                "normative_docs.reviewed", "52");
        // what the item says will be done this year stays a plan
        assertNoValue(news(null, "2024年1月，记者从县司法局获悉，今年全县将评查行政执法案卷700卷以上。"),
                "enforcement.files_reviewed");
        assertNoValue(news(null, "2024年1月，记者从县司法局获悉，2024年全县将评查行政执法案卷700卷。"),
                "enforcement.files_reviewed");
    }

    @Test
    void theOutletsOwnDatelineDatesTheItemAndNamesItsCounty() {
        assertValue(news(null, "2023年12月29日，通山县融媒体中心报道，今年以来全县共受理行政复议申请297件。"),
                "reconsideration.accepted", "297");
        assertValue(news(null, "2024年1月5日，通山县融媒体中心报道，去年全县共办理法律援助案件702件。"), "legal_aid.cases", "702");
        // not the year's end; another county's outlet, whose 全县 is its own
        assertNoValue(news(null, "2023年9月12日，通山县融媒体中心报道，今年以来全县共受理行政复议申请197件。"),
                "reconsideration.accepted");
        assertNoValue(news(null, "2023年12月29日，崇阳县融媒体中心报道，今年以来全县共受理行政复议申请297件。"),
                "reconsideration.accepted");
        assertNoValue(news(null, "崇阳县融媒体中心讯 2023年，全县共调解矛盾纠纷3860件。"), "mediation.disputes");
    }

    @Test
    void whatWillBeDoneIsAPlan() {
        assertNoValue(news(null, "按照计划，2023年全县将评查行政执法案卷800卷。"), "enforcement.files_reviewed");
        assertNoValue(news(null, "2023年，全县将调解矛盾纠纷4000件以上。"), "mediation.disputes");
        assertValue(news(null, "2023年，全县共调解矛盾纠纷4120件，将调解成功的案例汇编成册。"), "mediation.disputes", "4120");
    }

    @Test
    void aFloorWrittenAsTheFiguresPrefixIsARequirement() {
        // the parser reads 不少于 as the figure's own qualifier; it is still a floor set, not a result
        assertNoValue(news(null, "2023年，全县要深化行政执法改革，全年评查行政执法案卷不少于800卷。"), "enforcement.files_reviewed");
        assertNoValue(news(null, "2023年，全县办理法律援助案件不少于900件。"), "legal_aid.cases");
        assertValue(news(null, "2023年，全县共办理法律援助案件900余件。"), "legal_aid.cases", "900");
    }

    @Test
    void aCountyInsideTheBracketOfAHigherLevelIsNoSubject() {
        assertNoValue(news(null, "2023年，全市（含通山县）共调解矛盾纠纷3.8万件。"), "mediation.disputes");
        assertNoValue(news(null, "2023年，咸宁市(包括通山县)共办理法律援助案件5620件。"), "legal_aid.cases");
    }

    @Test
    void aPageOfTheCountysOwnBodyForTheMatterNamesTheCounty() {
        assertValue(news("通山县人力资源和社会保障局2023年工作总结",
                "全年共受理劳动人事争议仲裁案件1382件，结案1350件，仲裁结案率97.7%。"), "labour_arbitration.closing_rate", "97.7");
        assertValue(news("通山县信访局2023年工作总结", "全年共受理群众来信来访3260件次，按期办结率99.6%。"),
                "petitions.completion_rate", "99.6");
        assertValue(news("通山县司法局关于县人大代表建议的答复", "2023年，新收行政复议案件200件，审结177件。"),
                "reconsideration.received", "200");
        // another matter than the body's, another body, one mediation committee, the body's own organ
        assertNoValue(news("通山县人力资源和社会保障局2023年工作总结", "全年劳动保障监察立案查处案件126件，结案率100%。"),
                "labour_arbitration.closing_rate");
        assertNoValue(news("通山县信访局2023年工作总结", "全年12345热线办结率99.6%。"), "hotline.completion_rate");
        assertNoValue(news("通山县市场监督管理局2023年工作总结", "全年12315投诉举报热线办结率100%。"), "hotline.completion_rate");
        assertNoValue(news("通山县医疗纠纷人民调解委员会2023年工作总结", "全年共调解纠纷86件，调解成功率100%。"),
                "mediation.success_rate");
        assertNoValue(news("通山县司法局2023年工作总结", "全年，局机关共审核局内规范性文件3件。"), "normative_docs.reviewed");
        assertNoValue(news("崇阳县信访局2023年工作总结", "全年共受理群众来信来访3260件次，按期办结率99.6%。"),
                "petitions.completion_rate");
    }

    @Test
    void theJusticeBureauOrganisesTheReviewOfEnforcementFiles() {
        assertValue(news(null, "2023年，县司法局组织开展行政执法案卷评查，共评查案卷760卷。"), "enforcement.files_reviewed", "760");
        assertNoValue(news(null, "2023年，县司法局共评查法律援助案卷126卷。"), "enforcement.files_reviewed");
        assertNoValue(news(null, "2023年，崇阳县司法局组织开展行政执法案卷评查，共评查案卷760卷。"), "enforcement.files_reviewed");
    }

    @Test
    void theParagraphsYearGoesOnToASentenceWithoutPeriodWords() {
        var meeting = news("通山县召开2024年全县司法行政工作会议",
                "会议指出，2023年，全县共办理法律援助案件968件。全县行政复议收案312件，审结298件。");
        assertValue(meeting, "reconsideration.concluded", "298");
        assertValue(news(null, "2023年，我县持续深化“枫桥经验”。全县共调解矛盾纠纷4120件，调解成功率99.2%。"),
                "mediation.disputes", "4120");
        // another year, months, half a year, a span before; a sentence of its own period; another paragraph
        assertNoValue(news(null, "2022年，全县共调解矛盾纠纷3860件。全县共办理法律援助案件702件。"), "legal_aid.cases");
        assertNoValue(news(null, "2023年1—10月，全县共调解矛盾纠纷3420件。全县共办理法律援助案件612件。"), "legal_aid.cases");
        assertNoValue(news(null, "今年上半年，全县共调解矛盾纠纷1860件。全县共办理法律援助案件386件。"), "legal_aid.cases");
        assertNoValue(news(null, "截至2023年底，全县累计建成调委会236个。全县共办理法律援助案件736件。"), "legal_aid.cases");
        assertNoValue(news(null, "2024年，全县将深化“枫桥经验”。全县共调解矛盾纠纷4120件。"), "mediation.disputes");
        assertNoValue(news(null, "2023年，全县共调解矛盾纠纷4120件。上半年，全县共办理法律援助案件386件。"), "legal_aid.cases");
        assertNoValue(news(null, "2023年，全县共调解矛盾纠纷4120件。\n全县共办理法律援助案件736件。"), "legal_aid.cases");
    }

    @Test
    void aPlansHeadlineMakesEveryFigureATarget() {
        assertNoValue(news("2023年全县法治政府建设工作要点", "2023年，全县共调解矛盾纠纷4120件。"), "mediation.disputes");
        assertNoValue(news("全年工作计划", "2023年，全县共调解矛盾纠纷4120件。"), "mediation.disputes");
        // a plan's page looking back at last year; a page that reviews the year too
        assertValue(news("2024年全县司法行政工作要点", "去年，全县共调解矛盾纠纷4120件。"), "mediation.disputes", "4120");
        assertValue(news("通山县2023年工作总结和2024年工作思路", "2023年，全县共调解矛盾纠纷4120件。"),
                "mediation.disputes", "4120");
    }

    @Test
    void aHeadlineThatReviewsAnotherYearDatesTheYearsFigures() {
        assertNoValue(news("通山县司法局2022年工作总结", "全年，全县共办理法律援助案件1086件。"), "legal_aid.cases");
        assertNoValue(news("通山县人力资源和社会保障局2022年工作总结", "全年共受理劳动人事争议仲裁案件1382件，仲裁结案率97.7%。"),
                "labour_arbitration.closing_rate");
        // the page's own year; a meeting of the year after, which reviews the page's year; a figure with its own year
        assertValue(news("通山县司法局2023年工作总结", "全年，全县共办理法律援助案件1086件。"), "legal_aid.cases", "1086");
        assertValue(news("2024年全县司法行政工作会议召开", "去年，全县共办理法律援助案件487件。"), "legal_aid.cases", "487");
        assertValue(news("通山县司法局2022年工作总结", "2023年，全县共办理法律援助案件1086件。"), "legal_aid.cases", "1086");
    }

    @Test
    void aBracketThatLeavesAPartOutMakesThePart() {
        assertNoValue(news(null, "2023年，全县（不含开发区）共调解矛盾纠纷3860件。"), "mediation.disputes");
        assertNoValue(news(null, "2023年，全县共调解矛盾纠纷3860件（不含开发区）。"), "mediation.disputes");
        assertValue(news(null, "2023年，全县共调解矛盾纠纷3860件（含开发区）。"), "mediation.disputes", "3860");
        assertValue(news(null, "2023年，通山县（含经济开发区）共调解矛盾纠纷4120件。"), "mediation.disputes", "4120");
        // an instance left out is how suits are counted (round 13), not a part
        assertValue(news(null, "2023年，全县行政应诉案件86件（不含二审）。"), "litigation.cases", "86");
    }
}

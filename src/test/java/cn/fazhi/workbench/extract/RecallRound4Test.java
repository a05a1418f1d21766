package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static cn.fazhi.workbench.extract.ExtractorFixture.EXTRACTOR;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.number;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recall round 4 (tools/probes/recall-round4-rates.txt, news-round4-rates.txt): rates and services as news items and
 * reports state them — 网办率 and 全程网办率 without a word for business handled, 出庭应诉率 without 负责人, the 12345
 * hotline named by the heading, mediation counted in 件次 — and the look-alikes beside them that must stay doubted.
 */
class RecallRound4Test {

    private static void is(String sentence, String code, String expected) {
        assertEquals(new BigDecimal(expected).stripTrailingZeros(),
                number(report(sentence), code).stripTrailingZeros(), sentence);
    }

    private static ReportExtractor.Extraction news(String sentence) {
        return EXTRACTOR.extractPassage(sentence, "通山县", 2023, false, null);
    }

    @Test
    void aBareOnlineRateIsTheCountysRateOfServicesHandledOnline() {
        is("全县政务服务网办率达92.6%。", "online_service.rate", "92.6");
        is("一、主要举措和成效\n（二）深化“一网通办”改革\n全县网办率达到93.5%，掌上办比例达88.1%。", "online_service.rate", "93.5");
        is("政务服务平台全年办件量58.2万件，全程网办率86.3%。", "online_service.rate", "86.3");
        is("全年共办理政务服务事项126万件，网办率达89.7%。", "online_service.rate", "89.7");
        var x = news("2023年，我县政务服务网上办理率达到90.6%。");
        assertEquals(0, new BigDecimal("90.6").compareTo(value(x, "online_service.rate")
                .orElseThrow(() -> new AssertionError(describe(x.suggestions()))).value()));
    }

    @Test
    void anOnlineRateOfItemsThatCanBeHandledOnlineStaysDoubted() {
        notAValue("政务服务事项网上可办率达100%。", "online_service.rate");
        notAValue("全县可网办事项比例达98.5%。", "online_service.rate");
        // the items' 全程网办率 is the share that can be done wholly online; 事项网上办理率 is the catalogue's rate (decision 0067)
        suggested("全年政务服务事项全程网办率达85.4%。", "online_service.rate");
        is("全县依申请政务服务事项网上办理率达到91.3%。", "online_service.rate", "91.3");
        // a bare 网办率 in a sentence about what can be handled online, or about the items of a list (项)
        suggested("全县政务服务事项网办率达到87.6%，其中网上可办事项1026项。", "online_service.rate");
        suggested("全年共梳理公布政务服务事项1560项，实现“一网通办”1480项，网办率94.9%。", "online_service.rate");
        // a target, half a year, another county, one department, one kind of service, a change
        notAValue("力争全程网办率达到95%以上。", "online_service.rate");
        notAValue("上半年，全县网办率达88.2%。", "online_service.rate");
        notAValue("德清县政务服务网办率达93.1%。", "online_service.rate");
        notAValue("县市场监管局企业登记全程网办率达99%。", "online_service.rate");
        notAValue("企业开办全程网办率100%。", "online_service.rate");
        notAValue("全县网办率较上年提高5.3个百分点。", "online_service.rate");
    }

    @Test
    void aBareAppearanceRateIsTheHeadsRate() {
        is("全县行政机关出庭应诉率达100%。", "litigation.head_appearance_rate", "100");
        is("全年共办理行政应诉案件87件，行政机关出庭应诉率97.1%。", "litigation.head_appearance_rate", "97.1");
        is("一、主要举措和成效\n（三）提升行政应诉水平\n全年出庭应诉率保持100%。", "litigation.head_appearance_rate", "100");
        // an earlier clause's heads' rate names the heads for the clause after it
        is("市委依法治市办要求各县区行政机关负责人出庭应诉率达到100%，我县全年出庭应诉率为92.5%。",
                "litigation.head_appearance_rate", "92.5");
    }

    @Test
    void aBareAppearanceRateBesideTheHeadsOwnRateIsNotTheirs() {
        is("全县行政诉讼案件行政机关出庭应诉率达到100%，其中负责人出庭应诉率达92.3%。",
                "litigation.head_appearance_rate", "92.3");
        // a court's witnesses or parties, a lawyer, one department, a change, since 2021, a target
        notAValue("县人民法院全年证人出庭率达35.6%。", "litigation.head_appearance_rate");
        notAValue("县人民法院行政案件当事人出庭率达90.5%。", "litigation.head_appearance_rate");
        notAValue("县人民法院全年行政案件出庭应诉率100%。", "litigation.head_appearance_rate");
        notAValue("法律顾问出庭应诉率100%。", "litigation.head_appearance_rate");
        notAValue("县人力社保局出庭应诉率100%。", "litigation.head_appearance_rate");
        notAValue("德清县行政机关出庭应诉率100%。", "litigation.head_appearance_rate");
        notAValue("2021年以来，全县出庭应诉率保持100%。", "litigation.head_appearance_rate");
        notAValue("力争行政机关负责人出庭应诉率达到100%。", "litigation.head_appearance_rate");
    }

    @Test
    void theHotlineHeadingNamesTheHotlinesRate() {
        is("一、主要举措和成效\n（三）12345热线\n全年共受理来电8.2万件，按期办结率99.6%。", "hotline.completion_rate", "99.6");
        // its calls and letters (来电来信) are not petitions; a sentence that names 信访 keeps them
        notAValue("一、主要举措和成效\n（四）提升12345热线服务质效\n全年共受理群众来电来信7.8万件，按时办结率99.6%。",
                "petitions.completion_rate");
        is("一、主要举措和成效\n（二）12345热线\n全县信访事项按期办结率99.8%。", "petitions.completion_rate", "99.8");
        notAValue("一、主要举措和成效\n（二）12345热线\n全县信访事项按期办结率99.8%。", "hotline.completion_rate");
        // a mailbox, another hotline, half a year under the heading
        notAValue("一、主要举措和成效\n（二）12345热线\n县长信箱全年收到来信860件，办结率100%。", "hotline.completion_rate");
        notAValue("一、主要举措和成效\n（二）12345热线\n12348法律服务热线全年接听咨询1.1万人次，办结率100%。",
                "hotline.completion_rate");
        notAValue("一、主要举措和成效\n（二）12345热线\n上半年受理来电4.1万件，按期办结率99.3%。", "hotline.completion_rate");
        // a bare 办结率 after proposals or a mailbox is theirs, under the heading or not
        notAValue("一、主要举措和成效\n（三）12345热线\n全年办理人大代表建议86件，办结率100%。", "hotline.completion_rate");
        notAValue("县长信箱和12345热线全年受理诉求2.1万件，办结率100%。", "hotline.completion_rate");
        is("12345热线全年受理群众诉求和意见建议9.2万件，办结率99.3%。", "hotline.completion_rate", "99.3");
    }

    @Test
    void aPlanWordBeforeTheHotlinesNumberMakesATarget() {
        notAValue("力争12345热线按期办结率达到99%以上。", "hotline.completion_rate");
        is("12345热线全年办结率99.3%，群众满意率96.5%。", "hotline.completion_rate", "99.3");
        notAValue("12345热线接通率达99.2%，群众满意率98.1%。", "hotline.completion_rate");
    }

    @Test
    void mediationCountedInTimesIsTheCountysUnlessPeopleAtWorkAreCounted() {
        is("全年共调解矛盾纠纷2318件次，调解成功率99.1%。", "mediation.disputes", "2318");
        is("全县人民调解组织全年共调解矛盾纠纷3016件次，调解成功2998件次。", "mediation.succeeded", "2998");
        var x = news("2023年，全县共调解矛盾纠纷2865件次。");
        assertTrue(value(x, "mediation.disputes").isPresent(), describe(x.suggestions()));
        // 法律明白人, 网格员, 律师, an average per mediator, a town
        notAValue("全年“法律明白人”累计参与法治宣传4595人次，化解矛盾纠纷1094件次。", "mediation.disputes");
        notAValue("全县培育法律明白人3200名，全年参与调解矛盾纠纷860件次。", "mediation.disputes");
        notAValue("全县网格员全年排查化解矛盾纠纷1560件次。", "mediation.disputes");
        notAValue("全年组织律师参与调解矛盾纠纷320件次。", "mediation.disputes");
        notAValue("全县调解员人均调解纠纷85件次。", "mediation.disputes");
        notAValue("天荒坪镇全年调解矛盾纠纷326件次。", "mediation.disputes");
    }

    @Test
    void aHeadingThatNamesOneKindOfTheMatterLimitsTheFigureUnderIt() {
        suggested("一、主要举措和成效\n（三）诉前调解\n全年共调解纠纷1350件。", "mediation.disputes");
        suggested("一、主要举措和成效\n（三）刑事法律援助\n全年共办理法律援助案件456件。", "legal_aid.cases");
        // the sentence names the whole; the heading lists the kinds together
        is("一、主要举措和成效\n（三）诉前调解\n全县各级人民调解组织全年共调解矛盾纠纷2350件。", "mediation.disputes", "2350");
        is("一、主要举措和成效\n（四）刑事、民事法律援助\n全年共办理法律援助案件1120件。", "legal_aid.cases", "1120");
    }

    @Test
    void theRepealsAfterQiZhongInACleanUpAreAllTheRepeals() {
        is("全年清理规范性文件112件，其中废止9件。", "normative_docs.repealed", "9");
        is("全年清理规范性文件112件，其中废止9件，修改5件。", "normative_docs.repealed", "9");
        // one kind's repeals, one campaign's clean-up, a review rather than a clean-up
        notAValue("全年清理规章和规范性文件312件，其中规章废止2件，规范性文件废止9件。", "normative_docs.repealed");
        notAValue("开展优化营商环境专项清理，清理文件86件，其中废止9件。", "normative_docs.repealed");
        notAValue("全年审查规范性文件52件，其中废止3件。", "normative_docs.repealed");
    }

    @Test
    void legalAidCarriedOutOrTakenInByTheCountysLegalAidBodies() {
        is("全年共组织实施法律援助986件。", "legal_aid.cases", "986");
        is("全县法律援助机构全年共受理各类案件1080件。", "legal_aid.cases", "1080");
        // people, a project, a quality check, another county, half a year
        notAValue("全年共为1020名困难群众提供法律援助。", "legal_aid.cases");
        notAValue("全年实施法律援助民生实事项目12项。", "legal_aid.cases");
        notAValue("县法律援助中心全年实施法律援助质量评估案卷抽查120件。", "legal_aid.cases");
        notAValue("德清县法律援助机构全年共受理案件860件。", "legal_aid.cases");
        notAValue("上半年实施法律援助502件。", "legal_aid.cases");
    }

    @Test
    void theCountysHotlineNamedByItsLevelNamesTheCountyInLooseText() {
        assertTrue(value(news("2023年，县12345热线办结率99.4%。"), "hotline.completion_rate").isPresent());
        assertTrue(value(news("2023年，县长热线办结率98.9%。"), "hotline.completion_rate").isPresent());
        // another county's, another hotline's, half a year's, another rate
        assertTrue(value(news("2023年，崇阳县12345热线办结率99.4%。"), "hotline.completion_rate").isEmpty());
        assertTrue(value(news("2023年，县12348法律服务热线办结率100%。"), "hotline.completion_rate").isEmpty());
        assertTrue(value(news("2023年上半年，县12345热线办结率99.4%。"), "hotline.completion_rate").isEmpty());
        assertTrue(value(news("2023年，县12345热线接通率99.4%。"), "hotline.completion_rate").isEmpty());
        assertTrue(value(news("2023年，县消费者投诉举报热线办结率100%。"), "hotline.completion_rate").isEmpty());
    }

    @Test
    void theCountysJusticeBureauSpeakingOfItselfOnItsOwnPageIsTheCounty() {
        String title = "通山县司法局2023年工作总结";
        assertTrue(value(EXTRACTOR.extractPassage("全年，我局共办理法律援助案件1086件。", "通山县", 2023, false, title),
                "legal_aid.cases").isPresent());
        assertTrue(value(EXTRACTOR.extractPassage("全年，我局共审核县政府规范性文件41件。", "通山县", 2023, false, title),
                "normative_docs.reviewed").isPresent());
        // the bureau's own mediation, its own lawsuits, another county's bureau, another department, half a year
        assertTrue(value(EXTRACTOR.extractPassage("全年，我局共调解矛盾纠纷86件。", "通山县", 2023, false, title),
                "mediation.disputes").isEmpty());
        assertTrue(value(EXTRACTOR.extractPassage("全年，我局一审行政诉讼案件败诉2件。", "通山县", 2023, false, title),
                "litigation.lost").isEmpty());
        assertTrue(value(EXTRACTOR.extractPassage("全年，我局共办理法律援助案件1086件。", "通山县", 2023, false,
                "崇阳县司法局2023年工作总结"), "legal_aid.cases").isEmpty());
        assertTrue(value(EXTRACTOR.extractPassage("全年，我局共审核规范性文件6件。", "通山县", 2023, false,
                "通山县交通运输局2023年工作总结"), "normative_docs.reviewed").isEmpty());
        assertTrue(value(EXTRACTOR.extractPassage("上半年，我局共办理法律援助案件486件。", "通山县", 2023, false, title),
                "legal_aid.cases").isEmpty());
        // the bureau's own organ and its internal documents
        assertTrue(value(EXTRACTOR.extractPassage("全年，我局机关共审核局内规范性文件3件。", "通山县", 2023, false, title),
                "normative_docs.reviewed").isEmpty());
    }
}

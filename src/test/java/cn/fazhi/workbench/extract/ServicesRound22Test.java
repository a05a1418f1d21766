package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;

/**
 * Red-team round 22 (tools/probes/redteam-round22-services.txt and the whole reports r69–r72): services text —
 * mediation, legal aid, licensing, normative documents, case files, the 12345 hotline, petitions — as 司法局,
 * 政务服务 and county reports write it. The wordings that were wrongly accepted, and the plain wordings that were
 * missed, with the controls beside them.
 */
class ServicesRound22Test {

    @Test
    void filingsReceivedFromDepartmentsAreNotTheCountysFilingsNorItsLegalityReviews() {
        // the bureau reviews what departments and towns filed with it (备案审查): neither the county's own filings
        // with the city and the people's congress nor its legality review before issuing
        notAValue("县司法局审查各部门报送备案的规范性文件26件。", "normative_docs.filed");
        notAValue("县司法局审查各部门报送备案的规范性文件26件。", "normative_docs.reviewed");
        notAValue("全年共审结38件报备的规范性文件，直接准予备案36件。", "normative_docs.reviewed");
        notAValue("全年共审结38件报备的规范性文件，直接准予备案36件。", "normative_docs.filed");
        notAValue("全年接收部门报送备案的规范性文件23件，审查后予以备案21件，纠正2件。", "normative_docs.filed");
        // the county's own filings and reviews stay values, also beside the filings it received
        assertValue(report("全年向市政府报备规范性文件12件，均予以备案。"), "normative_docs.filed", "12");
        assertValue(report("全年合法性审核县政府行政规范性文件18件，向市政府和县人大常委会报备18件，报备率、及时率均为100%。"),
                "normative_docs.filed", "18");
        var x = report("全年向市政府和县人大常委会报备规范性文件27件，报备率100%；审查各部门、各乡镇报送备案的规范性文件35件。");
        assertValue(x, "normative_docs.filed", "27");
    }

    @Test
    void passingOrExcellentFilesAreNotAllFilesReviewed() {
        notAValue("全年全县行政执法案卷评查合格案卷412卷。", "enforcement.files_reviewed");
        notAValue("全年评出优秀案卷96卷。", "enforcement.files_reviewed");
        assertValue(report("全年组织全县行政执法案卷评查，共评查案卷520卷，优秀率18.6%。"), "enforcement.files_reviewed", "520");
        assertValue(report("全年共评查行政执法案卷460卷，其中优秀案卷82卷，合格率98.2%。"), "enforcement.files_reviewed", "460");
    }

    @Test
    void aHeadingNamingOneGroupAidedLimitsTheLegalAidCasesUnderIt() {
        suggested("一、主要举措和成效\n（二）农民工法律援助\n全年共办理法律援助案件420件。", "legal_aid.cases");
        notAValue("一、主要举措和成效\n（三）未成年人法律援助\n全年共办理法律援助案件96件。", "legal_aid.cases");
        // a heading of the whole matter, or a sentence naming the whole county, keeps the value
        assertValue(report("一、主要举措和成效\n（二）法律援助\n全年共办理法律援助案件1026件。"), "legal_aid.cases", "1026");
        assertValue(report("一、主要举措和成效\n（二）农民工法律援助\n全县全年共办理法律援助案件1026件，其中农民工案件326件。"),
                "legal_aid.cases", "1026");
    }

    @Test
    void callsAndLettersUnderAHotlineHeadingGiveTheHotlinesRate() {
        assertValue(report("一、主要举措和成效\n（四）12345热线服务\n全年共受理群众来电来信7.8万件，按期办结率98.9%，回访满意率96.1%。"),
                "hotline.completion_rate", "98.9");
        notAValue("一、主要举措和成效\n（四）12345热线服务\n全年共受理群众来电来信7.8万件，按期办结率98.9%。",
                "petitions.completion_rate");
        // a sentence that names 信访 keeps the petitions' rate; half a year, a mailbox under the heading stay out
        assertValue(report("一、主要举措和成效\n（二）12345热线\n全县信访事项按期办结率99.8%。"), "petitions.completion_rate", "99.8");
        notAValue("一、主要举措和成效\n（二）12345热线\n上半年受理来电来信4.1万件，按期办结率99.3%。", "hotline.completion_rate");
        notAValue("一、主要举措和成效\n（二）12345热线\n县长信箱全年收到来信860件，办结率100%。", "hotline.completion_rate");
        // no hotline heading: calls and letters stay the petitions' matter
        notAValue("全年共受理群众来电来信7.8万件，按期办结率98.9%。", "hotline.completion_rate");
    }

    @Test
    void ticketsHandedOnAreTheHotlinesNotBusinessHandled() {
        // 交办件/转办件 are tickets handed on, not 办件 of the service centre (the licensing topic)
        assertValue(report("全年12345热线交办件按时办结率99.6%。"), "hotline.completion_rate", "99.6");
        assertValue(report("全年12345热线转办件按期办结率99.2%。"), "hotline.completion_rate", "99.2");
        notAValue("全年县住建局承办12345热线交办件2860件，按期办结率99.8%。", "hotline.completion_rate");
        assertValue(report("全年县行政服务中心共受理办件86.42万件，办结86.38万件。"), "licensing.handled", "864200");
    }

    @Test
    void firstLettersAndVisitsArePetitions() {
        assertValue(report("全县初信初访及时受理率100%、按期办结率99.2%，群众满意率96.8%。"), "petitions.completion_rate", "99.2");
        notAValue("全县初信初访及时受理率100%。", "petitions.completion_rate");
        notAValue("上半年全县初信初访按期办结率99.3%。", "petitions.completion_rate");
    }

    @Test
    void theTownsBeforeTheHotlinesNumberAreTheRatesSubject() {
        // 12345 cuts the clause's words short; the towns before it still say whose tickets these are
        notAValue("全县各乡镇（街道）12345热线工单办结率99.1%。", "hotline.completion_rate");
        notAValue("各乡镇（街道）12345热线工单办结率99.1%。", "hotline.completion_rate");
        assertValue(report("全县12345热线工单办结率99.1%。"), "hotline.completion_rate", "99.1");
        assertValue(report("各乡镇（街道）和县级部门12345热线工单办结率99.1%。"), "hotline.completion_rate", "99.1");
    }

    @Test
    void aCountOfFilesThatHoldsOtherFilesIsNotTheNormativeDocumentsReviewed() {
        notAValue("全年审核县政府文件（含规范性文件）86件。", "normative_docs.reviewed");
        notAValue("全年审核县政府规范性文件（含政策性文件）86件。", "normative_docs.reviewed");
        // the documents of every level are still documents
        assertValue(report("全年合法性审核规范性文件（含部门规范性文件）32件。"), "normative_docs.reviewed", "32");
    }

    @Test
    void theHotlineNamedInTheSentenceTakesItsCallsAndLetters() {
        assertValue(report("全年12345热线来电来信共6.2万件，按期办结率99.0%。"), "hotline.completion_rate", "99.0");
        notAValue("全年12345热线来电来信共6.2万件，按期办结率99.0%。", "petitions.completion_rate");
        // a rate whose own clause names petitions, or a sentence that names 信访, stays the petitions' matter
        notAValue("全年12345热线受理诉求6.2万件，来信来访按期办结率99.0%。", "hotline.completion_rate");
        notAValue("全县信访部门和12345热线全年共受理群众来电来信9.6万件，办结率99.1%。", "hotline.completion_rate");
    }

    @Test
    void theSuccessAfterQiZhongWithDeIsTheWholesSuccess() {
        assertValue(report("全年共调解矛盾纠纷5230件，其中调解成功的5198件。"), "mediation.succeeded", "5198");
        assertValue(report("全年共调解矛盾纠纷5230件，其中成功调解的纠纷5198件。"), "mediation.succeeded", "5198");
        // one kind's success after 其中 stays a part
        notAValue("全年共调解矛盾纠纷5230件，其中成功调解的婚姻家庭纠纷860件。", "mediation.succeeded");
    }

    @Test
    void theJusticeBureausOwnPetitionsAreADepartmentsFigure() {
        // the 司法局 speaks for the county on legal aid, documents and reconsideration, not on petitions (信访局's)
        notAValue("全年县司法局机关信访件按期办结率100%。", "petitions.completion_rate");
        notAValue("全年县司法局信访事项按期办结率100%。", "petitions.completion_rate");
        assertValue(report("县司法局全年受理法律援助案件860件。"), "legal_aid.cases", "860");
        assertValue(report("全县信访事项按期办结率99.6%。"), "petitions.completion_rate", "99.6");
    }

    @Test
    void aSentenceThatGivesAFigureOfEveryYearMakesAGenericClaimOfTheRateAfterIt() {
        notAValue("全县每年调解矛盾纠纷5000余件，调解成功率保持在98%以上。", "mediation.success_rate");
        notAValue("全县每年调解矛盾纠纷1.2万件，调解成功率99.5%。", "mediation.success_rate");
        // a year written after 每年, or a practice kept up every year with no figure of its own, changes nothing
        assertValue(report("全县每年调解矛盾纠纷5000余件，2022年调解成功率99.1%。"), "mediation.success_rate", "99.1");
        assertValue(report("全县坚持每年开展案卷评查，共评查案卷460卷。"), "enforcement.files_reviewed", "460");
        assertValue(report("全县每年组织2次案卷评查，共评查案卷460卷。"), "enforcement.files_reviewed", "460");
    }

    @Test
    void aHeadingNamingBothPetitionsAndTheHotlineLeavesTheCallsAndLettersToEither() {
        String heading = "一、主要举措和成效\n（三）信访和12345热线\n";
        notAValue(heading + "全年共受理群众来电来信6.2万件，按期办结率99.0%。", "petitions.completion_rate");
        notAValue(heading + "全年共受理群众来电来信6.2万件，按期办结率99.0%。", "hotline.completion_rate");
        suggested(heading + "全年共受理群众来电来信6.2万件，按期办结率99.0%。", "petitions.completion_rate");
        // a sentence that names its matter decides
        assertValue(report(heading + "全年信访事项按期办结率99.0%。"), "petitions.completion_rate", "99.0");
        assertValue(report(heading + "全年12345热线工单按期办结率99.0%。"), "hotline.completion_rate", "99.0");
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.value;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whether a figure of a county's report is the county's own whole figure for the year, on made-up sentences of
 * the kinds a supervisor meets: a count that only continues the count before it, a township, a village or a
 * development zone as the subject, one department, the reports' look-alike rates and kinds of case files. The
 * positives are the county's own whole figures, which must stay values.
 */
class OwnWholeFigureTest {

    private static ReportExtractor.Extraction report(String sentence) {
        return ExtractorFixture.extract("平阳县人民政府关于2023年度法治政府建设情况的报告\n一、主要成效\n" + sentence + "\n");
    }

    @Test
    void aCountThatNamesOnlyItsActContinuesTheCountBeforeIt() {
        suggested("全年，县人民调解中心共受理矛盾纠纷860件，调解成功850件。", "mediation.succeeded");
        suggested("全年，县医调委共受理医疗纠纷86件，调解成功80件。", "mediation.succeeded");
        suggested("全年调解婚姻家庭纠纷860件，调解成功850件。", "mediation.succeeded");
        suggested("全年诉前调解纠纷1500件，调解成功1200件。", "mediation.succeeded");
        suggested("全年办理涉企行政复议案件12件，审结10件。", "reconsideration.concluded");
        suggested("全年，城关镇共调解矛盾纠纷320件，成功化解310件。", "mediation.succeeded");
        // the whole's own act stays the whole's; a list after 其中 is not the count carried on
        aValue("全县各级人民调解组织共调解矛盾纠纷5632件，调解成功5598件。", "mediation.succeeded");
        aValue("全年共受理行政复议案件86件，审结80件，纠错12件。", "reconsideration.concluded");
        aValue("全年共受理行政复议案件86件，审结80件，纠错12件。", "reconsideration.corrected");
        aValue("全年共调解矛盾纠纷3200件，调解成功3150件，其中诉前调解1200件。", "mediation.succeeded");
        aValue("全年行政诉讼案件56件，败诉3件。", "litigation.lost");
    }

    @Test
    void aTownshipAVillageOrAZoneOpeningAClauseSpeaksForItself() {
        suggested("全年，大安乡共调解矛盾纠纷320件，调解成功率98%。", "mediation.disputes");
        suggested("大安乡人民调解委员会全年调解纠纷85件，调解成功率100%。", "mediation.success_rate");
        suggested("全年，红星村调解纠纷23件。", "mediation.disputes");
        suggested("县经济开发区全年调解矛盾纠纷320件。", "mediation.disputes");
        suggested("全年，县经济技术开发区办理政务服务事项6800件。", "licensing.handled");
        suggested("全年，县工业园区调处矛盾纠纷56件。", "mediation.disputes");
        var headed = ExtractorFixture.extract("平阳县人民政府关于2023年度法治政府建设情况的报告\n一、主要成效\n"
                + "（四）经济开发区法治建设\n全年办理行政许可事项560件。\n");
        assertTrue(value(headed, "licensing.handled").isEmpty(), describe(headed.values()));
        // words that end in 乡 or 村, a zone named where something happens, and the levels together stay the county's
        aValue("县、乡、村三级人民调解组织全年共调解纠纷3200件。", "mediation.disputes");
        aValue("县乡两级共调解纠纷5632件。", "mediation.disputes");
        aValue("城乡各级调解组织共调解纠纷5632件。", "mediation.disputes");
        aValue("开展送法下乡活动86场，全年共调解纠纷5632件。", "mediation.disputes");
        aValue("农村地区矛盾纠纷多发，全年共调解纠纷5632件。", "mediation.disputes");
        aValue("在开发区设立调解室，全年共调解纠纷3200件。", "mediation.disputes");
        var verbFirst = ExtractorFixture.extract("平阳县人民政府关于2023年度法治政府建设情况的报告\n一、主要成效\n"
                + "（四）推进开发区法治建设\n全年办理行政许可事项560件。\n");
        assertTrue(value(verbFirst, "licensing.handled").isPresent(), describe(verbFirst.suggestions()));
    }

    @Test
    void aZonesOwnReportIsTheZone() {
        var zone = ExtractorFixture.extract("阿拉善高新区2023年法治政府建设情况报告\n一、主要成效\n"
                + "高新区全年调解矛盾纠纷320件。\n");
        assertTrue(value(zone, "mediation.disputes").isPresent(), describe(zone.suggestions()));
    }

    @Test
    void theCataloguesPartWordsForRespondentsCommitteesAndKindsOfFiles() {
        // the government as the respondent: cases another organ decides, not the jurisdiction's caseload
        suggested("全年县政府作为被申请人的行政复议案件8件，纠错1件。", "reconsideration.received");
        aValue("全年共收到行政复议申请86件，其中县政府作为被申请人的5件。", "reconsideration.received");
        aValue("县行政复议局全年收到行政复议申请86件，受理80件，审结75件。", "reconsideration.accepted");
        // a committee named after one kind of dispute, the trades' committees even across the county
        suggested("县婚姻家庭纠纷人民调解委员会全年调解纠纷230件。", "mediation.disputes");
        suggested("全县行业性专业性调解组织调解纠纷560件，调解成功率98%。", "mediation.disputes");
        aValue("县人民调解委员会全年调解纠纷560件。", "mediation.disputes");
        aValue("全县各级人民调解组织、行业性专业性调解组织共调解纠纷5600件。", "mediation.disputes");
        // the files of one kind of action; listed kinds are all of them
        suggested("全年评查行政处罚案卷320卷，行政许可案卷120卷。", "enforcement.files_reviewed");
        aValue("全年评查行政处罚、行政许可案卷560卷。", "enforcement.files_reviewed");
        aValue("全年评查行政执法案卷560卷。", "enforcement.files_reviewed");
    }

    @Test
    void aFirstTimeResolutionRateIsNotTheMediationSuccessRate() {
        notAValue("全年受理信访事项856件，一次性化解率92%。", "mediation.success_rate");
        notAValue("全年调解矛盾纠纷3200件，一次性调解成功率92%。", "mediation.success_rate");
        aValue("全年调解矛盾纠纷3200件，调解成功率98.5%。", "mediation.success_rate");
        aValue("矛盾纠纷化解率98%。", "mediation.success_rate");
    }

    private static ReportExtractor.Extraction paragraph(String heading, String sentences) {
        return ExtractorFixture.extract("平阳县人民政府关于2023年度法治政府建设情况的报告\n一、主要成效\n" + heading + "\n" + sentences + "\n");
    }

    @Test
    void aDepartmentThatDoesNotHandleTheMatterSpeaksForItself() {
        suggested("全年，县卫健委评查行政执法案卷86卷。", "enforcement.files_reviewed");
        suggested("县发改委全年审查规范性文件5件。", "normative_docs.reviewed");
        aValue("县委政法委全年排查化解矛盾纠纷1200件。", "mediation.disputes");
        aValue("县人民调解委员会全年调解纠纷560件。", "mediation.disputes");
        // the paragraph's sentence before opens with the department
        var police = paragraph("（二）矛盾纠纷化解", "县公安局深化“警调对接”。全年共调解矛盾纠纷1200件。");
        assertTrue(value(police, "mediation.disputes").isEmpty(), describe(police.values()));
        var health = paragraph("（五）行政执法", "县卫健委开展执法案卷评查。共评查行政执法案卷86卷。");
        assertTrue(value(health, "enforcement.files_reviewed").isEmpty(), describe(health.values()));
        // the body that handles the matter for the whole county, the government's office, the party's office
        var justice = paragraph("（二）矛盾纠纷化解", "县司法局深化人民调解工作。全年共调解矛盾纠纷1200件。");
        assertTrue(value(justice, "mediation.disputes").isPresent(), describe(justice.suggestions()));
        var approvals = paragraph("（二）政务服务", "县行政审批服务局深化“一网通办”。全年共办理政务服务事项12万件。");
        assertTrue(value(approvals, "licensing.handled").isPresent(), describe(approvals.suggestions()));
        var office = paragraph("（五）行政执法", "县委依法治县办牵头组织案卷评查。共评查行政执法案卷360卷。");
        assertTrue(value(office, "enforcement.files_reviewed").isPresent(), describe(office.suggestions()));
        var petitions = paragraph("（六）信访", "县信访局畅通信访渠道。全年受理信访事项856件，按期办结率100%。");
        assertTrue(value(petitions, "petitions.completion_rate").isPresent(), describe(petitions.suggestions()));
    }

    @Test
    void disputesMediatedOnlineOrThroughTheHotlineCameThroughOneChannel() {
        suggested("依托“浙里调”平台，全年在线调解纠纷1200件。", "mediation.disputes");
        suggested("全年线下调解纠纷560件。", "mediation.disputes");
        suggested("全年通过12345热线转办调解纠纷320件。", "mediation.disputes");
        // the hotline's own figures are the hotline's; the whole before a breakdown stays the whole
        aValue("全年通过12345热线受理群众诉求5.6万件，办结率99.6%。", "hotline.completion_rate");
        aValue("全年共调解纠纷3200件，其中在线调解1200件。", "mediation.disputes");
    }

    @Test
    void theArbitrationTribunalIsTheCountysOwnBodyForArbitration() {
        aValue("县劳动人事争议仲裁院全年受理案件320件，仲裁结案率98%。", "labour_arbitration.closing_rate");
        aValue("全年，县人社局劳动人事争议仲裁院共受理案件320件，结案率96%。", "labour_arbitration.closing_rate");
        notAValue("县法院全年受理劳动争议案件120件，结案率96%。", "labour_arbitration.closing_rate");
        notAValue("县仲裁委全年调解劳动争议纠纷85件。", "mediation.disputes");
    }

    @Test
    void aLocalOrSourceResolutionRateAndALawyersAppearanceRateAreLookAlikes() {
        notAValue("矛盾纠纷就地化解率95%。", "mediation.success_rate");
        notAValue("矛盾纠纷源头化解率95%。", "mediation.success_rate");
        notAValue("公职律师出庭率80%。", "litigation.head_appearance_rate");
        notAValue("法律顾问出庭率80%。", "litigation.head_appearance_rate");
        aValue("矛盾纠纷化解率98%。", "mediation.success_rate");
        aValue("行政机关负责人出庭应诉率100%。", "litigation.head_appearance_rate");
    }

    @Test
    void anotherRatesWordsBeforeABareRateDoNotMakeItAnotherMattersRate() {
        aValue("全年调解纠纷3200件，群众满意率99%，调解成功率98%。", "mediation.success_rate");
        aValue("全年调解纠纷3200件，基层化解率90%，调解成功率98%。", "mediation.success_rate");
        // the count clause's own matter still decides
        notAValue("化解信访积案35件，化解率100%。", "mediation.success_rate");
        notAValue("全年受理信访事项856件，满意率98%，化解率92%。", "mediation.success_rate");
    }

    @Test
    void anExampleOfAnotherPlaceOrBodySpeaksForItself() {
        suggested("以城关镇为例，全年调解矛盾纠纷320件，调解成功率98%。", "mediation.disputes");
        suggested("以县市场监管局为例，全年办理行政许可事项8600件。", "licensing.handled");
        aValue("以我县为例，全年共调解矛盾纠纷5632件。", "mediation.disputes");
        aValue("以“枫桥经验”为引领，全年共调解矛盾纠纷5632件。", "mediation.disputes");
    }

    @Test
    void aTownBeforeAColonOrAfterAnEnumeratorIsTheSubject() {
        suggested("城关镇：全年调解纠纷320件，调解成功率98%。", "mediation.disputes");
        suggested("东城街道：全年调解纠纷320件。", "mediation.disputes");
        suggested("一是大安乡全年调解纠纷320件。", "mediation.disputes");
        notAValue("二是县人大常委会备案审查规范性文件15件。", "normative_docs.filed");
        aValue("二是全年报送县人大常委会备案规范性文件6件。", "normative_docs.filed");
        aValue("统筹城乡，全年共调解纠纷5632件。", "mediation.disputes");
        aValue("特色小镇建设成效明显，全年共调解纠纷5632件。", "mediation.disputes");
        aValue("推进新农村建设，全年共调解纠纷5632件。", "mediation.disputes");
        aValue("全县各乡镇、村（社区）共调解纠纷5632件。", "mediation.disputes");
    }

    private static ReportExtractor.Extraction lines(String... lines) {
        return ExtractorFixture.extract("平阳县人民政府关于2023年度法治政府建设情况的报告\n一、主要成效\n" + String.join("\n", lines) + "\n");
    }

    @Test
    void aBodyHeadingTheNumberedHeadingsUnderItIsTheirSubject() {
        var court = lines("（三）县人民法院工作", "1.行政审判", "全年共审结行政案件86件，行政机关败诉6件。");
        assertTrue(value(court, "litigation.lost").isEmpty(), describe(court.values()));
        var town = lines("（三）城关镇法治建设", "1.矛盾纠纷化解", "（1）人民调解", "全年调解矛盾纠纷320件。");
        assertTrue(value(town, "mediation.disputes").isEmpty(), describe(town.values()));
        // a matter heads them, or the body's heading ended before the next one of its level
        var matter = lines("（三）化解矛盾纠纷", "1.人民调解", "全年调解矛盾纠纷3200件，调解成功率98%。");
        assertTrue(value(matter, "mediation.disputes").isPresent(), describe(matter.suggestions()));
        var next = lines("（三）县人民法院工作", "1.行政审判", "全年共审结行政案件86件。", "（四）行政复议", "1.收案",
                "全年收到行政复议申请86件。");
        assertTrue(value(next, "reconsideration.received").isPresent(), describe(next.suggestions()));
    }

    @Test
    void aPlatformOrAWindowAsTheSubjectOfACountIsOneChannel() {
        suggested("“浙里办”平台全年办件量12万件。", "licensing.handled");
        suggested("“一窗受理”综合窗口全年受理办件8.6万件。", "licensing.handled");
        aValue("县政务服务中心设综合窗口28个，全年共办理政务服务事项12万件。", "licensing.handled");
        aValue("依托一体化政务服务平台，全县共办理政务服务事项56万件。", "licensing.handled");
        aValue("全县12345热线平台全年受理诉求5.6万件，办结率99%。", "hotline.completion_rate");
    }

    @Test
    void casesInvolvingOneMatterOrOfOneFieldAreAKind() {
        suggested("围绕重点项目建设，调处涉项目矛盾纠纷56件。", "mediation.disputes");
        suggested("全年调解涉疫矛盾纠纷120件。", "mediation.disputes");
        suggested("全年排查化解涉众型矛盾纠纷36件。", "mediation.disputes");
        suggested("全年受理市场监管领域行政复议案件36件。", "reconsideration.accepted");
        suggested("全年办理民生领域法律援助案件860件。", "legal_aid.cases");
        aValue("全年共调解涉及婚姻家庭、邻里等各类矛盾纠纷5632件。", "mediation.disputes");
        aValue("全年调解各领域矛盾纠纷5632件。", "mediation.disputes");
        aValue("全年共受理行政调解、人民调解等涉法案件7352件，成功化解7266件，化解率为98.8%。", "mediation.success_rate");
    }

    @Test
    void aSentenceAfterTheCourtsThatOpensWithTheAdministrativeOrgansIsTheGovernments() {
        aValue("县人民法院全年共受理各类行政案件215件，审结208件。行政机关负责人出庭应诉98件次，出庭应诉率100%。",
                "litigation.head_appearance_rate");
        notAValue("县人民法院全年共受理各类行政案件215件。全年共审结行政案件208件。", "litigation.concluded");
    }

    @Test
    void theCountysServiceHallAndPublicLegalServiceCentreOwnTheirMatters() {
        aValue("县行政服务中心全年办理各类事项56.8万件。", "licensing.handled");
        aValue("县公共法律服务中心全年共办理法律援助案件860件。", "legal_aid.cases");
        suggested("县公安局全年办理行政许可事项3200件。", "licensing.handled");
    }

    @Test
    void theOwnLevelLimitsTheSentenceUntilAClauseNamesTheWholeAgain() {
        aValue("县政府本级受理行政复议案件120件，全县共受理行政复议案件560件。", "reconsideration.accepted");
        aValue("县政府本级受理行政复议案件120件，全县各级行政复议机关共受理案件560件。", "reconsideration.accepted");
        // round 26: with nothing beside it, a county's own level is its one reconsideration body, so the whole
        // (docs/labelling.md rule 1; LawsuitsRound26Test); beside the departments' cases it stays a part
        aValue("县政府本级受理行政复议案件120件，审结110件。", "reconsideration.concluded");
        suggested("县政府本级受理行政复议案件120件，审结110件；县级部门受理行政复议案件12件。", "reconsideration.concluded");
        // the own level and all the levels below it together are the whole
        aValue("县本级和各乡镇共调解矛盾纠纷1616件。", "mediation.disputes");
    }

    @Test
    void 其中OpeningTheSuccessIsTheSuccessOfTheCountBefore() {
        aValue("全县共调处矛盾纠纷3260件，其中调处成功3236件，调处成功率99.3%。", "mediation.succeeded");
        aValue("全县共调解矛盾纠纷2000件，其中成功调解1960件。", "mediation.succeeded");
        suggested("全县共调解矛盾纠纷2000件，其中婚姻家庭纠纷860件，调解成功850件。", "mediation.succeeded");
    }

    @Test
    void aParagraphsSubjectGoesOnThroughSentencesThatNameNone() {
        suggested("城关镇坚持新时代枫桥经验。全年共调解矛盾纠纷320件。办理法律援助案件68件。", "legal_aid.cases");
        suggested("县人民法院充分发挥审判职能。全年共受理行政诉讼案件132件。审结126件，败诉率5.6%。", "litigation.concluded");
        // a sentence that names the county takes the subject back
        aValue("城关镇坚持新时代枫桥经验。全县共调解矛盾纠纷3200件。办理法律援助案件680件。", "legal_aid.cases");
        // a new paragraph starts without a subject
        aValue("城关镇坚持新时代枫桥经验。全年共调解矛盾纠纷320件。\n全年办理法律援助案件680件。", "legal_aid.cases");
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;

/**
 * Round 62: wrong values the older probe files still held, each a part or another act the sentence itself names —
 * legal aid in administrative cases beside the criminal and civil ones, the government's own suits framed among all,
 * new disputes before the old ones are added, the departments' heads beside the principal head, villages or all the
 * towns opening a sentence, the documents a clean-up went through, another matter named only in brackets, the sum of
 * the online and on-site channels, a tool's help, the departments counted beside the towns, a kind before a remark,
 * files of another matter, the jurisdiction's share of a city's whole, a clean-up that
 * counts what it kept, the reporting year's column of an appendix table under the plans; in tables, a remark of months after a figure, a
 * remark column only some rows fill, and the comprehensive correction rate in the row under the plain one. Made-up
 * text, not the probes'.
 */
class PartsNamedInTheSentenceRound62Test {

    @Test
    void legalAidInAdministrativeCasesIsOneKind() {
        var x = report("（四）法律援助\n刑事法律援助案件 431件\n民事法律援助案件 702件\n行政法律援助案件 38件\n");
        assertNoValue(x, "legal_aid.cases");
        notAValue("全年办理行政法律援助案件38件。", "legal_aid.cases");
        // the three kinds together are all of them
        aValue("全年办理刑事、民事、行政法律援助案件1171件。", "legal_aid.cases");
    }

    @Test
    void theHeadsRateAfterTheGovernmentsOwnSuitsFramedAmongAll() {
        suggested("行政应诉案件中，以县政府为被告的17件，负责人出庭应诉率100%。", "litigation.head_appearance_rate");
        // a rate of its own, after the whole's count, stays the whole's
        aValue("全年全县行政应诉案件64件，行政机关负责人出庭应诉率100%。", "litigation.head_appearance_rate");
    }

    @Test
    void newDisputesBeforeTheOldOnesAreAddedAreAPart() {
        var x = report("全县人民调解组织新受理矛盾纠纷5320件，加上上年未结的纠纷64件，合计调处5384件，调解成功5351件，调解成功率99.39%。");
        assertValue(x, "mediation.disputes", "5384");
        assertValue(x, "mediation.succeeded", "5351");
        // a caseload after the intake and the cases carried over: the intake is still the year's received
        assertValue(report("全年新收行政复议申请306件，加上上年结转17件，共计办理行政复议案件323件。"), "reconsideration.received", "306");
    }

    @Test
    void disputesSettledWrittenShort() {
        assertValue(report("全县全年调解各类民间纠纷2204件，调成2187件。"), "mediation.succeeded", "2187");
    }

    @Test
    void theDepartmentsHeadsBesideThePrincipalHead() {
        notAValue("全年行政诉讼案件31件，县政府主要负责人带头出庭应诉2次，各部门负责人出庭应诉29人次。", "litigation.head_appeared");
        // the departments' heads alone, with no one counted before them, are read as before
        aValue("全年行政机关负责人出庭应诉29人次。", "litigation.head_appeared");
    }

    @Test
    void villagesOrAllTheTownsOpeningTheSentence() {
        notAValue("全县182个行政村（社区）人民调解委员会全年共调解矛盾纠纷1630件，调解成功率98.2%。", "mediation.success_rate");
        notAValue("全县各乡镇（街道）全年共调解纠纷3120件，办理法律援助案件184件。", "legal_aid.cases");
        aValue("全县全年共调解纠纷3120件，办理法律援助案件184件。", "legal_aid.cases");
    }

    @Test
    void theDocumentsACleanUpWentThroughAreNotReviewedForLegality() {
        var x = report("全年开展规范性文件清理，审查县政府规范性文件64件，废止5件。");
        assertNoValue(x, "normative_docs.reviewed");
        assertValue(x, "normative_docs.repealed", "5");
        suggested("对县政府规范性文件进行全面清理，共审查文件一百零六件，其中保留97件、废止9件。", "normative_docs.reviewed");
        // the legality review named in its own clause is the review
        aValue("全年完成规范性文件清理，合法性审查县政府规范性文件52件。", "normative_docs.reviewed");
    }

    @Test
    void aTablesRemarkOfMonthsAndARemarkColumnOnlySomeRowsFill() {
        var x = extract("安吉县人民政府2024年度法治政府建设情况报告\n一、主要成效\n序号 指标 单位 2024年 备注\n"
                + "1 劳动人事争议仲裁结案率 % 96.4 1—10月数据\n2 法律援助案件 件 1318\n");
        assertNoValue(x, "labour_arbitration.closing_rate");
        assertValue(x, "legal_aid.cases", "1318");
    }

    @Test
    void theComprehensiveRateBesideThePlainOneInATable() {
        var x = extract("安吉县人民政府2024年度法治政府建设情况报告\n一、主要成效\n2024年全县行政复议纠错情况\n指标名称\n单位\n数值\n"
                + "行政复议纠错率\n%\n11.8\n行政复议综合纠错率（含调解和解）\n%\n36.2\n");
        assertValue(x, "reconsideration.correction_rate", "11.8");
    }

    @Test
    void aRemarkInBracketsNamesNoMatterOfTheClause() {
        aValue("全县共评查行政执法案卷（含行政处罚、行政许可、行政强制卷）276卷。", "enforcement.files_reviewed");
        // the matter named outside the brackets still rules: here the licensing items handled
        notAValue("全年办理行政许可事项（含行政执法类事项）3260件。", "enforcement.files_reviewed");
    }

    @Test
    void everyChannelsSumIsNoChannelsAndAToolsHelpIsOne() {
        var x = report("全年通过“浙里复议”平台等网上渠道收到行政复议申请836件，现场及邮寄收到申请412件，合计收到行政复议申请1248件。");
        assertValue(x, "reconsideration.received", "1248");
        suggested("区司法局行政复议智能辅助系统全年辅助办理复议案件905件。", "reconsideration.received");
    }

    @Test
    void departmentsCountedBesideTheTownsAreEveryLevel() {
        aValue("全年共评查26个县直执法部门和11个镇（街道）行政执法案卷438卷。", "enforcement.files_reviewed");
        aValue("组织对县直17个行政执法部门和11个乡镇（街道）的案卷开展集中评查，全年共评查案卷438卷。", "enforcement.files_reviewed");
        // some towns alone are still some towns
        notAValue("全年共评查5个乡镇行政执法案卷96卷。", "enforcement.files_reviewed");
    }

    @Test
    void aKindOfDisputesBeforeARemarkAndFilesOfAnotherMatter() {
        var x = report("调处宅基地权属纠纷（“老大难”纠纷）94起，调处成功87起。");
        assertNoValue(x, "mediation.disputes");
        notAValue("组织开展法律援助卷宗评查，共评查卷宗214卷，优秀率31%。", "enforcement.files_reviewed");
        // the enforcement files named in the figure's own clause are still the files reviewed
        aValue("组织开展人民调解和行政执法案卷评查，共评查行政执法案卷214卷。", "enforcement.files_reviewed");
    }

    @Test
    void theJurisdictionsShareOfAHigherWholeNamedByItsActAlone() {
        assertValue(report("全市共办理法律援助案件2.31万件，其中我县办理1176件。"), "legal_aid.cases", "1176");
    }

    @Test
    void aCleanUpThatCountsWhatItKeptWentThroughEveryDocument() {
        assertValue(report("对现行有效的58件县政府行政规范性文件逐件评估，保留47件、修改5件、废止6件。"), "normative_docs.repealed", "6");
    }

    @Test
    void theReportingYearsColumnOfATableUnderThePlans() {
        var x = extract("安吉县人民政府2024年度法治政府建设情况报告\n一、主要成效\n全年工作扎实推进。\n二、2025年工作打算\n"
                + "继续深化法治政府建设。\n附表 主要指标\n指标\t2023年\t2024年\n法律援助案件（件）\t1204\t1366\n");
        assertValue(x, "legal_aid.cases", "1366");
    }
}

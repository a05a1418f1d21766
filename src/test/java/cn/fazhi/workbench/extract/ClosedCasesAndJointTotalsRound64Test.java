package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static cn.fazhi.workbench.extract.ExtractorFixture.suggested;

/**
 * Round 64: cases counted as 已结 or all closed, first-instance cases concluded, each matter of a total of
 * reconsiderations and lawsuits, a correction rate after another outcome's rate, a clean-up that counts the documents in
 * force, a record among the years, count names as reports write them, documents all filed after their count.
 * Made-up text, not the probes'.
 */
class ClosedCasesAndJointTotalsRound64Test {

    @Test
    void casesClosedAreTheCasesConcluded() {
        var suits = report("县政府行政应诉案件21件，已结案件14件，无败诉案件。");
        assertValue(suits, "litigation.cases", "21");
        assertValue(suits, "litigation.concluded", "14");
        aValue("全年共收到行政复议申请96件，受理88件，已结72件，纠错9件。", "reconsideration.concluded");
        // the court's closed cases are the court's
        var court = report("县法院受理一审行政案件120件，已结案件98件。");
        assertNoValue(court, "litigation.concluded");
    }

    @Test
    void casesAllClosedGiveTheCountConcluded() {
        var all = report("全年县政府共受理行政复议案件42件，已全部审结，纠错5件。");
        assertValue(all, "reconsideration.accepted", "42");
        assertValue(all, "reconsideration.concluded", "42");
        assertValue(report("全年县政府行政应诉案件23件，均已审结，无败诉案件。"), "litigation.concluded", "23");
        // a count closed is a count of its own, not all of them
        assertValue(report("全年县政府共受理行政复议案件176件，已审结170件。"), "reconsideration.concluded", "170");
        // a count concluded stated elsewhere in the report is the report's own
        var stated = report("全年县政府共受理行政复议案件42件，已全部审结。\n全年审结行政复议案件45件（含上年结转3件）。");
        assertValue(stated, "reconsideration.concluded", "45");
    }

    @Test
    void firstInstanceCasesConcludedAreTheSuitsConcluded() {
        var x = report("全年全县共发生一审行政诉讼案件186件，同比下降11.4%；审结一审案件172件，败诉9件，败诉率5.23%。");
        assertValue(x, "litigation.cases", "186");
        assertValue(x, "litigation.concluded", "172");
        // the court's first-instance cases concluded are the court's
        assertNoValue(report("全县法院审结一审行政案件241件，行政机关败诉8件。"), "litigation.concluded");
    }

    @Test
    void theRateOfAnotherOutcomeBeforeTheCorrectionRateLimitsItNot() {
        aValue("全年行政复议案件调解和解率达31.2%，直接纠错率为9.87%。", "reconsideration.correction_rate");
        var x = report("在审结的行政复议案件中，通过调解、和解方式化解行政争议157件，调解和解率29.2%；"
                + "作出撤销、变更、确认违法等纠错决定64件，纠错率11.9%。");
        assertValue(x, "reconsideration.corrected", "64");
        assertValue(x, "reconsideration.correction_rate", "11.9");
        // a kind of cases still limits it
        suggested("涉企行政复议案件调解和解率达31.2%，直接纠错率为9.87%。", "reconsideration.correction_rate");
    }

    @Test
    void eachMatterOfATotalOfReviewsAndSuitsIsThatMattersWhole() {
        var x = report("全年共办理行政复议、行政应诉案件352件，同比下降3.1%，其中行政复议案件241件、行政应诉案件111件。");
        assertValue(x, "reconsideration.received", "241");
        assertValue(x, "litigation.cases", "111");
        aValue("全县行政争议案件总量为486件，其中行政复议案件305件、行政诉讼案件181件。", "litigation.cases");
        // a kind of one matter is still a kind
        suggested("全年共办理行政复议、行政应诉案件352件，其中涉企行政复议案件85件。", "reconsideration.received");
    }

    @Test
    void aCleanUpThatCountsTheDocumentsInForceIsTheWholeCleanUp() {
        aValue("开展行政规范性文件专项清理，共清理现行有效规范性文件286件，废止和宣布失效26件，修改12件。",
                "normative_docs.repealed");
        // a clean-up of one theme that counts nothing it went through stays a part
        suggested("开展涉及不平等对待企业的规范性文件专项清理，废止和宣布失效7件。", "normative_docs.repealed");
    }

    @Test
    void namesOfTheCountAsReportsWriteThem() {
        assertValue(report("全年法援案件受理量达到1208件，较上年增加96件。"), "legal_aid.cases", "1208");
        assertValue(report("全年新增行政诉讼案件84件，经法院判决行政机关败诉的有3件，败诉率为3.57%。"), "litigation.lost", "3");
        // 法援中心 is the legal aid centre, by nature the county's
        assertValue(report("法律援助方面，县法援中心全年受理并办结各类援助案件共计1096件。"), "legal_aid.cases", "1096");
        // half a year's is no year's
        assertNoValue(report("上半年全县法援案件受理量达到934件。"), "legal_aid.cases");
    }

    @Test
    void aRecordAmongTheYearsIsNoSpanOfThem() {
        var x = report("全年共收到行政复议申请298件，同比增长41.2%，案件量创历年新高；依法受理271件，受理率90.9%。");
        assertValue(x, "reconsideration.received", "298");
        assertValue(x, "reconsideration.accepted", "271");
        assertNoValue(report("历年来全县共受理行政复议申请2980件。"), "reconsideration.received");
    }

    @Test
    void documentsAllFiledAfterTheirCount() {
        assertValue(report("县政府制定出台的12件行政规范性文件，已全部按时报市政府、县人大常委会备案审查。"),
                "normative_docs.filed", "12");
        // the departments' documents, filed with the government, are not the government's filings
        assertNoValue(report("县直部门制定的15件行政规范性文件，均已报县政府备案审查。"), "normative_docs.filed");
    }

    @Test
    void aClauseOpeningWithTheYearStartsTheRatesAccountAfresh() {
        var x = report("县司法局指导各镇（街道）人民调解委员会和12个行业性专业性调解组织，全年共调解矛盾纠纷9820件，"
                + "成功9736件，成功率99.1%。");
        assertValue(x, "mediation.disputes", "9820");
        assertValue(x, "mediation.success_rate", "99.1");
        // the kind named in the year's own clause still limits it
        suggested("全县行业性专业性调解组织全年共调解纠纷1726件，成功率99.2%。", "mediation.success_rate");
        // a year's clause listing kinds names no whole: the bodies before it stay its subject
        notAValue("依托县总工会、卫健等部门建立行业性专业性调解组织15个，全年调处医疗、劳动等领域纠纷1983件，调解成功率97.9%。",
                "mediation.success_rate");
    }

    @Test
    void theOwnShareOfACitysWholeAfterItsSource() {
        assertValue(report("据统计，咸宁市全年办理法律援助案件6120件，其中我县办理1408件，占全市总量的23.0%。"),
                "legal_aid.cases", "1408");
    }

    @Test
    void aListOfServicesGivesEachWhole() {
        assertValue(report("全县公共法律服务机构全年办理公证事项5210件、法律援助案件1408件、司法鉴定案件960件。"),
                "legal_aid.cases", "1408");
        // a list of kinds of one thing is still a list of kinds
        suggested("全年调解婚姻家庭纠纷120件、邻里纠纷80件。", "mediation.disputes");
    }

    @Test
    void theHeadsWhoAlsoSpokeAreNotAllTheHeadsInCourt() {
        notAValue("行政机关负责人出庭应诉案件中出庭并发表意见（“出声”）的88件，出庭出声率95.7%。", "litigation.head_appeared");
        assertValue(report("全年行政机关负责人出庭应诉92件，做到出庭又出声，出庭应诉率100%。"), "litigation.head_appeared", "92");
    }
}

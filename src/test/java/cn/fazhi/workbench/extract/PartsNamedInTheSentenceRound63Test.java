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
 * Round 63: wrong values the older probe files still held — the departments' documents
 * filed with the government, a named link's disputes, an act that continues a count its share made a part, and the
 * rate of the orders a hotline centre sent out, an act after a 其中 list larger than every part in it, the year's clause
 * after a claim of several years, documents counted before their filing verb, another channel's rate after a semicolon, the county a zone files its documents with, a clean-up of
 * every document in force, the date of the documents in force, repeals and lapses listed together, the court where the
 * suits were heard, the rate a respective list's last name ends with, files counted before their kinds listed together, the
 * hotline's overall rate (总体办结率) beside its on-time share.
 * Made-up text, not the probes'.
 */
class PartsNamedInTheSentenceRound63Test {

    @Test
    void theDepartmentsDocumentsFiledWithTheGovernmentAreNotItsFilings() {
        notAValue("县直部门制定并报送县政府备案的行政规范性文件11件，备案审查率100%。", "normative_docs.filed");
        aValue("全年县政府制定规范性文件9件，均报市政府和县人大常委会备案。", "normative_docs.filed");
    }

    @Test
    void aNamedLinksDisputesAreOneChannel() {
        suggested("“一村一警”联动调解纠纷318件。", "mediation.disputes");
        // the link as one of the year's measures, then the whole's count
        aValue("全县依托“一村一警”联动机制，全年共调解纠纷2610件。", "mediation.disputes");
        // a link named inside the quotes (all three kinds of mediation) is no single channel
        aValue("通过“三调联动”调解纠纷2610件。", "mediation.disputes");
    }

    @Test
    void anActContinuingACountItsShareMadeAPartIsAPart() {
        var x = extract("台州市2024年法治政府建设情况报告\n一、主要举措和成效\n"
                + "市政府作为行政复议机关全年新收行政复议案件512件，占全市收案总量的23.6%，依法受理487件。\n");
        assertNoValue(x, "reconsideration.received");
        assertNoValue(x, "reconsideration.accepted");
        // a county's share of the city's whole says nothing of a part
        var county = report("全县共收到行政复议申请238件，占全市的10.2%，依法受理221件。");
        assertValue(county, "reconsideration.received", "238");
        assertValue(county, "reconsideration.accepted", "221");
    }

    @Test
    void theRateOfTheOrdersAHotlineCentreSentOutIsAPart() {
        suggested("全年县热线中心向各乡镇、部门派发工单5.1万件，派发工单按期办结率98.9%。", "hotline.completion_rate");
        aValue("全年县热线中心受理诉求9.6万件，向各部门转派工单5.1万件，总体办结率99.2%。", "hotline.completion_rate");
        aValue("全年承接12345热线交办工单18.4万件，按期办结率99.4%。", "hotline.completion_rate");
    }
    @Test
    void anActLargerThanEveryPartAfterQiZhongContinuesTheWhole() {
        var x = report("全年调解各类矛盾纠纷5214件，其中婚姻家庭纠纷1102件、劳动争议纠纷486件，调解成功5190件。");
        assertValue(x, "mediation.disputes", "5214");
        assertValue(x, "mediation.succeeded", "5190");
        assertValue(report("全年受理行政复议申请286件，其中涉企41件，审结262件。"), "reconsideration.concluded", "262");
        // no larger than the kind's own count: it may be the kind's
        suggested("全年调解各类矛盾纠纷5214件，其中婚姻家庭纠纷1102件，调解成功1098件。", "mediation.succeeded");
    }

    @Test
    void theYearsClauseAfterAClaimOfSeveralYears() {
        assertValue(report("行政机关负责人出庭应诉率连续三年保持100%，全年负责人出庭应诉96件次。"), "litigation.head_appeared", "96");
        notAValue("近三年来，全县调解成功率全年均保持在98%以上。", "mediation.success_rate");
    }
    @Test
    void documentsCountedBeforeTheirFilingVerb() {
        assertValue(report("全年审核以县政府名义制发的行政规范性文件9件；9件文件均在规定时限内向市人民政府和县人大常委会报送备案。"),
                "normative_docs.filed", "9");
    }

    @Test
    void anotherChannelsRateAfterASemicolonIsNotTheHotlines() {
        var x = report("县12345热线分中心全年承办转派工单3.85万件，办结3.83万件，办结率99.5%；县融媒体中心“民声直通车”转办诉求920件，办结率96.4%。");
        assertValue(x, "hotline.completion_rate", "99.5");
        // the hotline's own count after the semicolon is still the hotline's
        assertValue(report("全年12345热线受理诉求4.2万件；办结4.1万件，办结率99.5%。"), "hotline.completion_rate", "99.5");
    }
    @Test
    void theCountyAZoneFilesWithReceivesItsFilings() {
        var x = extract("长兴经济技术开发区2024年度法治政府建设情况报告\n一、主要举措和成效\n"
                + "全年管委会向县人民政府报送备案行政规范性文件6件，报备率100%。\n");
        assertValue(x, "normative_docs.filed", "6");
        // the towns filing with the county are still the towns
        notAValue("各乡镇向县政府报送备案规范性文件8件。", "normative_docs.filed");
    }
    @Test
    void aCleanUpOfEveryDocumentInForceRepealsForTheWholeWhateverItsThemes() {
        aValue("组织开展涉及市场准入、涉罚款事项等专项清理，对现行有效的128件县级行政规范性文件逐件审核，宣布废止8件、修改4件。",
                "normative_docs.repealed");
        aValue("组织开展规范性文件专项清理，对2019年以来印发的117件规范性文件逐件梳理，决定废止10件、修改3件。",
                "normative_docs.repealed");
        // one theme's clean-up, no word of every document: a part
        suggested("开展优化营商环境专项清理，废止规范性文件12件。", "normative_docs.repealed");
    }

    @Test
    void theDateOfTheDocumentsInForceIsNoPeriodOfTheRepeals() {
        assertValue(report("对截至2024年6月底现行有效的164件县政府行政规范性文件逐件清理，决定修改9件、废止和宣布失效15件。"),
                "normative_docs.repealed", "15");
        // a count up to a month is still part of the year
        notAValue("截至6月底，全县共废止规范性文件12件。", "normative_docs.repealed");
    }

    @Test
    void repealedAndLapsedCountedTogether() {
        assertValue(report("共清理县政府规范性文件140件，其中继续有效118件、修改6件、废止和宣布失效16件。"), "normative_docs.repealed", "16");
        // 废止 beside 宣布失效: each is a part of the documents removed, which the sentence does not state (docs/labelling.md)
        notAValue("对现行有效的行政规范性文件进行全面清理，共清理104件，决定废止7件、宣布失效2件，继续有效95件。", "normative_docs.repealed");
    }

    @Test
    void theCourtWhereTheSuitsWereHeard() {
        var x = report("从被告分布看，县级部门98件，乡镇（街道）31件，县政府17件。在法院开庭审理的126件案件中，行政机关负责人出庭应诉126件次，出庭应诉率100%。");
        assertValue(x, "litigation.head_appeared", "126");
        assertValue(x, "litigation.head_appearance_rate", "100");
        var y = report("其中，以县人民政府为被告的案件27件，败诉1件。人民法院开庭审理的案件152件，行政机关负责人出庭应诉150件次，出庭应诉率98.7%。");
        assertValue(y, "litigation.head_appeared", "150");
        // a court named with its own caseload stays the court's
        notAValue("县人民法院全年审理各类案件12000件。法院开庭审理行政案件184件。", "litigation.heard");
    }
    @Test
    void theRateTheLastNameOfARespectiveListEndsWithIsEveryNames() {
        var x = report("全年信访、12345热线按期办结率分别为100%、99.3%。");
        assertValue(x, "petitions.completion_rate", "100");
        assertValue(x, "hotline.completion_rate", "99.3");
        var y = report("全县12345热线、信访按期办结率分别为99.1%、100%。");
        assertValue(y, "hotline.completion_rate", "99.1");
        assertValue(y, "petitions.completion_rate", "100");
        // a count named before a rate keeps its own name
        var z = report("全年行政诉讼败诉案件数和败诉率分别为5件和3.9%。");
        assertValue(z, "litigation.lost", "5");
        assertValue(z, "litigation.loss_rate", "3.9");
    }
    @Test
    void filesCountedBeforeTheirKindsListedTogether() {
        assertValue(report("组织开展全县行政执法案卷集中评查，对28个行政执法单位的356卷行政处罚、行政许可案卷逐卷评查，评出优秀案卷81卷。"),
                "enforcement.files_reviewed", "356");
    }
    @Test
    void theOverallRateIsThePlainOneBesideTheOnTimeShare() {
        assertValue(report("县12345热线分中心全年接收群众来电、留言3.86万件，按时办结率97.9%，总体办结率99.4%，群众满意率96.1%。"),
                "hotline.completion_rate", "99.4");
    }
}

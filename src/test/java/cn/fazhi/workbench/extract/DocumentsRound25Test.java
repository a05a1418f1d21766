package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.aValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static cn.fazhi.workbench.extract.ExtractorFixture.notAValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;

/**
 * Red-team round 25 (tools/probes/redteam-round25-documents.txt and the whole reports r83–r86): legality review,
 * filings and clean-ups of normative documents, service volumes and rates, as county reports write them. The
 * wordings that were wrongly accepted, and the plain wordings that were missed, with the controls beside them.
 */
class DocumentsRound25Test {

    @Test
    void documentsCheckedInACleanUpAreNotLegalityReviews() {
        // the clean-up in the count's own clause; a clean-up in the clause before leaves the review a value
        // (RedTeamTrapsTest: 开展规范性文件专项清理8次，审核区政府规范性文件26件)
        notAValue("在专项清理中共审查县政府规范性文件156件。", "normative_docs.reviewed");
        notAValue("全年清理审查县政府规范性文件186件。", "normative_docs.reviewed");
        // a clean-up's repeals stay the repealed value; a plain review stays the reviewed value
        assertValue(report("全年清理县政府规范性文件186件，其中继续有效152件、修改21件、废止13件。"),
                "normative_docs.repealed", "13");
        assertValue(report("全年合法性审核县政府规范性文件13件，提出审核意见57条。"), "normative_docs.reviewed", "13");
    }

    @Test
    void fairCompetitionReviewIsNotTheLegalityReview() {
        notAValue("全年公平竞争审查县政府规范性文件12件。", "normative_docs.reviewed");
        notAValue("全年对涉企政策措施开展公平竞争审查63件。", "normative_docs.reviewed");
        // both reviews of the same documents: the legality review is named
        assertValue(report("全年开展规范性文件合法性审核24件、公平竞争审查24件。"), "normative_docs.reviewed", "24");
        assertValue(report("全年对县政府规范性文件开展合法性审查和公平竞争审查16件。"), "normative_docs.reviewed", "16");
    }

    @Test
    void minutesOutgoingDocumentsAgendaAndPartyDocumentsAreNotNormativeDocuments() {
        notAValue("对县政府会议纪要、县政府办公室发文开展合法性审查185件。", "normative_docs.reviewed");
        notAValue("全年对县政府常务会议议题开展合法性审查文件58件。", "normative_docs.reviewed");
        notAValue("全年对党内规范性文件开展合法性审查14件。", "normative_docs.reviewed");
        // r84: the minutes and outgoing documents no longer compete with the government's own documents
        var x = report("全年县司法局对县政府及县政府办公室拟制发的行政规范性文件进行合法性审核21件，出具审核意见书21份。"
                + "此外，对县政府会议纪要、县政府办公室发文开展合法性审查185件。");
        assertValue(x, "normative_docs.reviewed", "21");
        // documents issued in the government's name are its documents
        assertValue(report("全年对以县政府名义发文的规范性文件进行合法性审核16件。"), "normative_docs.reviewed", "16");
    }

    @Test
    void filingsReceivedOrAcceptedFromDepartmentsAreNotTheCountysFilings() {
        notAValue("全年接受县级部门报备规范性文件28件。", "normative_docs.filed");
        notAValue("全年县司法局受理各部门、各乡镇报备的规范性文件48件，经审查准予备案46件。", "normative_docs.filed");
        notAValue("全年受理县级部门和乡镇（街道）报送的规范性文件备案审查申请35件。", "normative_docs.filed");
        assertValue(report("全年县政府制发的规范性文件报市政府备案12件，报备率、及时率、规范率均为100%。"),
                "normative_docs.filed", "12");
    }

    @Test
    void theCityAGovernmentFilesWithDoesNotSpeakForTheFiling() {
        // "报送咸宁市人民政府备案": the city receives the filing; the count stays the county's own
        assertValue(report("县政府全年制发的行政规范性文件全部报送咸宁市人民政府备案，共报备14件，报备及时率100%。"),
                "normative_docs.filed", "14");
        assertValue(report("全年报送咸宁市人民政府和县人大常委会备案规范性文件9件。"), "normative_docs.filed", "9");
        assertValue(report("全年向咸宁市人民政府报备规范性文件11件。"), "normative_docs.filed", "11");
        // the city's own filings, or another county's, stay out
        notAValue("咸宁市全年向省政府报备规范性文件36件。", "normative_docs.filed");
        notAValue("崇阳县全年报送咸宁市人民政府备案规范性文件8件。", "normative_docs.filed");
    }

    @Test
    void aCityFilingWithTheProvinceKeepsItsFiling() {
        var x = extract("湖州市人民政府2023年度法治政府建设情况报告\n一、主要举措和成效\n"
                + "全年报送省政府备案规范性文件12件，报备率100%。\n二、存在的问题\n执法力量不足。\n");
        assertValue(x, "normative_docs.filed", "12");
        // the province's own figure stays out
        var y = extract("湖州市人民政府2023年度法治政府建设情况报告\n一、主要举措和成效\n"
                + "全省全年报送省政府备案规范性文件312件。\n二、存在的问题\n执法力量不足。\n");
        org.junit.jupiter.api.Assertions.assertTrue(ExtractorFixture.value(y, "normative_docs.filed").isEmpty());
    }

    @Test
    void aClauseRepeatingTheReviewTakesItsNameFromTheClauseBefore() {
        assertValue(report("县司法局全年对县政府行政规范性文件进行前置合法性审核，共审核21件，审核率100%。"),
                "normative_docs.reviewed", "21");
        assertValue(report("县司法局对县政府及县政府办公室起草的行政规范性文件全部进行合法性审核，全年审核13件。"),
                "normative_docs.reviewed", "13");
        // the clause before names contracts, decisions or enforcement decisions: no review of documents
        notAValue("全年对县政府合同进行合法性审查，共审查86件。", "normative_docs.reviewed");
        notAValue("全年对重大行政决策事项进行合法性审查，共审查8件。", "normative_docs.reviewed");
        notAValue("全年对重大执法决定进行法制审核，共审核1326件。", "normative_docs.reviewed");
    }

    @Test
    void theNormativeDocumentsAmongAllTheDocumentsReviewedAreTheDocumentsReviewed() {
        assertValue(report("全年对县政府和县政府办公室发文进行合法性审核236件，其中行政规范性文件12件。"),
                "normative_docs.reviewed", "12");
        assertValue(report("全年共开展合法性审查528件次，其中规范性文件15件、政府合同326件、重大行政决策8件。"),
                "normative_docs.reviewed", "15");
        assertValue(report("全年县司法局共审核各类文件312件，其中县政府（含县政府办公室）行政规范性文件14件，"
                + "其他公文186件，县委党内规范性文件9件。"), "normative_docs.reviewed", "14");
        // a list of levels splits the documents: the government's own are a part
        notAValue("全年共审核各类文件312件，其中县政府规范性文件12件、部门规范性文件20件。", "normative_docs.reviewed");
        // a count of normative documents before 其中: its breakdown is a part
        assertValue(report("全年审核规范性文件20件，其中县政府办公室规范性文件8件。"), "normative_docs.reviewed", "20");
        // the total counted filings received or a clean-up's check: its normative documents were not reviewed for legality
        notAValue("全年备案审查各类文件52件，其中县政府规范性文件12件。", "normative_docs.reviewed");
        notAValue("全年清理审查各类文件356件，其中规范性文件98件。", "normative_docs.reviewed");
        // contracts or other matters after 其中 are not documents
        notAValue("全年共开展合法性审查528件次，其中政府合同326件。", "normative_docs.reviewed");
    }

    @Test
    void partsListedAfter其中RunOnUpToAClauseWithAnActOfItsOwn() {
        // "其中A…，B…；": both clauses name parts; the rate after the semicolon is the whole's
        var x = extract("柯桥区2023年法治政府建设年度报告\n一、主要举措和成效\n"
                + "全年全区共受理政务服务事项办件136.2万件，其中区行政服务中心86.4万件，各镇（街道）便民服务中心49.8万件；"
                + "全区政务服务网上办件量112.3万件，网办率82.4%。\n二、存在的问题\n基层法治力量仍需加强。\n");
        assertValue(x, "online_service.rate", "82.4");
        // a clause with an act of its own ends the list: the government's suits stay a part
        notAValue("全县行政诉讼案件203件，败诉9件。其中，以县政府为被告的案件38件，败诉1件，败诉率2.6%。", "litigation.loss_rate");
    }

    @Test
    void advicesToRepealAreNotRepeals() {
        notAValue("全年开展规范性文件集中清理，共审查现行有效规范性文件212件，提出废止建议11件。", "normative_docs.repealed");
        assertValue(report("全年清理县政府规范性文件132件，经审查，废止8件。"), "normative_docs.repealed", "8");
    }

    @Test
    void theGovernmentsAndTheDepartmentsDocumentsTogetherAreAllTheDocuments() {
        assertValue(report("全年审核县政府和部门规范性文件共32件。"), "normative_docs.reviewed", "32");
        notAValue("全年审核部门规范性文件32件。", "normative_docs.reviewed");
        // the departments' or towns' own reviews of their documents
        notAValue("全年部门合法性审核规范性文件23件。", "normative_docs.reviewed");
        notAValue("全年各乡镇（街道）制发的规范性文件经合法性审核36件。", "normative_docs.reviewed");
        // r85: they no longer compete with the government's documents reviewed
        assertValue(report("全年县司法局共审核各类文件312件，其中县政府行政规范性文件14件，其他公文186件。"
                + "全年部门合法性审核规范性文件23件，镇（街道）合法性审核规范性文件17件。"), "normative_docs.reviewed", "14");
    }

    @Test
    void draftsReviewedAreDocumentsReviewed() {
        assertValue(report("全年审查县政府规范性文件草案19件。"), "normative_docs.reviewed", "19");
        assertValue(report("全年合法性审核县政府规范性文件送审稿15件。"), "normative_docs.reviewed", "15");
    }

    @Test
    void wholeReportR85KeepsItsFilingsAndReviews() {
        var x = extract("绍兴市柯桥区2023年法治政府建设年度报告\n一、主要举措和成效\n"
                + "区政府全年制发的行政规范性文件全部报送绍兴市人民政府备案，共报备14件，报备及时率、规范率均为100%。\n"
                + "二、存在的问题\n基层法治力量仍需加强。\n");
        assertValue(x, "normative_docs.filed", "14");
    }

    @Test
    void aHeadingNamingBothMattersLeavesItToASentenceThatSaysWhich() {
        // r86: "（二）化解行政争议和矛盾纠纷" over the county's disputes mediated (the lead's rule, MattersOfAHeading)
        String both = "（二）化解行政争议和矛盾纠纷\n";
        aValue(both + "全年共调解矛盾纠纷5320件，调解成功率99.2%。", "mediation.disputes");
        aValue(both + "全年人民调解组织共调解纠纷5320件。", "mediation.disputes");
        // a loose word (纠纷) in the sentence, or a heading naming the other matter alone, leaves the doubt
        notAValue(both + "全年共调解纠纷320件。", "mediation.disputes");
        notAValue("（二）化解行政争议\n全年共调解矛盾纠纷320件。", "mediation.disputes");
    }
}

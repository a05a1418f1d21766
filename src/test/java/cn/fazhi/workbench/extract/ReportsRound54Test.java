package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;

/**
 * Round 54, reports r145 and r147 and helper l's summary sentences (written against f12a5f3 before these rules):
 * courts named as the venue of the jurisdiction's own suits, a city's departments named with 执法 beside its towns,
 * the months up to the report's writing beside the year's figure, and a semicolon that ends a 其中 clause. Made-up
 * sentences.
 */
class ReportsRound54Test {
    private static final String COUNTY_CITY = "巩义市人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";
    private static final String COUNTY = "湄潭县人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";
    private static final String CITY = "湖州市人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void courtsNamedAsTheVenueOfTheOwnSuitsNameNoOtherSubject() {
        var x = extract(COUNTY_CITY + "全市各级行政机关全年新收一审行政诉讼案件173件。经巩义市人民法院、郑州铁路运输法院开庭审理的158件案件中，"
                + "行政机关负责人出庭应诉158件。全年审结一审行政诉讼案件162件，其中行政机关败诉9件，败诉率5.6%。\n");
        assertValue(x, "litigation.heard", "158");
        assertValue(x, "litigation.head_appeared", "158");
        assertValue(x, "litigation.concluded", "162");
        // a court counting its own caseload still speaks for the sentences after it
        assertNoValue(extract(COUNTY_CITY + "巩义市人民法院全年受理行政案件300件。全年审结一审行政诉讼案件162件。\n"),
                "litigation.concluded");
    }

    @Test
    void theCitysDepartmentsBesideItsTownsAreTheWhole() {
        assertValue(extract(COUNTY_CITY + "共评查市直执法部门和镇（街道）行政执法案卷426卷。\n"), "enforcement.files_reviewed", "426");
        assertNoValue(extract(COUNTY_CITY + "全年市直执法部门评查案卷200卷，镇街评查226卷。\n"), "enforcement.files_reviewed");
    }

    @Test
    void theMonthsUpToTheWritingAreNoRivalOfTheYear() {
        var x = extract(COUNTY + "县法律援助中心全年办理法律援助案件612件，同比增长8.3%；1—11月办理法律援助案件561件。\n");
        assertValue(x, "legal_aid.cases", "612");
        assertNoValue(extract(COUNTY + "1—11月全县调解矛盾纠纷5814件。\n"), "mediation.disputes");
    }

    @Test
    void aSemicolonAfterAQizhongClauseReturnsToTheWhole() {
        var x = extract(CITY + "全市法治政府建设主要指标持续向好：行政诉讼案件987件，败诉率5.4%，其中德清县败诉率最低为1.9%；"
                + "行政机关负责人出庭应诉率100%；法律援助办案7024件。\n");
        assertValue(x, "litigation.head_appearance_rate", "100");
        assertValue(x, "legal_aid.cases", "7024");
        // a colon before a list of rates makes them no parts
        assertValue(extract(CITY + "全市行政争议化解“三率”持续向好：行政复议纠错率14.8%、行政诉讼调撤率28.6%、一审败诉率2.7%。\n"),
                "litigation.loss_rate", "2.7");
    }

    @Test
    void theComprehensiveRateIsNoOtherPieceOfTheDirectOne() {
        var x = extract(COUNTY + "审结行政复议案件340件，其中作出撤销、变更、确认违法、责令履行等纠错决定38件，直接纠错率11.2%，综合纠错率45.3%。\n");
        assertValue(x, "reconsideration.correction_rate", "11.2");
        org.junit.jupiter.api.Assertions.assertTrue(x.values().stream().anyMatch(v ->
                v.indicator().equals("reconsideration.correction_rate") && !v.derived()), "stated, not derived");
    }

    @Test
    void kindsThatLeaveNoneOutSumToTheWhole() {
        assertValue(extract(COUNTY + "全年全县刑事法律援助案件1142件、民事法律援助案件947件、行政法律援助案件47件，合计2136件。\n"),
                "legal_aid.cases", "2136");
        assertValue(extract(COUNTY + "线上评查案卷760件、线下集中评查490件，共计1250件，案卷优秀率10.1%。\n"),
                "enforcement.files_reviewed", "1250");
        assertValue(extract(COUNTY + "组织开展规范性文件清理，废止规范性文件9件、宣布失效3件，合计12件。\n"), "normative_docs.repealed", "12");
        // two kinds of three leave one out
        assertNoValue(extract(COUNTY + "全年刑事法律援助案件1142件、民事法律援助案件947件，合计2089件。\n"), "legal_aid.cases");
    }

    @Test
    void theTwoHalvesSumToTheYear() {
        assertValue(extract(COUNTY + "上半年评查案卷196卷、下半年评查216卷，合计评查全县28个行政执法单位行政执法案卷412卷。\n"),
                "enforcement.files_reviewed", "412");
        assertNoValue(extract(COUNTY + "上半年评查案卷196卷，合计评查案卷412卷。\n"), "enforcement.files_reviewed");
    }

    @Test
    void aCityRunHotlinesTicketsOfTheJurisdictionAreItsOwn() {
        assertValue(extract(COUNTY + "全年12345政务服务便民热线共受理涉及我县的诉求工单31.7万件，按期办结率99.86%。\n"),
                "hotline.completion_rate", "99.86");
        assertNoValue(extract(COUNTY + "全年转办涉及民生的诉求8600件，办结率97.2%。\n"), "hotline.completion_rate");
    }

    @Test
    void aShareOfACityNamedOutrightIsTheCountysOwnWhole() {
        assertValue(extract(COUNTY + "2024年全县行政诉讼案件数为131件，占遵义市行政诉讼案件总数的14.2%。\n"), "litigation.cases", "131");
        assertNoValue(extract(COUNTY + "全年办理政务服务事项25万件，占办件总量的78%。\n"), "licensing.handled");
    }

    @Test
    void theCityAboveFramingTheSentenceOwnsItsQuanShi() {
        String yueqing = "乐清市人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";
        assertNoValue(extract(yueqing + "温州市2024年行政执法案卷评查中，全市共评查案卷5846卷，我市12卷获评优秀案卷。\n"),
                "enforcement.files_reviewed");
        assertValue(extract(yueqing + "对标温州市要求，全市共评查案卷846卷。\n"), "enforcement.files_reviewed", "846");
        // every platform of every level is the whole
        assertValue(extract(yueqing + "全市各级政务服务平台共受理各类政务服务事项办件1863527件，其中行政许可事项427316件。\n"),
                "licensing.handled", "1863527");
    }

    @Test
    void partsApartByCommasBeforeATotalThatNamesTheWhole() {
        var x = extract(COUNTY + "县直部门被诉一审行政诉讼案件148件，乡镇政府被诉24件，县政府被诉41件，合计全县行政机关新收一审行政诉讼案件213件。\n");
        assertValue(x, "litigation.cases", "213");
    }

    @Test
    void aBareCourtHearingTheCountysOwnCasesAfterANamedCourtsCaseload() {
        var x = extract(COUNTY + "县人民法院全年共受理各类行政案件265件。法院开庭审理涉及我县行政机关的案件186件，行政机关负责人出庭应诉186件。\n");
        assertValue(x, "litigation.heard", "186");
        assertValue(x, "litigation.head_appeared", "186");
        assertValue(extract(COUNTY + "开庭审理的行政诉讼案件共94件，行政机关负责人出庭应诉94件。\n"), "litigation.heard", "94");
        assertNoValue(extract(COUNTY + "县人民法院开庭审理各类行政案件120件。\n"), "litigation.heard");
    }

    @Test
    void aHeadingsPartWordInAnotherClauseThanItsMatterNamesNoPart() {
        String zhaodong = "肇东市人民政府2024年度法治政府建设情况报告\n（五）完善行政复议应诉工作，推动行政争议实质性化解\n";
        var x = extract(zhaodong + "全市各级行政机关全年新收一审行政诉讼案件147件。法院开庭审理129件，行政机关负责人出庭应诉129件，出庭应诉率100%。\n");
        assertValue(x, "litigation.heard", "129");
        assertValue(x, "litigation.head_appearance_rate", "100");
    }

    @Test
    void aComparisonWithTheYearsBeforeIsNoSpanOfTheFigure() {
        var x = extract(COUNTY + "全年共收到复议申请341件，同比增长41.1%，增幅为近五年最高；依法受理309件。\n");
        assertValue(x, "reconsideration.accepted", "309");
        assertNoValue(extract(COUNTY + "近五年全县共受理行政复议申请1200件。\n"), "reconsideration.accepted");
    }

    @Test
    void anotherMatterNamedOnlyAsAKindAmongCompletePartsIsOneOfTheWholesKinds() {
        var x = extract(COUNTY + "全县各级人民调解组织调解婚姻家庭纠纷1032件、物业纠纷2418件、劳动争议1215件、其他纠纷2190件，"
                + "合计调解矛盾纠纷6855件，调解成功6802件。\n");
        assertValue(x, "mediation.disputes", "6855");
        assertValue(x, "mediation.succeeded", "6802");
        assertNoValue(extract(COUNTY + "县劳动人事争议仲裁院受理劳动争议100件、人事争议20件、其他争议10件，合计130件，调解成功80件。\n"),
                "mediation.succeeded");
        // the bundled items of 高效办成一件事 are one kind of the services
        assertNoValue(extract(COUNTY + "推进“高效办成一件事”，全年办理集成事项4.2万件。\n"), "licensing.handled");
    }
}

package cn.fazhi.workbench.extract;

import org.junit.jupiter.api.Test;

import static cn.fazhi.workbench.extract.ExtractorFixture.assertNoValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.assertValue;
import static cn.fazhi.workbench.extract.ExtractorFixture.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 59 (probe file a on services and the hotline, report r173; written before these rules): tables in 万件 and
 * with long counts, a column naming the matter, the online rate, the hotline's look-alike and other matters' rates, a
 * rate told in the problems section, documents filed told after their noun. (The probe file's 转派工单按期办结率, labelled a
 * part, stays a value: round 22 reads the rate of the tickets handed on as the hotline's, ServicesRound22Test.) Made-up sentences, not the helpers'.
 */
class ServicesTablesAndHotlineRatesRound59Test {
    private static final String DISTRICT = "湖州市吴兴区人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n";

    @Test
    void aRowsLabelInTenThousandsMultipliesItsFigures() {
        var x = extract(DISTRICT + "项目\t2023年\t2024年\n政务服务办件量（万件）\t96.4\t104.2\n网办率（%）\t85.1\t90.3\n");
        assertValue(x, "licensing.handled", "1042000");
        assertValue(x, "online_service.rate", "90.3");
    }

    @Test
    void aLongCountAloneInACellUnderAColumnThatNamesTheMatter() {
        var x = extract(DISTRICT + "单位\t办件量（件）\n区行政服务中心\t912340\n各镇（街道）便民服务中心\t388612\n合计\t1300952\n");
        assertValue(x, "licensing.handled", "1300952");
    }

    @Test
    void theOnlineRateNamesItsOwnMatter() {
        assertValue(extract(DISTRICT + "全年全区网办率达93.1%，较上年提高2.4个百分点。\n"), "online_service.rate", "93.1");
        // the count handled online before it is its numerator, not a part that limits it; the means named first are no subject
        assertValue(extract(DISTRICT + "依托区行政服务中心和9个镇（街道）便民服务中心，全年办理政务服务事项52.3万件；"
                + "全程网办44.1万件，网办率84.3%。\n"), "online_service.rate", "84.3");
    }

    @Test
    void theDirectlyClosedShareAndAMailboxsRateAreNoRivals() {
        assertValue(extract(DISTRICT + "（三）提升12345热线服务质效\n全年热线受理诉求9.6万件，直接办结率61.2%，按期办结率99.2%。\n"),
                "hotline.completion_rate", "99.2");
        assertValue(extract(DISTRICT + "12345热线按期办结率99.4%；区长信箱全年收到来信860件，办结率100%。\n"),
                "hotline.completion_rate", "99.4");
    }

    @Test
    void aRateAsItStandsInTheProblemsSectionIsASuggestion() {
        var x = extract(DISTRICT + "全年调解矛盾纠纷4100件。\n二、存在的问题和不足\n12345热线按期办结率为97.6%，低于全市平均水平，"
                + "部分部门工单办理质量不高。\n");
        assertNoValue(x, "hotline.completion_rate");
        assertTrue(x.suggestions().stream().anyMatch(v -> v.indicator().equals("hotline.completion_rate")
                && v.flags().contains(KindsOfStatement.IN_PROBLEMS)), x.suggestions().toString());
    }

    @Test
    void documentsFiledToldAfterTheirNoun() {
        assertValue(extract(DISTRICT + "经合法性审核印发的9件规范性文件，全部按时报送湖州市人民政府和区人大常委会备案。\n"),
                "normative_docs.filed", "9");
    }
}

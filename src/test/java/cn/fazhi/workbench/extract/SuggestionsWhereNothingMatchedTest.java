package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.IndicatorValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

import static cn.fazhi.workbench.extract.ExtractorFixture.EXTRACTOR;
import static cn.fazhi.workbench.extract.ExtractorFixture.describe;
import static cn.fazhi.workbench.extract.ExtractorFixture.number;
import static cn.fazhi.workbench.extract.ExtractorFixture.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Figures the rules matched to nothing although the sentence points to one indicator, now offered as
 * suggestions with the reason (never as values): the matter named only after the figure, an act that names its
 * matter by itself in a text that names no matter at all, and a bare share (占比) right after a count that is a
 * rate's numerator. All sentences are made up in the style of reports and news items.
 */
class SuggestionsWhereNothingMatchedTest {

    /** A passage of a 2022 report of 通山县 with no title and no heading. */
    private static ReportExtractor.Extraction passage(String sentence) {
        return EXTRACTOR.extractPassage(sentence, "通山县", 2022, true);
    }

    private static Optional<IndicatorValue> suggestion(ReportExtractor.Extraction x, String code) {
        return x.suggestions().stream().filter(v -> v.indicator().equals(code)).findFirst();
    }

    private static IndicatorValue suggested(ReportExtractor.Extraction x, String code, String value, String reason) {
        IndicatorValue s = suggestion(x, code).orElseThrow(() -> new AssertionError(code + " not suggested; values: "
                + describe(x.values()) + "; suggestions: " + describe(x.suggestions())));
        assertEquals(new BigDecimal(value), s.value());
        assertTrue(s.flags().contains(reason), s.flags().toString());
        assertTrue(stated(x, code).isEmpty(), "a value: " + describe(x.values()));
        return s;
    }

    /** A value read from the text, not one computed from its counts (Derivations). */
    private static Optional<IndicatorValue> stated(ReportExtractor.Extraction x, String code) {
        return x.values().stream().filter(v -> v.indicator().equals(code) && !v.derived()).findFirst();
    }

    private static boolean offered(ReportExtractor.Extraction x, String code) {
        return stated(x, code).isPresent() || suggestion(x, code).isPresent();
    }

    @Test
    void theMatterNamedOnlyAfterTheFigureInItsSentenceGivesASuggestion() {
        suggested(passage("全年共受理案件280件，其中调解结案120件，裁决结案150件，法定期限内结案率98.6%，"
                        + "劳动人事争议仲裁工作获评全省先进单位。"),
                "labour_arbitration.closing_rate", "98.6", "topic_after");
        suggested(passage("当年新收案件58件，全部在法定期限内审结，纠错率12.1%，行政复议的监督作用进一步发挥。"),
                "reconsideration.correction_rate", "12.1", "topic_after");
    }

    @Test
    void aMatterNamedAfterASemicolonBelongsToAnotherPartOfTheSentence() {
        var x = passage("政务服务中心全年受理业务2.1万件，按期办结率100%；12345热线受理群众来电3.2万件。");
        assertTrue(!offered(x, "hotline.completion_rate"), describe(x.suggestions()));
    }

    @Test
    void aRepealOrADeclarationOfNullityNamesItsMatterWhenNothingElseIsNamed() {
        var x = passage("清理结果为：保留38件，宣布失效12件，修改5件。");
        suggested(x, "normative_docs.repealed", "12", "topic_elsewhere");
        assertEquals(1, x.suggestions().size(), describe(x.suggestions())); // 保留 and 修改 are not repeals
        suggested(passage("经过集中清理，决定废止7件。"), "normative_docs.repealed", "7", "topic_elsewhere");
        suggested(passage("全年直接纠错9件。"), "reconsideration.corrected", "9", "topic_elsewhere");
    }

    @Test
    void aGenericVerbWithoutAnyMatterIsNotEvenASuggestion() {
        var x = passage("经审查，受理45件，不予受理6件。");
        assertTrue(x.values().isEmpty() && x.suggestions().isEmpty(), describe(x.suggestions()));
        var concluded = passage("当年审结62件。"); // lawsuits or reconsiderations: no guess
        assertTrue(concluded.values().isEmpty() && concluded.suggestions().isEmpty(), describe(concluded.suggestions()));
    }

    @Test
    void aMatterNamedInTheHeadingOrTheSentenceBeforeIsNotNowhere() {
        // another matter named before: the repeal may be of anything that matter has, so the old rules decide
        var x = EXTRACTOR.extractPassage("全年受理法律援助案件120件。清理结果为：保留38件，宣布失效12件。", "通山县", 2022, true);
        assertTrue(suggestion(x, "normative_docs.repealed").isEmpty(), describe(x.suggestions()));
    }

    @Test
    void aBareShareRightAfterACountIsThatCountsRateAsASuggestion() {
        // (no concluded cases in the sentence: the rate is not computed from them)
        var x = report("全年收到行政复议申请160件，其中直接纠错（含撤销、确认违法）12件，占比8%。");
        assertEquals(new BigDecimal("12"), number(x, "reconsideration.corrected"));
        suggested(x, "reconsideration.correction_rate", "8", Shares.UNNAMED);
        // round 40: a share the sentence's denominator makes (5 / 70 = 7.1%, 1180 / 1200 = 98.3%) or whose words name the
        // rate's whole (占结案总数的) is the rate (NeighboursRound40Test)
        assertEquals(new BigDecimal("7.1"), stated(report("全年行政诉讼案件审结70件，败诉5件，占结案总数的7.1%。"),
                "litigation.loss_rate").orElseThrow().value());
        assertEquals(new BigDecimal("98.3"), stated(report("全县各级调解组织调解矛盾纠纷1200件，调解成功1180件，所占比例为98.3%。"),
                "mediation.success_rate").orElseThrow().value());
    }

    @Test
    void aShareOfAHigherLevelsTotalOrAfterACountOfNoRateIsNothing() {
        var city = report("全县各级调解组织调解矛盾纠纷1200件，调解成功1180件，占全市的12%。");
        assertTrue(!offered(city, "mediation.success_rate"), describe(city.suggestions()));
        var accepted = report("全年收到行政复议申请60件，受理45件，占收到申请的75%。");
        assertTrue(accepted.suggestions().stream().noneMatch(v -> v.value().compareTo(new BigDecimal("75")) == 0),
                describe(accepted.suggestions()) + describe(accepted.values()));
        // a share with more words than a share's is not bare: the words may name another measure
        var other = report("全年审结行政复议案件150件，其中直接纠错12件，群众满意度占比96%。");
        assertTrue(!offered(other, "reconsideration.correction_rate"), describe(other.suggestions()));
    }

    @Test
    void aShareKeepsTheDoubtsAndTheRulingOutOfItsCount() {
        // the count is a plan: so is its share
        var plan = report("力争全年直接纠错不少于20件，占比10%。");
        assertTrue(!offered(plan, "reconsideration.correction_rate"), describe(plan.suggestions()));
        // the count is a news item's without its subject: the share is doubted the same way
        // (12 / 150 = 8%: the arithmetic names the whole, round 40, and the count's doubt stays)
        var news = EXTRACTOR.extractPassage("2022年共审结行政复议案件150件，直接纠错12件，占比8%。", "通山县", 2022, false);
        IndicatorValue share = suggested(news, "reconsideration.correction_rate", "8", "subject_unclear");
        assertTrue(share.flags().contains("subject_unclear"), share.flags().toString());
    }

    @Test
    void aFigureNamedOnlyThisWayNeverTakesAValueAway() {
        // a bare share beside the named rate: the named one stays a value, neither competes nor is a breakdown
        var share = report("全年审结行政复议案件150件，其中纠错12件，占比6%，纠错率8%。");
        assertEquals(new BigDecimal("8"), number(share, "reconsideration.correction_rate"));
        // a rate whose matter is named later in the sentence beside the same rate named in full
        var later = passage("全年结案率95%，劳动人事争议仲裁结案率98%。");
        assertEquals(new BigDecimal("98"), number(later, "labour_arbitration.closing_rate"));
    }

    @Test
    void everyDoubtIsWordedInChineseAndEnglishForTheReviewScreen() throws IOException {
        for (String bundle : new String[] {"messages_zh_CN", "messages_en"}) {
            Properties words = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/i18n/" + bundle + ".properties")) {
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String doubt : Verdict.DOUBTS) {
                assertTrue(words.containsKey("reason." + doubt), bundle + " has no words for " + doubt);
            }
        }
    }
}

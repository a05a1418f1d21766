package cn.fazhi.workbench.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Red-team round 28: the shapes the readers and the normaliser give a sentence broken over lines. */
class ReaderShapesRound28Test {
    private static final String LINE = "坚持和发展新时代枫桥经验，全市各级人民调解组织全年共调解矛盾纠纷";

    @Test
    void aDecimalFigureAtTheTopOfTheNextPageIsNoItemNumber() {
        String joined = WrappedLines.join(List.of(
                "（一）化解矛盾纠纷\n" + LINE + "\n" + LINE + "\n- 1 -\n",
                "1.86万件，调解成功1.85万件，调解成功率99.5%。\n" + LINE + "\n- 2 -\n",
                "三、工作打算\n" + LINE + "\n- 3 -\n"));
        assertTrue(joined.contains("矛盾纠纷1.86万件"), joined);
        // an item number still starts a line of its own
        String items = WrappedLines.join(LINE + "\n" + LINE + "\n1.全年共调解矛盾纠纷5630件。\n");
        assertTrue(items.contains("\n1.全年"), items);
    }

    @Test
    void aHeaderOnEveryPageButTheFirstIsDropped() {
        String header = "海宁市2023年度法治政府建设情况报告";
        String joined = WrappedLines.join(List.of(
                "海宁市人民政府关于2023年度法治政府建设情况的报告\n" + LINE + "\n" + LINE + "\n",
                header + "\n\n5630件，调解成功5588件。\n" + LINE + "\n",
                header + "\n\n三、工作打算\n" + LINE + "\n"));
        assertTrue(joined.contains("矛盾纠纷5630件"), joined);
        assertFalse(joined.contains(header), joined);
        // a table's header row repeated at the top of the pages stays
        String row = "指标\t2022年\t2023年";
        String table = WrappedLines.join(List.of("标题\n" + LINE + "\n", row + "\n调解\t1\t2\n", row + "\n法援\t3\t4\n"));
        assertTrue(table.contains(row), table);
    }

    @Test
    void aLineBreakInsideAFigureOrAWordGoesAndOthersStay() {
        assertEquals("上半年共调解矛盾纠纷2860件。", TextNormalizer.normalize("上半\n年共调解矛盾纠纷2860件。").text());
        assertEquals("共调解5630件，", TextNormalizer.normalize("共调解5630 \n件，").text());
        assertEquals("截至11月底，", TextNormalizer.normalize("截至11月\n底，").text());
        assertEquals("1-10月", TextNormalizer.normalize("1-\n10月").text());
        // a heading over a sentence, a figure over a figure, a blank line: kept
        assertEquals("(一)行政复议\n全年共收到86件。", TextNormalizer.normalize("（一）行政复议\n全年共收到86件。").text());
        assertEquals("4980\n5630", TextNormalizer.normalize("4980\n5630").text());
        assertEquals("上半\n\n年", TextNormalizer.normalize("上半\n\n年").text());
    }

    @Test
    void aChineseCommaIsAThousandsSeparatorOnlyBeforeThreeDigitsAndAUnit() {
        assertEquals("1234件", TextNormalizer.normalize("1，234件").text());
        assertEquals("5630件", TextNormalizer.normalize("５，６３０件").text());
        assertEquals("5件，630件", TextNormalizer.normalize("5件，630件").text());
        assertEquals("2023年，123个", TextNormalizer.normalize("2023年，123个").text());
        assertEquals("1.5，234件", TextNormalizer.normalize("1.5，234件").text());
        assertEquals("12，3456件", TextNormalizer.normalize("12，3456件").text());
    }

    @Test
    void aWebTablesCellsWithAParagraphEachStayOnTheirRow() throws ReadException {
        String page = "<html><body><p>表1 全县行政诉讼案件情况</p><table><tr><td><p>收案数（件）</p></td><td><p>败诉率</p></td></tr>"
                + "<tr><td><p>96</p></td><td><p>4.4%</p></td></tr></table></body></html>";
        String text = new HtmlReader().read(page.getBytes(java.nio.charset.StandardCharsets.UTF_8)).text();
        assertTrue(text.contains("收案数（件）\t败诉率\n96\t4.4%"), text);
        // a page laid out in a table keeps its paragraphs apart
        String para = "全县各级人民调解组织全年共调解矛盾纠纷5630件，调解成功5588件，调解成功率99.3%，较上年有所提升，群众满意度进一步提高。";
        String layout = "<html><body><table><tr><td><p>" + para + "</p><p>" + para + "</p></td></tr></table></body></html>";
        String laid = new HtmlReader().read(layout.getBytes(java.nio.charset.StandardCharsets.UTF_8)).text();
        assertTrue(laid.contains(para + "\n" + para), laid);
    }
}

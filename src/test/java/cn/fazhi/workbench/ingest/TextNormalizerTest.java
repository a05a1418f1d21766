package cn.fazhi.workbench.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            出庭率１００％            | 出庭率100%
            案件79 件                | 案件79件
            共1,326件                | 共1326件
            调　解　纠　纷            | 调解纠纷
            案件8件,受理6件           | 案件8件,受理6件
            2018-04-18 19:28         | 2018-04-18 19:28
            收到8，受理6              | 收到8，受理6
            调处纠纷2 341件           | 调处纠纷2341件
            办件1 234 567件           | 办件1234567件
            2019 341件               | 2019 341件
            共 12 345件               | 共12 345件
            数量 35 120 78            | 数量35 120 78
            """)
    void normalisesWidthSpacesAndSeparators(String original, String expected) {
        assertEquals(expected, TextNormalizer.normalize(original).text());
    }

    @Test
    void mapsEveryNormalisedPositionBackToTheOriginal() {
        String original = "共受理案件１，３２６ 件，同比增长";
        NormalizedText n = TextNormalizer.normalize(original);
        String norm = n.text();
        int start = norm.indexOf("1");
        int end = norm.indexOf("件", start) + 1;
        assertEquals("１，３２６ 件", n.originalSlice(start, end));
    }

    @Test
    void traditionalTextIsMatchedAsSimplifiedWithOffsetsIntoTheTraditionalOriginal() {
        String original = "全縣共調處各類矛盾糾紛274件，調處成功率達到100%。行政復議案件8件。";
        NormalizedText n = TextNormalizer.normalize(original);
        assertEquals("全县共调处各类矛盾纠纷274件，调处成功率达到100%。行政复议案件8件。", n.text());
        assertEquals(original.length(), n.text().length());
        int at = n.text().indexOf("纠纷");
        assertEquals("糾紛", n.originalSlice(at, at + 2));
    }

    @Test
    void simplifiedTextIsLeftAlone() {
        String original = "乌鲁木齐县法治政府建设以习近平新时代中国特色社会主义思想为指导";
        assertEquals(original, TextNormalizer.normalize(original).text());
    }

    @Test
    void pinyinGlossesAfterCharactersAreDroppedWithOffsetsIntoTheOriginal() {
        String original = "北京市共審結(jié)行政復(fù)議案件12195件，同比提高4.4個百分點(diǎn)。";
        NormalizedText n = TextNormalizer.normalize(original);
        assertEquals("北京市共审结行政复议案件12195件，同比提高4.4个百分点。", n.text());
        int at = n.text().indexOf("复议");
        assertEquals("復(fù)議", n.originalSlice(at, at + 2));
        // brackets that are a report's own words stay: no tone mark, not after a character, or longer than a syllable
        assertEquals("调解纠纷(含诉前)86件", TextNormalizer.normalize("调解纠纷(含诉前)86件").text());
        assertEquals("通过(app)办理", TextNormalizer.normalize("通过(app)办理").text());
        assertEquals("率(%)", TextNormalizer.normalize("率(%)").text());
        assertEquals("3 (yī)", TextNormalizer.normalize("3 (yī)").text());
    }

    @Test
    void aTableRowsLastFigureKeepsItsLineBreak() {
        // a wrapped figure is joined to its unit ("5630" / "件，"), a table row's last figure to the next row is not
        assertEquals("共调解纠纷5630件，", TextNormalizer.normalize("共调解纠纷5630\n件，").text());
        assertEquals("申请件数\t126\t98\n人民调解成功率\t98.9%", TextNormalizer.normalize("申请件数\t126\t98\n人民调解成功率\t98.9%").text());
    }

    @Test
    void aSpacedTablesCellsBecomeTabs() {
        assertEquals("单位\t调解纠纷(件)\t调解成功率\n凤凰街道\t1120\t98.6%\n姜山镇\t904\t99.0%",
                TextNormalizer.normalize("单位 调解纠纷（件） 调解成功率\n凤凰街道  1120 98.6%\n姜山镇 904 99.0%").text());
        // one line of figures apart by spaces under a sentence is no table
        assertEquals("全年调解纠纷。\n数量35 120 78", TextNormalizer.normalize("全年调解纠纷。\n数量 35 120 78").text());
    }

    @Test
    void aTableTypedWithBarsRunIntoOneLineUnfoldsIntoItsRows() {
        assertEquals("单位\t收到申请(件)\t纠错率\n绩溪县\t142\t10.53%\n宣城市\t1102\t12.5%",
                TextNormalizer.normalize("单位｜收到申请（件）｜纠错率｜绩溪县｜142｜10.53%｜宣城市｜1102｜12.5%").text());
        // one row under a header of three columns at least
        assertEquals("指标\t2024年\t2023年\n法律援助案件(件)\t864\t790",
                TextNormalizer.normalize("指标｜2024年｜2023年｜法律援助案件（件）｜864｜790").text());
    }
}

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
}

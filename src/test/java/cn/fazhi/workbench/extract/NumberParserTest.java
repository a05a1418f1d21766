package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.ingest.TextNormalizer;
import cn.fazhi.workbench.model.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberParserTest {

    /** Parses after normalisation, as the extractor does, and returns the first value mention. */
    private static NumberMention firstValue(String text) {
        String norm = TextNormalizer.normalize(text).text();
        return NumberParser.parse(norm).stream().filter(NumberMention::isValue).findFirst()
                .orElseThrow(() -> new AssertionError("no value in " + text));
    }

    @ParameterizedTest(name = "{0} -> {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            调处矛盾纠纷274件              | 274     | 件    | EXACT
            受理事项4868余件                | 4868    | 件    | APPROX_OVER
            办件57.95万件                   | 579500  | 件    | EXACT
            办件1.3万件                     | 13000   | 件    | EXACT
            办件1.3万余件                   | 13000   | 件    | APPROX_OVER
            两千余件                        | 2000    | 件    | APPROX_OVER
            一百二十三件                    | 123     | 件    | EXACT
            三万五千件                      | 35000   | 件    | EXACT
            一点五万件                      | 15000   | 件    | EXACT
            办结率达到89.6%以上             | 89.6    | %     | AT_LEAST
            出庭率１００％                  | 100     | %     | EXACT
            案件1,326件                     | 1326    | 件    | EXACT
            案件79 件                       | 79      | 件    | EXACT
            百分之九十五                    | 95      | %     | EXACT
            百分之九十五点五                | 95.5    | %     | EXACT
            百分之百                        | 100     | %     | EXACT
            网上可办率超90%                 | 90      | %     | APPROX_OVER
            约3000件                        | 3000    | 件    | APPROX
            近3000件                        | 3000    | 件    | APPROX
            不足50件                        | 50      | 件    | AT_MOST
            咨询600余人次                   | 600     | 人次  | APPROX_OVER
            化解1094件次                    | 1094    | 件次  | EXACT
            同比下降3.95个百分点            | 3.95    | 个百分点 | EXACT
            减免税费18833.2万元             | 188332000 | 元  | EXACT
            办理4000多件                    | 4000    | 件    | APPROX_OVER
            办件120余万件                   | 1200000 | 件    | APPROX_OVER
            办件3多万件                     | 30000   | 件    | APPROX_OVER
            挽回损失120余万元               | 1200000 | 元    | APPROX_OVER
            评查案卷500件以上               | 500     | 件    | AT_LEAST
            十二件                          | 12      | 件    | EXACT
            """)
    void readsNumbersWithUnitsAndQualifiers(String text, String value, String unit, Qualifier qualifier) {
        NumberMention m = firstValue(text);
        assertEquals(0, new BigDecimal(value).compareTo(m.value()), "value of " + text);
        assertEquals(unit, m.unit(), "unit of " + text);
        assertEquals(qualifier, m.qualifier(), "qualifier of " + text);
    }

    @ParameterizedTest(name = "{0} has no value")
    @CsvSource(delimiter = '|', textBlock = """
            一次办好
            三项制度
            两个维护
            全省第二
            落实“一件事一次办”
            十九大精神
            发布日期2018-04-18 19:28
            索引号xjmd001-2018-000021
            米政发〔2018〕12号
            2月14日
            2023214
            """)
    void setPhrasesDatesAndCodesAreNotValues(String text) {
        String norm = TextNormalizer.normalize(text).text();
        List<NumberMention> values = NumberParser.parse(norm).stream()
                .filter(m -> m.isValue() && m.unit() != null).toList();
        assertTrue(values.isEmpty(), text + " -> " + values);
    }

    @Test
    void yearsAreYearsInDigitsOrChineseNumerals() {
        List<NumberMention> ms = NumberParser.parse("2022年度，二〇二三年");
        assertEquals(NumberMention.Kind.YEAR, ms.get(0).kind());
        assertEquals(2022, ms.get(0).value().intValue());
        assertEquals(NumberMention.Kind.YEAR, ms.get(1).kind());
        assertEquals(2023, ms.get(1).value().intValue());
    }

    @Test
    void numberGluedToTheNextItemIsReadAlone() {
        // "45二是" (text mangled by copying): 45 without a unit, not 452
        List<NumberMention> ms = NumberParser.parse("调解纠纷45二是加强");
        NumberMention m = ms.stream().filter(NumberMention::isValue).findFirst().orElseThrow();
        assertEquals(45, m.value().intValue());
        assertEquals(null, m.unit());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            十       | 10
            十二     | 12
            二十     | 20
            一百零五 | 105
            两千     | 2000
            三万五千 | 35000
            二十万   | 200000
            一亿二千万 | 120000000
            二〇二三 | 2023
            九十五点五 | 95.5
            一点五万 | 15000
            """)
    void readsChineseNumerals(String words, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(ChineseNumerals.parse(words)), words);
    }
}

package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Runs the extractor on a short made-up report built around the sentences under test. */
final class ExtractorFixture {
    static final ReportExtractor EXTRACTOR = ReportExtractor.withBundledData();

    private ExtractorFixture() {
    }

    /** A 2022 report of 通山县 whose results section holds {@code results}. */
    static ReportExtractor.Extraction report(String results) {
        return extract("通山县2022年度法治政府建设情况报告\n一、主要举措和成效\n" + results + "\n二、存在的问题\n执法力量不足。\n");
    }

    /** A report of {@code place} for {@code year} whose results section holds {@code results}. */
    static ReportExtractor.Extraction reportOf(String place, int year, String results) {
        return extract(place + "人民政府" + year + "年度法治政府建设情况报告\n一、主要举措和成效\n" + results
                + "\n二、存在的问题\n执法力量不足。\n");
    }

    static ReportExtractor.Extraction extract(String text) {
        return EXTRACTOR.extract(new ReportText(text, ReportFormat.TXT, "UTF-8"));
    }

    static Optional<IndicatorValue> value(ReportExtractor.Extraction x, String code) {
        return x.values().stream().filter(v -> v.indicator().equals(code)).findFirst();
    }

    static BigDecimal number(ReportExtractor.Extraction x, String code) {
        return value(x, code).map(IndicatorValue::value)
                .orElseThrow(() -> new AssertionError(code + " not found; values: " + describe(x.values())
                        + "; candidates: " + describe(x.candidates())));
    }

    static String describe(List<IndicatorValue> values) {
        StringBuilder b = new StringBuilder();
        for (IndicatorValue v : values) {
            b.append(v.indicator()).append('=').append(v.value().toPlainString()).append(v.flags()).append(' ');
        }
        return b.toString();
    }

    /** In a {@link #report}, the sentence gives no value of {@code code}. */
    static void notAValue(String sentence, String code) {
        var x = report(sentence);
        org.junit.jupiter.api.Assertions.assertTrue(value(x, code).isEmpty(), sentence + " → " + describe(x.values()));
    }

    /** In a {@link #report}, the sentence gives a value of {@code code}. */
    static void aValue(String sentence, String code) {
        var x = report(sentence);
        org.junit.jupiter.api.Assertions.assertTrue(value(x, code).isPresent(),
                sentence + " → " + describe(x.values()) + " / " + describe(x.suggestions()));
    }

    /** In a {@link #report}, the sentence gives no value of {@code code} but a suggestion of it. */
    static void suggested(String sentence, String code) {
        notAValue(sentence, code);
        var x = report(sentence);
        org.junit.jupiter.api.Assertions.assertTrue(x.suggestions().stream().anyMatch(v -> v.indicator().equals(code)),
                sentence + " → suggestions " + describe(x.suggestions()));
    }

    /** Loose text (a news item, {@code headline} its page's title or null) about 通山县's figures of 2023. */
    static ReportExtractor.Extraction news(String headline, String text) {
        return EXTRACTOR.extractPassage(text, "通山县", 2023, false, headline);
    }

    /** {@code x} has {@code expected} as the value of {@code code}. */
    static void assertValue(ReportExtractor.Extraction x, String code, String expected) {
        var v = value(x, code).orElseThrow(() -> new AssertionError(code + " not a value: " + describe(x.values())
                + " / " + describe(x.suggestions())));
        org.junit.jupiter.api.Assertions.assertEquals(0, new BigDecimal(expected).compareTo(v.value()));
    }

    /** {@code x} has a suggestion of {@code code}. */
    static void assertSuggested(ReportExtractor.Extraction x, String code) {
        org.junit.jupiter.api.Assertions.assertTrue(x.suggestions().stream().anyMatch(v -> v.indicator().equals(code)),
                code + " not suggested: " + describe(x.suggestions()));
    }

    /** {@code x} has no value of {@code code}. */
    static void assertNoValue(ReportExtractor.Extraction x, String code) {
        org.junit.jupiter.api.Assertions.assertTrue(value(x, code).isEmpty(), code + " accepted: " + describe(x.values()));
    }
}

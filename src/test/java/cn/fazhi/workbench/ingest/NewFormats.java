package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.extract.ReportExtractor;
import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.ReportText;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A short report for the OFD, MHT and WPS tests, and the end-to-end check that its figure is extracted. */
final class NewFormats {
    static final String TITLE = "通山县2022年度法治政府建设情况报告";
    static final List<String> PARAGRAPHS = List.of(
            TITLE,
            "一、主要工作成效",
            "2022年，通山县坚持依法行政，法治政府建设取得新成效。全县共调处矛盾纠纷274件。",
            "二、存在的问题",
            "基层法治力量仍然薄弱。");
    private static final ReportExtractor EXTRACTOR = ReportExtractor.withBundledData();

    private NewFormats() {
    }

    /** The text is intact and the extractor finds 274 disputes mediated, quoting the sentence. */
    static void assertReadsTheReport(ReportText text) {
        assertTrue(text.text().contains(TITLE), text.text());
        assertTrue(text.text().contains("全县共调处矛盾纠纷274件。"), text.text());
        ReportExtractor.Extraction x = EXTRACTOR.extract(text);
        IndicatorValue disputes = x.values().stream().filter(v -> v.indicator().equals("mediation.disputes"))
                .findFirst().orElseThrow(() -> new AssertionError("no mediation.disputes in " + x.values()));
        assertEquals(0, new BigDecimal(274).compareTo(disputes.value()));
        assertTrue(disputes.evidence().sentence().contains("全县共调处矛盾纠纷274件"), disputes.evidence().sentence());
    }
}

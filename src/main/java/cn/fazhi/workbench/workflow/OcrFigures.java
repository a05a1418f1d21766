package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.extract.ReportExtractor;
import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.ReportFormat;

import java.util.ArrayList;
import java.util.List;

/**
 * Text recognised from a scan is never trusted silently: a 3 read as 8 is a plausible figure no rule can
 * catch. Every figure from an OCR'd report is therefore at best a suggestion, with the reason
 * {@link #REASON} first, so a person confirms it against the page image. Applied wherever a report is
 * extracted (extract, import, re-extract), so no path lets an OCR figure become a value.
 */
public final class OcrFigures {
    /** The reason code: "read by text recognition from a scan; check it against the page". */
    public static final String REASON = "ocr";

    private OcrFigures() {
    }

    public static ReportExtractor.Extraction doubt(ReportFormat format, ReportExtractor.Extraction x) {
        if (!format.isOcr()) {
            return x;
        }
        List<IndicatorValue> suggestions = new ArrayList<>();
        // the extractor leaves no suggestion beside a value, so each indicator keeps at most two
        for (IndicatorValue v : x.values()) {
            suggestions.add(flagged(v));
        }
        for (IndicatorValue v : x.suggestions()) {
            suggestions.add(flagged(v));
        }
        return new ReportExtractor.Extraction(x.metadata(), List.of(), suggestions, x.candidates(), x.warnings());
    }

    private static IndicatorValue flagged(IndicatorValue v) {
        if (v.flags().contains(REASON)) {
            return v;
        }
        List<String> flags = new ArrayList<>();
        flags.add(REASON);
        flags.addAll(v.flags());
        return new IndicatorValue(v.indicator(), v.value(), v.unit(), v.qualifier(), v.derived(), v.section(),
                v.evidence(), v.confidence(), flags, v.derivedFrom());
    }
}

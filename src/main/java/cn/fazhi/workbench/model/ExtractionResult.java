package cn.fazhi.workbench.model;

import java.util.List;

/**
 * Everything extracted from one file. When the file could not be read, {@code error} says why and
 * text, metadata and values are empty. Suggestions are figures some check doubted: a person decides.
 */
public record ExtractionResult(String file, ReportText text, ReportMetadata metadata,
                               List<IndicatorValue> values, List<IndicatorValue> suggestions,
                               List<IndicatorValue> candidates, List<String> warnings, ReadError error) {
    public ExtractionResult {
        values = List.copyOf(values);
        suggestions = List.copyOf(suggestions);
        candidates = List.copyOf(candidates);
        warnings = List.copyOf(warnings);
    }

    public static ExtractionResult failed(String file, ReadError error) {
        return new ExtractionResult(file, null, null, List.of(), List.of(), List.of(), List.of(), error);
    }

    public boolean ok() {
        return error == null;
    }
}

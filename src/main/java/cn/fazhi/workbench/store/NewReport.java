package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.ReportMetadata;
import cn.fazhi.workbench.model.ReportText;

import java.util.List;

/**
 * A read and extracted report, ready to be stored in one transaction.
 *
 * @param sourceName file name as imported
 * @param sourcePath path as given, for the user's reference
 * @param sha256     hex SHA-256 of {@code bytes}
 * @param bytes      the original file
 * @param suggestions figures the extractor doubted, for a person to accept or dismiss
 * @param sourceUrl   the report's web address (read from the file, or given at import), or null
 * @param sourceUrlByHand a person gave {@code sourceUrl} (audited; no file's address replaces it later)
 */
public record NewReport(String sourceName, String sourcePath, String sha256, byte[] bytes, ReportText text,
                        ReportMetadata metadata, List<IndicatorValue> values, List<String> warnings,
                        List<IndicatorValue> suggestions, String sourceUrl, boolean sourceUrlByHand) {
    public NewReport {
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    /** A report without a web address. */
    public NewReport(String sourceName, String sourcePath, String sha256, byte[] bytes, ReportText text,
                     ReportMetadata metadata, List<IndicatorValue> values, List<String> warnings,
                     List<IndicatorValue> suggestions) {
        this(sourceName, sourcePath, sha256, bytes, text, metadata, values, warnings, suggestions, null, false);
    }

    /** The same report with its web address. */
    public NewReport withSourceUrl(String url, boolean byHand) {
        return new NewReport(sourceName, sourcePath, sha256, bytes, text, metadata, values, warnings, suggestions,
                url, byHand);
    }

    /** A report without suggestions. */
    public NewReport(String sourceName, String sourcePath, String sha256, byte[] bytes, ReportText text,
                     ReportMetadata metadata, List<IndicatorValue> values, List<String> warnings) {
        this(sourceName, sourcePath, sha256, bytes, text, metadata, values, warnings, List.of());
    }

    public boolean needsAttention() {
        return metadata.jurisdiction() == null || metadata.year() == null;
    }
}

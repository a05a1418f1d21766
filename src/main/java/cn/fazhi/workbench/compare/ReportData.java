package cn.fazhi.workbench.compare;

import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.StoredValue;

import java.util.List;
import java.util.Map;

/**
 * A report with its stored values: the raw material of a comparison.
 *
 * @param reviews per value id, the last review of that value (only reviewed values have one)
 * @param pages   per value id, the page (1-based) its evidence stands on; only reports whose text knows its
 *                pages (PDF, OFD, scans) have them, worked out from the stored text by the workflow
 */
public record ReportData(ReportSummary report, List<StoredValue> values, Map<Long, Review> reviews,
                         Map<Long, Integer> pages) {
    public ReportData {
        values = List.copyOf(values);
        reviews = Map.copyOf(reviews);
        pages = Map.copyOf(pages);
    }

    public ReportData(ReportSummary report, List<StoredValue> values, Map<Long, Review> reviews) {
        this(report, values, reviews, Map.of());
    }

    public ReportData(ReportSummary report, List<StoredValue> values) {
        this(report, values, Map.of());
    }
}

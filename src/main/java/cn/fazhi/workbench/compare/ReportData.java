package cn.fazhi.workbench.compare;

import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.StoredValue;

import java.util.List;
import java.util.Map;

/**
 * A report with its stored values: the raw material of a comparison.
 *
 * @param reviews per value id, the last review of that value (only reviewed values have one)
 */
public record ReportData(ReportSummary report, List<StoredValue> values, Map<Long, Review> reviews) {
    public ReportData {
        values = List.copyOf(values);
        reviews = Map.copyOf(reviews);
    }

    public ReportData(ReportSummary report, List<StoredValue> values) {
        this(report, values, Map.of());
    }
}

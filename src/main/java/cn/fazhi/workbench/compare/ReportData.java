package cn.fazhi.workbench.compare;

import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.StoredValue;

import java.util.List;

/** A report with its stored values: the raw material of a comparison. */
public record ReportData(ReportSummary report, List<StoredValue> values) {
    public ReportData {
        values = List.copyOf(values);
    }
}

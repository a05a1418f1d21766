package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.model.Pages;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.store.ReportStore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * Use case step: the page each value's evidence stands on, told from the report's stored text (its form
 * feeds, {@link Pages}), so the workbook's 佐证 can say 第N页 without the export reading the store.
 */
public final class EvidencePages {
    private EvidencePages() {
    }

    /**
     * Whether a report of this format can know its pages. Only these reports' texts are read: a txt, web
     * page or Word document never has pages, so an export of thousands of them reads no text at all.
     */
    public static boolean mayHavePages(ReportFormat format) {
        return format == ReportFormat.PDF || format == ReportFormat.OFD || format.isOcr();
    }

    /**
     * Offset to page (1-based) in a report's text, 0 for every offset when the report has no pages — also
     * for a .txt that happens to hold form feeds: only the readers of paged formats mark pages.
     */
    public static IntUnaryOperator pager(String text, ReportFormat format) {
        return format == null || !mayHavePages(format) ? offset -> 0 : Pages.pager(text, format);
    }

    /** Per value id, the 1-based page of its evidence; empty when the report does not know its pages. */
    static Map<Long, Integer> of(ReportStore store, ReportSummary report, List<StoredValue> values) throws WorkspaceException {
        if (values.isEmpty() || report.format() == null || !mayHavePages(report.format())) {
            return Map.of();
        }
        Optional<String> text = store.text(report.id());
        if (text.isEmpty()) {
            return Map.of();
        }
        IntUnaryOperator pager = pager(text.get(), report.format());
        Map<Long, Integer> out = new HashMap<>();
        for (StoredValue v : values) {
            if (v.value().evidence() == null || v.value().evidence().sentence() == null) {
                continue; // a value a person added has no place in the text
            }
            int page = pager.applyAsInt(v.value().evidence().start());
            if (page > 0) {
                out.put(v.id(), page);
            }
        }
        return out;
    }
}

package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Pages;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.store.ReportStore;

import java.util.ArrayList;
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

    /**
     * Per value id, the 1-based page of the evidence of every figure in {@code t} (all its years, rejected
     * figures too), reading each paged report's text once. Done when a workbook is written, not when the
     * window compares: a comparison never touches report texts (issue 17), and only the export shows pages.
     */
    static Map<Long, Integer> of(ReportStore store, ComparisonTable t) throws WorkspaceException {
        Map<Long, List<Cell>> byReport = new HashMap<>();
        for (Cell[][] cells : t.byYear().values()) {
            for (Cell[] column : cells) {
                for (Cell c : column) {
                    if (c.reportId() != null && c.valueId() != null && c.evidence() != null
                            && c.evidence().sentence() != null) {
                        ReportSummary r = t.reports().get(c.reportId());
                        if (r != null && r.format() != null && mayHavePages(r.format())) {
                            byReport.computeIfAbsent(c.reportId(), k -> new ArrayList<>()).add(c);
                        }
                    }
                }
            }
        }
        Map<Long, Integer> out = new HashMap<>();
        for (var e : byReport.entrySet()) {
            Optional<String> text = store.text(e.getKey());
            if (text.isEmpty()) {
                continue;
            }
            IntUnaryOperator pager = pager(text.get(), t.reports().get(e.getKey()).format());
            for (Cell c : e.getValue()) {
                int page = pager.applyAsInt(c.evidence().start());
                if (page > 0) {
                    out.put(c.valueId(), page);
                }
            }
        }
        return out;
    }
}

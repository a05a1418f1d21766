package cn.fazhi.workbench.ui.review;

import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.workflow.EvidencePages;

import java.util.function.IntUnaryOperator;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/**
 * "第N页" for a figure of the report under review, so a reviewer knows where to look in the printed or
 * PDF original. Empty for reports without pages (txt, web pages, Word). The page breaks of the text are
 * found once per report, not once per table cell.
 */
final class EvidencePageWords {
    private String text;
    private ReportFormat format;
    private IntUnaryOperator pager = offset -> 0;

    /** The 1-based page of the evidence in {@code text}, or 0. */
    int page(String text, ReportFormat format, Evidence evidence) {
        if (evidence == null || evidence.sentence() == null || text == null || text.isEmpty()) {
            return 0;
        }
        if (!text.equals(this.text) || format != this.format) {
            this.text = text;
            this.format = format;
            pager = EvidencePages.pager(text, format);
        }
        return pager.applyAsInt(evidence.start());
    }

    String words(String text, ReportFormat format, Evidence evidence) {
        int page = page(text, format, evidence);
        return page > 0 ? tr("review.page", page) : "";
    }
}

package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.ingest.PageImages;
import cn.fazhi.workbench.ingest.ReadException;
import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.Pages;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.store.ReportStore;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Use case: the page of a scanned report a figure was read from, as a picture with the figure's box, so a
 * person confirms a recognised figure against the scan. Takes seconds (the page is recognised again with
 * word boxes): run it off the UI thread.
 */
public final class ScanPages {
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /**
     * A page picture.
     *
     * @param png    the page as PNG
     * @param page   its number, 1-based, of {@code pages}
     * @param found  whether the figure's box was found; then x, y, width, height are in the picture's pixels
     */
    public record Picture(byte[] png, int page, int pages, boolean found, int x, int y, int width, int height) {
    }

    private final ReportStore store;

    public ScanPages(WorkspaceSession session) {
        this.store = session.store();
    }

    /** Whether the report's figures can be shown on their page: it was read by OCR. */
    public static boolean hasPages(ReportFormat format) {
        return format.isOcr();
    }

    /**
     * The page holding the figure of {@code evidence}; empty when the report is not a scan, is gone, or its
     * page cannot be rendered (written to the log).
     */
    public Optional<Picture> figure(long reportId, Evidence evidence) throws WorkspaceException {
        Optional<ReportSummary> summary = store.summary(reportId);
        if (summary.isEmpty() || !hasPages(summary.get().format())) {
            return Optional.empty();
        }
        String text = store.text(reportId).orElse("");
        Optional<byte[]> original = store.original(reportId);
        if (original.isEmpty()) {
            return Optional.empty();
        }
        int at = Math.min(Math.max(evidence.valueStart(), 0), text.length());
        int page = Pages.pageAt(text, summary.get().format(), at);
        String figure = digits(text.substring(at, Math.min(Math.max(evidence.valueEnd(), at), text.length())));
        int pageStart = text.lastIndexOf(Pages.BREAK, Math.max(at - 1, 0)) + 1;
        int occurrence = 0;
        Matcher m = DIGITS.matcher(text).region(Math.min(pageStart, at), at);
        while (!figure.isEmpty() && m.find()) {
            if (m.group().contains(figure)) {
                occurrence++;
            }
        }
        PageImages.Page p;
        try {
            p = PageImages.page(original.get(), summary.get().format(), page, figure, occurrence);
        } catch (ReadException e) {
            ActivityLog.pagePictureFailed(reportId, e);
            return Optional.empty();
        }
        var r = p.region();
        return Optional.of(r == null ? new Picture(p.png(), p.page(), p.pages(), false, 0, 0, 0, 0)
                : new Picture(p.png(), p.page(), p.pages(), true, r.x, r.y, r.width, r.height));
    }

    private static String digits(String s) {
        return s.replaceAll("[^0-9]", "");
    }
}

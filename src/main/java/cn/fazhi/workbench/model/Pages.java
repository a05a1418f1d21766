package cn.fazhi.workbench.model;

/**
 * Page numbers of a report's text. Readers that know pages start every page after the first with a form
 * feed ({@link #BREAK}, as pdftotext does), so the page of any evidence offset can be told from the stored
 * text alone, also for reports imported long ago — no extra column, nothing to keep in step.
 */
public final class Pages {
    /** Starts every page but the first; always right after a line break, so it never splits a sentence. */
    public static final char BREAK = '\f';

    private Pages() {
    }

    /**
     * The 1-based page that {@code offset} lies on, or 0 when the text does not know its pages (a web
     * page, a Word document). A recognised image of one page is page 1.
     */
    public static int pageAt(String text, ReportFormat format, int offset) {
        boolean paged = format.isOcr() || text.indexOf(BREAK) >= 0;
        if (!paged) {
            return 0;
        }
        int page = 1;
        int end = Math.min(Math.max(offset, 0), text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == BREAK) {
                page++;
            }
        }
        return page;
    }

    /** How many pages the text has (1 for a text without page breaks). */
    public static int count(String text) {
        int pages = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == BREAK) {
                pages++;
            }
        }
        return pages;
    }
}

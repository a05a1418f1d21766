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

    /**
     * {@link #pageAt} for many offsets of one text: the breaks are found once and each offset's page by
     * binary search, so the pages of a report's forty figures cost one pass over its text, not forty.
     */
    public static java.util.function.IntUnaryOperator pager(String text, ReportFormat format) {
        if (!format.isOcr() && text.indexOf(BREAK) < 0) {
            return offset -> 0;
        }
        int[] breaks = new int[count(text) - 1];
        for (int i = 0, k = 0; i < text.length(); i++) {
            if (text.charAt(i) == BREAK) {
                breaks[k++] = i;
            }
        }
        return offset -> {
            int end = Math.min(Math.max(offset, 0), text.length());
            // breaks before end (pageAt counts breaks at positions < end)
            int at = java.util.Arrays.binarySearch(breaks, end);
            int before = at >= 0 ? at : -at - 1;
            return before + 1;
        };
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

package cn.fazhi.workbench.export;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Keeps blocks of rows (an area of 比对总表, an indicator of 排名) on one printed page: a manual page
 * break goes before a block that would not fit in what is left of the page. A block longer than a page
 * starts on a fresh page and continues under the repeated header row.
 */
final class Pagination {
    private final double pageHeight;
    private double used;

    /** @param headerHeight the repeated header rows, in points */
    Pagination(double pageHeight, double headerHeight) {
        this.pageHeight = pageHeight - headerHeight;
    }

    /** Before writing a block's first row {@code row}, of {@code height} points in all. */
    void startBlock(Sheet sh, int row, double height) {
        if (used > 0 && used + Math.min(height, pageHeight) > pageHeight) {
            sh.setRowBreak(row - 1);
            used = 0;
        }
    }

    /** After writing a row of {@code height} points. */
    void add(double height) {
        used += height;
        if (used > pageHeight) {
            used = height; // the printer broke the page before this row
        }
    }
}

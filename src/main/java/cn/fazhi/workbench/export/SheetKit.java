package cn.fazhi.workbench.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Writes cells into one sheet: text made safe ({@link SafeText}), numbers, dates and formulas, while
 * tracking the widest content per column; {@link #finish} sets the widths, the frozen panes, print titles
 * and the page setup.
 */
final class SheetKit {
    static final int MAX_WIDTH_CHARS = 60;

    final Sheet sh;
    final Styles styles;
    final ExportOptions options;
    private int[] widths = new int[64];

    SheetKit(Sheet sh, Styles styles, ExportOptions options) {
        this.sh = sh;
        this.styles = styles;
        this.options = options;
    }

    Row row(int r) {
        return sh.createRow(r);
    }

    Cell text(Row row, int col, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            Cell c = row.createCell(col); // styled (borders, fill), but no string to store
            c.setCellStyle(style);
            return c;
        }
        String v = SafeText.clip(value);
        Cell c = row.createCell(col);
        c.setCellValue(v);
        c.setCellStyle(SafeText.risky(v) ? styles.quoted(style) : style);
        width(col, Math.min(MAX_WIDTH_CHARS, displayWidth(v) + 2));
        return c;
    }

    /**
     * A report's web address: the text as any other (neutralised like every text cell, clipped), and a link a
     * click opens when the address is a well-formed http(s) URI (non-ASCII characters percent-encoded).
     */
    Cell url(Row row, int col, String url) {
        Cell c = text(row, col, url, styles.link);
        if (url == null || url.isBlank() || SafeText.risky(url)) {
            return c;
        }
        try {
            java.net.URI uri = new java.net.URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                org.apache.poi.ss.usermodel.Hyperlink link = sh.getWorkbook().getCreationHelper()
                        .createHyperlink(org.apache.poi.common.usermodel.HyperlinkType.URL);
                link.setAddress(uri.toASCIIString());
                c.setHyperlink(link);
            }
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            // not a well-formed address: the text stays, without a link
        }
        return c;
    }

    Cell number(Row row, int col, BigDecimal v, CellStyle style) {
        Cell c = row.createCell(col);
        if (v != null) {
            c.setCellValue(v.doubleValue());
        }
        c.setCellStyle(style);
        width(col, v == null ? 4 : v.toPlainString().length() + 3);
        return c;
    }

    Cell number(Row row, int col, long v, CellStyle style) {
        return number(row, col, BigDecimal.valueOf(v), style);
    }

    /** A formula with its value computed here, so programs that do not recalculate show it too. */
    Cell formula(Row row, int col, String formula, Double cached, CellStyle style, int chars) {
        Cell c = row.createCell(col);
        c.setCellFormula(formula);
        if (cached != null) {
            c.setCellValue(cached);
        }
        c.setCellStyle(style);
        width(col, chars);
        return c;
    }

    void date(Row row, int col, LocalDate d) {
        if (d == null) {
            text(row, col, "—", styles.notStated);
            return;
        }
        Cell c = row.createCell(col);
        c.setCellValue(d);
        c.setCellStyle(styles.date);
        width(col, 12);
    }

    /** Header cells in a row; they wrap, so a long name widens its column only up to 10 characters. */
    void header(Row row, int from, String... names) {
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), 30));
        for (int k = 0; k < names.length; k++) {
            Cell c = row.createCell(from + k);
            c.setCellValue(SafeText.clip(names[k]));
            c.setCellStyle(SafeText.risky(names[k]) ? styles.quoted(styles.header) : styles.header);
            width(from + k, Math.min(10, displayWidth(names[k]) + 2));
        }
    }

    /** Caps a column's width (its cells wrap). */
    void cap(int col, int chars) {
        if (col < widths.length) {
            widths[col] = Math.min(widths[col], chars);
        }
    }

    /** Tracks the widest content per column (Chinese characters count double), applied when the sheet is done. */
    void width(int col, int chars) {
        if (col >= widths.length) {
            widths = Arrays.copyOf(widths, Math.max(col + 1, widths.length * 2));
        }
        widths[col] = Math.max(widths[col], chars);
    }

    int widthOf(int col) {
        return col < widths.length ? Math.min(255, Math.max(6, widths[col])) : 8;
    }

    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return w;
    }

    /**
     * Rows needed for a wrapped 10-point text in a column of {@code chars} characters: a Chinese character
     * is about 10 points wide, a Latin one about 5.5, a character of column width 7 (as LibreOffice prints).
     */
    static int lines(String s, int chars) {
        int lines = 0;
        double room = Math.max(10, chars * 7.0 - 8);
        for (String part : s.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(displayWidth(part) * 5.2 / room));
        }
        return lines;
    }

    /** Height in points for that many lines of 10-point text. */
    static float height(int lines) {
        return Math.min(409, 14f * lines + 3);
    }

    /**
     * Column widths, the panes frozen below {@code headerRows} and right of {@code titleCols}, those rows
     * and columns repeated on every printed page, an autofilter from the header's last row down to
     * {@code filterLastRow} (none when negative), and the page setup.
     */
    /** The sheet's width in characters of column width, as it will be printed. */
    int totalWidth() {
        int total = 0;
        for (int c = 0; c < widths.length; c++) {
            if (widths[c] > 0) {
                total += widthOf(c);
            }
        }
        return total;
    }

    void finish(int headerRows, int titleCols, boolean autofilter, int lastCol) {
        finish(headerRows, titleCols, autofilter ? sh.getLastRowNum() : -1, lastCol);
    }

    void finish(int headerRows, int titleCols, int filterLastRow, int lastCol) {
        // The commonest width becomes the sheet's default and only the others are set one by one: POI
        // looks columns up in a list, so setting thousands of them one by one takes quadratic time.
        java.util.Map<Integer, Integer> count = new java.util.HashMap<>();
        int total = 0;
        int used = 0;
        for (int c = 0; c < widths.length; c++) {
            if (widths[c] > 0) {
                count.merge(widthOf(c), 1, Integer::sum);
                total += widthOf(c);
                used = c + 1;
            }
        }
        int common = count.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(8);
        if (count.getOrDefault(common, 0) > 20) {
            sh.setDefaultColumnWidth(common);
        }
        for (int c = 0; c < used; c++) {
            if (widths[c] > 0 && (widthOf(c) != common || count.get(common) <= 20)) {
                sh.setColumnWidth(c, widthOf(c) * 256);
            }
        }
        if (headerRows > 0 || titleCols > 0) {
            sh.createFreezePane(titleCols, headerRows);
        }
        if (headerRows > 0) {
            sh.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
        }
        if (titleCols > 0) {
            sh.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, titleCols - 1));
        }
        if (filterLastRow >= headerRows && lastCol >= 0) {
            sh.setAutoFilter(new CellRangeAddress(headerRows - 1, filterLastRow, 0, lastCol));
        }
        PageSetup.apply(sh, options, total);
    }
}

package cn.fazhi.workbench.export;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Every sheet prints landscape on A4 (or A3), with the title, the date and page numbers. A sheet that
 * fits the page width at 80 % or more is scaled to fit; a wider one prints at 100 % over several pages,
 * its name columns and header rows repeated: text never gets smaller than 8 points (10-point text at 80 %).
 */
final class PageSetup {
    /** The smallest scale: 10-point text prints at 8 points. */
    static final int MIN_SCALE = 80;
    /** Points per character of column width (Excel's unit is a digit of the default font plus padding; measured on LibreOffice's PDF). */
    private static final double POINTS_PER_CHAR = 7.0;
    private static final double MARGIN_INCHES = 0.5;

    private PageSetup() {
    }

    /** A literal & in a header must be doubled. */
    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&&");
    }

    /** Printable width in characters of column width, landscape. */
    static int pageWidthChars(ExportOptions o) {
        double paperPoints = o.a3() ? 1190.5 : 841.9;
        return (int) ((paperPoints - 2 * MARGIN_INCHES * 72) / POINTS_PER_CHAR);
    }

    /** Printable height in points, landscape, without header and footer. */
    static double pageHeightPoints(ExportOptions o) {
        double paperPoints = o.a3() ? 841.9 : 595.3;
        return paperPoints - 2 * 0.75 * 72 - 10;
    }

    static void apply(Sheet sh, ExportOptions options, int contentWidthChars) {
        PrintSetup ps = sh.getPrintSetup();
        ps.setPaperSize(options.a3() ? PrintSetup.A3_PAPERSIZE : PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        int page = pageWidthChars(options);
        int fit = contentWidthChars <= 0 ? 100 : (int) Math.floor(100.0 * page / contentWidthChars);
        sh.setFitToPage(false);
        ps.setScale((short) (fit >= 100 ? 100 : fit >= MIN_SCALE ? fit : 100));
        sh.setAutobreaks(true);
        sh.setHorizontallyCenter(contentWidthChars <= page);
        sh.setMargin(Sheet.LeftMargin, MARGIN_INCHES);
        sh.setMargin(Sheet.RightMargin, MARGIN_INCHES);
        // Excel header/footer codes: &"font,style" switches the font, &P is the page, &N the number of pages.
        sh.getHeader().setCenter("&\"" + Labels.FONT + ",Bold\"" + escape(options.title()) + " — " + sh.getSheetName());
        sh.getFooter().setLeft("制表：" + escape(options.author()) + "  " + ExportOptions.stamp(options));
        sh.getFooter().setRight("第 &P 页，共 &N 页");
    }

    /**
     * A list sheet (报告情况, 佐证): its columns are capped and wrap so that a row fits the page width at the
     * smallest scale allowed (10-point text at 8 points) or, on A4, the 佐证's sentence and review columns
     * fill the first page and the source columns the next one, the name columns repeated on both. Pages are
     * numbered over, then down, so the two halves of the same rows are consecutive sheets of paper.
     * Called after {@link #apply}.
     */
    static void listSheet(Sheet sh, ExportOptions options, int contentWidthChars) {
        int page = pageWidthChars(options);
        int fit = contentWidthChars <= 0 ? 100 : (int) Math.floor(100.0 * page / contentWidthChars);
        sh.setFitToPage(false);
        PrintSetup ps = sh.getPrintSetup();
        ps.setScale((short) Math.max(MIN_SCALE, Math.min(100, fit)));
        ps.setLeftToRight(true);
        sh.setHorizontallyCenter(false);
    }
}

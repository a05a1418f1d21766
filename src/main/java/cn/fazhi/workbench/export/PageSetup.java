package cn.fazhi.workbench.export;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/** Every sheet prints on A4 landscape, one page wide, with the title, the date and page numbers. */
final class PageSetup {
    private PageSetup() {
    }

    /** A literal & in a header must be doubled. */
    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&&");
    }

    static void apply(Sheet sh, ExportOptions options) {
        PrintSetup ps = sh.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sh.setFitToPage(true);
        sh.setAutobreaks(true);
        sh.setHorizontallyCenter(true);
        // Excel header/footer codes: &"font,style" switches the font, &P is the page, &N the number of pages.
        sh.getHeader().setCenter("&\"" + Labels.FONT + ",Bold\"" + escape(options.title()) + " — " + sh.getSheetName());
        sh.getFooter().setLeft("制表：" + escape(options.author()) + "  " + ComparisonWorkbook.stamp(options));
        sh.getFooter().setRight("第 &P 页，共 &N 页");
    }
}

package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.scorecard.Scorecard;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

/**
 * The 通报 draft as a Word document laid out the way GB/T 9704-2012 lays out government documents: A4,
 * margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm right; title in 小标宋 二号 centred; body in 仿宋 三号
 * (16 pt) with 1.5 line spacing and a two-character first-line indent; 一、 headings in 黑体, （一） in 楷体;
 * page numbers "— 1 —" in 宋体 四号, right on odd pages and left on even ones. The fonts are named as the
 * documents of Chinese offices name them ({@link BriefingStyles}), so Word and WPS on the target machines
 * find them or substitute their own 仿宋/宋体.
 */
public final class BriefingDocument implements Exporter {
    /** Text width in twips: 210 mm − 28 mm − 26 mm. */
    static final int TEXT_WIDTH = mm(156);

    private final BriefingText text;
    private final String title;

    /**
     * @param card   the scorecard of the year
     * @param table  the comparison it was built on (the year and the year before)
     * @param office who issues it (落款), may be blank
     * @param date   the date written under it
     */
    public BriefingDocument(Scorecard card, ComparisonTable table, String office, LocalDate date) {
        this.text = new BriefingText(card, table, office, date);
        this.title = text.title();
    }

    @Override
    public String extension() {
        return "docx";
    }

    /** The title the document carries, also the file's title property. */
    public String title() {
        return title;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator("法治年报比对工作台");
            BriefingStyles.define(doc);
            page(doc);
            footers(doc);
            for (BriefingBlock b : text.blocks()) {
                add(doc, b);
            }
            doc.write(out);
        }
    }

    private static void add(XWPFDocument doc, BriefingBlock b) {
        switch (b.kind()) {
            case TABLE -> table(doc, b.rows());
            case PAGE_BREAK -> doc.createParagraph().setPageBreak(true);
            default -> {
                XWPFParagraph p = doc.createParagraph();
                p.setStyle(BriefingStyles.styleOf(b.kind()));
                p.createRun().setText(b.text());
            }
        }
    }

    private static void table(XWPFDocument doc, List<List<String>> rows) {
        XWPFTable t = doc.createTable(rows.size(), rows.get(0).size());
        CTTblWidth w = t.getCTTbl().getTblPr().isSetTblW() ? t.getCTTbl().getTblPr().getTblW() : t.getCTTbl().getTblPr().addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(TEXT_WIDTH));
        t.setTableAlignment(org.apache.poi.xwpf.usermodel.TableRowAlign.CENTER);
        int[] widths = columnWidths(rows);
        // the grid is what LibreOffice and WPS lay the columns out by; Word also reads each cell's width
        var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        t.getCTTbl().getTblPr().addNewTblLayout().setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            for (int c = 0; c < rows.get(r).size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setStyle(r == 0 ? BriefingStyles.TABLE_HEADER : BriefingStyles.TABLE_TEXT);
                p.createRun().setText(rows.get(r).get(c));
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                cell.setWidth(String.valueOf(widths[c]));
            }
        }
        // a paragraph after the table, or Word joins two tables that follow each other
        doc.createParagraph().setStyle(BriefingStyles.TABLE_TEXT);
    }

    /** Twips per column, shared out by the widest text of each plus room for the cell margins (Chinese characters count double). */
    static int[] columnWidths(List<List<String>> rows) {
        int cols = rows.get(0).size();
        int[] chars = new int[cols];
        for (List<String> row : rows) {
            for (int c = 0; c < cols; c++) {
                chars[c] = Math.max(chars[c], Math.max(6, Math.min(24, SheetKit.displayWidth(row.get(c)) + 3)));
            }
        }
        int sum = java.util.Arrays.stream(chars).sum();
        int[] out = new int[cols];
        for (int c = 0; c < cols; c++) {
            out[c] = TEXT_WIDTH * chars[c] / sum;
        }
        return out;
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(mm(210)));
        size.setH(BigInteger.valueOf(mm(297)));
        CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        m.setTop(BigInteger.valueOf(mm(37)));
        m.setBottom(BigInteger.valueOf(mm(35)));
        m.setLeft(BigInteger.valueOf(mm(28)));
        m.setRight(BigInteger.valueOf(mm(26)));
        m.setHeader(BigInteger.valueOf(mm(15)));
        // the page number sits about 7 mm below the text block
        m.setFooter(BigInteger.valueOf(mm(22)));
    }

    /** "— 1 —" in 宋体 四号: right on odd pages, left on even ones, one character in from the edge. */
    private static void footers(XWPFDocument doc) {
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment align) {
        XWPFParagraph p = footer.createParagraph();
        p.setStyle(BriefingStyles.PAGE_NUMBER);
        p.setAlignment(align);
        if (align == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(280);
        } else {
            p.setIndentationLeft(280);
        }
        p.createRun().setText("— ");
        // a complex field (begin, instruction, separate, shown number, end): runs in order, so the dashes stay around it
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText("1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        p.createRun().setText(" —");
    }

    /** Millimetres in twips (1/1440 inch). */
    static int mm(double mm) {
        return (int) Math.round(mm / 25.4 * 1440);
    }
}

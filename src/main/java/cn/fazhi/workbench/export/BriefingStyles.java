package cn.fazhi.workbench.export;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.math.BigInteger;

/**
 * The paragraph styles of the 通报, so a person edits it with Word's or WPS's style list instead of by hand.
 * Chinese text is set in the East Asian font slot with the names government offices use (方正小标宋简体,
 * 黑体, 楷体_GB2312, 仿宋_GB2312); Latin letters and digits in the plain Windows faces of the same style
 * (宋体, 黑体, 楷体, 仿宋), which every Windows since Vista and WPS on UOS/Kylin have, so figures never fall
 * back to a Latin font when the _GB2312 face is missing.
 */
final class BriefingStyles {
    static final String TITLE = "GwTitle";
    static final String ADDRESSEE = "GwAddressee";
    static final String HEADING1 = "GwHeading1";
    static final String HEADING2 = "GwHeading2";
    static final String BODY = "GwBody";
    static final String SIGNATURE = "GwSignature";
    static final String ANNEX = "GwAnnex";
    static final String TABLE_HEADER = "GwTableHeader";
    static final String TABLE_TEXT = "GwTableText";
    static final String PAGE_NUMBER = "GwPageNumber";

    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING1_FONT = "黑体";
    static final String HEADING2_FONT = "楷体_GB2312";

    /** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt. */
    static final int ERHAO = 44;
    static final int SANHAO = 32;
    static final int SIHAO = 28;
    static final int XIAOSI = 24;
    /** 1.5 lines (240 = single). */
    static final int LINE_ONE_AND_HALF = 360;

    private BriefingStyles() {
    }

    static void define(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTFonts defaults = CTFonts.Factory.newInstance();
        fonts(defaults, BODY_FONT, "仿宋");
        styles.setDefaultFonts(defaults);
        styles.setEastAsia("zh-CN");
        styles.addStyle(style(TITLE, "公文标题", TITLE_FONT, "宋体", ERHAO, false, STJc.CENTER, 0, LINE_ONE_AND_HALF, 2 * SANHAO * 10));
        styles.addStyle(style(ADDRESSEE, "主送机关", BODY_FONT, "仿宋", SANHAO, false, STJc.BOTH, 0, LINE_ONE_AND_HALF, 0));
        styles.addStyle(style(HEADING1, "一级标题", HEADING1_FONT, "黑体", SANHAO, false, STJc.BOTH, 200, LINE_ONE_AND_HALF, 0));
        styles.addStyle(style(HEADING2, "二级标题", HEADING2_FONT, "楷体", SANHAO, false, STJc.BOTH, 200, LINE_ONE_AND_HALF, 0));
        styles.addStyle(style(BODY, "公文正文", BODY_FONT, "仿宋", SANHAO, false, STJc.BOTH, 200, LINE_ONE_AND_HALF, 0));
        styles.addStyle(style(SIGNATURE, "落款", BODY_FONT, "仿宋", SANHAO, false, STJc.RIGHT, 0, LINE_ONE_AND_HALF, 0));
        styles.addStyle(style(ANNEX, "附件标识", HEADING1_FONT, "黑体", SANHAO, false, STJc.LEFT, 0, LINE_ONE_AND_HALF, 0));
        styles.addStyle(style(TABLE_HEADER, "表头", HEADING1_FONT, "黑体", XIAOSI, false, STJc.CENTER, 0, 240, 0));
        styles.addStyle(style(TABLE_TEXT, "表格文字", BODY_FONT, "仿宋", XIAOSI, false, STJc.CENTER, 0, 240, 0));
        styles.addStyle(style(PAGE_NUMBER, "页码", "宋体", "宋体", SIHAO, false, STJc.RIGHT, 0, 240, 0));
    }

    static String styleOf(BriefingBlock.Kind kind) {
        return switch (kind) {
            case TITLE -> TITLE;
            case ADDRESSEE -> ADDRESSEE;
            case HEADING1 -> HEADING1;
            case HEADING2 -> HEADING2;
            case SIGNATURE -> SIGNATURE;
            case ANNEX -> ANNEX;
            case BODY, TABLE, PAGE_BREAK -> BODY;
        };
    }

    /**
     * @param indentChars first-line indent in hundredths of a character (200 = the two characters a
     *                    Chinese paragraph starts with)
     * @param after       space after in twips
     */
    private static XWPFStyle style(String id, String name, String eastAsia, String latin, int halfPoints, boolean bold,
                                   STJc.Enum align, int indentChars, int line, int after) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        s.addNewQFormat();
        CTPPrGeneral p = s.addNewPPr();
        p.addNewJc().setVal(align);
        CTSpacing spacing = p.addNewSpacing();
        spacing.setLine(BigInteger.valueOf(line));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.valueOf(after));
        if (indentChars > 0) {
            // both: Word and WPS use the characters, LibreOffice only the twips (two 16-point characters = 640)
            var ind = p.addNewInd();
            ind.setFirstLineChars(BigInteger.valueOf(indentChars));
            ind.setFirstLine(BigInteger.valueOf((long) indentChars * halfPoints / 10));
        }
        if (id.startsWith("GwHeading") || id.equals(TITLE)) {
            p.addNewKeepNext();
        }
        CTRPr r = s.addNewRPr();
        fonts(r.addNewRFonts(), eastAsia, latin);
        if (bold) {
            r.addNewB();
        }
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        r.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        r.addNewLang().setEastAsia("zh-CN");
        return new XWPFStyle(s);
    }

    private static void fonts(CTFonts f, String eastAsia, String latin) {
        f.setEastAsia(eastAsia);
        f.setAscii(latin);
        f.setHAnsi(latin);
        f.setCs(latin);
        f.setHint(STHint.EAST_ASIA);
    }
}

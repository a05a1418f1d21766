package cn.fazhi.workbench.export;

import cn.fazhi.workbench.model.IndicatorKind;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.HashMap;
import java.util.Map;

/**
 * The workbook's cell styles, made once each (Excel allows a limited number). Numbers keep numeric
 * formats; the "≥"/"约"/"≤" markers live in the number format, so the cell stays a number.
 */
final class Styles {
    enum Emphasis { NORMAL, BEST, WORST }

    /** Font character set GB2312, so Excel and WPS pick a Chinese face when 等线 is missing. */
    private static final int GB2312_CHARSET = 134;

    private final Workbook wb;
    private final Map<String, CellStyle> cache = new HashMap<>();
    private final Font normal;
    private final Font bold;
    private final Font italic;
    private final Font grey;
    private final Font title;
    final CellStyle header;
    final CellStyle group;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle missing;
    final CellStyle titleRow;
    final CellStyle percent;
    final CellStyle date;
    final CellStyle integer;

    Styles(Workbook wb) {
        this.wb = wb;
        normal = font(false, false, IndexedColors.BLACK, 10);
        bold = font(true, false, IndexedColors.BLACK, 10);
        italic = font(false, true, IndexedColors.BLACK, 10);
        grey = font(false, false, IndexedColors.GREY_50_PERCENT, 10);
        title = font(true, false, IndexedColors.BLACK, 13);
        header = base(bold, HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        group = base(bold, HorizontalAlignment.LEFT);
        group.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        group.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = base(normal, HorizontalAlignment.LEFT);
        wrapped = base(normal, HorizontalAlignment.LEFT);
        wrapped.setWrapText(true);
        missing = base(grey, HorizontalAlignment.CENTER);
        missing.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        missing.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        titleRow = wb.createCellStyle();
        titleRow.setFont(title);
        percent = base(normal, HorizontalAlignment.RIGHT);
        percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
        date = base(normal, HorizontalAlignment.CENTER);
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        integer = base(normal, HorizontalAlignment.RIGHT);
        integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
    }

    private Font font(boolean isBold, boolean isItalic, IndexedColors color, int points) {
        Font f = wb.createFont();
        f.setFontName(Labels.FONT);
        f.setCharSet(GB2312_CHARSET);
        f.setBold(isBold);
        f.setItalic(isItalic);
        f.setColor(color.getIndex());
        f.setFontHeightInPoints((short) points);
        return f;
    }

    private CellStyle base(Font f, HorizontalAlignment align) {
        CellStyle s = wb.createCellStyle();
        s.setFont(f);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setBottomBorderColor(IndexedColors.GREY_25_PERCENT.getIndex());
        s.setTopBorderColor(IndexedColors.GREY_25_PERCENT.getIndex());
        s.setLeftBorderColor(IndexedColors.GREY_25_PERCENT.getIndex());
        s.setRightBorderColor(IndexedColors.GREY_25_PERCENT.getIndex());
        return s;
    }

    /**
     * The number format of a value: thousands for counts; rates are stored as fractions (0.988) and shown
     * as 98.8%, the way Excel users compute with percentages. The marker comes first.
     */
    static String numberFormat(IndicatorKind kind, String marker) {
        String body = kind == IndicatorKind.RATE ? "0.0%" : "#,##0";
        return marker.isEmpty() ? body : "\"" + marker + "\"" + body;
    }

    /** A number cell's style. */
    CellStyle number(IndicatorKind kind, String marker, Emphasis emphasis, boolean derived, boolean fractional) {
        String key = kind + "|" + marker + "|" + emphasis + "|" + derived + "|" + fractional;
        return cache.computeIfAbsent(key, k -> {
            CellStyle s = base(derived ? italic : emphasis == Emphasis.NORMAL ? normal : bold, HorizontalAlignment.RIGHT);
            String format = numberFormat(kind, marker);
            if (fractional && kind != IndicatorKind.RATE) {
                format = format.replace("#,##0", "#,##0.0#");
            }
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            if (emphasis != Emphasis.NORMAL) {
                s.setFillForegroundColor(emphasis == Emphasis.BEST ? IndexedColors.LIGHT_GREEN.getIndex()
                        : IndexedColors.ROSE.getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return s;
        });
    }

    /** Plain number with a given format (statistics, changes, offsets). */
    CellStyle plain(String format) {
        return cache.computeIfAbsent("plain|" + format, k -> {
            CellStyle s = base(normal, HorizontalAlignment.RIGHT);
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            return s;
        });
    }
}

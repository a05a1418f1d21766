package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.Absence;
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
 * formats; the "≥"/"约"/"≤" markers live in the number format, so the cell stays a number. Best and
 * worst are conditional formats (see {@link Highlights}), not styles, so they follow edits.
 */
final class Styles {
    /** Font character set GB2312, so Excel and WPS pick a Chinese face when 等线 is missing. */
    private static final int GB2312_CHARSET = 134;

    private final Workbook wb;
    private final Map<String, CellStyle> cache = new HashMap<>();
    private final Map<Short, CellStyle> quoted = new HashMap<>();
    private final Font normal;
    private final Font italic;
    private final Font grey;
    final Font bold;
    final Font red;
    final CellStyle header;
    final CellStyle group;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle notStated;
    final CellStyle noReport;
    final CellStyle rejected;
    final CellStyle titleRow;
    final CellStyle percent;
    final CellStyle date;
    final CellStyle integer;
    final CellStyle previousLabel;
    final CellStyle link;
    final CellStyle id;
    /** A whole number, left-aligned like the text around it. */
    final CellStyle left;
    /** Wrapped text without borders (notes under a table). */
    final CellStyle note;
    private final CellStyle[] numbers = new CellStyle[64];

    Styles(Workbook wb) {
        this.wb = wb;
        normal = font(false, false, IndexedColors.BLACK, 10);
        bold = font(true, false, IndexedColors.BLACK, 10);
        italic = font(false, true, IndexedColors.BLACK, 10);
        grey = font(false, false, IndexedColors.GREY_50_PERCENT, 10);
        red = font(true, false, IndexedColors.RED, 10);
        Font title = font(true, false, IndexedColors.BLACK, 13);
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
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        // the three kinds of "no figure" look different, in colour and in words
        notStated = base(grey, HorizontalAlignment.CENTER);
        notStated.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        notStated.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        noReport = base(font(false, true, IndexedColors.GREY_50_PERCENT, 10), HorizontalAlignment.CENTER);
        rejected = base(font(false, false, IndexedColors.DARK_RED, 10), HorizontalAlignment.CENTER);
        rejected.setFillForegroundColor(IndexedColors.LEMON_CHIFFON.getIndex());
        rejected.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        titleRow = wb.createCellStyle();
        titleRow.setFont(title);
        percent = base(normal, HorizontalAlignment.RIGHT);
        percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
        date = base(normal, HorizontalAlignment.CENTER);
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        integer = base(normal, HorizontalAlignment.RIGHT);
        integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        previousLabel = base(grey, HorizontalAlignment.RIGHT);
        link = base(font(false, false, IndexedColors.BLUE, 10), HorizontalAlignment.LEFT);
        link.setWrapText(true); // a web address is long: it wraps in its column rather than widening the print
        id = plain("0");
        left = base(normal, HorizontalAlignment.LEFT);
        left.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        note = wb.createCellStyle();
        note.setFont(normal);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
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

    /** The style of a cell without a figure, by why it has none. */
    CellStyle absent(Absence why) {
        return switch (why) {
            case NO_REPORT -> noReport;
            case REJECTED -> rejected;
            case NOT_STATED, NO_POPULATION -> notStated;
        };
    }

    /** A number cell's style; {@code previous} is last year's figure beside this year's, in grey. */
    CellStyle number(IndicatorKind kind, String marker, boolean derived, boolean fractional, boolean previous) {
        int m = marker.isEmpty() ? 0 : marker.equals("≥") ? 1 : marker.equals("约") ? 2 : 3;
        int slot = ((kind == IndicatorKind.RATE ? 1 : 0) * 4 + m) * 8 + (derived ? 4 : 0) + (fractional ? 2 : 0) + (previous ? 1 : 0);
        CellStyle known = numbers[slot];
        if (known == null) {
            known = numbers[slot] = numberStyle(kind, marker, derived, fractional, previous);
        }
        return known;
    }

    private CellStyle numberStyle(IndicatorKind kind, String marker, boolean derived, boolean fractional, boolean previous) {
        String key = kind + "|" + marker + "|" + derived + "|" + fractional + "|" + previous;
        return cache.computeIfAbsent(key, k -> {
            CellStyle s = base(previous ? grey : derived ? italic : normal, HorizontalAlignment.RIGHT);
            s.setDataFormat(wb.createDataFormat().getFormat(ExcelValues.format(kind, marker, fractional)));
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

    /** The same style in bold red (the figure as the sentence writes it). */
    CellStyle red(CellStyle style) {
        return cache.computeIfAbsent("red|" + style.getIndex(), k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(style);
            s.setFont(red);
            return s;
        });
    }

    /** The same style with Excel's quote prefix: the text stays text when edited or saved. */
    CellStyle quoted(CellStyle style) {
        return quoted.computeIfAbsent(style.getIndex(), k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(style);
            s.setQuotePrefixed(true);
            return s;
        });
    }
}

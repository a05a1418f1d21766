package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.AllowedToUse;
import cn.fazhi.workbench.model.ReadError;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table of resident population as statistical yearbooks and offices keep it: a header row naming the
 * jurisdiction (行政区划代码 and/or 名称), the year (年份) and the population (常住人口, in persons or, when the
 * header says 万, in 10,000s), then a row per jurisdiction and year. Read from .csv (any charset the report
 * reader knows, comma- or tab-separated, quotes honoured) or from the first sheet of .xlsx/.xls. Cells come
 * back as text: which division a name means and whether a figure is plausible is the workflow's question.
 */
@AllowedToUse(value = "org.apache.poi", reason = "reads a population table kept in Excel (.xlsx/.xls)")
public final class PopulationTable {
    /** No population table comes near this; a larger file is refused rather than read into memory. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final int HEADER_SEARCH_ROWS = 10;

    /**
     * One data row as written.
     *
     * @param line         1-based row number in the file, for messages
     * @param tenThousands the population column's header says 万 (万人): the figures are in 10,000s
     */
    public record Row(int line, String code, String name, String year, String residents, boolean tenThousands) {
    }

    /** The rows, or none with {@code headerFound} false when no row names a year and a population column. */
    public record Table(List<Row> rows, boolean headerFound) {
    }

    private PopulationTable() {
    }

    public static Table read(String fileName, byte[] bytes) throws ReadException {
        if (bytes.length == 0) {
            throw new ReadException(ReadError.Kind.EMPTY, "the file is empty (0 bytes)");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ReadException(ReadError.Kind.TOO_LARGE, "a population table larger than 20 MB is not read");
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        List<List<String>> cells = lower.endsWith(".xlsx") || lower.endsWith(".xls") || FormatSniffer.isZip(bytes)
                ? spreadsheet(bytes) : csv(TextDecoder.decode(bytes).text());
        return table(cells);
    }

    static Table table(List<List<String>> cells) {
        for (int h = 0; h < Math.min(HEADER_SEARCH_ROWS, cells.size()); h++) {
            Header header = Header.of(cells.get(h));
            if (header == null) {
                continue;
            }
            List<Row> rows = new ArrayList<>();
            for (int r = h + 1; r < cells.size(); r++) {
                List<String> row = cells.get(r);
                if (row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new Row(r + 1, at(row, header.code), at(row, header.name), at(row, header.year),
                        at(row, header.residents), header.tenThousands));
            }
            return new Table(rows, true);
        }
        return new Table(List.of(), false);
    }

    private static String at(List<String> row, int col) {
        return col < 0 || col >= row.size() ? "" : row.get(col).strip();
    }

    /** Column positions of a header row; null when the row is not one. */
    private record Header(int code, int name, int year, int residents, boolean tenThousands) {
        static Header of(List<String> row) {
            int code = -1;
            int name = -1;
            int year = -1;
            int residents = -1;
            boolean tenThousands = false;
            for (int c = 0; c < row.size(); c++) {
                String h = row.get(c).strip().toLowerCase(Locale.ROOT);
                if (h.isEmpty()) {
                    continue;
                }
                if (residents < 0 && (h.contains("人口") || h.contains("population") || h.contains("residents"))) {
                    residents = c;
                    tenThousands = h.contains("万");
                } else if (year < 0 && (h.contains("年份") || h.contains("年度") || h.equals("年") || h.equals("year"))) {
                    year = c;
                } else if (code < 0 && (h.contains("代码") || h.contains("code"))) {
                    code = c;
                } else if (name < 0 && (h.contains("名称") || h.contains("地区") || h.contains("行政区划") || h.contains("区县")
                        || h.equals("name") || h.equals("jurisdiction"))) {
                    name = c;
                }
            }
            return year >= 0 && residents >= 0 && (code >= 0 || name >= 0)
                    ? new Header(code, name, year, residents, tenThousands) : null;
        }
    }

    /** Comma- or tab-separated lines; double quotes around a field may hold separators and "" for a quote. */
    static List<List<String>> csv(String text) {
        List<List<String>> out = new ArrayList<>();
        for (String line : text.split("\r?\n|\r")) {
            char sep = line.indexOf('\t') >= 0 && line.indexOf(',') < 0 ? '\t' : ',';
            List<String> fields = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (quoted) {
                    if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        f.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == sep) {
                    fields.add(f.toString());
                    f.setLength(0);
                } else if (ch != '\uFEFF') {
                    f.append(ch);
                }
            }
            fields.add(f.toString());
            out.add(fields);
        }
        return out;
    }

    private static List<List<String>> spreadsheet(byte[] bytes) throws ReadException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            List<List<String>> out = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                List<String> fields = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        fields.add(text(row.getCell(c), format));
                    }
                }
                out.add(fields);
            }
            return out;
        } catch (EncryptedDocumentException e) {
            throw new ReadException(ReadError.Kind.ENCRYPTED, "the workbook is password-protected", e);
        } catch (IOException | RuntimeException e) {
            throw new ReadException(ReadError.Kind.CORRUPT, "the workbook cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** A number as plain digits (2022, 523000, 52.3), never in the cell's display format (5.23E+05, 52.30). */
    private static String text(Cell cell, DataFormatter format) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return type == CellType.STRING ? cell.getStringCellValue() : format.formatCellValue(cell);
    }
}

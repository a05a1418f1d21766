package cn.fazhi.workbench.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables whose cells a PDF's text sets apart by spaces ("乡镇（街道） 调解纠纷（件） 调解成功率" over "递铺街道 1268 98.7%"):
 * the spaces between cells become tabs before {@link TextNormalizer} drops the spaces between Chinese characters and
 * figures, which would run a row's label into its first figure ("递铺街道1268"). Only a block of lines that reads as a
 * table: a header of as many name cells as each row below has cells, every row a label and figures (round 61).
 */
final class SpacedTables {
    private SpacedTables() {
    }

    /** A row of a table is short; a longer line is text. */
    private static final int MAX_LINE = 120;
    static final Pattern FIGURE = Pattern.compile(
            "[-+≥≤>＞<＜]?\\d[\\d.,]*(?:万|亿)?(?:%|个百分点|件次|人次|件|宗|起|卷|份|个|次|人|项|天)?(?:以上|以下)?");
    /** A cell the row leaves empty, or a word a row of targets ends with. */
    private static final Pattern EMPTY_OR_STATUS = Pattern.compile("[—－-]{1,2}|/|已完成|未完成|超额完成|完成|达标|未达标|是|否|√|×");
    /** A name's cell: no sentence punctuation, not a figure; a part's row may open with "其中：" (round 93 b). */
    private static final Pattern NAME = Pattern.compile("(?:其中[：:])?[^，,。；;：:！？!?]{1,24}");
    /** Rows left out ("……"). */
    private static final Pattern LEFT_OUT = Pattern.compile("\\s*[…\\.。]+\\s*");

    /** Turns the spaces between the cells of each spaced table in {@code s} into tabs (one tab per run), in place. */
    static void toTabs(char[] s) {
        unfoldOneLineTables(s);
        List<int[]> lines = lines(s);
        int i = 0;
        while (i < lines.size()) {
            int end = blockFrom(s, lines, i);
            if (end <= i) {
                i++;
                continue;
            }
            // a unit's column after the figures ("调解纠纷数 单位" over "合计 16,276 件"): the unit stays by its figure
            List<String> header = cells(text(s, lines.get(i)));
            boolean unitLast = UNIT_COLUMN.matcher(header.get(header.size() - 1)).matches();
            for (int l = i; l < end; l++) {
                if (!LEFT_OUT.matcher(text(s, lines.get(l))).matches()) {
                    tabs(s, lines.get(l), unitLast && l > i);
                }
            }
            i = end;
        }
    }

    /**
     * The label column's name a one-line table opens with; "单位", "地区" head a column of places ("单位 收到申请（件）…
     * 江油市 198 …", round 71) — 单位 is a unit's column only after the label's.
     */
    static final Pattern LABEL_COLUMN = Pattern.compile(
            "项目|指标|指标名称|项目名称|类别|主要指标|统计项|[\\u4e00-\\u9fa5]{1,4}(?:类别|类型)|单位|地区|区域|县（市、区）|县\\(市、区\\)"
                    // "被告 收案（件） 审结（件） 败诉（件） 败诉率 县政府 31 …": a column of the parties sued (round 97 c)
                    + "|被告|被申请人|被告单位|被申请人单位"
                    // "制定机关 合法性审查（件） 报送备案（件）；区政府 26 19；…": the documents' issuers (84 b)
                    + "|制定机关|发文机关|制定单位");
    /** A one-line table is longer than a row, but not a page. */
    private static final int MAX_ONE_LINE_TABLE = 600;

    /**
     * "项目 2023年 2024年 调解矛盾纠纷（件） 15387 16842 调解成功（件） 15206 16695", or its rows apart by "；": a table a
     * copy ran into one line (round 65). When the line reads whole as a header of k names opening with the label
     * column's name, then rows of a name and k-1 figures (two rows at least), the separator before each row becomes
     * a line break, so the table reads as the spaced table it was.
     */
    static void unfoldOneLineTables(char[] s) {
        for (int[] whole : lines(s)) {
            // "…；12345热线办结率 99.71% 99.4%。": a copy may close the run-in table with a full stop (round 71)
            boolean closedByAStop = whole[1] > whole[0] && s[whole[1] - 1] == '。';
            int[] line = closedByAStop ? new int[]{whole[0], whole[1] - 1} : whole;
            if (line[1] - line[0] > MAX_ONE_LINE_TABLE || line[1] - line[0] < 12) {
                continue;
            }
            int[] captioned = afterACaption(s, line);
            if (captioned != null) {
                line = captioned;
            } else if (!opensWithTheLabelColumn(s, line)) {
                continue; // most lines: one look at their first cell, no tokens
            }
            // "…；窑湾镇 532 528 99.25%；……；全市合计 6248 6187 99.02%": rows left out stand between rows (round 84 a)
            List<int[]> tokens = tokens(s, line);
            tokens.removeIf(t -> LEFT_OUT.matcher(text(s, t)).matches());
            if (tokens.size() < 6) {
                continue;
            }
            int k = 1;
            while (k < tokens.size() - 1 && nameCell(text(s, tokens.get(k)))
                    && nameCell(text(s, tokens.get(k + 1)))) {
                k++;
            }
            // tokens 0..k-1 are the header; every row is a name and k-1 figures
            // one row only under a header of three columns at least ("指标 宁国市 宣城市 2023年 网上办理率 93.6% …", round 88)
            int rows = (tokens.size() - k) / k;
            if (k < 2 || (tokens.size() - k) % k != 0 || rows < 2 && !(rows == 1 && k >= 3)) {
                continue;
            }
            boolean table = true;
            for (int t = k; t < tokens.size() && table; t++) {
                String cell = text(s, tokens.get(t));
                table = (t - k) % k == 0 ? nameCell(cell) : FIGURE.matcher(cell).matches() || EMPTY_OR_STATUS.matcher(cell).matches();
            }
            if (!table) {
                continue;
            }
            for (int t = k; t < tokens.size(); t += k) {
                breakBefore(s, tokens.get(t - 1)[1], tokens.get(t)[0]);
            }
            if (captioned != null) {
                s[line[0] - 1] = '\n'; // the caption stands on its own line above the header
            }
            if (closedByAStop) {
                s[whole[1] - 1] = ' '; // the last row ends in its figure, as every row does
            }
        }
    }

    /** A table's number as a cell of its own, or opening the caption's cell ("表1", "附表", "表2 2024年…"). */
    private static final Pattern CAPTION_CELL = Pattern.compile("(?:附表|表)\\s*[\\d一二三四五六七八九十]{0,3}[：:、.．]?.{0,30}");
    private static final int MAX_CAPTION_CELLS = 3;

    /**
     * "表1\t指标\t莒县\t日照市\t网上办理率（%）\t93.6\t95.2…", "附表\t政务服务办件情况\t项目\t2023年\t2024年…": a table copied into
     * one line with its caption's cells before the header (round 93 c). The line from the label column on, or null when
     * the line does not open with a caption and then the label column.
     */
    private static int[] afterACaption(char[] s, int[] line) {
        int i = line[0];
        for (int cell = 0; cell <= MAX_CAPTION_CELLS; cell++) {
            while (i < line[1] && isSeparator(s[i])) {
                i++;
            }
            int start = i;
            while (i < line[1] && !isSeparator(s[i])) {
                i++;
            }
            String text = new String(s, start, i - start);
            if (i == start || cell == 0 && !CAPTION_CELL.matcher(text).matches()) {
                return null;
            }
            if (cell > 0 && LABEL_COLUMN.matcher(text).matches()) {
                // the separator before the label column becomes the caption's line break: a single tab or space
                return start > line[0] && isSeparator(s[start - 1]) && s[start - 1] != '；' && s[start - 1] != ';'
                        ? new int[]{start, line[1]} : null;
            }
        }
        return null;
    }

    /** The line's first cell is the label column's name ("项目", "纠纷类别"). */
    private static boolean opensWithTheLabelColumn(char[] s, int[] line) {
        int start = line[0];
        while (start < line[1] && isSeparator(s[start])) {
            start++;
        }
        int end = start;
        while (end < line[1] && !isSeparator(s[end])) {
            end++;
        }
        return end > start && LABEL_COLUMN.matcher(new String(s, start, end - start)).matches();
    }

    /** The cells of a line apart by runs of spaces or a semicolon between spaces. */
    private static List<int[]> tokens(char[] s, int[] line) {
        List<int[]> tokens = new ArrayList<>();
        int i = line[0];
        while (i < line[1]) {
            while (i < line[1] && isSeparator(s[i])) {
                i++;
            }
            int start = i;
            while (i < line[1] && !isSeparator(s[i])) {
                i++;
            }
            if (i > start) {
                tokens.add(new int[]{start, i});
            }
        }
        return tokens;
    }

    /** A space, a semicolon, or a tab (a table typed with bars, run into one line: "单位｜收到申请｜…｜宁国市｜186｜…", round 88). */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '；' || c == ';' || c == '\t';
    }

    /**
     * The semicolons between two rows (one, or one each side of rows left out: "；……；"), or else the last space,
     * become line breaks.
     */
    private static void breakBefore(char[] s, int from, int to) {
        boolean broken = false;
        for (int i = from; i < to; i++) {
            if (s[i] == '；' || s[i] == ';') {
                s[i] = '\n';
                broken = true;
            }
        }
        if (!broken) {
            s[to - 1] = '\n';
        }
    }

    /** The line after a table whose header is line {@code i}, or {@code i} when none starts there. */
    private static int blockFrom(char[] s, List<int[]> lines, int i) {
        List<String> header = cells(text(s, lines.get(i)));
        if (header == null || header.size() < 2 || !header.stream().allMatch(SpacedTables::nameCell)) {
            return i;
        }
        int rows = 0;
        int l = i + 1;
        for (; l < lines.size(); l++) {
            String line = text(s, lines.get(l));
            if (LEFT_OUT.matcher(line).matches() && rows > 0) {
                continue;
            }
            List<String> cells = cells(line);
            // a last 备注 column only some rows fill ("… 95.8 1—11月数据" over "… 1265")
            boolean remarkLeftEmpty = cells != null && cells.size() == header.size() - 1
                    && REMARK_COLUMN.matcher(header.get(header.size() - 1)).matches();
            if (cells == null || cells.size() != header.size() && !remarkLeftEmpty || !row(header, cells)) {
                break;
            }
            rows++;
        }
        return rows >= (header.size() == 2 ? 2 : 1) ? l : i;
    }

    private static boolean nameCell(String cell) {
        return NAME.matcher(cell).matches() && !FIGURE.matcher(cell).matches() && !EMPTY_OR_STATUS.matcher(cell).matches();
    }

    /**
     * A label, then figures (a last cell may say whether a target was met); under "序号" a serial number before the
     * label (under "排名" a rank), under "单位" the unit's word ("1 行政诉讼案件数 件 112" under "序号 指标 单位 2024年").
     */
    private static boolean row(List<String> header, List<String> cells) {
        int label = SERIAL_COLUMN.matcher(header.get(0)).matches() ? 1 : 0;
        if (label == 1 && !SERIAL.matcher(cells.get(0)).matches() || label >= cells.size() - 1 || !nameCell(cells.get(label))) {
            return false;
        }
        boolean figure = false;
        for (int c = label + 1; c < cells.size(); c++) {
            String cell = cells.get(c);
            if (REMARK_COLUMN.matcher(header.get(c)).matches()) {
                continue; // a remark says anything
            }
            if (UNIT_COLUMN.matcher(header.get(c)).matches()) {
                if (!UNIT.matcher(cell).matches()) {
                    return false;
                }
            } else if (FIGURE.matcher(cell).matches()) {
                figure = true;
            } else if (!EMPTY_OR_STATUS.matcher(cell).matches()) {
                return false;
            }
        }
        return figure;
    }

    private static final Pattern SERIAL = Pattern.compile("\\d{1,2}");
    /** A first column of serial numbers or ranks ("序号", "排名 区县 败诉率" over "2 安吉县 3.8%"). */
    private static final Pattern SERIAL_COLUMN = Pattern.compile("序号|排名|名次|排序");
    private static final Pattern UNIT_COLUMN = Pattern.compile("(?:计量)?单位");
    /** A column of remarks (round 62). */
    private static final Pattern REMARK_COLUMN = Pattern.compile("备注|说明");
    private static final Pattern UNIT = Pattern.compile("万?(?:件|宗|起|卷|份|个|人次|件次|人|项|次)|%|％");

    /** The line's cells apart by spaces, or null when the line is no candidate (long, blank, or already tabbed). */
    private static List<String> cells(String line) {
        String l = line.strip();
        if (l.isEmpty() || l.length() > MAX_LINE || l.indexOf('\t') >= 0 || l.indexOf(' ') < 0) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        for (String c : l.split(" +")) {
            cells.add(c);
        }
        return cells;
    }

    /**
     * The first space of each run between two cells becomes a tab; the rest of the run stays (the normaliser drops it).
     * With {@code keepLast} the run before the last cell stays spaces (a unit the normaliser joins to its figure).
     */
    private static void tabs(char[] s, int[] line, boolean keepLast) {
        int start = line[0];
        while (start < line[1] && s[start] == ' ') {
            start++;
        }
        int end = line[1];
        while (end > start && s[end - 1] == ' ') {
            end--;
        }
        int last = end;
        if (keepLast) {
            while (last > start && s[last - 1] != ' ') {
                last--;
            }
            while (last > start && s[last - 1] == ' ') {
                last--;
            }
        }
        for (int i = start; i < last; i++) {
            if (s[i] == ' ' && s[i - 1] != ' ' && s[i - 1] != '\t') {
                s[i] = '\t';
            }
        }
    }

    private static String text(char[] s, int[] line) {
        return new String(s, line[0], line[1] - line[0]);
    }

    static List<int[]> lines(char[] s) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length; i++) {
            if (i == s.length || s[i] == '\n') {
                lines.add(new int[]{start, i});
                start = i + 1;
            }
        }
        return lines;
    }
}

package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Section;
import java.util.Arrays;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table that Word or a web page gives as a header row of names and one row of figures under it, cells apart by
 * tabs ("收案数（件）\t审结数（件）\t败诉率" over "96\t91\t4.4%"): each figure is named by the header cell of its column,
 * as if written "收案数（件）96". Only a single row of figures right under a header with as many cells, none of them
 * a figure or a year: rows with labels of their own (towns, years) are read by their labels, and a second row of
 * bare figures (which of them is the year's is not said) leaves the table unread.
 */
final class NamedColumns {
    /** A row is a few cells; a longer line is text. */
    private static final int MAX_ROW = 200;
    private static final Pattern FIGURE_CELL = Pattern.compile("[-+]?\\d[\\d,.]*\\s*(?:%|件|卷|宗|起|份|人次|件次)?");
    private static final Pattern NAME_CELL = Pattern.compile("[^\\d\\s。；;，,：:]{2,20}");

    private NamedColumns() {
    }

    /** The header cell naming the column of the figure at {@code at}, or null. */
    static String nameOf(String text, int at) {
        return nameOf(text, at, null);
    }

    /** As above; with the report's scope a row labelled by the jurisdiction itself is named as a whole row is. */
    static String nameOf(String text, int at, Scope scope) {
        // bounded reads (WordsAroundTheFigure's short lines): this runs for every figure, also in a text without
        // line breaks
        int rowStart = FlattenedTables.shortLineStart(text, at);
        if (rowStart <= 0) {
            return null;
        }
        int rowEnd = lineEnd(text, rowStart);
        if (rowEnd < 0) {
            return null;
        }
        String row = text.substring(rowStart, rowEnd);
        if (row.indexOf('\t') < 0) {
            return null;
        }
        if (namedAsAWhole(row, scope)) {
            int header = headerAboveTheWholeRow(text, at, rowStart, row);
            if (header < 0) {
                return null;
            }
            String caption = caption(text, header);
            if (ownNameLabels(row, scope) && ofTheReportsYearOnly(caption, scope)) {
                caption = yearAndMatterOnly(caption);
            } else if (wholeRow(row, scope)) {
                // "2024年各乡镇（街道）人民调解工作情况" over the towns' rows and "全县合计": the whole sums the places the
                // caption lists, it is none of them (round 61)
                caption = EACH_PART.matcher(caption).replaceAll("");
            }
            String[] names = cellsOf(text, header);
            String cell = cellWithItsMatter(names, columnOf(text, rowStart, at));
            if (matterLabels(row)) {
                return caption + labelOf(row) + cell; // "12345热线" + "办结率"
            }
            if (wholeRow(row, scope) && BARE_COUNT_CELL.matcher(cell).matches()) {
                Matcher ways = WAYS_OF_CONCLUDING.matcher(names[0]);
                if (ways.matches()) {
                    return caption + ways.group(1) + "案件（件）"; // "审结方式" over 维持, 驳回, 撤销… and 合计
                }
            }
            return withoutTheCaptionsActs(caption, cell) + casesOfTheMatter(caption, cell);
        }
        String[] figures = row.strip().split("\\s*\\t\\s*");
        if (figures.length < 2) {
            return null;
        }
        for (String f : figures) {
            if (!FIGURE_CELL.matcher(f).matches()) {
                return null;
            }
        }
        int headerEnd = rowStart - 1;
        int headerStart = FlattenedTables.shortLineStart(text, headerEnd);
        if (headerStart < 0) {
            return null;
        }
        String[] names = text.substring(headerStart, headerEnd).strip().split("\\s*\\t\\s*");
        if (names.length != figures.length) {
            return null;
        }
        for (String n : names) {
            if (!NAME_CELL.matcher(n).matches()) {
                return null;
            }
        }
        if (nextRowOfFigures(text, rowEnd)) {
            return null;
        }
        // which cell: count the tabs before the figure on its row
        int column = 0;
        for (int i = rowStart; i < at; i++) {
            if (text.charAt(i) == '\t') {
                column++;
            }
        }
        if (column >= names.length) {
            return null;
        }
        String caption = caption(text, headerStart);
        return caption + casesOfTheMatter(caption, cellWithItsMatter(names, column));
    }

    /**
     * A row whose label says it is the whole: 合计, 总计, 全县合计, 全年 (under rows of towns, departments, kinds or
     * quarters). 全市 is left out: in a county's report it is the city above. 小计 sums only some rows.
     */
    private static final Pattern WHOLE_ROW = Pattern.compile(
            "\\s*(?:(?:全[县区旗]|本[县区旗])?(?:合计|总计|共计|总数)|全[县区旗]|全年(?:合计|累计)?)\\s*\\t");
    /**
     * A row labelled by a year ("2024年\t117\t112\t4\t3.57%" under "年度\t新收案件（件）\t审结（件）…"): its figures are
     * named by the header as a whole row's are; the row's own year dates them (the rows of other years are other years',
     * as a sentence that opens with its year is), round 55.
     */
    private static final Pattern YEAR_ROW = Pattern.compile("\\s*(?:19|20)\\d{2}年度?(?:全年)?\\s*\\t");
    /** The row's label makes it one the header names: the whole, or a year. */
    private static boolean namedAsAWhole(String row, Scope scope) {
        return WHOLE_ROW.matcher(row).lookingAt() || YEAR_ROW.matcher(row).lookingAt() || namedByItself(row, scope)
                || matterLabels(row);
    }

    /**
     * A short label that is a matter's own name: "12345热线", "12345政务服务便民热线", "行政复议", "信访"; not "其中：12345热线",
     * nor a department's hotline (部门服务热线) or a mailbox.
     */
    private static final Pattern MATTER_LABEL = Pattern.compile("12345[^\\d\\s，,；;。：:]{0,10}"
            + "|(?:行政复议|行政诉讼|行政应诉|人民调解|法律援助|信访|劳动人事争议仲裁|劳动争议仲裁)[^\\d\\s，,；;。：:]{0,4}");

    /**
     * "渠道\t受理（件）\t办结率" over "12345热线\t402318\t99.70%" and rows of other channels: the row whose label names a
     * matter holds that matter's figures, named by its label and its column's header cell (round 61); the other
     * channels' rows (区长信箱, a platform) stay unread.
     */
    private static boolean matterLabels(String row) {
        return MATTER_LABEL.matcher(labelOf(row)).matches();
    }

    /**
     * "乐清市\t42.6\t99.47%" under "区域\t受理量（万件）\t办结率", "全市合计\t163\t162" in a county-level city's table by
     * units, "乐清市人民政府\t688\t631" under "复议机关\t…": the jurisdiction's own row, by its name or its government's,
     * or its whole in a city's words (round 57). Not "乐清市本级", the city's own level without its towns.
     */
    /** A whole's row: 合计, 全县…, or in a county-level city's report 全市合计 (round 84 a). */
    private static boolean wholeRow(String row, Scope scope) {
        return WHOLE_ROW.matcher(row).lookingAt()
                || scope != null && scope.cityIsOwn() && OWN_CITYS_WHOLE.matcher(labelOf(row)).matches();
    }

    private static boolean namedByItself(String row, Scope scope) {
        return scope != null && (scope.cityIsOwn() && OWN_CITYS_WHOLE.matcher(labelOf(row)).matches()
                || ownNameLabels(row, scope));
    }

    /** The row's first cell, its label ("" when the row has no tab). */
    private static String labelOf(String row) {
        String[] cells = row.strip().split("\\s*\\t\\s*");
        return cells.length < 2 ? "" : cells[labelIndex(cells)];
    }

    /** A rank or a serial number before the label ("2\t安吉县\t3.8%" under "排名\t区县\t败诉率"), round 61. */
    private static final Pattern RANK_CELL = Pattern.compile("\\d{1,2}");

    /** Which cell of a row is its label: the first, or the second after a rank or serial number. */
    private static int labelIndex(String[] cells) {
        return cells.length >= 3 && RANK_CELL.matcher(cells[0]).matches() && !FIGURE_CELL.matcher(cells[1]).matches() ? 1 : 0;
    }

    /** A caption's "each of the towns or departments" ("各乡镇（街道）", "各部门"), not "各区县": a city's own parts. */
    private static final Pattern EACH_PART = Pattern.compile(
            "各(?:乡镇[（(]街道[）)]|镇[（(]街道[）)]|乡镇|镇街|街道|镇|(?:[县区]直|执法)?(?:部门|单位))");
    private static final Pattern OWN_CITYS_WHOLE = Pattern.compile("全市(?:合计|总计|共计)?|本市(?:合计|总计)");
    private static final Pattern OWN_GOVERNMENT = Pattern.compile("(?:人民政府|政府)?(?:合计|总计)?");

    /**
     * A row labelled as the whole (合计, 全县…) stands below the row at {@code at} in the same table: the row is one of
     * the whole's parts ("刑事案件\t612" above "合计\t1265"), round 61.
     */
    static boolean aWholeRowBelow(String text, int at) {
        int rowEnd = lineEnd(text, Math.max(0, FlattenedTables.shortLineStart(text, at)));
        for (int rows = 0; rowEnd >= 0 && rowEnd < text.length() && rows < MAX_ROWS_ABOVE; rows++) {
            int next = rowEnd + 1;
            int end = lineEnd(text, next);
            if (end < 0 || text.substring(next, end).indexOf('\t') < 0) {
                return false;
            }
            if (WHOLE_ROW.matcher(text.substring(next, end)).lookingAt()) {
                return true;
            }
            rowEnd = end;
        }
        return false;
    }

    /** How many rows of towns, departments or months a table may hold above its whole. */
    private static final int MAX_ROWS_ABOVE = 40;

    /**
     * The lines a whole row's or a lone row's figure is named by, the caption and the header ("2024年全县人民调解工作统计"
     * over "单位\t调处纠纷（起）…", "表3 2024年…行政复议案件办理情况" over "收到申请（件）\t受理（件）…"), as a sentence: the
     * matter they name ("调解", "行政复议") is the figure's. Null when the figure is in no such row.
     */
    static Sentence headerOfTheWholeRow(String text, int at, Section section, Scope scope) {
        int rowStart = FlattenedTables.shortLineStart(text, at);
        int rowEnd = rowStart <= 0 ? -1 : lineEnd(text, rowStart);
        if (rowEnd < 0) {
            return null;
        }
        String row = text.substring(rowStart, rowEnd);
        // a lone row of figures (its caller has found it named) is named by the line right above it (round 57)
        int header = namedAsAWhole(row, scope) ? headerAboveTheWholeRow(text, at, rowStart, row)
                : FlattenedTables.shortLineStart(text, rowStart - 1);
        if (header < 0) {
            return null;
        }
        int captionStart = TableCaptions.captionStartAbove(text, header);
        return new Sentence(captionStart < 0 ? header : captionStart, lineEnd(text, header), section);
    }

    /**
     * "单位\t调处纠纷（起）\t调解成功（起）" over rows of towns and "全县合计\t10432\t10287": the start of the header whose
     * cell names the whole row's figure, as a lone row of figures is named, or -1. The rows above must have as many
     * cells, and the header as many names, none of them a figure (round 54).
     */
    private static int headerAboveTheWholeRow(String text, int at, int rowStart, String row) {
        String[] cells = row.strip().split("\\s*\\t\\s*");
        int label = labelIndex(cells);
        for (int i = label + 1; i < cells.length; i++) {
            if (!FIGURE_CELL.matcher(cells[i]).matches()) {
                return -1;
            }
        }
        int column = columnOf(text, rowStart, at);
        if (column <= label) {
            return -1;
        }
        int end = rowStart - 1;
        for (int rows = 0; end > 0 && rows < MAX_ROWS_ABOVE; rows++) {
            int start = FlattenedTables.shortLineStart(text, end);
            if (start < 0) {
                return -1;
            }
            String[] above = text.substring(start, end).strip().split("\\s*\\t\\s*");
            if (Arrays.stream(above).allMatch(cell -> ROWS_LEFT_OUT.matcher(cell).matches())) {
                end = start - 1; // "……" or "……\t……\t……": rows left out
                continue;
            }
            if (above.length != cells.length) {
                return -1;
            }
            boolean names = true;
            for (String a : above) {
                names &= NAME_CELL.matcher(a).matches();
            }
            if (names) {
                return start;
            }
            end = start - 1;
        }
        return -1;
    }

    private static final Pattern ROWS_LEFT_OUT = Pattern.compile("[…\\.。]*");

    /** Which cell of its row the figure at {@code at} stands in: the tabs before it. */
    private static int columnOf(String text, int rowStart, int at) {
        int column = 0;
        for (int i = rowStart; i < at; i++) {
            column += text.charAt(i) == '\t' ? 1 : 0;
        }
        return column;
    }

    private static String[] cellsOf(String text, int lineStart) {
        return text.substring(lineStart, lineEnd(text, lineStart)).strip().split("\\s*\\t\\s*");
    }

    /** The matters a header cell may name, and the word each is written with before an act. */
    private static final Pattern MATTER_OF_A_CELL = Pattern.compile("复议|诉讼|应诉|调解|调处|法律援助|仲裁|政务服务|热线|信访");

    /**
     * "收到复议申请（宗）\t受理（宗）\t审结（宗）\t直接纠错率\t行政应诉案件（宗）\t败诉率": a cell that names only an act is of the
     * matter the nearest cell before it names, as a sentence's list carries its matter on (round 57).
     */
    /** A cell of a bare rate: "出庭率", "办结率". */
    private static final Pattern BARE_RATE_CELL = Pattern.compile("([\\u4e00-\\u9fa5]{2,4})率");
    private static final Pattern UNIT_BRACKET = Pattern.compile("[（(][^（()）]{0,6}[）)]");

    /**
     * "负责人出庭（件）\t出庭率": a bare rate's cell is the rate of the count a cell before it names with the same act, and
     * takes that count's words before the act ("负责人出庭率"), round 57.
     */
    private static String rateOfTheCountBefore(String[] cells, int column) {
        String cell = cells[column];
        Matcher rate = BARE_RATE_CELL.matcher(cell);
        if (!rate.matches()) {
            return cell;
        }
        String act = rate.group(1);
        for (int i = column - 1; i >= 0; i--) {
            String count = UNIT_BRACKET.matcher(cells[i]).replaceAll("");
            if (count.endsWith(act) && count.length() > act.length()) {
                return count.substring(0, count.length() - act.length()) + cell;
            }
        }
        return cell;
    }

    /** Lawsuits are named 诉讼 or 应诉, mediation 调解 or 调处: one matter each. */
    private static String matterKind(String word) {
        return word.equals("应诉") ? "诉讼" : word.equals("调处") ? "调解" : word;
    }

    private static String cellWithItsMatter(String[] cells, int column) {
        String cell = rateOfTheCountBefore(cells, column);
        if (MATTER_OF_A_CELL.matcher(cell).find()) {
            return cell;
        }
        for (int i = column - 1; i >= 0; i--) {
            Matcher matter = MATTER_OF_A_CELL.matcher(cells[i]);
            String last = null;
            while (matter.find()) {
                last = matter.group();
            }
            if (last != null) {
                return last + cell;
            }
        }
        return cell;
    }

    /**
     * "审结方式\t件数（件）" over rows of 维持, 驳回, 撤销… and 合计: the label column names the act each row is a way of,
     * so the whole row counts the cases so concluded (round 61).
     */
    private static final Pattern WAYS_OF_CONCLUDING = Pattern.compile("(审结|办结|结案)(?:方式|情况|结果|类型)");

    /** A header cell that only says "how many": "件数", "数量（件）". */
    private static final Pattern BARE_COUNT_CELL = Pattern.compile("(?:件数|案件数|数量|总数)(?:[（(]件[）)])?");
    /** The matters whose cases a bare count counts without doubt (a 复议's or a suit's count could be received or concluded). */
    private static final Pattern MATTER_OF_CASES = Pattern.compile("(?:法律援助|人民调解)$");

    /** The acts a documents' table's caption names before 情况, when its cells name one act each. */
    private static final Pattern CAPTIONS_ACTS = Pattern.compile("(?:(?:合法性)?(?:审查|审核|备案|报备)[和及、与]?){2,}(?:工作)?(?:情况|统计表?)?$");
    private static final Pattern CELLS_ACT = Pattern.compile("审查|审核|备案|报备");

    /**
     * "2024年区政府行政规范性文件审查备案情况" over "合法性审查（件）" and "报送备案（件）": each column names its own act, so the
     * caption's two acts are left out of the figure's name, which keeps the caption's matter (84 b, read in the
     * forty-ninth session).
     */
    private static String withoutTheCaptionsActs(String caption, String cell) {
        return CELLS_ACT.matcher(cell).find() ? CAPTIONS_ACTS.matcher(caption).replaceFirst("") : caption;
    }

    /**
     * "表9 2024年法律援助案件类型分布" over "案件类型\t件数\t占比" and "合计\t1632\t100%": a bare count's cell counts the cases
     * of the matter the caption names, in 件, as "法律援助案件1632件" would (round 61).
     */
    private static String casesOfTheMatter(String caption, String cell) {
        return BARE_COUNT_CELL.matcher(cell).matches() && MATTER_OF_CASES.matcher(caption).find() ? "案件（件）" : cell;
    }

    private static final Pattern TABLE_NUMBER = Pattern.compile("^(?:表|附表)\\s*[\\d一二三四五六七八九十]{0,2}\\s*[:：]?\\s*");

    /**
     * The caption or heading right above the header ("表1  2024年全县行政诉讼案件情况", "（一）行政复议"): it says what
     * the columns count, whose they are and of which year, so the header's short names ("收案数", "审结数") are read
     * after it. "" when the line above is not short or ends a sentence.
     */
    private static String caption(String text, int headerStart) {
        if (headerStart < 2) {
            return "";
        }
        int start = FlattenedTables.shortLineStart(text, headerStart - 1);
        if (start < 0) {
            return ""; // a line of some hundred characters is no caption
        }
        if (start >= 2 && TableCaptions.unitLine(text.substring(start, headerStart - 1))) {
            // "单位：件" between the caption (or heading) and the header: the line above it names the table (round 61)
            return caption(text, start);
        }
        // "附表1\t2024年行政复议案件情况统计表": a tab after the table's number is no cell of a row (round 90 a)
        String line = TABLE_NUMBER.matcher(text.substring(start, headerStart - 1).strip()).replaceFirst("");
        if (line.isEmpty() || line.length() > 40 || line.indexOf('\t') >= 0 || "。；;，,".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return "";
        }
        // (the 12345政务服务热线 is one matter, the hotline)
        String matters = line.replaceAll("政务服务(?=[^\\d\\s]{0,4}热线)", "");
        if (MATTER_OF_A_CELL.matcher(matters).results().map(MatchResult::group).map(NamedColumns::matterKind).distinct().count() > 1) {
            return ""; // "（五）复议应诉" over both matters' columns: each cell names its own, or the one before it does
        }
        // "表3 2024年乐清市行政复议案件办理情况" over "收到申请（件）\t受理（件）…": the matter the caption names is each short
        // header's, right before it as a sentence would write it ("行政复议收到申请"), round 57
        Matcher matter = MATTER_OF_A_CAPTION.matcher(line);
        String last = "";
        while (matter.find()) {
            last = matter.group();
        }
        return line + last;
    }

    /**
     * "表7 2024年杭州市各区、县（市）行政应诉指标" over a row labelled "西湖区": the row names whose its figures are, so of the
     * caption only its year and its matter are read (the city and the districts it names are the table's, not the row's),
     * round 60 — when the caption names no other year and no part of one (see {@link #ofTheReportsYearOnly}).
     */
    private static String yearAndMatterOnly(String caption) {
        Matcher year = YEAR_OF_A_CAPTION.matcher(caption);
        Matcher matter = MATTER_OF_A_CAPTION.matcher(caption);
        String last = "";
        while (matter.find()) {
            last = matter.group();
        }
        return (year.find() ? year.group() : "") + last;
    }

    /**
     * The caption names no other year and no part of one ("2023年度全市各区县…", "考核通报（2024年第四季度）" keep their places:
     * the row is then read as the caption says, another year's or a quarter's).
     */
    private static boolean ofTheReportsYearOnly(String caption, Scope scope) {
        if (PART_OF_A_YEAR.matcher(caption).find()) {
            return false;
        }
        Matcher year = YEAR_OF_A_CAPTION.matcher(caption);
        while (year.find()) {
            if (scope.year() == null || Integer.parseInt(year.group(1)) != scope.year()) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern YEAR_OF_A_CAPTION = Pattern.compile("((?:19|20)\\d{2})年度?");
    private static final Pattern PART_OF_A_YEAR = Pattern.compile("季度|半年|\\d{1,2}\\s*[-—–至~]\\s*\\d{1,2}月|\\d{1,2}月|以来|累计|截至");

    /** A row labelled by the jurisdiction's own name ("西湖区", "乐清市人民政府"), not by a city's 全市. */
    private static boolean ownNameLabels(String row, Scope scope) {
        String name = scope == null ? null : scope.ownName();
        String label = labelOf(row);
        return name != null && name.length() >= 2 && label.startsWith(name)
                && OWN_GOVERNMENT.matcher(label.substring(name.length())).matches();
    }

    /**
     * The one matter a caption names ("表29 全县行政诉讼案件情况": 行政诉讼), or null when it names none or several: a row's
     * label that names no matter ("新收一审案件（件）") is of that matter, as a column's short name is (round 61).
     */
    static String onlyMatterOf(String caption) {
        if (MATTER_OF_A_CELL.matcher(caption).results().map(MatchResult::group).map(NamedColumns::matterKind).distinct().count() != 1) {
            return null;
        }
        Matcher matter = MATTER_OF_A_CAPTION.matcher(caption);
        return matter.find() ? matter.group() : null;
    }

    /** The words name a matter of their own ("调解成功率", "行政复议纠错率"). */
    static boolean namesAMatter(String words) {
        return MATTER_OF_A_CELL.matcher(words).find();
    }

    private static final Pattern MATTER_OF_A_CAPTION = Pattern.compile(
            "行政复议|行政诉讼|行政应诉|人民调解|法律援助|劳动人事争议仲裁|劳动争议仲裁|政务服务|12345[^\\d\\s]{0,8}热线|信访");

    /**
     * The sentence at {@code start} is the header row or the row of figures of such a table: neither is a heading
     * (the caption or the heading above them stays the figures' heading, with its year, its body and its topic).
     */
    static boolean headerOrFigures(String text, int start) {
        int end = lineEnd(text, start);
        if (end < 0) {
            return false;
        }
        if (text.substring(start, end).indexOf('\t') < 0) {
            return false; // only within the row: a search on to the next tab crossed the whole text at every heading
        }
        int firstFigure = firstFigureOfTheRow(text, start, end);
        if (firstFigure >= 0 && nameOf(text, firstFigure) != null) {
            return true;
        }
        if (end >= text.length()) {
            return false;
        }
        int nextEnd = lineEnd(text, end + 1);
        int next = nextEnd < 0 ? -1 : firstFigureOfTheRow(text, end + 1, nextEnd);
        return next >= 0 && nameOf(text, next) != null || headerOfAWholeRowBelow(text, start, end);
    }

    /**
     * The line at {@code start} is the header a whole row below names ("评查批次\t评查案卷（卷）" over rows of batches and
     * "合计\t463"): no heading, so the caption above stays the heading of the rows and of the whole, with the period or
     * body it names ("全县行政执法案卷评查情况（截至2024年11月底）", round 55).
     */
    private static boolean headerOfAWholeRowBelow(String text, int start, int end) {
        int rowStart = end + 1;
        for (int rows = 0; rowStart < text.length() && rows <= MAX_ROWS_ABOVE; rows++) {
            int rowEnd = lineEnd(text, rowStart);
            if (rowEnd < 0) {
                return false;
            }
            String row = text.substring(rowStart, rowEnd);
            int tab = row.indexOf('\t');
            if (tab < 0) {
                return false;
            }
            if (WHOLE_ROW.matcher(row).lookingAt()) {
                int at = rowStart + tab + 1;
                while (at < rowEnd && !Character.isDigit(text.charAt(at))) {
                    at++;
                }
                return at < rowEnd && headerAboveTheWholeRow(text, at, rowStart, row) == start;
            }
            rowStart = rowEnd + 1;
        }
        return false;
    }

    private static int firstFigureOfTheRow(String text, int start, int end) {
        int i = start;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < end && Character.isDigit(text.charAt(i)) ? i : -1;
    }

    private static int lineEnd(String text, int start) {
        int limit = Math.min(text.length(), start + MAX_ROW + 1);
        for (int i = start; i < limit; i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return text.length() - start <= MAX_ROW ? text.length() : -1;
    }

    /** The line after the row is another row of bare figures. */
    private static boolean nextRowOfFigures(String text, int rowEnd) {
        if (rowEnd >= text.length()) {
            return false;
        }
        int end = lineEnd(text, rowEnd + 1);
        if (end < 0) {
            return false;
        }
        String[] cells = text.substring(rowEnd + 1, end).strip().split("\\s*\\t\\s*");
        if (cells.length < 2) {
            return false;
        }
        for (String c : cells) {
            if (!FIGURE_CELL.matcher(c).matches()) {
                return false;
            }
        }
        return true;
    }
}

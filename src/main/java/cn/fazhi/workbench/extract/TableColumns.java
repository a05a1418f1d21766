package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of a table flattened to text, as a report pasted from Word, a PDF or a spreadsheet gives it: a caption
 * ("表3 2024年行政应诉情况"), a header row that names the columns, then rows of a label and figures. The text's
 * normalising drops the spaces between Chinese characters and digits, so the header "项目 2023年 2024年 增减" reads
 * "项目2023年2024年增减": its columns are found by the words that name columns (years, spans, 目标值, 增减, 占比…), in
 * order, and a row's figures are matched to them one to one — only when the counts agree, else the table is left to
 * the other rules. A column says which year a figure is of, or that it is a target, a change or a share
 * (round 53).
 */
final class TableColumns {
    private TableColumns() {
    }

    /** The words a header row may open with: the label column's name. */
    private static final String LABEL_NAMES = "指标名称|指标|项目名称|项目|类别|类型|名称|事项|内容|地区|部门|单位名称|乡镇|统计项"
            // a table's rows of results, periods, channels, places or batches (round 55)
            + "|处理结果|办理结果|办理情况|时段|季度|月份|年度|渠道|来源|区县|县区|镇街|乡镇（街道）|批次|评查批次|案件类型";
    private static final String LABEL_COLUMN = "(?:序号)?(?:主要)?(?:" + LABEL_NAMES + ")?(?:单位)?";
    /** One column's name: a span of years, a part of a year, a year, or a word that names a column. */
    private static final String COLUMN =
            "(?<span>(?:19|20)\\d{2}\\s*[-—–~至到]\\s*(?:19|20)?\\d{2}年度?(?:累计)?|(?:19|20)\\d{2}年(?:以来|起)(?:累计)?)"
                    + "|(?<part>(?:(?:19|20)\\d{2}年)?1?\\d\\s*[-—–~至到]\\s*1?\\d月(?:份)?(?:累计)?|上半年|下半年|前三季度|第[一二三四]季度|[一二三四]季度)"
                    + "|(?<year>(?:19|20)\\d{2})年度?(?!以来|累计)"
                    + "|(?<average>月均|日均|周均|年均|平均每[月日天年]|平均)"
                    + "|全年(?:累计)?|本年度?|今年|上年度?|去年|同期"
                    + "|(?<place>全[省市县区旗国]|[省市县区]本级|本级)"
                    + "|(?<body>[县区市旗]政府|[县区市旗](?:级|直)(?:部门|单位)|乡镇[（(]街道[）)]|镇[（(]街道[）)]|乡镇|镇街)"
                    + "|年度目标值?|目标值|目标|预期值|预期目标|预期|计划值|计划"
                    + "|完成值|实际完成|实际值|完成情况|数值|数量|件数|案件数|指标值|数据|合计"
                    + "|(?:较|比)(?:上年度?|去年)(?:同期)?(?:增减|增长|变化)?|同比(?:增减|增长|变化|变动)(?:情况)?(?:[（(](?:%|个百分点)[）)])?|同比|(?:增减|变化|变动)情况|环比|增减量|增减幅度|增减|增幅|增长率|变化率?|增量"
                    + "|累计|占比|比例|比重|备注|完成率|比率";
    private static final Pattern COLUMN_NAME = Pattern.compile(COLUMN);
    /** What a column's name says of its figures (read once per figure of a table row). */
    private static final Pattern LAST_YEAR = Pattern.compile("上年度?|去年|同期");
    private static final Pattern TARGET = Pattern.compile("目标|预期|计划");
    private static final Pattern CHANGE = Pattern.compile("增|同比|变化|^[较比](?!率)"); // "比率": each row's rate, no change
    private static final Pattern SHARE = Pattern.compile("占比|比例|比重");
    /** A column of words (完成, 达标) the row's figures do not fill. */
    private static final Pattern WORDS_COLUMN = Pattern.compile(
            "完成情况|备注|是否达标|是否完成|达标情况|(?:责任|牵头|配合)(?:单位|部门)|完成时限|时间节点");
    /** A row's last cell of words after a tab ("县司法局、各被诉单位" under 责任单位): no figure of the row. */
    private static final Pattern WORDS_CELL = Pattern.compile("\\t\\s*[^\\t\\d%]{2,30}\\s*$");
    /** A row's last cell remarking the months its figure covers ("1—11月数据", "截至11月"). */
    private static final Pattern MONTHS_REMARK = Pattern.compile("\\t\\s*[^\\t%]{0,12}\\d{1,2}\\s*月[^\\t%\\d]{0,12}\\s*$");
    /** A label and one cell: its last cell is the only one, never stripped as a words' cell. */
    private static final Pattern TWO_CELLS = Pattern.compile("[^\\t]*\\t[^\\t]*");
    /** A header row: the label column's name, then only names of columns (two at least, or one that is not the figure's). */
    private static final Pattern HEADER = Pattern.compile("^\\s*" + LABEL_COLUMN + "\\s*(?:(?:" + COLUMN + ")\\s*)+$");
    /** A figure's cell in a row: a sign or a bound, the figure, its unit; "99%以上" and "+3.7个百分点" too. */
    private static final Pattern CELL = Pattern.compile(
            "(?:提高|下降|增加|减少|增长|上升|降低)?(?<![\\d.])[-+≥≤>＞<＜]?\\s*\\d[\\d.,]*\\s*(?:万|亿)?(?:%|个百分点|件次|人次|件|宗|起|卷|份|个|次|人|项|天)?(?:以上|以下)?");
    /** A cell left empty by a dash or a slash ("网办率\t91.73%\t—" under "指标\t全年\t月均"): a column without a figure. */
    private static final Pattern CELL_OR_EMPTY = Pattern.compile(
            "(?:" + CELL.pattern() + "|(?<!\\S)(?:[—－-]{1,2}|/|／)(?!\\S))");
    /** A last cell that says whether a target was met ("完成", "达标"), under a column named 完成情况 or 备注. */
    private static final String STATUS = "(?:已完成|未完成|超额完成|完成|达标|未达标|是|否|√|×|持平)";
    /** A row: a label without sentence punctuation, then one or more figures' cells to the line's end. */
    private static final Pattern ROW = Pattern.compile(
            // "其中：行政许可（件）\t31,905": a part's row keeps the table going (round 109 c)
            "^\\s*(?:其中[：:])?[^，,；;。：:\\s][^，,；;。：:]{0,30}?((?:\\s*" + CELL_OR_EMPTY.pattern() + ")+)\\s*" + STATUS + "?\\s*$");
    private static final int MAX_LINES_UP = 14;

    /** The line at {@code start} is a table's header row: neither a heading nor a sentence of its own. */
    static boolean headerRow(String line) {
        if (tabHeader(line) != null) {
            return true;
        }
        String l = line.strip();
        if (l.length() > 60 || !HEADER.matcher(l).matches() || l.matches(LABEL_COLUMN)) {
            return false;
        }
        // a heading of a period ("1-10月", "2024年上半年") is no header: a header opens with the label column's name, or
        // names two years or more and nothing else
        return LEADING_LABEL.matcher(l).lookingAt() || YEARS_ONLY.matcher(l).matches();
    }

    /** A header cell of the label's side: the label column's name after a 序号, or the unit's column (round 61). */
    private static final Pattern LABEL_SIDE_CELL = Pattern.compile("(?:" + LABEL_NAMES + ")|(?:计量)?单位");

    /** What a Word table's header cell may hold beside names of columns: "全市平均", "全县完成", "2023年（对比）", "县政府本级". */
    private static final Pattern CELL_FILLER = Pattern.compile("[各平均完成对比实际是否达标情况值（）()%件县区市旗政府\\s]*");

    /**
     * A Word table's header, cells apart by tabs ("指标\t全市\t全县同比", "指标\t目标值\t完成值\t是否达标"): the value
     * columns' cells, each made of names of columns and a little filler, or null (round 54).
     */
    private static List<String> tabHeader(String line) {
        String l = line.strip();
        if (l.indexOf('\t') < 0 || l.length() > 80) {
            return null;
        }
        String[] cells = l.split("\\s*\\t\\s*");
        if (cells.length < 2 || cells[0].chars().anyMatch(Character::isDigit) && !cells[0].matches("序号")) {
            return null;
        }
        List<String> names = new ArrayList<>();
        int first = 1;
        while (first < cells.length - 1 && LABEL_SIDE_CELL.matcher(cells[first]).matches()) {
            first++; // "序号\t指标名称\t单位\t2023年\t2024年": the label's and the unit's columns come before the figures'
        }
        for (int i = first; i < cells.length; i++) {
            String rest = COLUMN_NAME.matcher(cells[i]).replaceAll("");
            if (i == cells.length - 1 && WORDS_COLUMN.matcher(cells[i]).matches()) {
                names.add(cells[i]); // "是否达标": a column of words the rows' figures do not fill
                continue;
            }
            if (namedPlace(cells[i])) {
                names.add(cells[i]); // "指标\t全市\t西湖区": a column named by a division (round 61)
                continue;
            }
            if (yearAndPlace(cells[i])) {
                names.add(cells[i]); // "指标\t郯城县\t临沂市\t2023年郯城县": a place's column of another year (round 94 c)
                continue;
            }
            if (placeAndColumn(cells[i])) {
                names.add(cells[i]); // "指标名称\t我市完成值\t徐州市平均值": a place's column of one kind (round 84 a)
                continue;
            }
            if (rest.length() == cells[i].length() || !CELL_FILLER.matcher(rest).matches()) {
                return null;
            }
            names.add(cells[i]);
        }
        return names;
    }

    /** The jurisdiction's own words opening a header cell ("我市完成值"). */
    private static final Pattern OWN_WORDS = Pattern.compile("^(?:我|本)[县区市旗]");
    private static final int LONGEST_PLACE = 8;

    /**
     * The place a header cell opens with: the jurisdiction's own words (我市) or a division of the gazetteer ("徐州市平均值"),
     * or null.
     */
    private static String placeOpening(String cell) {
        Matcher own = OWN_WORDS.matcher(cell);
        if (own.lookingAt()) {
            return own.group();
        }
        for (int end = Math.min(cell.length() - 1, LONGEST_PLACE); end >= 2; end--) {
            String place = cell.substring(0, end);
            if ("省市县区旗州盟".indexOf(place.charAt(end - 1)) >= 0 && !Gazetteer.bundled().named(place).isEmpty()) {
                return place;
            }
        }
        return null;
    }

    /**
     * "徐州市平均值" in 新沂市's report: the flag of another place's column, whatever its kind; null for the jurisdiction's
     * own words or name, or a cell no place opens.
     */
    private static String anotherPlacesColumn(String column, Scope scope) {
        String place = placeOpening(column);
        return place == null || OWN_WORDS.matcher(place).matches() ? null : namedPlaceFlag(place, scope);
    }

    /** A header cell of a place and names of columns ("我市完成值", "徐州市平均值"). */
    private static boolean placeAndColumn(String cell) {
        String place = placeOpening(cell);
        if (place == null) {
            return false;
        }
        String words = cell.substring(place.length());
        String rest = COLUMN_NAME.matcher(words).replaceAll("");
        return rest.length() < words.length() && CELL_FILLER.matcher(rest).matches();
    }

    /** A year opening a header cell ("2023年郯城县"). */
    private static final Pattern YEAR_OPENS = Pattern.compile("^((?:19|20)\\d{2})年度?");

    /** A header cell of a year and a place, or a place's kind of column ("2023年郯城县", "2023年我县完成值"). */
    private static boolean yearAndPlace(String cell) {
        Matcher year = YEAR_OPENS.matcher(cell);
        if (!year.lookingAt()) {
            return false;
        }
        String place = cell.substring(year.end());
        return namedPlace(place) || placeAndColumn(place);
    }

    /** A header cell that names a division of the gazetteer ("西湖区", "杭州市", "乐清市本级"), no column word. */
    private static boolean namedPlace(String cell) {
        String place = cell.endsWith("本级") ? cell.substring(0, cell.length() - 2) : cell;
        return place.length() >= 2 && !COLUMN_NAME.matcher(cell).find() && !Gazetteer.bundled().named(place).isEmpty();
    }

    /**
     * A column named by a division: the jurisdiction's own name (or its government's) holds its figures; another
     * division's (the city above, a neighbour) does not, nor the jurisdiction's own level without its towns (本级).
     */
    private static String namedPlaceFlag(String column, Scope scope) {
        if (column.endsWith("本级")) {
            return "part_of_total";
        }
        String own = scope == null ? null : scope.ownName();
        if (own != null && own.length() >= 2 && column.startsWith(own)
                && column.substring(own.length()).matches("(?:人民政府|政府)?")) {
            return null;
        }
        return scope != null && Subjects.higherLevelSpeaks(column, scope) ? "higher_level" : "other_body";
    }

    /** The cell is a column's name and nothing else ("2024年", "同比", "目标值"). */
    static boolean columnName(String cell) {
        return COLUMN_NAME.matcher(cell.strip()).matches();
    }

    /** The cell is the label column's name ("项目", "指标"). */
    static boolean labelColumnName(String cell) {
        return LONE_NAME.matcher(cell.strip()).matches() && !columnName(cell);
    }

    /** The cell is one figure with its unit or sign ("1632", "99.60%", "+0.12个百分点"). */
    static boolean figureCell(String cell) {
        return LONE_CELL.matcher(cell).matches();
    }

    /** What the column named {@code column} (matched whole by {@code c}) says of its figures, or null. */
    private static String flagOf(Matcher c, String column, Integer reportYear, Scope scope) {
        String flag = null;
        if (c.group("year") != null) {
            flag = reportYear == null || Integer.parseInt(c.group("year")) == reportYear ? null : "other_year";
        } else if (c.group("span") != null || column.contains("累计") && !column.startsWith("全年")) {
            flag = "multi_period";
        } else if (c.group("average") != null) {
            flag = Periods.AVERAGE; // "指标\t全年\t月均": a month's average, not the year's count (round 61)
        } else if (c.group("part") != null) {
            flag = Periods.PARTIAL;
        } else if (LAST_YEAR.matcher(column).matches()) {
            flag = "other_year";
        } else if (TARGET.matcher(column).find()) {
            flag = "plan";
        } else if (CHANGE.matcher(column).find()) {
            flag = "change";
        } else if (SHARE.matcher(column).matches()) {
            flag = Shares.UNNAMED;
        } else if (c.group("body") != null) {
            flag = "part_of_total"; // "项目\t县政府\t县级部门\t合计": the government's and the departments' parts (round 61)
        } else if (c.group("place") != null) {
            flag = whoseColumn(column, scope);
        }
        return flag;
    }

    /** A header cell of several names ("全县同比", "全市平均"): the first doubt any of its names gives, or null. */
    private static String compoundFlag(String column, Integer reportYear, Scope scope) {
        Matcher c = COLUMN_NAME.matcher(column);
        while (c.find()) {
            String flag = flagOf(c, c.group(), reportYear, scope);
            if (flag != null) {
                return flag;
            }
        }
        return null;
    }

    /** A lone label column's or value column's name on its line: "指标", "数值", "项目". */
    private static final Pattern LONE_NAME = Pattern.compile(
            "(?:序号|主要指标|" + LABEL_NAMES + "|单位|数值|数量|件数|指标值|完成值|数据)");
    private static final Pattern LONE_CELL = Pattern.compile("\\s*" + CELL.pattern() + "\\s*");

    /**
     * The sentence at {@code start..end} is a line of a table's frame, not a heading: a header row, a lone column name, or
     * a label cell whose figure stands alone on the next line (a table given one cell per line: "应诉案件" over "58").
     * The caption above stays the heading of the table's figures (its period, body or level).
     */
    static boolean furniture(String text, int start, int end) {
        String line = text.substring(start, end);
        if (headerRow(line) || LONE_NAME.matcher(line.strip()).matches() || TableCaptions.unitLine(line)) {
            return true; // (a line of the unit, "单位：件", names nothing: the heading above it stays the rows', round 61)
        }
        if (end >= text.length() || text.charAt(end) != '\n' || line.length() > 30 || line.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        int nextEnd = FlattenedTables.shortLineEnd(text, end + 1, end + 1);
        return nextEnd > end + 1 && LONE_CELL.matcher(text.substring(end + 1, nextEnd)).matches();
    }

    private static final Pattern LEADING_LABEL = Pattern.compile("(?:序号)?(?:主要)?(?:" + LABEL_NAMES + "|单位)");
    private static final Pattern YEARS_ONLY = Pattern.compile("(?:\\s*(?:19|20)\\d{2}年度?){2,}\\s*");

    /**
     * Judges a figure of a flattened table's row by the header's name for its column: adds the flag a column of
     * another year, a span, a target, a change or a share gives and returns false when it rules the figure out;
     * true (nothing added) when the figure is not in such a table or its column is the reporting year's own.
     */
    static boolean judge(String text, int at, Integer reportYear, List<String> flags) {
        return judge(text, at, reportYear, null, flags);
    }

    /**
     * As {@link #judge(String, int, Integer, List)}, and a column named by a place ("指标 全市" in a county's report: the
     * city's figures; "市本级": the city's own level without its counties) says whose figures it holds (round 54).
     */
    static boolean judge(String text, int at, Scope scope, List<String> flags) {
        return judge(text, at, scope.year(), scope, flags);
    }

    private static boolean judge(String text, int at, Integer reportYear, Scope scope, List<String> flags) {
        String remarked = periodInTheRowsRemark(text, at, reportYear);
        if (remarked != null) {
            if (!flags.contains(remarked)) {
                flags.add(remarked);
            }
            if (Periods.RULED_OUT.contains(remarked)) {
                return false;
            }
        }
        String column = nameOf(text, at);
        if (column == null) {
            return byYearsOnly(text, at, reportYear, scope, flags);
        }
        String flag;
        if (yearAndPlace(column)) {
            // "2023年郯城县": another year's column is ruled out by its year; the reporting year's is read by its place
            Matcher year = YEAR_OPENS.matcher(column);
            if (year.lookingAt() && reportYear != null && Integer.parseInt(year.group(1)) != reportYear) {
                if (!flags.contains("other_year")) {
                    flags.add("other_year");
                }
                return false;
            }
            column = column.substring(year.end());
        }
        Matcher c = COLUMN_NAME.matcher(column);
        if (namedPlace(column)) {
            flag = namedPlaceFlag(column, scope);
        } else {
            flag = anotherPlacesColumn(column, scope);
            if (flag == null) {
                flag = c.matches() ? flagOf(c, column, reportYear, scope) : compoundFlag(column, reportYear, scope);
            }
        }
        if (flag == null) {
            return true;
        }
        if (!flags.contains(flag)) {
            flags.add(flag);
        }
        return false;
    }

    /**
     * "1\t劳动人事争议仲裁结案率\t%\t95.8\t1—11月数据": a remark's cell after the figure in its row that limits it to part
     * of the year (round 62); the period's flag, or null.
     */
    private static final int MAX_ROW = 120;

    private static String periodInTheRowsRemark(String text, int at, Integer reportYear) {
        // a row is short: look no further than a row's length either way (a long line without breaks is no row, and an
        // unbounded search per figure made a one-line text quadratic)
        int to = Math.min(text.length(), at + MAX_ROW);
        int from = Math.max(0, at - MAX_ROW);
        String rest = text.substring(at, to);
        int lineEnd = rest.indexOf('\n');
        if (lineEnd >= 0) {
            rest = rest.substring(0, lineEnd);
        }
        String before = text.substring(from, at);
        int tab = rest.indexOf('\t');
        if (tab < 0 || before.lastIndexOf('\t') <= before.lastIndexOf('\n')) {
            return null; // not a cell of a tabbed row, or the row's last cell
        }
        String after = rest.substring(tab + 1);
        int lastTab = after.lastIndexOf('\t');
        String remark = after.substring(lastTab + 1).strip();
        if (remark.isEmpty() || CELL_OR_EMPTY.matcher(remark).matches()) {
            return null; // another figure's cell, no remark
        }
        String span = Periods.span(remark, reportYear);
        return span == null || Periods.UNCLEAR.equals(span) ? null : span;
    }

    /** The figure stands in a table column named by the reporting year alone ("2024年", "2024年度"). */
    static boolean inTheReportingYearsColumn(String text, int at, Integer reportYear) {
        if (reportYear == null) {
            return false;
        }
        String column = nameOf(text, at);
        if (column == null) {
            return false;
        }
        Matcher c = COLUMN_NAME.matcher(column.strip());
        return c.matches() && c.group("year") != null && Integer.parseInt(c.group("year")) == reportYear;
    }

    /**
     * "指标\t宁国市\t宣城市\t2023年宁国市" over "政务服务网上办理率\t93.6%…": the figure stands in the column named by the
     * jurisdiction's own name alone, so another cell's year ("2023年宁国市") is that cell's, not the figure's (round 88 a's
     * left shape).
     */
    static boolean inTheOwnPlacesColumn(String text, int at, Scope scope) {
        String own = scope == null ? null : scope.ownName();
        int rowStart = own == null || own.length() < 2 ? -1 : FlattenedTables.shortLineStart(text, at);
        int rowEnd = rowStart <= 0 ? -1 : FlattenedTables.shortLineEnd(text, at, rowStart);
        if (rowEnd < 0) {
            return false;
        }
        String[] row = text.substring(rowStart, rowEnd).split("\t", -1);
        int column = text.substring(rowStart, at).split("\t", -1).length - 1;
        int end = rowStart - 1;
        for (int lines = 0; end > 0 && lines < MAX_LINES_UP; lines++) {
            int start = FlattenedTables.shortLineStart(text, end);
            if (start < 0) {
                return false;
            }
            String[] cells = text.substring(start, end).split("\t", -1);
            if (cells.length != row.length) {
                return false;
            }
            if (!A_FIGURE.matcher(A_YEAR.matcher(text.substring(start, end)).replaceAll("")).find()) {
                return cells[column].strip().matches(Pattern.quote(own) + "(?:人民政府|政府)?");
            }
            end = start - 1;
        }
        return false;
    }

    /** A header holds no figure but the years its cells may name. */
    private static final Pattern A_FIGURE = Pattern.compile("\\d");
    private static final Pattern A_YEAR = Pattern.compile("\\d{4}年");

    /**
     * A place's column: the jurisdiction's own whole (全县 in a county's report) is its figure; a higher level's (全省,
     * 全国, 全市 in a county's or a district's report) is not, nor a lower one's, nor a level's own part (本级), which
     * leaves out its towns or counties. Without a scope every place but the jurisdiction's own is doubted alike.
     */
    private static String whoseColumn(String column, Scope scope) {
        if (column.contains("本级")) {
            return "part_of_total";
        }
        if (column.equals("全省") || column.equals("全国")) {
            return "higher_level";
        }
        if (scope == null) {
            return null;
        }
        if (LevelWords.own(scope).matcher(column).matches()) {
            return null;
        }
        return Subjects.higherLevelSpeaks(column, scope) ? "higher_level" : "other_body";
    }

    /**
     * "行政复议纠错率 12.5% 10.9%" under "指标 2022年 2023年" (or under no header): a row of several figures whose header
     * names only years, read by {@link FlattenedTables}; without a year the figure's period stays unclear.
     */
    private static boolean byYearsOnly(String text, int at, Integer reportYear, Scope scope, List<String> flags) {
        if (!FlattenedTables.oneColumnOfATableRow(text, at) || NamedColumns.nameOf(text, at, scope) != null) {
            return true;
        }
        if (scope != null && scope.insideReport() && inTheOwnPlacesColumn(text, at, scope)) {
            return true; // "指标\t宁国市\t宣城市\t2023年宁国市": in a report, the own place's column is the year's
        }
        int column = FlattenedTables.yearOfTheColumn(text, at);
        if (column != 0 && reportYear != null && column != reportYear) {
            flags.add("other_year");
            return false;
        }
        if (column == 0 && !flags.contains(Periods.UNCLEAR)) {
            flags.add(Periods.UNCLEAR);
        }
        return true;
    }

    /** The header's name of the column the figure at {@code at} stands in, or null when none can be told. */
    static String nameOf(String text, int at) {
        return nameOf(text, at, null);
    }

    /**
     * The caption and the header of the table whose named column the figure at {@code at} stands in, as a sentence,
     * or null: a row's short label ("申请数（件）") leaves the matter to the caption ("2024年行政复议案件办理情况"), as a
     * sentence's count leaves it to the sentence before (round 54).
     */
    static Sentence captionAndHeader(String text, int at, Section section) {
        int[] header = {-1};
        if (nameOf(text, at, header) == null || header[0] < 0) {
            return null;
        }
        int end = FlattenedTables.shortLineEnd(text, header[0], header[0]);
        int caption = TableCaptions.captionStartAbove(text, header[0]);
        return end < 0 ? null : new Sentence(caption < 0 ? header[0] : caption, end, section);
    }

    private static String nameOf(String text, int at, int[] headerStartOut) {
        int rowStart = FlattenedTables.shortLineStart(text, at);
        int rowEnd = rowStart < 0 ? -1 : FlattenedTables.shortLineEnd(text, at, rowStart);
        if (rowEnd < 0 || rowStart == 0) {
            return null;
        }
        List<int[]> cells = cells(text.substring(rowStart, rowEnd));
        int column = -1;
        for (int i = 0; cells != null && i < cells.size(); i++) {
            if (rowStart + cells.get(i)[0] <= at && at < rowStart + cells.get(i)[1]) {
                column = i;
            }
        }
        if (column < 0) {
            return null;
        }
        int end = rowStart - 1;
        for (int lines = 0; end > 0 && lines < MAX_LINES_UP; lines++) {
            int start = FlattenedTables.shortLineStart(text, end);
            if (start < 0) {
                return null;
            }
            String line = text.substring(start, end);
            end = start - 1;
            if (line.isBlank() || cells(line) != null) {
                continue; // another row of the table
            }
            if (!headerRow(line)) {
                return null;
            }
            if (headerStartOut != null) {
                headerStartOut[0] = start;
            }
            List<String> names = names(line);
            if (names.size() == cells.size() + 1 && WORDS_COLUMN.matcher(names.get(names.size() - 1)).matches()) {
                names = names.subList(0, cells.size()); // "目标值 完成值 完成情况" over "100% 100% 完成": the words' column
            } else if (names.size() == cells.size() + 1 && CHANGE.matcher(names.get(names.size() - 1)).find()
                    && UNCHANGED_LAST.matcher(text.substring(rowStart, rowEnd)).find()) {
                names = names.subList(0, cells.size()); // "2023年 2024年 同比变化" over "100% 100% 持平" (r258)
            }
            return names.size() == cells.size() ? names.get(column) : null;
        }
        return null;
    }

    /** A row's last cell that says its figure did not change: the change column in words. */
    private static final Pattern UNCHANGED_LAST = Pattern.compile("持平\\s*$");

    /** The figures' cells of a row, as offsets within it; null when the line is no row. */
    private static List<int[]> cells(String line) {
        Matcher words = WORDS_CELL.matcher(line);
        if (!words.find()) {
            words = MONTHS_REMARK.matcher(line); // "…\t95.8\t1—11月数据": a remark of months is words too (round 62)
        }
        if (words.find(0) && !TWO_CELLS.matcher(line.strip()).matches()) {
            line = line.substring(0, words.start()); // the row without its words' cell, read as the header without its column
        }
        Matcher row = ROW.matcher(line);
        if (line.length() > 80 || !row.matches()) {
            return null;
        }
        List<int[]> cells = new ArrayList<>();
        Matcher cell = CELL_OR_EMPTY.matcher(line);
        cell.region(row.start(1), row.end(1));
        while (cell.find()) {
            cells.add(new int[]{cell.start(), cell.end()});
        }
        return cells;
    }

    private static final Pattern LABEL_AT_START = Pattern.compile("^" + LABEL_COLUMN);

    /** The header's column names after the label column's, in order. */
    private static List<String> names(String header) {
        List<String> cells = tabHeader(header);
        if (cells != null) {
            return cells;
        }
        String h = header.strip();
        Matcher label = LABEL_AT_START.matcher(h);
        int from = label.lookingAt() ? label.end() : 0;
        List<String> names = new ArrayList<>();
        Matcher c = COLUMN_NAME.matcher(h);
        c.region(from, h.length());
        while (c.find()) {
            names.add(c.group());
        }
        return names;
    }
}

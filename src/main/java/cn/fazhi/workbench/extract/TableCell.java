package cn.fazhi.workbench.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure in a table's cell, named by its row's label or its column's header rather than by the words before it in
 * running text; the caption and header rows above name the matter when the row's label is short (round 54).
 *
 * @param ctx         the words that name the figure (the row's label, or the column's header cell)
 * @param mention     the figure, with the unit its label or header gives it
 * @param tableHeader the table's caption and header rows, or null outside a table
 * @param namedByItsColumn the words in {@code ctx} are the header cell of the figure's column, written above its row
 */
record TableCell(ClauseContext ctx, NumberMention mention, Sentence tableHeader, boolean namedByItsColumn) {
    /** A row's unit cell between its label and its figures ("…申请\t件\t"), round 61. */
    private static final Pattern UNIT_CELL = Pattern.compile("\\t\\s*(万?件|宗|起|卷|份|人次|件次|%)\\s*$");

    /** The figure {@code values.get(k)} as its table names it; outside a table, {@code ctx} and the figure unchanged. */
    static TableCell read(String text, Sentence s, List<NumberMention> values, int k, ClauseContext ctx, Scope scope) {
        NumberMention m = values.get(k);
        Sentence tableHeader = null;
        String columnName = TableColumns.nameOf(text, m.start()); // read once: the rate column below needs it too
        if (FlattenedTables.yearOfTheColumn(text, m.start()) != 0 || columnName != null) {
            // "行政复议纠错率 12.5% 10.9%" under "指标 2022年 2023年" (or "项目 2023年 2024年 增减"): the row's label names
            // every column's figure
            int first = k;
            while (first > 0 && ClauseContext.of(text, s, values, first, false).before.isBlank()) {
                first--;
            }
            if (first < k) {
                ctx = ClauseContext.of(text, s, values, first, false).withAfter(ctx.after);
                // "行政诉讼败诉率\t≤5%\t3.9%": the first cell's bound is that cell's, not the row's (its column says which)
                ctx = ctx.withBefore(ctx.before.replaceFirst("[≥≤＞＜><]\\s*$", ""));
            }
            if (columnName != null && RATE_COLUMN.matcher(columnName).matches()) {
                // "败诉案件（件）\t7\t5.93%" under "项目\t数量\t比率", "败诉\t7\t5.79" under "…\t比率（%）": the row's rate
                m = FlattenedTables.withTheLabelsUnit(m, columnName);
                if (m.isPercent()) {
                    ctx = ctx.withBefore(rateOfTheRow(ctx.before));
                }
            }
            Matcher unitCell = UNIT_CELL.matcher(ctx.before);
            if (unitCell.find()) {
                // "1\t收到行政复议申请\t件\t98\t126" under "序号\t指标名称\t单位\t…": the unit's cell, read as "（件）"
                ctx = ctx.withBefore(ctx.before.substring(0, unitCell.start()) + "（" + unitCell.group(1) + "）");
            }
            m = FlattenedTables.withTheLabelsUnit(m, ctx.before); // "行政诉讼案件（件） 171 156"
            tableHeader = TableColumns.captionAndHeader(text, m.start(), s.section());
            if (tableHeader != null && !NamedColumns.namesAMatter(ctx.before)) {
                // "新收一审案件（件）\t108" under "表29 全县行政诉讼案件情况": the caption's one matter is the label's
                String matter = NamedColumns.onlyMatterOf(text.substring(tableHeader.start(), tableHeader.end()));
                if (matter != null) {
                    ctx = ctx.withBefore(matter + ctx.before);
                }
            }
        }
        String column = NamedColumns.nameOf(text, m.start(), scope);
        boolean byColumn = column != null;
        if (column != null) {
            // "收案数（件）\t审结数（件）" over "96\t91": the header cell names the figure of its column
            ctx = ctx.withBefore(column);
            m = FlattenedTables.withTheLabelsUnit(m, column);
            tableHeader = NamedColumns.headerOfTheWholeRow(text, m.start(), s.section(), scope);
        }
        m = FlattenedTables.withTheUnitOfTheLabelAbove(text, m); // "调解矛盾纠纷（件）\n5630"
        if (m.unit() == null) {
            String unit = TableCaptions.unitOfTheTable(text, m.start());
            if (unit != null) {
                m = FlattenedTables.withTheLabelsUnit(m, "（" + unit + "）"); // "单位：万件" over the table (round 60)
            }
        }
        if (m.unit() == null && (byColumn || tableHeader != null && !aKindAboveTheWhole(text, m, ctx.before))) {
            // "应诉案件" over "108", "收到行政复议申请\t318" under "项目\t件数" (round 61)
            m = inTheUnitItsNameCounts(m, ctx.before);
        }
        return new TableCell(ctx, m, tableHeader, byColumn);
    }

    /** A column of each row's own rate, beside its count ("项目\t数量\t比率"). */
    private static final Pattern RATE_COLUMN = Pattern.compile("比率\\s*(?:[（(]%[）)])?");
    /** A row label's unit in brackets and the words that say it counts ("（件）", "案件", "件数"). */
    private static final Pattern COUNTS_WORDS = Pattern.compile("(?:案件数|案件|件数|数量|数)?\\s*(?:[（(][^）)]{1,4}[）)])?\\s*$");

    /**
     * "行政机关负责人出庭应诉（件）" → "行政机关负责人出庭应诉率": a rate column's figure is the rate of its row's count, named
     * as running text names it (round 109 a); "败诉案件（件）" → "败诉率".
     */
    private static String rateOfTheRow(String label) {
        return COUNTS_WORDS.matcher(label.strip()).replaceFirst("") + "率";
    }

    private static final Pattern KIND_OF_CASES = Pattern.compile("(?:案件|纠纷|事项)$");

    /**
     * "刑事案件\t612\t48.4%" above "合计\t1265\t100%": a kind of the cases, one part of the whole below, keeps no unit
     * (an act's row, "直接纠错\t79", still counts its cases).
     */
    private static boolean aKindAboveTheWhole(String text, NumberMention m, String label) {
        return KIND_OF_CASES.matcher(label.strip()).find() && NamedColumns.aWholeRowBelow(text, m.start());
    }

    /** A table's name of a count of cases, files or items, at its end ("应诉案件", "合法性审查", "评查案卷"). */
    private static final Pattern COUNT_OF_ITEMS = Pattern.compile(
            // "开庭审理", "负责人出庭应诉" over a table's columns of suits (round 82 a, read this session); "新收", "收到" over the
            // cases taken in (round 91 b); "合法性审核" as "合法性审查" (round 114 b)
            "(?:案件|纠纷|申请|文件|事项|审查|审核|备案|废止|清理|出庭|出庭应诉|开庭审理|败诉|审结|受理|收案|新收|收到|结案|办结|纠错|调解|调处|办件量?|受理量|件数|工单|诉求)"
            // "审结数", "败诉数", "收案数" over a defendants' table's columns (round 105 c)
            + "数?$");
    private static final Pattern COUNT_OF_FILES = Pattern.compile("(?:案卷|卷宗)$");

    /**
     * A whole number in a table's cell whose row or column names a count of items without a unit ("单位\t应诉案件\t负责人出庭"
     * over "全县\t108\t108"): it counts them in 件 (files in 卷), as the unit in brackets would say.
     */
    private static NumberMention inTheUnitItsNameCounts(NumberMention m, String name) {
        if (m.value().stripTrailingZeros().scale() > 0) {
            return m;
        }
        String words = name.strip();
        String unit = COUNT_OF_FILES.matcher(words).find() ? "卷" : COUNT_OF_ITEMS.matcher(words).find() ? "件" : null;
        return unit == null ? m : FlattenedTables.withTheLabelsUnit(m, "（" + unit + "）");
    }
}

package cn.fazhi.workbench.extract;

import java.util.List;

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
    /** The figure {@code values.get(k)} as its table names it; outside a table, {@code ctx} and the figure unchanged. */
    static TableCell read(String text, Sentence s, List<NumberMention> values, int k, ClauseContext ctx, Scope scope) {
        NumberMention m = values.get(k);
        Sentence tableHeader = null;
        if (FlattenedTables.yearOfTheColumn(text, m.start()) != 0 || TableColumns.nameOf(text, m.start()) != null) {
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
            m = FlattenedTables.withTheLabelsUnit(m, ctx.before); // "行政诉讼案件（件） 171 156"
            tableHeader = TableColumns.captionAndHeader(text, m.start(), s.section());
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
        return new TableCell(ctx, m, tableHeader, byColumn);
    }
}

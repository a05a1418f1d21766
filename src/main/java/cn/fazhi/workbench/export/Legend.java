package cn.fazhi.workbench.export;

import org.apache.poi.ss.usermodel.Row;

/** How to read 比对总表, under the table. */
final class Legend {
    static final String STATES = "未披露（灰底）：本年度报告没有写明该项数字，不是零；无报告（灰色斜体）：工作台中没有该地区本年度的报告；"
            + "已剔除（浅黄底深红字）：报告中的数字经审核人剔除，原数字、理由和审核人见“佐证”。三者都不参与统计和排名。";
    static final String MARKERS = "“≥”表示报告写“余/多/以上”，“约”表示约数，“≤”表示“以下/不足”（统计照常计入，名次仅供参考）；斜体为由其他数字推算所得。";
    static final String COLOURS = "浅蓝底为该项最好、浅紫底为最差（按指标方向，至少有两个不同数值时）。红黄绿灯按“说明”表的阈值："
            + "越高越好的指标，达到绿灯值为绿灯、低于红灯值为红灯；越低越好的指标，不超过绿灯值为绿灯、超过红灯值为红灯；其余为黄灯。";
    static final String LIVE = "中位数、平均值、最小值、最大值、披露数是公式，最好/最差底纹和红黄绿灯是条件格式：改动数字后自动更新。";

    private Legend() {
    }

    /**
     * Writes the lines from row {@code r}, each wrapped in cells merged from {@code col} over as many
     * columns as fit the printed page (text that overflows would print as pages of its own).
     */
    static void write(SheetKit kit, int r, int col, Integer previousYear) {
        int page = (int) (PageSetup.pageWidthChars(kit.options) * 0.95);
        int last = col;
        int width = kit.widthOf(col);
        while (width + kit.widthOf(last + 1) <= page && last < col + 200) {
            last++;
            width += kit.widthOf(last);
        }
        String[] lines = {STATES, MARKERS, COLOURS, LIVE,
                "点击数字可跳到“佐证”表中该数字的原文出处（数据量很大时不加链接，可在“佐证”表按地区和指标筛选）。",
                previousYear == null ? "" : "灰色小行为" + previousYear + "年的数字，供对照；灯和底纹只标本年度。"};
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            Row row = kit.row(r);
            var cell = row.createCell(col);
            cell.setCellValue("说明：" + line);
            cell.setCellStyle(kit.styles.note);
            if (last > col) {
                kit.sh.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, col, last));
            }
            row.setHeightInPoints(SheetKit.height(SheetKit.lines("说明：" + line, Math.max(10, width))));
            r++;
        }
    }
}

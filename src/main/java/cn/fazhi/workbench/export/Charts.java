package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Direction;
import cn.fazhi.workbench.model.Indicator;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A native Excel bar chart of one indicator across the selected jurisdictions, best first. */
final class Charts {
    static final int MAX_BARS = 60;

    private Charts() {
    }

    static void barChart(XSSFSheet sh, ComparisonTable t, ExportOptions o, Styles styles) {
        int i = chosenIndicator(t, o);
        XSSFRow title = sh.createRow(0);
        if (i < 0) {
            title.createCell(0).setCellValue("所选指标在所选地区均未披露，没有可绘制的数据。");
            PageSetup.apply(sh, o);
            return;
        }
        Indicator ind = t.indicators().get(i);
        List<int[]> rows = new ArrayList<>(); // jurisdiction index
        for (int j = 0; j < t.jurisdictions().size(); j++) {
            if (!t.cell(j, i).missing()) {
                rows.add(new int[]{j});
            }
        }
        Comparator<int[]> byValue = Comparator.comparing(r -> t.cell(r[0], i).value());
        rows.sort(ind.direction() == Direction.LOWER_BETTER ? byValue : byValue.reversed());
        boolean cut = rows.size() > MAX_BARS;
        if (cut) {
            rows = rows.subList(0, MAX_BARS);
        }
        String heading = ind.nameZh() + "（" + ind.unit() + "）— " + t.year() + "年各地区比较"
                + (cut ? "（仅前" + MAX_BARS + "名）" : "");
        var tc = title.createCell(0);
        tc.setCellValue(heading);
        tc.setCellStyle(styles.titleRow);
        XSSFRow h = sh.createRow(2);
        h.createCell(0).setCellValue("地区");
        h.createCell(1).setCellValue("数值");
        h.getCell(0).setCellStyle(styles.header);
        h.getCell(1).setCellStyle(styles.header);
        int r = 3;
        for (int[] row : rows) {
            Cell c = t.cell(row[0], i);
            XSSFRow x = sh.createRow(r++);
            x.createCell(0).setCellValue(t.jurisdictions().get(row[0]).name());
            x.getCell(0).setCellStyle(styles.text);
            x.createCell(1).setCellValue(ComparisonWorkbook.excelValue(c.value(), ind));
            x.getCell(1).setCellStyle(styles.number(ind.kind(), c.marker(), Styles.Emphasis.NORMAL, c.derived(), false));
        }
        int nameWidth = 8;
        for (int[] row : rows) {
            nameWidth = Math.max(nameWidth, ComparisonWorkbook.displayWidth(t.jurisdictions().get(row[0]).name()) + 2);
        }
        sh.setColumnWidth(0, Math.min(40, nameWidth) * 256);
        sh.setColumnWidth(1, 12 * 256);

        XSSFDrawing drawing = sh.createDrawingPatriarch();
        int height = Math.max(22, Math.min(45, rows.size() + 8));
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 3, 2, 16, 2 + height);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(heading);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setTitle(ind.unit());
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sh,
                new CellRangeAddress(3, 2 + rows.size(), 0, 0));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sh,
                new CellRangeAddress(3, 2 + rows.size(), 1, 1));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(names, values);
        series.setTitle(ind.nameZh(), null);
        // An explicit fill: without it some programs (LibreOffice, WPS) draw the bars invisible.
        XDDFShapeProperties look = new XDDFShapeProperties();
        look.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[]{(byte) 0x3E, (byte) 0x6E, (byte) 0xA8})));
        series.setShapeProperties(look);
        chart.plot(data);
        PageSetup.apply(sh, o);
    }

    /** The indicator asked for, or the core indicator that most selected reports state. */
    static int chosenIndicator(ComparisonTable t, ExportOptions o) {
        int best = -1;
        int bestCount = 0;
        for (int i = 0; i < t.indicators().size(); i++) {
            Indicator ind = t.indicators().get(i);
            int count = t.stats().get(i).count();
            if (o.chartIndicator() != null) {
                if (ind.code().equals(o.chartIndicator()) && count > 0) {
                    return i;
                }
                continue;
            }
            if (count > bestCount || (count == bestCount && count > 0 && ind.core() && !t.indicators().get(best).core())) {
                best = i;
                bestCount = count;
            }
        }
        return best;
    }
}

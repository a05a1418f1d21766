package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.Judgement;
import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.model.Direction;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;
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

/**
 * A native Excel column chart of one indicator over every jurisdiction that states it, best first: the
 * whole distribution, never a silent top-N. Up to {@link #MAX_LABELS} bars carry names; beyond that the
 * bars stand for the jurisdictions in the order of the table beside the chart, as the title says. Rates
 * keep their axis at 0–100 %.
 */
final class Charts {
    static final int MAX_LABELS = 60;

    private Charts() {
    }

    static void barChart(XSSFSheet sh, ComparisonTable t, ExportOptions o, Styles styles) {
        int i = chosenIndicator(t, o);
        XSSFRow title = sh.createRow(0);
        if (i < 0) {
            title.createCell(0).setCellValue("所选指标在所选地区均未披露，没有可绘制的数据。");
            PageSetup.apply(sh, o, 0);
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
        rows.sort(Judgement.judged(ind) && ind.direction() == Direction.LOWER_BETTER ? byValue : byValue.reversed());
        boolean labelled = rows.size() <= MAX_LABELS;
        String heading = ind.nameZh() + "（" + ind.unit() + "）— " + t.year() + "年全部" + rows.size() + "个披露地区，"
                + (Judgement.judged(ind) ? "从好到差" : "从高到低") + "排列"
                + (labelled ? "" : "（每根柱为一个地区，名称见左侧表格）");
        var tc = title.createCell(0);
        tc.setCellValue(heading);
        tc.setCellStyle(SafeText.risky(heading) ? styles.quoted(styles.titleRow) : styles.titleRow);
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
            x.createCell(1).setCellValue(ExcelValues.of(c.value(), ind.kind()));
            x.getCell(1).setCellStyle(styles.number(ind.kind(), c.marker(), c.derived(), ExcelValues.fractional(c.value()), false));
        }
        int nameWidth = 8;
        for (int[] row : rows) {
            nameWidth = Math.max(nameWidth, SheetKit.displayWidth(t.jurisdictions().get(row[0]).name()) + 2);
        }
        sh.setColumnWidth(0, Math.min(40, nameWidth) * 256);
        sh.setColumnWidth(1, 12 * 256);

        XSSFDrawing drawing = sh.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 3, 2, 12, 27);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(ind.nameZh() + "（" + ind.unit() + "）");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setTitle(ind.unit());
        if (ind.kind() == IndicatorKind.RATE) {
            y.setMinimum(0);
            y.setMaximum(1);
            y.setNumberFormat("0%");
        }
        if (!labelled) {
            x.setTickLabelPosition(org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition.NONE);
        }
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
        data.setGapWidth(labelled ? 60 : 10);
        chart.plot(data);
        sh.setRepeatingRows(new CellRangeAddress(2, 2, -1, -1));
        PageSetup.apply(sh, o, Math.min(40, nameWidth) + 12 + 9 * 10);
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

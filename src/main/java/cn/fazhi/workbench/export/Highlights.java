package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.Judgement;
import cn.fazhi.workbench.model.Direction;
import cn.fazhi.workbench.model.Indicator;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.IconMultiStateFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingThreshold;
import org.apache.poi.xssf.usermodel.XSSFFontFormatting;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;

/**
 * Conditional formats that follow edits: traffic lights (an icon set) from the catalogue's thresholds,
 * and best/worst fills computed by formula over the same range. Best and worst use blue and purple, never
 * green or red, so they cannot contradict a light.
 *
 * <p>Boundaries are those of 说明 and of the comparison engine: higher is better — green from the green
 * threshold on (≥), red below the red one (&lt;); lower is better — green up to the green threshold (≤), red
 * above the red one (&gt;). An icon set compares with ≥ by default, so for lower-is-better indicators the
 * thresholds are written with {@code gte="0"} (strictly greater).
 */
final class Highlights {
    static final byte[] BEST_FILL = {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7};
    static final byte[] WORST_FILL = {(byte) 0xE4, (byte) 0xDF, (byte) 0xEC};

    private Highlights() {
    }

    static boolean hasLights(Indicator ind) {
        Indicator.Thresholds th = ind.thresholds();
        return th != null && th.green() != null && th.red() != null && Judgement.judged(ind);
    }

    static void trafficLights(Sheet sh, Indicator ind, CellRangeAddress range) {
        if (!hasLights(ind) || range.getLastColumn() < range.getFirstColumn() || range.getLastRow() < range.getFirstRow()) {
            return;
        }
        SheetConditionalFormatting cf = sh.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule rule = (XSSFConditionalFormattingRule)
                cf.createConditionalFormattingRule(IconMultiStateFormatting.IconSet.GYR_3_TRAFFIC_LIGHTS);
        IconMultiStateFormatting im = rule.getMultiStateFormatting();
        boolean higher = ind.direction() == Direction.HIGHER_BETTER;
        Indicator.Thresholds th = ind.thresholds();
        im.setReversed(!higher);
        im.getThresholds()[0].setRangeType(RangeType.MIN);
        im.getThresholds()[1].setRangeType(RangeType.NUMBER);
        im.getThresholds()[1].setValue(ExcelValues.threshold(higher ? th.red() : th.green(), ind.kind()));
        im.getThresholds()[2].setRangeType(RangeType.NUMBER);
        im.getThresholds()[2].setValue(ExcelValues.threshold(higher ? th.green() : th.red(), ind.kind()));
        ((XSSFConditionalFormattingThreshold) im.getThresholds()[1]).setGte(higher);
        ((XSSFConditionalFormattingThreshold) im.getThresholds()[2]).setGte(higher);
        cf.addConditionalFormatting(new CellRangeAddress[]{range}, rule);
    }

    /**
     * Best and worst of a one-row or one-column range, by formula: a cell is best when it is a number equal
     * to the range's maximum (minimum for lower-is-better) and the range holds at least two different values.
     */
    static void bestWorst(Sheet sh, Indicator ind, CellRangeAddress range) {
        if (!Judgement.judged(ind) || range.getNumberOfCells() < 2) {
            return;
        }
        boolean row = range.getFirstRow() == range.getLastRow();
        String first = new CellReference(range.getFirstRow(), range.getFirstColumn()).formatAsString(false);
        // a row range keeps its columns fixed ($C5:$Z5), a column range its rows (C$2:C$400), so that every
        // cell of the range compares itself with the same range
        String abs = new CellReference(range.getFirstRow(), range.getFirstColumn(), !row, row).formatAsString(false) + ":"
                + new CellReference(range.getLastRow(), range.getLastColumn(), !row, row).formatAsString(false);
        String max = "MAX(" + abs + ")";
        String min = "MIN(" + abs + ")";
        String spread = "ISNUMBER(" + first + ")," + max + "<>" + min;
        boolean higher = ind.direction() == Direction.HIGHER_BETTER;
        SheetConditionalFormatting cf = sh.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule best = (XSSFConditionalFormattingRule) cf.createConditionalFormattingRule(
                "AND(" + spread + "," + first + "=" + (higher ? max : min) + ")");
        fill(best, BEST_FILL);
        XSSFConditionalFormattingRule worst = (XSSFConditionalFormattingRule) cf.createConditionalFormattingRule(
                "AND(" + spread + "," + first + "=" + (higher ? min : max) + ")");
        fill(worst, WORST_FILL);
        cf.addConditionalFormatting(new CellRangeAddress[]{range}, best, worst);
    }

    private static void fill(XSSFConditionalFormattingRule rule, byte[] rgb) {
        XSSFPatternFormatting p = rule.createPatternFormatting();
        p.setFillBackgroundColor(new XSSFColor(rgb, null));
        p.setFillPattern(XSSFPatternFormatting.SOLID_FOREGROUND);
        XSSFFontFormatting f = rule.createFontFormatting();
        f.setFontStyle(false, true);
    }
}

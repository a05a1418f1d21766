package cn.fazhi.workbench.compare;

import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.ReviewStatus;

import java.math.BigDecimal;

/**
 * One jurisdiction's figure for one indicator. A missing figure ("未披露", not disclosed) has a null
 * value and is never treated as zero.
 *
 * @param rank               dense, direction-aware rank among the selection, null when missing
 * @param qualifiedRank      the rank is of a "more than"/"about" figure, so it is approximate
 * @param distanceFromMedian value minus the selection's median
 * @param change             change from the previous year: percentage points for rates, percent for counts; null when unknown
 * @param reportId           the report the value comes from
 * @param valueId            the stored value
 */
public record Cell(BigDecimal value, String unit, Qualifier qualifier, boolean derived, ReviewStatus status,
                   Integer rank, boolean qualifiedRank, BigDecimal distanceFromMedian, BigDecimal change,
                   Light light, boolean best, boolean worst, Long reportId, Long valueId, Evidence evidence) {
    public static final String NOT_DISCLOSED = "未披露";

    public boolean missing() {
        return value == null;
    }

    static Cell missingCell(String unit) {
        return new Cell(null, unit, null, false, null, null, false, null, null, Light.NONE, false, false, null, null, null);
    }

    /** "≥" for more-than and at-least figures, "约" for approximate ones, "≤" for at-most, "" for exact. */
    public String marker() {
        if (qualifier == null) {
            return "";
        }
        return switch (qualifier) {
            case APPROX_OVER, AT_LEAST -> "≥";
            case APPROX -> "约";
            case AT_MOST -> "≤";
            case EXACT -> "";
        };
    }
}

package cn.fazhi.workbench.compare;

import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.ReviewStatus;

import java.math.BigDecimal;

/**
 * One jurisdiction's figure for one indicator. A missing figure has a null value, is never treated as
 * zero, and says why it is missing ({@link #absence()}).
 *
 * @param rank               direction-aware competition rank among the selection (ties share a rank, the
 *                           next rank skips: 1, 1, 3); null when missing or the indicator has no direction
 * @param qualifiedRank      the rank is of a "more than"/"about" figure, so it is approximate
 * @param distanceFromMedian value minus the selection's median
 * @param change             change from the previous year: percentage points for rates, percent for counts; null when unknown
 * @param reportId           the report the value comes from (for a rejected figure: the report it was rejected in)
 * @param valueId            the stored value (for a rejected figure: the rejected value)
 * @param absence            why the value is missing; null when there is a value
 * @param note               the reviewer's note, if any
 * @param updatedAt          when the stored value last changed (ISO instant)
 * @param review             the last review of the value from the audit trail, or null
 * @param rejectedValue      the figure a reviewer rejected, when {@code absence} is REJECTED
 */
public record Cell(BigDecimal value, String unit, Qualifier qualifier, boolean derived, ReviewStatus status,
                   Integer rank, boolean qualifiedRank, BigDecimal distanceFromMedian, BigDecimal change,
                   Light light, boolean best, boolean worst, Long reportId, Long valueId, Evidence evidence,
                   Absence absence, String note, String updatedAt, Review review, BigDecimal rejectedValue) {
    public static final String NOT_DISCLOSED = "未披露";

    public boolean missing() {
        return value == null;
    }

    static Cell missingCell(String unit, Absence why) {
        return new Cell(null, unit, null, false, null, null, false, null, null, Light.NONE, false, false, null, null,
                null, why, null, null, null, null);
    }

    /** The cell with its rank, distance, change, light and best/worst set. */
    Cell ranked(Integer rank, boolean qualifiedRank, BigDecimal distance, BigDecimal change, Light light, boolean best,
                boolean worst) {
        return new Cell(value, unit, qualifier, derived, status, rank, qualifiedRank, distance, change, light, best, worst,
                reportId, valueId, evidence, absence, note, updatedAt, review, rejectedValue);
    }

    /** "≥" for more-than and at-least figures, "约" for approximate ones, "≤" for at-most, "" for exact. */
    public String marker() {
        return marker(qualifier);
    }

    static String marker(Qualifier qualifier) {
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

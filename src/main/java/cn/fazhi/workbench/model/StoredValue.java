package cn.fazhi.workbench.model;

/**
 * A value as kept in the workspace.
 *
 * @param id        row id
 * @param reportId  the report it belongs to
 * @param value     the figure with its evidence (a manual value may have no evidence)
 * @param status    review status
 * @param note      the reviewer's note, if any
 * @param updatedAt when it last changed (ISO instant)
 */
public record StoredValue(long id, long reportId, IndicatorValue value, ReviewStatus status, String note,
                          String updatedAt) {
}

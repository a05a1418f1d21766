package cn.fazhi.workbench.model;

/**
 * A suggestion as kept in the workspace: a figure the extractor doubted, with its reasons in the value's
 * flags (other_body, part_of_total, period_unclear, competing…).
 *
 * @param id        row id
 * @param reportId  the report it belongs to
 * @param value     the figure with its evidence; {@code value.flags()} are the reasons for doubt
 * @param status    open, accepted or dismissed
 * @param note      the reviewer's note, if any
 * @param updatedAt when it last changed (ISO instant)
 */
public record StoredSuggestion(long id, long reportId, IndicatorValue value, SuggestionStatus status, String note,
                               String updatedAt) {
}

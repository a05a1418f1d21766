package cn.fazhi.workbench.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the 待审核 queue: a value or a suggestion of a report in force, with what the queue sorts
 * and filters on.
 *
 * @param kind         a value or a suggestion
 * @param id           the value's or the suggestion's row id
 * @param reportId     its report
 * @param indicator    indicator code
 * @param value        the figure
 * @param unit         its unit
 * @param status       the review status id (extracted, confirmed… for values; open, accepted, dismissed for suggestions)
 * @param flags        reasons for doubt (suggestions) or warnings (values, e.g. inconsistent)
 * @param year         the report's year, if known
 * @param jurisdiction the jurisdiction's full name, if known
 * @param city         the 地市 it belongs to (a city's own name for a city), if known
 * @param core         whether the indicator is a core indicator
 * @param province     the jurisdiction's province, if known
 * @param level        the jurisdiction's level, if known (a city's own report states the whole city's figures)
 */
public record QueueItem(Kind kind, long id, long reportId, String indicator, BigDecimal value, String unit,
                        String status, List<String> flags, Integer year, String jurisdiction, String city,
                        boolean core, String province, JurisdictionLevel level) {

    /** What a queue line stands for. */
    public enum Kind { VALUE, SUGGESTION }

    public QueueItem {
        flags = List.copyOf(flags);
    }

    /** Whether a person has decided it (a value no longer extracted, a suggestion no longer open). */
    public boolean reviewed() {
        return kind == Kind.VALUE ? !status.equals("extracted") : !status.equals("open");
    }

    /** Suggestions and values with a warning go first in the queue. */
    public boolean flagged() {
        return kind == Kind.SUGGESTION || !flags.isEmpty();
    }

    public QueueItem withStatus(String newStatus) {
        return new QueueItem(kind, id, reportId, indicator, value, unit, newStatus, flags, year, jurisdiction, city, core, province, level);
    }

    /**
     * The reports a figure is fairly compared with: the same province and the same kind of government (counties,
     * districts and zones together; cities apart, whose reports state the whole city's figures; provinces apart).
     */
    public String peers() {
        String kind = level == JurisdictionLevel.PROVINCE ? "province" : level == JurisdictionLevel.CITY ? "city" : "county";
        return (province == null ? "" : province) + "/" + kind;
    }

    public QueueItem withValue(BigDecimal newValue) {
        return new QueueItem(kind, id, reportId, indicator, newValue, unit, status, flags, year, jurisdiction, city, core, province, level);
    }
}

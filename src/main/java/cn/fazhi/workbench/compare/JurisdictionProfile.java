package cn.fazhi.workbench.compare;

import cn.fazhi.workbench.model.Jurisdiction;

import java.time.LocalDate;

/**
 * How one jurisdiction reported in the year compared.
 *
 * @param completeness share (0..1) of the catalogue's core indicators its report states
 * @param onTime       published by the deadline; null when the report or its date is unknown
 * @param flagged      values flagged inconsistent
 * @param publishDate  the date in force: set by a person ({@code publishDateByHand}) or read from the report
 * @param sourceUrl    the report's web address, or null
 */
public record JurisdictionProfile(Jurisdiction jurisdiction, Long reportId, String title, String issuer,
                                  String sourceName, LocalDate publishDate, LocalDate deadline, Boolean onTime,
                                  int coreStated, int coreTotal, double completeness, int flagged,
                                  boolean needsAttention, boolean publishDateByHand, String sourceUrl) {
    /** A profile whose date was read from the report and that has no web address. */
    public JurisdictionProfile(Jurisdiction jurisdiction, Long reportId, String title, String issuer,
                               String sourceName, LocalDate publishDate, LocalDate deadline, Boolean onTime,
                               int coreStated, int coreTotal, double completeness, int flagged,
                               boolean needsAttention) {
        this(jurisdiction, reportId, title, issuer, sourceName, publishDate, deadline, onTime, coreStated, coreTotal,
                completeness, flagged, needsAttention, false, null);
    }
}

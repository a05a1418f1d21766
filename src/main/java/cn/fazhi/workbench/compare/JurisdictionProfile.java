package cn.fazhi.workbench.compare;

import cn.fazhi.workbench.model.Jurisdiction;

import java.time.LocalDate;

/**
 * How one jurisdiction reported in the year compared.
 *
 * @param completeness share (0..1) of the catalogue's core indicators its report states
 * @param onTime       published by the deadline; null when the report or its date is unknown
 * @param flagged      values flagged inconsistent
 */
public record JurisdictionProfile(Jurisdiction jurisdiction, Long reportId, String title, String issuer,
                                  String sourceName, LocalDate publishDate, LocalDate deadline, Boolean onTime,
                                  int coreStated, int coreTotal, double completeness, int flagged,
                                  boolean needsAttention) {
}
